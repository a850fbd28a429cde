/**
 * The fast path of a body's HTML (see render.ts): markdown-it's tokens written out by a small
 * renderer that knows every element it emits. Its own module, without the report's sanitiser
 * (unified, rehype): the load's worker threads render each parsed body with it from the
 * tokens of the load's own parse (body-hook.ts), and they need nothing more.
 */
import type { Token } from 'markdown-it';
import GithubSlugger from 'github-slugger';
// Heading text as `validate` reads it for the slug: text and code, no image alt or HTML.
import { headingText } from '../core/markdown.js';

/** What a link becomes: an address to keep, or `null` for plain text (a document not shown, a missing file). */
export type Relink = (url: string) => string | null;

export interface RenderedBody {
  html: string;
  text: string;
  headings: { level: number; text: string; slug: string }[];
}

/** Escape text as rehype-stringify does (`&` and `<`), so both paths give the same bytes. */
function esc(s: string): string {
  return s.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

/** Escape an attribute value as rehype-stringify does. */
export function escAttr(s: string): string {
  return s.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;');
}

/** The protocols rehype-sanitize's GitHub schema allows in `href`; anything else loses its address. */
const SAFE_PROTOCOLS = new Set(['http', 'https', 'mailto', 'xmpp', 'irc', 'ircs']);

/** Is this address one the sanitiser keeps (relative, or a safe protocol)? */
export function safeHref(url: string): boolean {
  const colon = url.indexOf(':');
  if (colon === -1) return true;
  for (const c of ['/', '?', '#']) {
    const at = url.indexOf(c);
    if (at !== -1 && at < colon) return true;
  }
  return SAFE_PROTOCOLS.has(url.slice(0, colon).toLowerCase());
}

/** Does the body contain raw HTML (then the report's sanitiser must see it)? */
export function hasHtml(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (t.type === 'html_block') return true;
    if (t.children) for (const c of t.children) if (c.type === 'html_inline') return true;
  }
  return false;
}

/**
 * A body rendered before it is known where its links lead (in a worker thread, which has no map
 * of the site): the HTML with a mark where each link's `<a>` and `</a>` go, and the links in order.
 * `resolveDeferred` writes them once the site's links are known; the result is the HTML
 * `renderBody` gives. Its headings and text do not depend on where links lead. A body with raw
 * HTML (the report's sanitiser, rare) keeps its Markdown instead: it is rendered on the main thread.
 */
export type DeferredBody = Pick<RenderedBody, 'headings' | 'text'> &
  ({ html: string; links: Array<{ url: string; title: string }> } | { html?: undefined; markdown: string });

/** The mark of a link's start (`\0N\0`) or end (`\0/N\0`): markdown-it turns every NUL of the text into U+FFFD, so none is left. */
export const LINK_MARK = /\0(\/?)(\d+)\0/g;

/**
 * A body rendered from its tokens before it is known where its links lead (see DeferredBody);
 * undefined for a body with raw HTML, which the report's sanitiser must see (render.ts).
 * Renders the tokens once: it takes the task list markers out of them.
 */
export function deferredFromTokens(tokens: Token[], shift = 1): DeferredBody | undefined {
  if (hasHtml(tokens)) return undefined;
  const links: Array<{ url: string; title: string }> = [];
  const r = new FastRenderer(links, shift).render(tokens);
  return { html: r.html, links, headings: r.headings, text: htmlToText(r.html.replace(LINK_MARK, '')) };
}

