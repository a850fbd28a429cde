/**
 * The pages that list documents: the start page (search, processes, types, units, roles,
 * "Nytt och ändrat", "Dags att revidera"), one page per type, per unit and per role.
 */
import { addDays } from '../../core/dates.js';
import type { Role, Unit } from '../../core/types.js';
import { strings, type OwnershipFact } from '../../model/index.js';
import { siteText, typeLabel } from '../messages.js';
import { pageName, type SiteContext, type SiteDocument } from '../types.js';
import { docLink, docList, esc, keepDates, layout, searchForm, siteName, t } from './html.js';
import { typePage, type Lookups } from './lookups.js';
import { roleReading, unitReading } from './reading.js';

/** How far back "Nytt och ändrat" looks. */
const NEW_DAYS = 60;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function startPage(ctx: SiteContext, L: Lookups): string {
  const root = '';
  const { model } = ctx;
  const processes = L.processes.length
    ? `<ol class="dokument-lista">${L.processes.map((p) => `<li>${docLink(ctx, root, p.sd)}</li>`).join('')}</ol>`
    : `<p>${t(ctx, 'noProcesses')}</p>`;
  const types = [...L.byType.entries()]
    .map(
      ([typ, docs]) =>
        `<li><a href="${esc(typePage(typ))}">${esc(typeLabel(typ, ctx.lang, true))}</a> <span class="antal">(${t(ctx, 'count', { antal: docs.length })})</span></li>`,
    )
    .join('');
  const units = model.config.enheter.length
    ? `<ul>${model.config.enheter.map((u) => `<li><a href="enhet/${esc(pageName(u.id))}.html">${esc(u.namn)}</a></li>`).join('')}</ul>`
    : `<p>${t(ctx, 'noUnits')}</p>`;
  const roles = `<ul>${model.config.roller.map((r) => `<li><a href="roll/${esc(pageName(r.id))}.html">${esc(r.namn)}</a></li>`).join('')}</ul>`;

  // Nytt och ändrat: fastställd within NEW_DAYS days up to today, newest first.
  const from = addDays(ctx.today, -NEW_DAYS);
  const recent = ctx.documents
    .map((sd) => ({ sd, date: str(sd.doc.data?.fastställd) }))
    .filter((x): x is { sd: SiteDocument; date: string } => x.date !== undefined && x.date >= from && x.date <= ctx.today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const newList = recent.length
    ? `<p>${t(ctx, 'startNewIntro', { dagar: NEW_DAYS })}</p><ul class="dokument-lista">${recent
        .map(
          ({ sd, date }) =>
            `<li>${docLink(ctx, root, sd)} <span class="meta">${keepDates(t(ctx, 'startNewItem', { datum: date, version: str(sd.doc.data?.version) ?? '–' }))}</span></li>`,
        )
        .join('')}</ul>`
    : `<p>${t(ctx, 'startNewNone', { dagar: NEW_DAYS })}</p>`;

  // Dags att revidera: the review state validate uses, grouped by the owner role (lsys.yaml order, then others).
  const due = new Map<string, Array<{ sd: SiteDocument; revideras: string; overdue: boolean }>>();
  for (const sd of ctx.documents) {
    const r = model.reviewOf(sd.doc);
    if (!r || !(r.overdue || r.dueSoon) || r.revideras === undefined) continue;
    const owner = r.ägare ?? '';
    const list = due.get(owner);
    const item = { sd, revideras: r.revideras, overdue: r.overdue };
    if (list) list.push(item);
    else due.set(owner, [item]);
  }
  const order = [...model.config.roller.map((r) => r.id), ...[...due.keys()].filter((k) => !model.roleIds.has(k)).sort()];
  const groups = order
    .filter((id) => due.has(id))
    .map((id) => {
      const items = due.get(id)!.sort((a, b) => (a.revideras < b.revideras ? -1 : a.revideras > b.revideras ? 1 : 0));
      const name = id === '' ? t(ctx, 'noOwner') : esc(L.roleName(id));
      return (
        `<h3>${name}</h3><ul class="dokument-lista">` +
        items
          .map(
            (i) =>
              `<li>${docLink(ctx, root, i.sd)} <span class="meta${i.overdue ? ' forsenad' : ''}">${keepDates(t(ctx, i.overdue ? 'reviewOverdue' : 'reviewDue', { datum: i.revideras }))}</span></li>`,
          )
          .join('') +
        `</ul>`
      );
    })
    .join('');
  const review = groups ? `<p>${t(ctx, 'startReviewIntro')}</p>${groups}` : `<p>${t(ctx, 'startReviewNone')}</p>`;

  const section = (id: string, title: string, body: string): string =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>`;
  const main =
    `<h1>${esc(siteName(ctx))}</h1><p class="ingress">${t(ctx, 'startIntro', { organisation: model.config.organisation })}</p>` +
    `<div class="start-sok">${searchForm(ctx, root, true)}</div>` +
    `<div class="start-rutnat">` +
    section('processer', t(ctx, 'startProcesses'), processes) +
    section('nytt', t(ctx, 'startNew'), newList) +
    section('revidera', t(ctx, 'startReview'), review) +
    section('dokumenttyper', t(ctx, 'startTypes'), `<ul>${types}</ul>`) +
    section('enheter', t(ctx, 'startUnits'), units) +
    section('roller', t(ctx, 'startRoles'), roles) +
    `</div>`;
  return layout(ctx, { path: 'index.html', title: siteText(ctx.lang, 'startTitle'), main, current: 'start', ownSearch: true });
}

/** The page of one document type (every type of FORMAT.md gets one, so the menu's links never break). */
export function typePageHtml(ctx: SiteContext, L: Lookups, typ: string): { path: string; html: string } {
  const path = typePage(typ);
  const title = typeLabel(typ, ctx.lang, true);
  const main = `<h1>${esc(title)}</h1>${docList(ctx, '../', L.byType.get(typ) ?? [])}`;
  return { path, html: layout(ctx, { path, title, main, current: typ === 'process' ? 'processer' : 'typer' }) };
}

const GENERAL = new WeakMap<SiteContext, ReadonlySet<SiteDocument>>();

/** The shown documents without `gäller_för`: they apply to every unit (worked out once a build, not once a unit). */
function generalDocuments(ctx: SiteContext): ReadonlySet<SiteDocument> {
  let set = GENERAL.get(ctx);
  if (!set) {
    set = new Set(ctx.documents.filter((sd) => strings(sd.doc.data?.gäller_för).length === 0));
    GENERAL.set(ctx, set);
  }
  return set;
}

/** Every shown document that applies to the unit: those naming it in `gäller_för`, and those naming no unit. */
export function unitPage(ctx: SiteContext, L: Lookups, unit: Unit, named: ReadonlySet<unknown>): { path: string; html: string } {
  const path = `enhet/${pageName(unit.id)}.html`;
  const general = generalDocuments(ctx);
  const docs = ctx.documents.filter((sd) => named.has(sd.doc) || general.has(sd));
  const byType = new Map<string, SiteDocument[]>();
  for (const sd of docs) {
    const k = sd.doc.typ ?? '';
    const list = byType.get(k);
    if (list) list.push(sd);
    else byType.set(k, [sd]);
  }
  const lists = [...byType.entries()].map(([typ, list]) => `<h2>${esc(typeLabel(typ, ctx.lang, true))}</h2>${docList(ctx, '../', list)}`);
  const main =
    `<h1>${esc(unit.namn)}</h1><p>${t(ctx, 'unitIntro')}</p>${unitReading(ctx, L, '../', unit.id)}` +
    (lists.join('') || `<p>${t(ctx, 'noneShown')}</p>`);
  return { path, html: layout(ctx, { path, title: unit.namn, main, current: 'enheter' }) };
}

/** What a role owns, approves, and is responsible for in ansvarsfördelningar, processes and egenkontroller (shown documents). */
export function rolePage(ctx: SiteContext, L: Lookups, role: Role): { path: string; html: string } {
  const path = `roll/${pageName(role.id)}.html`;
  const root = '../';
  const facts = ctx.model.ownedBy(role.id).filter((o) => L.shown(o.doc));
  const of = (kind: OwnershipFact['kind']): OwnershipFact[] => facts.filter((o) => o.kind === kind);
  const docsOf = (kind: OwnershipFact['kind']): SiteDocument[] => [...new Set(of(kind).map((o) => L.shown(o.doc)!))];
  const parts: string[] = [];
  const simple = (kind: OwnershipFact['kind'], heading: Parameters<typeof t>[1]): void => {
    const docs = docsOf(kind);
    if (docs.length) parts.push(`<h2>${t(ctx, heading)}</h2>${docList(ctx, root, docs)}`);
  };
  simple('ägare', 'roleOwns');
  simple('fastställd_av', 'roleApproves');
  // Tasks or activities, grouped by the document they stand in: each document once (in document
  // order, as the model lists ownerships), with the role's tasks in it in their own order below the link.
  const detailed = (kind: 'uppgift' | 'aktivitet', heading: Parameters<typeof t>[1]): void => {
    const byDoc = new Map<SiteDocument, string[]>();
    for (const o of of(kind)) {
      const sd = L.shown(o.doc)!;
      const i = typeof o.path[1] === 'number' ? o.path[1] : -1;
      const activity = kind === 'aktivitet' ? L.activitiesOf.get(sd)?.[i] : undefined;
      const name = kind === 'uppgift' ? ctx.model.tasksOf(o.doc)[i]?.uppgift : (activity?.namn ?? activity?.id);
      const names = byDoc.get(sd);
      if (names) names.push(name ?? '');
      else byDoc.set(sd, [name ?? '']);
    }
    const items = [...byDoc].map(
      ([sd, names]) => `<li>${docLink(ctx, root, sd)}<ul class="uppgifter">${names.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></li>`,
    );
    if (items.length) parts.push(`<h2>${t(ctx, heading)}</h2><ul class="dokument-lista">${items.join('')}</ul>`);
  };
  detailed('uppgift', 'roleTasks');
  detailed('aktivitet', 'roleActivities');
  simple('egenkontroll', 'roleSelfInspections');
  const reading = roleReading(ctx, L, root, role.id);
  const main = `<h1>${esc(role.namn)}</h1>${reading}${parts.join('') || `<p>${t(ctx, 'roleNothing')}</p>`}`;
  return { path, html: layout(ctx, { path, title: role.namn, main, current: 'roller' }) };
}
