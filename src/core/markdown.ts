/**
 * The Markdown facts the checks need — headings with GitHub anchors, and links with exact
 * line and column — from markdown-it's token stream (CommonMark + tables). markdown-it is
 * about eight times faster than micromark for this and the body parse is most of a
 * validation run; test/core/markdown.test.ts checks the result against micromark.
 *
 * markdown-it's inline tokens carry no positions, so two small wrappers record them: the
 * `link` and `image` rules note where each link starts in its inline text, and the
 * `reference` rule notes where each link definition starts.
 */
import MarkdownIt, { type StateBlock, type StateInline, type Token } from 'markdown-it';
import GithubSlugger from 'github-slugger';
import type { Heading, Link } from './types.js';
import { lineIndexAt, lineStartsOf } from './line-index.js';

interface Definition {
  line: number;
  column: number;
  url: string;
}

/**
 * The one Markdown parser of a body: the load's facts and lsys site's HTML come from the same
 * tokens (the site renders them, src/site/render.ts), so a body is parsed once. CommonMark with
 * tables and strikethrough, and GFM's autolinks (`www.`, addresses with a scheme, e-mail), which
 * only the site shows: an autolink is not a link the checks follow (it has no position mark).
 */
const md = new MarkdownIt({ html: true, linkify: true });
// Keep destinations and autolink text as written (no percent-encoding, no punycode): the link
// check decodes them itself, and a heading with an autolink keeps its text (and so its anchor).
md.normalizeLink = (url: string) => url;
md.normalizeLinkText = (url: string) => url;
md.validateLink = () => true;
// linkify-it's own pretest lets through every text with a dot or a colon, and its full test
// (a large Unicode expression) then cost more than the rest of the inline parsing. Every
// autolink the site keeps contains `www.`, `//` or `@` (a bare `example.com` stays text), so
// other text skips it.
const AUTOLINK_HINT = /www\.|\/\/|@/i;
const pretest = md.linkify.pretest.bind(md.linkify);
md.linkify.pretest = (text: string) => AUTOLINK_HINT.test(text) && pretest(text);

type InlineRule = (state: StateInline, silent: boolean) => boolean;
for (const name of ['link', 'image']) {
  const original = (md.inline.ruler as unknown as { __rules__: Array<{ name: string; fn: InlineRule }> }).__rules__.find(
    (r) => r.name === name,
  )!.fn;
  md.inline.ruler.at(name, (state, silent) => {
    const start = state.pos;
    const at = state.tokens.length;
    const ok = original(state, silent);
    if (ok && !silent) {
      // Pending text is flushed first, so the link's own token is the first of its kind from `at`.
      const own = state.tokens.slice(at).find((t) => t.type === 'link_open' || t.type === 'image');
      // A reference link ([text][ref], [ref]) ends with "]": its destination is checked on the definition.
      if (own) own.meta = { start, reference: state.src.charCodeAt(state.pos - 1) === 0x5d };
    }
    return ok;
  });
}

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;
const referenceRule = (md.block.ruler as unknown as { __rules__: Array<{ name: string; fn: BlockRule }> }).__rules__.find(
  (r) => r.name === 'reference',
)!.fn;
md.block.ruler.at(
  'reference',
  (state, startLine, endLine, silent) => {
    const env = state.env as { references?: Record<string, { href: string }>; definitions?: Definition[] };
    const before = new Set(Object.keys(env.references ?? {}));
    const ok = referenceRule(state, startLine, endLine, silent);
    if (ok && !silent) {
      const added = Object.keys(env.references ?? {}).find((k) => !before.has(k));
      if (added) {
        // startLine is a line of this block, so markdown-it has its marks.
        const lineStart = state.bMarks[startLine]!;
        const col = lineStart + state.tShift[startLine]! - lineStartOffset(state.src, lineStart) + 1;
        (env.definitions ??= []).push({ line: startLine + 1, column: col, url: env.references![added]!.href });
      }
    }
    return ok;
  },
  { alt: ['paragraph', 'reference'] },
);

