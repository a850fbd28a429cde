/**
 * The page of one document (`dokument/<ID>.html`): title, metadata box, body, and what the
 * model knows around it — the process and activity of a routine, a process's activities and
 * flow, an ansvarsfördelning's tasks, related documents — and its change history. Also the
 * short page at the address of an upphävd document, so bookmarks do not die.
 */
import { formatParagraph } from '../../core/paragraph.js';
import type { LoadedDocument } from '../../core/types.js';
import { strings } from '../../model/index.js';
import { siteText, typeLabel } from '../messages.js';
import { documentPath, type SiteContext, type SiteDocument } from '../types.js';
import { flowSvg } from './flow.js';
import { bindParagraphs, docLink, draftMark, esc, keepDates, layout, rootOf, siteName, t, table } from './html.js';
import { typePage, type Lookups } from './lookups.js';
import { documentReading } from './reading.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A link to a document id: its page when shown (or withdrawn), else the id as text. */
function idLink(ctx: SiteContext, L: Lookups, root: string, id: string): string {
  const sd = ctx.byId.get(id);
  if (sd) return docLink(ctx, root, sd);
  const page = L.pageOf(id);
  return page ? `<a href="${root}${esc(page)}">${esc(id)}</a>` : esc(id);
}

function roleLink(L: Lookups, root: string, ctx: SiteContext, id: string | undefined): string {
  if (id === undefined) return t(ctx, 'notGiven');
  return ctx.model.roleIds.has(id) ? `<a href="${root}${L.rolePage(id)}">${esc(L.roleName(id))}</a>` : esc(id);
}

function metadata(ctx: SiteContext, L: Lookups, root: string, sd: SiteDocument): string {
  const d = sd.doc.data ?? {};
  const rows: Array<[string, string]> = [];
  const add = (label: Parameters<typeof t>[1], value: string): void => void rows.push([t(ctx, label), value]);
  add('fieldId', esc(sd.doc.id));
  const typ = sd.doc.typ ?? '';
  add('fieldTyp', `<a href="${root}${esc(typePage(typ))}">${esc(typeLabel(typ, ctx.lang))}</a>`);
  add('fieldVersion', esc(str(d.version) ?? '–'));
  if (sd.draft) add('fieldStatus', t(ctx, 'draftMark'));
  add('fieldFastställd', keepDates(esc(str(d.fastställd) ?? '–')));
  add('fieldFastställdAv', roleLink(L, root, ctx, str(d.fastställd_av)));
  add('fieldÄgare', roleLink(L, root, ctx, str(d.ägare)));
  const revideras = str(d.revideras);
  if (revideras) {
    // The same review state validate and the start page use: an overdue review shows on the page itself.
    const r = ctx.model.reviewOf(sd.doc);
    const state = r?.overdue ? ` <span class="forsenad">${t(ctx, 'reviewOverdueShort')}</span>` : '';
    add('fieldRevideras', keepDates(esc(revideras)) + state);
  }
  const units = strings(d.gäller_för);
  add(
    'fieldGällerFör',
    units.length === 0
      ? t(ctx, 'allUnits')
      : units.map((u) => (ctx.model.unitIds.has(u) ? `<a href="${root}${L.unitPage(u)}">${esc(L.unitName(u))}</a>` : esc(u))).join(', '),
  );
  // A routine may serve several activities of a process: one row per process.
  const parts = new Map<SiteDocument, string[]>();
  for (const { process, activity } of L.partOf.get(sd.doc.id ?? '') ?? []) {
    const list = parts.get(process);
    const a = activity.namn ?? activity.id ?? '';
    if (list) list.push(a);
    else parts.set(process, [a]);
  }
  for (const [process, names] of parts) {
    const which =
      names.length === 1 ? t(ctx, 'belongsToItem', { aktivitet: names[0] }) : t(ctx, 'belongsToItems', { aktiviteter: names.join('; ') });
    rows.push([t(ctx, 'belongsTo'), `${docLink(ctx, root, process)}, ${which}`]);
  }
  const reading = documentReading(ctx, L, root, sd.doc);
  if (reading) rows.push(reading);
  const sosfs = strings(d.sosfs);
  if (sosfs.length > 0) {
    const items = sosfs.map((ref) => {
      const p = ctx.model.catalog.paragraph(ref);
      const krav = p ? (ctx.lang === 'en' ? p.krav_en : p.krav) : '';
      return `<li><span class="paragraf">${esc(bindParagraphs(formatParagraph(ref, ctx.lang)))}</span>${krav ? ` – ${esc(bindParagraphs(krav))}` : ''}</li>`;
    });
    add('fieldSosfs', `<ul>${items.join('')}</ul>`);
  }
  const lagrum = strings(d.lagrum);
  if (lagrum.length > 0) add('fieldLagrum', `<ul>${lagrum.map((l) => `<li>${esc(bindParagraphs(l))}</li>`).join('')}</ul>`);
  return (
    `<section class="metadata" aria-labelledby="om-dokumentet"><h2 id="om-dokumentet">${t(ctx, 'metadata')}</h2><dl>` +
    rows.map(([k, v]) => `<div><dt>${k}</dt><dd>${v}</dd></div>`).join('') +
    `</dl></section>`
  );
}

