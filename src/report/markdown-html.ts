/**
 * Markdown from documents rendered to HTML for the report: CommonMark + GFM through remark,
 * raw HTML kept only as far as rehype-sanitize's GitHub schema allows — a routine that
 * contains `<script>` or `onclick=` never puts them into the report. The report promises no
 * network access, so nothing that makes a browser fetch survives either: an image (`![x](…)`,
 * `<img src>`, `//host/x.png`) becomes its alt text and address as plain text, and `<source
 * srcset>` and any other resource attribute are dropped.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Attributes (hast property names) that make a browser fetch something. */
const RESOURCE_PROPERTIES = ['src', 'srcSet', 'poster', 'background', 'data', 'style', 'longDesc', 'cite', 'action', 'formAction', 'manifest', 'ping', 'xLinkHref'];
/** Elements that only exist to load something; removed with their content. */
const RESOURCE_ELEMENTS = new Set(['source', 'track', 'link', 'iframe', 'frame', 'object', 'embed', 'audio', 'video', 'style', 'script', 'base', 'meta']);

function text(value: unknown): string {
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/**
 * Drop every external resource that the sanitiser lets through (it allows `img src` over
 * http(s) or relative, and `source srcset`): an image becomes "alt (address)" as text, so the
 * reader still learns what was there, and no element keeps an attribute that loads anything.
 */
function noResources() {
  return (tree: HastNode) => {
    const stack: HastNode[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      if (!node.children) continue;
      node.children = node.children.flatMap((child): HastNode[] => {
        if (child.type !== 'element') return [child];
        const tag = child.tagName ?? '';
        if (RESOURCE_ELEMENTS.has(tag)) return [];
        if (tag === 'img') {
          const alt = text(child.properties?.alt).trim();
          const src = text(child.properties?.src).trim();
          const shown = alt && src ? `${alt} (${src})` : alt || src;
          return shown ? [{ type: 'element', tagName: 'span', properties: { className: ['extern-bild'] }, children: [{ type: 'text', value: shown }] }] : [];
        }
        for (const p of RESOURCE_PROPERTIES) if (child.properties && p in child.properties) delete child.properties[p];
        return [child];
      });
      stack.push(...node.children);
    }
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
    .use(rehypeSanitize)
    .use(noResources)
    .use(shiftHeadings, shift)
    .use(rehypeStringify)
    .freeze();
}

/**
 * Render a document body. Headings are shifted down by `shift` levels so a document's own
 * `#` never competes with the report's headings (h1 is the report's title).
 */
export function markdownToHtml(markdown: string, shift = 2): string {
  let processor = processors.get(shift);
  if (!processor) {
    processor = build(shift);
    processors.set(shift, processor);
  }
  return String(processor.processSync(markdown)).trim();
}