/** Offset of the start of the source line that contains `offset`. */
function lineStartOffset(src: string, offset: number): number {
  return src.lastIndexOf('\n', offset - 1) + 1;
}

/** Plain text of a heading's inline children, as GitHub uses it for anchors (and lsys site its headings). */
export function headingText(children: Token[] | null): string {
  let text = '';
  for (const c of children ?? []) {
    // Image alt text and raw HTML are not part of the anchor (an image is one token, not a container).
    if (c.type === 'text' || c.type === 'code_inline') text += c.content;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') text += '\n';
  }
  return text.trim();
}

/** A body parsed: its tokens, and the link definitions the parse noted. */
export interface ParsedBody {
  tokens: Token[];
  env: { definitions?: Definition[] };
}

/** Parse a Markdown body once, for its facts (extractFacts) and whatever else reads its tokens. */
export function parseBody(markdown: string): ParsedBody {
  const env: ParsedBody['env'] = {};
  return { tokens: md.parse(markdown, env), env };
}

/** Headings and links of a Markdown body, in document order. `lineOffset` is added to lines. */
export function extractFacts(
  markdown: string,
  lineOffset = 0,
  parsed: ParsedBody = parseBody(markdown),
): { headings: Heading[]; links: Link[] } {
  const { tokens, env } = parsed;
  const lines = markdown.split('\n');
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const links: Array<Link & { order: number }> = [];
  let rowLine = -1;
  let rowCursor = 0;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'tr_open' && t.map) {
      rowLine = t.map[0];
      rowCursor = 0;
    } else if (t.type === 'heading_open' && t.map) {
      const src = lines[t.map[0]] ?? '';
      const text = headingText(tokens[i + 1]?.children ?? null);
      const hash = t.markup.startsWith('#') ? src.indexOf('#') : -1;
      const column = (hash >= 0 ? hash : Math.max(0, src.search(/\S/))) + 1;
      headings.push({ text, depth: Number(t.tag.slice(1)), slug: slugger.slug(text), at: { line: t.map[0] + 1 + lineOffset, column } });
    } else if (t.type === 'inline' && t.children) {
      // Where the inline text starts: its first line (or the table row), and each line's start column.
      let firstLine: number;
      let starts: number[];
      const contentLines = t.content.split('\n');
      if (t.map) {
        firstLine = t.map[0];
        starts = contentLines.map((cl, k) => Math.max(0, (lines[firstLine + k] ?? '').indexOf(cl)));
      } else if (rowLine >= 0) {
        firstLine = rowLine;
        const pos = (lines[rowLine] ?? '').indexOf(t.content, rowCursor);
        starts = [Math.max(0, pos)];
        if (pos >= 0) rowCursor = pos + t.content.length;
      } else continue;
      // Offsets where each line of the inline text starts, built once per inline text that has
      // a link: a link's line is then a binary search, so a long paragraph with many links is
      // linear, not quadratic (an 8 MB paragraph with 100,000 links took 55 s scanning from
      // its start for every link).
      let lineStarts: number[] | undefined;
      for (const c of t.children) {
        const meta = c.meta as { reference?: unknown; start: number } | null;
        if ((c.type !== 'link_open' && c.type !== 'image') || !meta || meta.reference) continue;
        const off = meta.start;
        lineStarts ??= lineStartsOf(t.content);
        const k = lineIndexAt(lineStarts, off);
        const inLine = off - lineStarts[k]!;
        links.push({
          url: c.attrGet(c.type === 'image' ? 'src' : 'href') ?? '',
          at: { line: firstLine + k + 1 + lineOffset, column: (starts[k] ?? 0) + inLine + 1 },
          kind: c.type === 'image' ? 'image' : 'link',
          order: (firstLine + k) * 1e6 + (starts[k] ?? 0) + inLine,
        });
      }
    }
  }
  for (const d of env.definitions ?? []) {
    links.push({
      url: d.url,
      at: { line: d.line + lineOffset, column: d.column },
      kind: 'definition',
      order: (d.line - 1) * 1e6 + d.column - 1,
    });
  }
  links.sort((a, b) => a.order - b.order);
  return { headings, links: links.map(({ order: _o, ...l }) => l) };
}
