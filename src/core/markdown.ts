/**
 * The Markdown body: one unified processor (CommonMark + GFM + frontmatter), created once,
 * and the facts rules need from the tree — headings with GitHub anchors, and links.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { Heading, Link } from './types.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Parse a whole file (frontmatter included, so positions are the file's own). */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

/** Plain text of a node, as GitHub uses it for heading anchors. */
export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Headings (with slugs made the way GitHub makes them) and links, in document order. */
export function extractFacts(tree: Root): { headings: Heading[]; links: Link[] } {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const links: Link[] = [];
  // A plain explicit stack: faster than unist-util-visit and no recursion limit.
  const stack: Nodes[] = [tree];
  const ordered: Nodes[] = [];
  while (stack.length) {
    const node = stack.pop()!;
    ordered.push(node);
    if ('children' in node) {
      const children = node.children as Nodes[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  for (const node of ordered) {
    const start = node.position?.start;
    const at = { line: start?.line ?? 1, column: start?.column ?? 1 };
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      headings.push({ text, depth: node.depth, slug: slugger.slug(text), at });
    } else if (node.type === 'link') {
      links.push({ url: node.url, at, kind: 'link' });
    } else if (node.type === 'image') {
      links.push({ url: node.url, at, kind: 'image' });
    } else if (node.type === 'definition') {
      links.push({ url: node.url, at, kind: 'definition' });
    }
  }
  return { headings, links };
}
