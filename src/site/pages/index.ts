/**
 * STAND-IN on branch p-site only (helper T owns src/site/pages/): the smallest renderPages that
 * lets the pipeline run and be tested. The lead takes T's file over this one at merge.
 */
import { CONTENT_SECURITY_POLICY } from '../csp.js';
import { pageName, SEARCH_IDS, type RenderPages, type SiteFile } from '../types.js';

const esc = (s: string): string => s.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;').replace(/"/g, '&#x22;');

export const renderPages: RenderPages = (ctx) => {
  const page = (title: string, body: string): string =>
    `<!doctype html>\n<html lang="${ctx.lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"><title>${esc(title)}</title></head><body><form id="${SEARCH_IDS.form}" role="search" action="sok.html"><input name="q" id="${SEARCH_IDS.input}"></form><h1>${esc(title)}</h1>${body}</body></html>\n`;
  const files: SiteFile[] = [
    { path: 'index.html', content: page(ctx.generator, ctx.documents.map((d) => `<a href="${d.page}">${esc(d.doc.id!)}</a>`).join('\n')) },
  ];
  for (const d of ctx.documents) {
    const history = d.history.map((h) => `<li>${h.date} ${esc(h.version ?? '')} ${esc(h.subject)}</li>`).join('');
    files.push({ path: d.page, content: page(d.doc.id!, `${d.draft ? '<p>UTKAST</p>' : ''}${d.body}<ul>${history}</ul>`) });
  }
  for (const w of ctx.withdrawn) files.push({ path: `dokument/${pageName(w.id!)}.html`, content: page(w.id!, '') });
  return files;
};