function processPart(ctx: SiteContext, L: Lookups, root: string, sd: SiteDocument): string {
  const activities = L.activitiesOf.get(sd) ?? [];
  if (activities.length === 0) return `<h2>${t(ctx, 'activities')}</h2><p>${t(ctx, 'noActivities')}</p>`;
  const rows = activities.map((a, i) => [
    esc(i + 1),
    esc(a.namn ?? a.id ?? ''),
    roleLink(L, root, ctx, a.ansvarig),
    L.routinesOf(a)
      .map((r) => idLink(ctx, L, root, r))
      .join('<br>'),
  ]);
  const steps = activities.map((a) => a.namn ?? a.id ?? '');
  const titel = str(sd.doc.data?.titel) ?? sd.doc.id ?? '';
  const title = siteText(ctx.lang, 'flowTitle', { titel });
  const desc = siteText(ctx.lang, 'flowDesc', { steg: steps.map((s, i) => `${i + 1}. ${s}`).join('; ') });
  return (
    `<h2>${t(ctx, 'activities')}</h2>` +
    table(ctx, t(ctx, 'activities'), [t(ctx, 'stepCol'), t(ctx, 'activityCol'), t(ctx, 'responsibleCol'), t(ctx, 'routinesCol')], rows) +
    `<h2>${t(ctx, 'flow')}</h2><figure class="flode-ram">${flowSvg(steps, 3, 'flode-bred', title, desc)}${flowSvg(steps, 1, 'flode-smal', title, desc)}</figure>`
  );
}

const ANSVAR = ['ansvarar', 'utför', 'deltar', 'informeras'] as const;

function tasksPart(ctx: SiteContext, L: Lookups, root: string, sd: SiteDocument): string {
  const tasks = ctx.model.tasksOf(sd.doc);
  if (tasks.length === 0) return `<h2>${t(ctx, 'tasks')}</h2><p>${t(ctx, 'noTasks')}</p>`;
  const rows = tasks.map((task) => [
    esc(task.uppgift ?? ''),
    ...ANSVAR.map((kind) =>
      Object.entries(task.ansvar ?? {})
        .filter(([, v]) => v === kind)
        .map(([role]) => roleLink(L, root, ctx, role))
        .join(', '),
    ),
    esc(task.sosfs.map((p) => bindParagraphs(formatParagraph(p, ctx.lang))).join(', ')),
  ]);
  return (
    `<h2>${t(ctx, 'tasks')}</h2>` +
    table(ctx, t(ctx, 'tasks'), [t(ctx, 'taskCol'), ...ANSVAR.map((k) => t(ctx, k)), t(ctx, 'fieldSosfs')], rows)
  );
}

function relatedPart(ctx: SiteContext, L: Lookups, root: string, sd: SiteDocument): string {
  const out: string[] = [];
  const related = [...new Set(strings(sd.doc.data?.relaterade))];
  if (related.length > 0)
    out.push(
      `<h2>${t(ctx, 'related')}</h2><ul class="dokument-lista">${related.map((id) => `<li>${idLink(ctx, L, root, id)}</li>`).join('')}</ul>`,
    );
  const from = (L.referrers.get(sd.doc.id ?? '') ?? []).filter((r) => r !== sd);
  if (from.length > 0)
    out.push(
      `<h2>${t(ctx, 'relatedFrom')}</h2><ul class="dokument-lista">${from.map((r) => `<li>${docLink(ctx, root, r)}</li>`).join('')}</ul>`,
    );
  return out.join('');
}

function historyPart(ctx: SiteContext, sd: SiteDocument): string {
  const head = `<h2>${t(ctx, 'history')}</h2>`;
  if (sd.history.length === 0) return `${head}<p>${t(ctx, 'historyNone')}</p>`;
  return (
    head +
    table(
      ctx,
      t(ctx, 'history'),
      [t(ctx, 'historyDate'), t(ctx, 'historyVersion'), t(ctx, 'historySubject')],
      sd.history.map((h) => [keepDates(esc(h.date)), esc(h.version ?? ''), esc(h.subject)]),
    )
  );
}

const FIRST_H2 = /^<h2(?: id="([^"]*)")?>(.*?)<\/h2>/s;

