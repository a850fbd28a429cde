/**
 * A document's Markdown body as the handbook shows it: sanitised HTML, its plain text and its
 * headings. Two paths give the same HTML:
 *
 * - the fast path (nearly every document): the tokens of the load's own parser (core/markdown.ts:
 *   CommonMark, GFM tables, strikethrough and autolinks; task lists added by the renderer)
 *   written out by a small renderer (render-fast.ts) that knows every element it emits: no raw HTML
 *   exists in such a body, links keep only the report's protocols (http, https, mailto and
 *   relative), and an image becomes its text (`span.extern-bild`), as in the report;
 * - the report's own pipeline (unified + rehype-sanitize, src/report/markdown-html.ts) for a
 *   body with raw HTML (an `html_block` or `html_inline` token): what it keeps is what the
 *   report keeps.
 *
 * The report's pipeline costs about 4 ms a document; the fast path a tenth of that. Both give
 * headings shifted one level down (the page's h1 is the title) with `id` = the GitHub slug
 * `validate` checks, and hand every link to `link()` (the site's rewriting, see build.ts).
 */
import { maskPersonalNumbers } from '../core/personnummer.js';
import { parseBody } from '../core/markdown.js';
import GithubSlugger from 'github-slugger';
import { sanitisedHast } from '../report/markdown-html.js';
import {
  FastRenderer,
  LINK_MARK,
  deferredFromTokens,
  escAttr,
  hasHtml,
  htmlToText,
  type DeferredBody,
  type Relink,
  type RenderedBody,
} from './render-fast.js';

export { htmlToText, safeHref, type DeferredBody, type Relink, type RenderedBody } from './render-fast.js';

/**
 * Render a body. `shift` moves headings down (1: `#` → h2). A personnummer or samordningsnummer in
 * it is masked first, as the report masks them: the page, its text and the search index never hold one.
 */
export function renderBody(text: string, link: Relink, shift = 1): RenderedBody {
  const markdown = maskPersonalNumbers(text);
  const { tokens } = parseBody(markdown);
  if (hasHtml(tokens)) return renderSanitised(markdown, link, shift);
  return new FastRenderer(link, shift).render(tokens);
}

/** Render a body whose links are resolved later (see DeferredBody). */
export function renderDeferred(text: string, shift = 1): DeferredBody {
  const markdown = maskPersonalNumbers(text);
  const { tokens } = parseBody(markdown);
  const fast = deferredFromTokens(tokens, shift);
  if (fast) return fast;
  // Raw HTML: text and headings are the same whatever the links become (htmlToText drops every tag).
  const r = renderSanitised(markdown, (url) => url, shift);
  return { markdown, headings: r.headings, text: htmlToText(r.html) };
}

/** The HTML of a deferred body with its links written as `link` says (the HTML `renderBody` gives). */
export function resolveDeferred(body: DeferredBody, link: Relink): string {
  if (body.html === undefined) return renderBody(body.markdown, link).html;
  if (body.links.length === 0) return body.html;
  const targets = body.links.map((l) => link(l.url));
  return body.html.replace(LINK_MARK, (_, close: string, n: string) => {
    const target = targets[Number(n)];
    if (target === null || target === undefined) return '';
    if (close) return '</a>';
    const title = body.links[Number(n)]!.title;
    return `<a href="${escAttr(target)}"${title ? ` title="${escAttr(title)}"` : ''}>`;
  });
}

interface Hast {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Hast[];
}

/** A body with raw HTML: the report's sanitiser, then the site's heading ids and links (exported for the test that both paths agree). */
export function renderSanitised(markdown: string, link: Relink, shift: number): RenderedBody {
  const headings: RenderedBody['headings'] = [];
  const slugger = new GithubSlugger();
  const text: string[] = [];
  const html = sanitisedHast(markdown, shift, (tree: Hast) => {
    const walk = (node: Hast): void => {
      if (!node.children) return;
      node.children = node.children.flatMap((child): Hast[] => {
        if (child.type !== 'element') return [child];
        const m = /^h([1-6])$/.exec(child.tagName ?? '');
        if (m) {
          const t = textOf(child, true).trim();
          const slug = slugger.slug(t);
          headings.push({ level: Number(m[1]), text: t, slug });
          child.properties = { ...child.properties, id: slug };
        }
        if (child.tagName === 'a' && typeof child.properties?.href === 'string') {
          const target = link(child.properties.href);
          if (target === null) {
            walk(child);
            return child.children ?? [];
          }
          child.properties.href = target;
        }
        walk(child);
        return [child];
      });
    };
    walk(tree);
    text.push(textOf(tree, false));
  });
  return {
    html,
    text: text
      .join('')
      .replace(/\n{2,}/g, '\n')
      .trim(),
    headings,
  };
}

/** The text of a hast node; `heading` leaves out image text (as the slug does). */
function textOf(node: Hast, heading: boolean): string {
  if (node.type === 'text') return node.value ?? '';
  if (heading && node.tagName === 'span' && (node.properties?.className as string[] | undefined)?.includes('extern-bild')) return '';
  return (node.children ?? []).map((c) => textOf(c, heading)).join('');
}
