/**
 * The shared parts of every page of the handbook: escaping, the layout (skip link, CSP,
 * header with search, navigation, footer) and small pieces (a link to a document, the
 * UTKAST mark, a scrollable table). Plain template functions: 10,000 pages render in
 * well under a second this way, where a template engine adds a compile and a context per page.
 */
import type { MessageData } from '../../core/messages.js';
import { CONTENT_SECURITY_POLICY } from '../csp.js';
import { siteText, type SiteMessageId } from '../messages.js';
import { SEARCH_IDS, type SiteContext, type SiteDocument } from '../types.js';

const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value as HTML: every value from the repository goes through here. */
export function esc(value: string | number | undefined): string {
  const s = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  // Most values need nothing: testing first saves a copy of each (10,000 pages make a lot of garbage).
  return NEEDS_ESCAPE.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : s;
}

/** A page text in the build's language, escaped, placeholders filled with escaped values. */
export function t(ctx: Pick<SiteContext, 'lang'>, id: SiteMessageId, data?: MessageData): string {
  if (data !== undefined) return esc(siteText(ctx.lang, id, data));
  const key = `${ctx.lang}:${id}`;
  let text = FIXED.get(key);
  if (text === undefined) FIXED.set(key, (text = esc(siteText(ctx.lang, id))));
  return text;
}
/** The texts without placeholders, escaped, by language and id (the same on every page). */
const FIXED = new Map<string, string>();

/** An ISO date in text the site writes (not inside a tag). */
const ISO_DATE = /\b\d{4}-\d\d-\d\d\b/g;

/**
 * Escaped text with each ISO date in a `<time>`, which the stylesheet keeps on one line: a narrow
 * column would otherwise break "2026-12-01" after a hyphen. The characters stay as written, so
 * copying the text and searching it find the date as typed (a non-breaking hyphen would not).
 * Only for text content, never an attribute value.
 */
export function keepDates(html: string): string {
  return html.replace(ISO_DATE, '<time>$&</time>');
}

/**
 * A SOSFS reference or lagrum as the site writes it, with "kap." and "§" bound to their numbers by
 * U+00A0 so that "7 kap. 2 §" never breaks between "2" and "§" ("2 a §" keeps its letter too);
 * in English "Chapter" and "Section" stay with the number after them.
 * Plain text in, plain text out (escape after).
 */
export function bindParagraphs(text: string): string {
  return text
    .replace(/(\d) ([a-z]) (?=§)/g, '$1\u00a0$2\u00a0')
    .replace(/(\d) (?=kap\.|§)/g, '$1\u00a0')
    .replace(/\b(Chapter|Section) (?=\d)/g, '$1\u00a0');
}

/** The prefix from a page to the site root: `''` for `index.html`, `../` for `dokument/X.html`. */
export function rootOf(path: string): string {
  let depth = 0;
  for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) depth++;
  return depth === 0 ? '' : depth === 1 ? '../' : '../'.repeat(depth);
}

/** The UTKAST mark of a draft (empty for a document in force). */
export function draftMark(ctx: SiteContext, draft: boolean): string {
  return draft ? ` <strong class="utkast">${t(ctx, 'draftMark')}</strong>` : '';
}

/** A link to a shown document: id and title, marked UTKAST when it is a draft. */
export function docLink(ctx: SiteContext, root: string, sd: SiteDocument): string {
  // A document is listed on many pages (type, unit, role, start): its link is made once per root.
  let byRoot = LINKS.get(sd);
  if (!byRoot) LINKS.set(sd, (byRoot = new Map<string, string>()));
  let link = byRoot.get(root);
  if (link === undefined) byRoot.set(root, (link = makeDocLink(ctx, root, sd)));
  return link;
}
const LINKS = new WeakMap<SiteDocument, Map<string, string>>();

function makeDocLink(ctx: SiteContext, root: string, sd: SiteDocument): string {
  const titel = typeof sd.doc.data?.titel === 'string' ? sd.doc.data.titel : '';
  return `<a href="${root}${esc(sd.page)}"><span class="dok-id">${esc(sd.doc.id)}</span> ${esc(titel)}</a>${draftMark(ctx, sd.draft)}`;
}

/** A list of shown documents (or a sentence saying there are none). */
export function docList(ctx: SiteContext, root: string, docs: readonly SiteDocument[]): string {
  if (docs.length === 0) return `<p>${t(ctx, 'noneShown')}</p>`;
  return `<ul class="dokument-lista">${docs.map((d) => `<li>${docLink(ctx, root, d)}</li>`).join('')}</ul>`;
}

