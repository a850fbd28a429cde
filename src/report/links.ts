/**
 * Relative links in quoted document text (`[EGK-001](../egenkontroll/EGK-001.md)`) are
 * written for the document's folder; the report lives elsewhere (the repository's root, or
 * wherever --output puts it). A relative link is resolved against the document's folder and
 * made relative to the report's folder, keeping its #fragment and ?query. When the report has
 * no folder (--output /dev/stdout, a pipe), a relative link cannot point anywhere: it is kept
 * as text. Absolute addresses (https:, mailto:, //host, /path) and #fragments are left alone.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { isRelativeLink } from '../core/links.js';

export interface LinkBase {
  /** The folder of the document whose text is quoted. */
  from: string;
  /** The folder of the report file; undefined when the report is not a file in a folder. */
  to?: string;
}

/**
 * Is this a link relative to the document's folder: one lsys checks (no scheme, not //host,
 * not empty) that is also not /path, \path, #fragment or ?query?
 */
export function isRelativeUrl(url: string): boolean {
  return isRelativeLink(url) && !/^[/\\#?]/.test(url.trim());
}

/** Percent-encode what would end or break a URL in HTML or Markdown; å, ä, ö stay readable. */
function encodePath(p: string): string {
  return p.replace(/[%#?\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * The link as it must be written in the report: unchanged without `base` or when it is not
 * relative; `null` when it is relative but the report has no folder (show it as text).
 */
export function relinkUrl(url: string, base: LinkBase | undefined): string | null {
  if (!base || !isRelativeUrl(url)) return url;
  if (base.to === undefined) return null;
  const m = /^([^?#]*)(.*)$/s.exec(url.trim())!;
  const rawPath = m[1]!; // the pattern matches every string
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    path = rawPath;
  }
  const target = resolve(base.from, path);
  let rel = relative(base.to, target).split(sep).join('/');
  if (isAbsolute(rel)) return encodePath(rel.split(sep).join('/')) + m[2]; // another drive (Windows)
  if (rel === '') rel = '.';
  if (path.endsWith('/') && !rel.endsWith('/')) rel += '/';
  return encodePath(rel) + m[2];
}

interface MdNode {
  type: string;
  url?: string;
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Where the destination of a link or definition is written in the source: after the text's
 * `](` (inline link) or the label's `]:` (definition), optionally in `<…>`.
 */
function destination(source: string, node: MdNode): { start: number; end: number } | undefined {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return undefined;
  const last = node.children?.[node.children.length - 1]?.position?.end.offset;
  const slice = source.slice(from, to);
  let i: number;
  if (node.type === 'link' || node.type === 'image') {
    // The destination follows the "](" that ends the link text (an image's alt has no children).
    const after = last !== undefined ? last - from : node.type === 'image' ? 2 : 1;
    i = slice.indexOf('](', after);
    if (i === -1) return undefined; // a reference link ([x][y]) or an autolink
    i += 2;
  } else {
    i = slice.indexOf(']:');
    if (i === -1) return undefined;
    i += 2;
  }
  while (i < slice.length && /\s/.test(slice[i]!)) i++;
  if (slice[i] === '<') {
    const close = slice.indexOf('>', i);
    return close === -1 ? undefined : { start: from + i, end: from + close + 1 };
  }
  let depth = 0;
  let j = i;
  for (; j < slice.length; j++) {
    const c = slice[j]!;
    if (c === '\\') {
      j++;
      continue;
    }
    if (/\s/.test(c)) break;
    if (c === '(') depth++;
    if (c === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  return j > i ? { start: from + i, end: from + j } : undefined;
}

/**
 * A document's Markdown with its relative links (inline links, images — which the Markdown
 * report shows as links — and link definitions) rewritten for the report's folder; when the
 * report has no folder, an inline relative link or image becomes its text followed by the
 * address in parentheses, and a definition is left as written.
 */
export function relinkMarkdown(markdown: string, base: LinkBase | undefined): string {
  if (!base) return markdown;
  const tree = parser.parse(markdown) as MdNode;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: MdNode): void => {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      typeof node.url === 'string' &&
      isRelativeUrl(node.url)
    ) {
      const at = destination(markdown, node);
      const url = relinkUrl(node.url, base);
      if (at && url !== null) {
        edits.push({ ...at, text: url });
      } else if (
        url === null &&
        node.type !== 'definition' &&
        node.position?.start.offset !== undefined &&
        node.position.end.offset !== undefined
      ) {
        const first = node.children?.[0]?.position?.start.offset;
        const last = node.children?.[node.children.length - 1]?.position?.end.offset;
        const label =
          node.type === 'image' ? (node.alt ?? '') : first !== undefined && last !== undefined ? markdown.slice(first, last) : '';
        if (at)
          edits.push({
            start: node.position.start.offset,
            end: node.position.end.offset,
            text: `${label} (${markdown.slice(at.start, at.end).replace(/^<|>$/g, '')})`,
          });
      }
      return;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  let out = markdown;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