/** A heading's or label's HTML as plain text: tags dropped, the entities rehype-stringify and esc() write decoded. */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi,
      (m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
        if (name) return { amp: '&', lt: '<', gt: '>', quot: '"' }[name.toLowerCase()] ?? m;
        const code = hex ? parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      },
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The body as the page shows it. A body that opens with its own title (`# Titel`, the convention
 * of the seeds) would repeat the page's h1: that heading is left out, its anchor moves to the h1,
 * and when it was the body's only `#` the other headings move up a level so none is skipped. Each
 * table gets the same labelled, keyboard-scrollable wrapper as the page's own tables, so a wide
 * table scrolls by itself on a phone instead of the page. Each wrapper has its own label, so a
 * screen reader's list of regions tells the tables apart: the nearest body heading above the
 * table, else "Tabell 2" (its place among the body's tables), with " (2)" … added when the label
 * is already taken on the page (`taken`: the names of the page's own tables).
 */
export function presentBody(
  ctx: SiteContext,
  titel: string,
  html: string,
  taken: Iterable<string> = [],
): { html: string; titleId?: string } {
  let titleId: string | undefined;
  const first = FIRST_H2.exec(html);
  if (first && (first[2] ?? '').trim() === esc(titel).trim()) {
    titleId = first[1];
    html = html.slice(first[0].length).trimStart();
    if (!html.includes('<h2'))
      html = html.replace(/<(\/?)h([3-6])(?=[\s>])/g, (_m, slash: string, n: string) => `<${slash}h${Number(n) - 1}`);
  }
  if (!html.includes('<table')) return titleId === undefined ? { html } : { html, titleId };
  const label = (namn: string): string => siteText(ctx.lang, 'tableLabel', { namn });
  const used = new Set([...taken].map(label));
  let heading = '';
  let n = 0;
  html = html.replace(/<h([1-6])(?=[\s>])[^>]*>([\s\S]*?)<\/h\1>|<table(?=[\s>])|<\/table>/g, (m, _level, inner: string | undefined) => {
    if (inner !== undefined) {
      heading = plainText(inner);
      return m;
    }
    if (m === '</table>') return '</table></div>';
    n++;
    const first = heading ? label(heading) : siteText(ctx.lang, 'tableNumber', { nummer: n });
    let name = first;
    for (let k = 2; used.has(name); k++) name = label(`${heading || n} (${k})`);
    used.add(name);
    return `<div class="tabell" tabindex="0" role="region" aria-label="${esc(name)}"><table`;
  });
  return titleId === undefined ? { html } : { html, titleId };
}

/** The page of a shown document. */
export function documentPage(ctx: SiteContext, L: Lookups, sd: SiteDocument): string {
  const root = rootOf(sd.page);
  const titel = str(sd.doc.data?.titel) ?? sd.doc.id ?? '';
  const typ = sd.doc.typ;
  // The page's own tables, whose labels a body table must not repeat.
  const pageTables = [
    ...(typ === 'process' && (L.activitiesOf.get(sd) ?? []).length > 0 ? [siteText(ctx.lang, 'activities')] : []),
    ...(typ === 'ansvarsfördelning' && ctx.model.tasksOf(sd.doc).length > 0 ? [siteText(ctx.lang, 'tasks')] : []),
    ...(sd.history.length > 0 ? [siteText(ctx.lang, 'history')] : []),
  ];
  const body = presentBody(ctx, titel, sd.body, pageTables);
  // The documents are written in Swedish: with --lang en the page around them is English, the text itself stays marked Swedish (WCAG 3.1.2).
  const content = ctx.lang === 'sv' ? '' : ' lang="sv"';
  const main =
    `<article class="dokument"><h1${content}${body.titleId ? ` id="${body.titleId}"` : ''}>${esc(titel)}${draftMark(ctx, sd.draft)}</h1>` +
    metadata(ctx, L, root, sd) +
    `<div class="dokument-text"${content}>${body.html}</div>` +
    // Only on paper: which handbook, which version, and that a printout is a copy that may be out of date.
    `<p class="utskrift">${t(ctx, 'printNote', { webbplats: siteName(ctx), id: sd.doc.id ?? '', version: str(sd.doc.data?.version) ?? '–', datum: ctx.today })}</p>` +
    (typ === 'process' ? processPart(ctx, L, root, sd) : '') +
    (typ === 'ansvarsfördelning' ? tasksPart(ctx, L, root, sd) : '') +
    relatedPart(ctx, L, root, sd) +
    historyPart(ctx, sd) +
    `</article>`;
  return layout(ctx, { path: sd.page, title: titel, main, current: typ === 'process' ? 'processer' : undefined });
}

/** The short page at an upphävd document's address: when, and what replaces it. */
export function withdrawnPage(ctx: SiteContext, L: Lookups, doc: LoadedDocument): { path: string; html: string } {
  const id = doc.id ?? '';
  const path = documentPath(id);
  const root = rootOf(path);
  const titel = str(doc.data?.titel) ?? id;
  const successor = ctx.model.successorOf(id);
  const shownSuccessor = successor ? L.shown(successor) : undefined;
  // The day it went: when its successor was approved, else its file's last commit.
  const datum = str(shownSuccessor?.doc.data?.fastställd) ?? ctx.model.commitsOf(doc)[0]?.date;
  const said = datum ? keepDates(t(ctx, 'withdrawnOn', { id, datum })) : t(ctx, 'withdrawn', { id });
  const next = shownSuccessor
    ? `${t(ctx, 'replacedBy')} ${docLink(ctx, root, shownSuccessor)}.`
    : `${t(ctx, 'noSuccessor')} <a href="${root}index.html">${t(ctx, 'startLink')}</a>.`;
  const main = `<h1>${t(ctx, 'withdrawnTitle', { titel })}</h1><p>${said}</p><p>${next}</p>`;
  return { path, html: layout(ctx, { path, title: titel, main }) };
}