/** A table in a labelled, keyboard-scrollable wrapper (wide tables scroll on their own, never the page). */
export function table(ctx: SiteContext, label: string, head: string[], rows: string[][]): string {
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('');
  return `<div class="tabell" tabindex="0" role="region" aria-label="${t(ctx, 'tableLabel', { namn: label })}"><table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** What one page gives the layout. */
export interface PageSpec {
  /** The page's path in the site, e.g. `dokument/RUT-001.html`. */
  path: string;
  /** The page's title (plain text, escaped here). */
  title: string;
  /** The content of `<main>`, starting with its one h1. */
  main: string;
  /** Links go from here to the root: `rootOf(path)`, or the absolute base URL for 404.html. */
  root?: string;
  /** Which navigation entry is this page (`aria-current`). */
  current?: NavKey;
  /** The page holds the search form itself (start and search page): the header has none, so the ids stay unique. */
  ownSearch?: boolean;
  /** The search script (only sok.html). */
  script?: string;
}

type NavKey = 'start' | 'processer' | 'typer' | 'enheter' | 'roller' | 'sosfs' | 'sok';

const NAV: Array<[NavKey, SiteMessageId, string]> = [
  ['start', 'navStart', 'index.html'],
  ['processer', 'navProcesses', 'typ/process.html'],
  ['typer', 'navTypes', 'index.html#dokumenttyper'],
  ['enheter', 'navUnits', 'index.html#enheter'],
  ['roller', 'navRoles', 'index.html#roller'],
  ['sosfs', 'navSosfs', 'sosfs.html'],
  ['sok', 'navSearch', 'sok.html'],
];

/** The search form; `big` on the start and search pages. */
export function searchForm(ctx: SiteContext, root: string, big: boolean): string {
  return (
    `<form role="search" action="${root}sok.html" method="get" id="${SEARCH_IDS.form}" class="sok${big ? ' sok-stor' : ''}">` +
    `<label for="${SEARCH_IDS.input}">${t(ctx, 'searchLabel')}</label>` +
    `<span class="sok-rad"><input type="search" name="q" id="${SEARCH_IDS.input}" autocomplete="off">` +
    `<button type="submit">${t(ctx, 'searchButton')}</button></span></form>`
  );
}

/** The name of the handbook: lsys.yaml `webbplats.namn`, else "<organisation> – ledningssystem". */
export function siteName(ctx: SiteContext): string {
  return ctx.site.namn ?? siteText(ctx.lang, 'siteName', { organisation: ctx.model.config.organisation });
}

/** A whole page. */
export function layout(ctx: SiteContext, p: PageSpec): string {
  const root = p.root ?? rootOf(p.path);
  const canonical = ctx.baseUrl && /^https?:\/\//.test(ctx.baseUrl) ? `<link rel="canonical" href="${esc(ctx.baseUrl + p.path)}">` : '';
  const c = chrome(ctx, root, p.current, p.ownSearch === true);
  return (
    `${c.head}<title>${t(ctx, 'pageTitle', { page: p.title, site: siteName(ctx) })}</title>` +
    `<link rel="stylesheet" href="${root}assets/lsys.css"><link rel="icon" href="${root}assets/favicon.svg" type="image/svg+xml">` +
    `${canonical}</head>\n${c.top}` +
    `<main id="innehall" class="ram" tabindex="-1">${p.main}</main>\n${c.bottom}` +
    (p.script ?? '') +
    `</body></html>\n`
  );
}

/** The parts of the layout that depend only on the build, the root and the current menu entry: made once each. */
interface Chrome {
  head: string;
  top: string;
  bottom: string;
}
const CHROME = new WeakMap<SiteContext, Map<string, Chrome>>();

function chrome(ctx: SiteContext, root: string, current: NavKey | undefined, ownSearch: boolean): Chrome {
  let byKey = CHROME.get(ctx);
  if (!byKey) CHROME.set(ctx, (byKey = new Map<string, Chrome>()));
  const key = `${root}\u0000${current ?? ''}\u0000${ownSearch}`;
  const found = byKey.get(key);
  if (found) return found;
  const name = siteName(ctx);
  const nav = NAV.map(
    ([k, label, href]) => `<li><a href="${root}${href}"${k === current ? ' aria-current="page"' : ''}>${t(ctx, label)}</a></li>`,
  ).join('');
  const kontakt = ctx.site.kontakt ? `<p>${t(ctx, 'footerContact', { kontakt: ctx.site.kontakt })}</p>` : '';
  const made: Chrome = {
    head:
      `<!DOCTYPE html>\n<html lang="${ctx.lang}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<meta http-equiv="Content-Security-Policy" content="${esc(CONTENT_SECURITY_POLICY)}">` +
      `<meta name="generator" content="${esc(ctx.generator)}">`,
    top:
      `<body><a class="hoppa" href="#innehall">${t(ctx, 'skipLink')}</a>` +
      `<header class="sidhuvud"><div class="ram"><a class="webbplats" href="${root}index.html">${esc(name)}</a>` +
      `${ownSearch ? '' : searchForm(ctx, root, false)}</div>` +
      `<nav aria-label="${t(ctx, 'navLabel')}"><ul class="ram">${nav}</ul></nav>` +
      // Inside the header: all content stands in a landmark.
      (ctx.drafts ? `<p class="utkast-banner">${t(ctx, 'draftBanner')}</p>` : '') +
      `</header>\n`,
    bottom:
      `<footer class="sidfot"><div class="ram"><p>${esc(ctx.model.config.organisation)}</p>${kontakt}` +
      `<p><a href="${root}tillganglighet.html">${t(ctx, 'footerAccessibility')}</a></p>` +
      `<p class="liten">${t(ctx, 'footerGenerated')}</p></div></footer>`,
  };
  byKey.set(key, made);
  return made;
}
