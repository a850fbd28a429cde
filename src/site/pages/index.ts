/**
 * Every page of the handbook and its stylesheet (`renderPages`, see src/site/types.ts). The
 * lookups are computed once per build; each page is a plain template function.
 */
import { DOC_TYPES } from '../../core/types.js';
import { favicon, stylesheet } from '../stylesheet.js';
import type { RenderPages, SiteContext, SiteDocument, SiteFile } from '../types.js';
import { documentPage, withdrawnPage } from './document.js';
import { buildLookups, type Lookups } from './lookups.js';
import { rolePage, startPage, typePageHtml, unitPage } from './lists.js';
import { accessibilityPage, notFoundPage, searchPage, sosfsPage } from './other.js';

export const renderPages: RenderPages = (ctx) => {
  const pages = pageRenderer(ctx);
  const files: SiteFile[] = [];
  for (const sd of ctx.documents) if (!ctx.skip?.has(sd.page)) files.push({ path: sd.page, content: pages.document(sd) });
  files.push(...pages.rest());
  return files;
};

/**
 * The pages one by one, for a build that writes each document's page as soon as its body is
 * there: `document` gives one document's page, `rest` every other page (none when the context
 * says only documents are rendered). renderPages is both.
 */
export function pageRenderer(ctx: SiteContext): { document(sd: SiteDocument): string; rest(): SiteFile[] } {
  const L = buildLookups(ctx);
  return { document: (sd) => documentPage(ctx, L, sd), rest: () => otherPages(ctx, L) };
}

function otherPages(ctx: SiteContext, L: Lookups): SiteFile[] {
  const files: SiteFile[] = [];
  if (ctx.documentsOnly) return files;
  files.push({ path: 'index.html', content: startPage(ctx, L) });
  for (const doc of ctx.withdrawn) {
    if (!doc.id) continue;
    const { path, html } = withdrawnPage(ctx, L, doc);
    files.push({ path, content: html });
  }
  const types = [...new Set([...DOC_TYPES, ...L.byType.keys()])].filter((typ) => typ !== '');
  for (const typ of types) {
    const { path, html } = typePageHtml(ctx, L, typ);
    files.push({ path, content: html });
  }
  for (const u of ctx.model.units) {
    const { path, html } = unitPage(ctx, L, u.unit, new Set(u.documents));
    files.push({ path, content: html });
  }
  for (const role of ctx.model.config.roller) {
    const { path, html } = rolePage(ctx, L, role);
    files.push({ path, content: html });
  }
  files.push(
    { path: 'sosfs.html', content: sosfsPage(ctx, L) },
    { path: 'tillganglighet.html', content: accessibilityPage(ctx) },
    { path: 'sok.html', content: searchPage(ctx) },
    { path: '404.html', content: notFoundPage(ctx) },
    { path: 'assets/lsys.css', content: stylesheet() },
    { path: 'assets/favicon.svg', content: favicon() },
  );
  return files;
}
