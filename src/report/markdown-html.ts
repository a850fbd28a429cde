/**
 * Markdown from documents rendered to HTML for the report: CommonMark + GFM through remark,
 * raw HTML kept only as far as rehype-sanitize's GitHub schema allows — a routine that
 * contains `<script>` or `onclick=` never puts them into the report.
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
  children?: HastNode[];
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