/**
 * The text of rendered HTML, for search and snippets: block ends become line breaks. A tag ends
 * at the first `>` outside its quoted attribute values, so an address with `>` in it leaves no
 * trace in the text (the text is the same whatever a link's address is).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|tr|th|td|pre|blockquote|dt|dd)>|<br>/g, '\n')
    .replace(/<(?:[^>"]|"[^"]*")*>/g, '')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&#x22;|&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
}

export class FastRenderer {
  private out = '';
  private text: string[] = [];
  private headings: RenderedBody['headings'] = [];
  private slugger = new GithubSlugger();
  /** Open links: false for one written as text, true for `<a>`, a number for a deferred link's mark. */
  private links: Array<boolean | number> = [];

  /** `link` decides where links lead now; an array collects them for resolveDeferred instead. */
  constructor(
    private readonly link: Relink | Array<{ url: string; title: string }>,
    private readonly shift: number,
  ) {}

  render(tokens: Token[]): RenderedBody {
    for (let i = 0; i < tokens.length; i++) i = this.block(tokens, i);
    return { html: this.out.trim(), text: this.text.join('\n').trim(), headings: this.headings };
  }

  private level(tag: string): number {
    return Math.min(6, Number(tag.slice(1)) + this.shift);
  }

  /** Write the block token at `i`; returns the index of the last token it used. */
  private block(tokens: Token[], i: number): number {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1]!;
        const text = headingText(inline.children);
        const slug = this.slugger.slug(text);
        const level = this.level(t.tag);
        this.headings.push({ level, text, slug });
        this.out += `<h${level} id="${escAttr(slug)}">`;
        this.inline(inline.children ?? []);
        this.out += `</h${level}>\n`;
        return i + 2;
      }
      case 'paragraph_open':
        if (!t.hidden) this.out += '<p>';
        return i;
      case 'paragraph_close':
        // A tight item's text is followed by a line break when more follows in the item (a nested list).
        if (!t.hidden) this.out += '</p>\n';
        else if (tokens[i + 1] && tokens[i + 1]!.type !== 'list_item_close') this.out += '\n';
        return i;
      case 'inline':
        this.inline(t.children ?? []);
        return i;
      case 'bullet_list_open': {
        const task = isTaskList(tokens, i);
        this.out += task ? '<ul class="contains-task-list">\n' : '<ul>\n';
        return i;
      }
      case 'ordered_list_open': {
        // markdown-it keeps the start as a number, despite its types.
        const start = t.attrGet('start') as string | number | null;
        this.out += start !== null && String(start) !== '1' ? `<ol start="${escAttr(String(start))}">\n` : '<ol>\n';
        return i;
      }
      case 'bullet_list_close':
        this.out += '</ul>\n';
        return i;
      case 'ordered_list_close':
        this.out += '</ol>\n';
        return i;
      case 'list_item_open': {
        const box = taskBox(tokens, i);
        if (box === undefined) {
          this.out += '<li>';
        } else {
          this.out += `<li class="task-list-item"><input type="checkbox"${box ? ' checked' : ''} disabled> `;
        }
        // A loose item's paragraphs start on their own line.
        if (tokens[i + 1]?.type === 'paragraph_open' && !tokens[i + 1]!.hidden) this.out += '\n';
        else if (tokens[i + 1]?.type !== 'paragraph_open') this.out += '\n';
        return i;
      }
      case 'list_item_close':
        this.out += '</li>\n';
        return i;
      case 'blockquote_open':
        this.out += '<blockquote>\n';
        return i;
      case 'blockquote_close':
        this.out += '</blockquote>\n';
        return i;
      case 'hr':
        this.out += '<hr>\n';
        return i;
      case 'code_block':
      case 'fence': {
        const lang = t.info.trim().split(/\s+/)[0] ?? '';
        const cls = lang ? ` class="language-${escAttr(lang)}"` : '';
        this.out += `<pre><code${cls}>${esc(t.content)}</code></pre>\n`;
        this.text.push(t.content);
        return i;
      }
      case 'table_open':
        this.out += '<table>\n';
        return i;
      case 'table_close':
        this.out += '</table>\n';
        return i;
      case 'thead_open':
      case 'tbody_open':
      case 'tr_open':
        this.out += `<${t.tag}>\n`;
        return i;
      case 'thead_close':
      case 'tbody_close':
      case 'tr_close':
        this.out += `</${t.tag}>\n`;
        return i;
      case 'th_open':
      case 'td_open': {
        const align = /text-align:(\w+)/.exec(t.attrGet('style') ?? '')?.[1];
        this.out += align ? `<${t.tag} align="${align}">` : `<${t.tag}>`;
        return i;
      }
      case 'th_close':
      case 'td_close':
        this.out += `</${t.tag}>\n`;
        return i;
      default:
        return i;
    }
  }

  private inline(children: Token[]): void {
    let line = '';
    for (let k = 0; k < children.length; k++) {
      const c = children[k]!;
      switch (c.type) {
        case 'text':
          this.out += esc(c.content);
          line += c.content;
          break;
        case 'code_inline':
          this.out += `<code>${esc(c.content)}</code>`;
          line += c.content;
          break;
        case 'softbreak':
          this.out += '\n';
          line += ' ';
          break;
        case 'hardbreak':
          this.out += '<br>\n';
          line += ' ';
          break;
        case 'em_open':
        case 'strong_open':
          this.out += `<${c.tag}>`;
          break;
        case 'em_close':
        case 'strong_close':
          this.out += `</${c.tag}>`;
          break;
        case 's_open':
          this.out += '<del>';
          break;
        case 's_close':
          this.out += '</del>';
          break;
        case 'link_open': {
          const href = c.attrGet('href') ?? '';
          const shown = children[k + 1]?.content ?? '';
          // GFM autolinks `www.x.se`, an address with a scheme and an e-mail address, not a bare `x.se`.
          const bare = c.markup === 'linkify' && !/^(www\.|[a-z][a-z0-9+.-]*:)/i.test(shown) && !shown.includes('@');
          const title = c.attrGet('title');
          if (!bare && safeHref(href) && Array.isArray(this.link)) {
            // Where it leads is decided later: a mark stands for its `<a>` and its `</a>`.
            const n = this.link.push({ url: href, title: title ?? '' }) - 1;
            this.links.push(n);
            this.out += `\0${n}\0`;
            break;
          }
          const target = bare ? null : safeHref(href) ? (this.link as Relink)(href) : undefined;
          this.links.push(target !== null);
          if (target === null) break; // plain text: the link's content only
          const titleAttr = title ? ` title="${escAttr(title)}"` : '';
          this.out += target === undefined ? `<a${titleAttr}>` : `<a href="${escAttr(target)}"${titleAttr}>`;
          break;
        }
        case 'link_close': {
          const open = this.links.pop();
          if (typeof open === 'number') this.out += `\0/${open}\0`;
          else if (open !== false) this.out += '</a>';
          break;
        }
        case 'image': {
          const alt = (c.children ?? [])
            .map((x) => x.content)
            .join('')
            .trim();
          const src = (c.attrGet('src') ?? '').trim();
          const shown = alt && src ? `${alt} (${src})` : alt || src;
          if (shown) this.out += `<span class="extern-bild">${esc(shown)}</span>`;
          line += shown;
          break;
        }
        default:
          break;
      }
    }
    if (line) this.text.push(line);
  }
}

/** The checkbox of a task list item: true (checked), false, or undefined when the item is no task. */
function taskBox(tokens: Token[], i: number): boolean | undefined {
  const inline = tokens[i + 2];
  if (tokens[i + 1]?.type !== 'paragraph_open' || inline?.type !== 'inline') return undefined;
  const first = inline.children?.[0];
  const m = first?.type === 'text' ? /^\[([ xX])\](?: |$)/.exec(first.content) : null;
  if (!m || !first) return undefined;
  // The marker is taken out of the text once; the renderer runs once per token list.
  first.content = first.content.slice(m[0].length);
  return m[1] !== ' ';
}

/** Does the bullet list opening at `i` hold at least one task item (GFM's `contains-task-list`)? */
function isTaskList(tokens: Token[], i: number): boolean {
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') depth++;
    else if (t.type === 'bullet_list_close' || t.type === 'ordered_list_close') {
      if (--depth === 0) return false;
    } else if (depth === 1 && t.type === 'list_item_open') {
      const inline = tokens[k + 2];
      const first = inline?.children?.[0];
      if (tokens[k + 1]?.type === 'paragraph_open' && first?.type === 'text' && /^\[[ xX]\](?: |$)/.test(first.content)) return true;
    }
  }
  return false;
}
