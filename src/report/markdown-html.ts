/**
 * Markdown from documents rendered to HTML for the report: CommonMark + GFM through remark,
 * raw HTML kept only as far as rehype-sanitize's GitHub schema allows — a routine that
 * contains `<script>` or `onclick=` never puts them into the report. The report promises no
 * network access, so nothing that makes a browser fetch survives either: an image (`![x](…)`,
 * `<img src>`, `<img srcset>`, `//host/x.png`, `<input type="image">`) becomes its alt text and
 * address as plain text in a `span.extern-bild`, and `<source srcset>` and any other resource
 * attribute are dropped. Elements whose content is not text to read (`<style>`, `<script>`,
 * `<template>`, `<noscript>`) are dropped with their content. Relative links are rewritten
 * to resolve from the report's folder (see links.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { relinkUrl, type LinkBase } from './links.js';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, string | number | boolean | Array<string | number> | null | undefined>;
  children?: HastNode[];
}

/** Attributes (hast property names) that make a browser fetch something. */
const RESOURCE_PROPERTIES = [
  'src',
  'srcSet',
  'poster',
  'background',
  'data',
  'style',
  'longDesc',
  'cite',
  'action',
  'formAction',
  'manifest',
  'ping',
  'xLinkHref',
];
/** Elements that only exist to load something, or whose content is not text to read; removed with their content. */
const RESOURCE_ELEMENTS = new Set([
  'source',
  'track',
  'link',
  'iframe',
  'frame',
  'object',
  'embed',
  'audio',
  'video',
  'style',
  'script',
  'base',
  'meta',
  'template',
  'noscript',
]);

function text(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/** The first address of a `srcset` ("a.png 1x, b.png 2x" → "a.png"). */
function firstOfSrcset(value: unknown): string {
  return (
    (
      text(value)
        .trim()
        .split(/\s*,\s*/)[0] ?? ''
    ).split(/\s+/)[0] ?? ''
  );
}

/** An address as the document's author wrote it (remark percent-encodes "ö" in links). */
function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Walk every element of a hast tree, letting `f` replace each child by zero or more nodes. */
function rewrite(tree: HastNode, f: (child: HastNode) => HastNode[]): void {
  const stack: HastNode[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (!node.children) continue;
    node.children = node.children.flatMap((child) => (child.type === 'element' ? f(child) : [child]));
    stack.push(...node.children);
  }
}

/**
 * Before the sanitiser, which would drop what we want to show: an image (also `<IMG SRC>`,
 * `srcset` only, `file:` addresses) and an image button become an `<img>` with only an `alt`
 * that says "alt (address)", and elements whose content is not text go with their content
 * (the sanitiser would unwrap `<style>` and print its CSS). Other inputs than a task list's
 * checkbox are dropped (the sanitiser would turn them into checkboxes).
 */
function neutraliseResources() {
  return (tree: HastNode) =>
    rewrite(tree, (child) => {
      const tag = child.tagName ?? '';
      if (RESOURCE_ELEMENTS.has(tag)) return [];
      const props = child.properties ?? {};
      if (tag === 'input' && String(props.type ?? '').toLowerCase() !== 'checkbox') {
        if (String(props.type ?? '').toLowerCase() !== 'image') return [];
      } else if (tag !== 'img') {
        return [child];
      }
      const alt = text(props.alt).trim();
      const src = text(props.src).trim() || firstOfSrcset(props.srcSet);
      const shown = alt && src ? `${alt} (${src})` : alt || src;
      return shown ? [{ type: 'element', tagName: 'img', properties: { alt: shown }, children: [] }] : [];
    });
}

/**
 * After the sanitiser: every image left is one of ours (alt only) and becomes its text in a
 * `span.extern-bild`; no element keeps an attribute that loads anything; relative links are
 * rewritten for the report's folder.
 */
function noResources() {
  return (tree: HastNode, file: { data: object }) => {
    const base = (file.data as { linkBase?: LinkBase }).linkBase;
    rewrite(tree, (child) => {
      const tag = child.tagName ?? '';
      if (RESOURCE_ELEMENTS.has(tag)) return [];
      if (tag === 'img') {
        const shown = text(child.properties?.alt).trim();
        return shown
          ? [{ type: 'element', tagName: 'span', properties: { className: ['extern-bild'] }, children: [{ type: 'text', value: shown }] }]
          : [];
      }
      for (const p of RESOURCE_PROPERTIES) if (child.properties && p in child.properties) delete child.properties[p];
      if (tag === 'a' && typeof child.properties?.href === 'string') {
        const href = relinkUrl(child.properties.href, base);
        if (href === null) {
          // No folder to resolve from (the report goes to stdout): the link is kept as text.
          return [...(child.children ?? []), { type: 'text', value: ` (${readable(child.properties.href)})` }];
        }
        child.properties.href = href;
      }
      return [child];
    });
  };
}

/** Shift h1–h6 down by `shift` levels (on the tree, so code blocks are never touched). */
function shiftHeadings(shift: number) {
  return (tree: HastNode) => {
    const stack: HastNode[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      const m = node.type === 'element' ? /^h([1-6])$/.exec(node.tagName ?? '') : null;
      if (m) node.tagName = `h${Math.min(6, Number(m[1]) + shift)}`;
      if (node.children) stack.push(...node.children);
    }
  };
}

const processors = new Map<number, ReturnType<typeof build>>();

function build(shift: number) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(neutraliseResources)
    .use(rehypeSanitize)
    .use(noResources)
    .use(shiftHeadings, shift)
    .use(rehypeStringify)
    .freeze();
}

/**
 * Render a document body. Headings are shifted down by `shift` levels so a document's own
 * `#` never competes with the report's headings (h1 is the report's title). Relative links
 * are resolved from `base.from` (the document's folder) and made relative to `base.to` (the
 * report's folder); without `base` they are left as written.
 */
export function markdownToHtml(markdown: string, shift = 2, base?: LinkBase): string {
  let processor = processors.get(shift);
  if (!processor) {
    processor = build(shift);
    processors.set(shift, processor);
  }
  // The link base travels with the file, not the processor: one processor per shift, not one
  // per document folder.
  return String(processor.processSync({ value: markdown, data: { linkBase: base } })).trim();
}

/**
 * The same pipeline for lsys site (src/site/render.ts), which rewrites links and gives headings
 * their ids itself: `site` sees the sanitised tree (headings shifted) before it is written out.
 * Links are left as written (no report folder to resolve from).
 */
export function sanitisedHast(markdown: string, shift: number, site: (tree: HastNode) => void): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(neutraliseResources)
    .use(rehypeSanitize)
    .use(noResources)
    .use(shiftHeadings, shift)
    .use(() => site)
    .use(rehypeStringify);
  return String(processor.processSync({ value: markdown, data: {} })).trim();
}
