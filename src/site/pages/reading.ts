/**
 * Läskvittens in the handbook (issue 13): the reading list of a unit page and of a role page
 * ("Att läsa och bekräfta"), and the row on a document page that says who must read it by when,
 * each with the link to the organisation's confirmation form (`läskvittens.formulär`). Every
 * figure is the model's (`model.reading`): counts only, never a reader key. Nothing at all when
 * lsys.yaml has no `läskvittens` block.
 */
import type { LoadedDocument } from '../../core/types.js';
import { parseVersion, type ReadingFact, type ReadingUnitFact } from '../../model/index.js';
import { siteText } from '../messages.js';
import type { HistoryEntry, SiteContext, SiteDocument } from '../types.js';
import { docLink, esc, keepDates, t } from './html.js';
import type { Lookups } from './lookups.js';

/** What the pages need of the läskvittens block: the facts and the form's URL template. */
interface ReadingView {
  facts: readonly ReadingFact[];
  of: (doc: LoadedDocument) => ReadingFact | undefined;
  formulär?: string;
}

function readingView(ctx: SiteContext): ReadingView | undefined {
  const { model } = ctx;
  const facts = model.reading;
  if (facts === undefined) return undefined;
  const formulär = model.config.läskvittens?.formulär;
  const of = (doc: LoadedDocument): ReadingFact | undefined => model.readingOf(doc);
  return formulär === undefined ? { facts, of } : { facts, of, formulär };
}

/**
 * The confirmation form's address for a document: the template with `{id}`, `{version}` and
 * `{titel}` replaced, URL-encoded; undefined unless the result is an http(s) URL.
 */
export function formUrl(template: string, values: { id: string; version: string; titel: string }): string | undefined {
  const url = template.replace(/\{(id|version|titel)\}/g, (_m, k: 'id' | 'version' | 'titel') => encodeURIComponent(values[k]));
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Versions compared as the model counts them (`2` = `2.0`, `1.10` > `1.9`); what is not a version is never greater or smaller. */
function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  return pa && pb ? pa[0] - pb[0] || pa[1] - pb[1] : 0;
}

const titleOf = (doc: LoadedDocument): string => (typeof doc.data?.titel === 'string' ? doc.data.titel : (doc.id ?? ''));

/** "Bekräfta att du har läst", labelled with the document for a screen reader's list of links; empty without a form or a usable URL. */
function confirmLink(ctx: SiteContext, view: ReadingView, f: ReadingFact): string {
  if (view.formulär === undefined) return '';
  const titel = titleOf(f.doc);
  const href = formUrl(view.formulär, { id: f.id, version: f.version, titel });
  if (href === undefined) return '';
  const label = t(ctx, 'readingConfirmLabel', { id: f.id, titel, version: f.version });
  return `<a class="bekrafta" href="${esc(href)}" aria-label="${label}">${t(ctx, 'readingConfirm')}</a>`;
}

/** The change-history entries after `since` (newest first), or one line saying the version is new when git has none. */
function changedSince(ctx: SiteContext, sd: SiteDocument, f: ReadingFact, since: string | undefined): string {
  if (since === undefined) return '';
  const entries = sd.history.filter(
    (h): h is HistoryEntry & { version: string } => h.version !== undefined && compareVersions(h.version, since) > 0,
  );
  if (entries.length === 0) return `<p class="meta">${t(ctx, 'readingNewVersion', { version: f.version, tidigare: since })}</p>`;
  const items = entries.map(
    (h) => `<li>${keepDates(t(ctx, 'readingChange', { datum: h.date, version: h.version, ändring: h.subject }))}</li>`,
  );
  return `<p class="meta">${t(ctx, 'readingChanged', { version: since })}</p><ul class="andringar">${items.join('')}</ul>`;
}

/** One document of a reading list: link, version and due date, the share confirmed, what changed, the form. */
function item(
  ctx: SiteContext,
  view: ReadingView,
  root: string,
  sd: SiteDocument,
  f: ReadingFact,
  n: Pick<ReadingUnitFact, 'required' | 'confirmed' | 'lastConfirmedBefore'>,
): string {
  const late = f.overdue && n.confirmed < n.required ? ` <span class="forsenad">${t(ctx, 'readingLate')}</span>` : '';
  // Rounded down: "100 %" only when everyone has confirmed.
  const andel = n.required === 0 ? 0 : Math.floor((100 * n.confirmed) / n.required);
  return (
    `<li>${docLink(ctx, root, sd)} <span class="meta">${keepDates(t(ctx, 'readingMeta', { version: f.version, datum: f.due }))}; ` +
    `${t(ctx, 'readingShare', { bekräftat: n.confirmed, läsare: n.required, andel })}</span>${late}` +
    changedSince(ctx, sd, f, n.lastConfirmedBefore) +
    confirmLink(ctx, view, f) +
    `</li>`
  );
}

function section(ctx: SiteContext, intro: string, items: string[]): string {
  return (
    `<section aria-labelledby="att-lasa"><h2 id="att-lasa">${t(ctx, 'readingTitle')}</h2><p>${intro}</p>` +
    `<ul class="dokument-lista lasning">${items.join('')}</ul></section>`
  );
}

/** A unit page's reading list: the documents with required readers in the unit, with the unit's figures. */
export function unitReading(ctx: SiteContext, L: Lookups, root: string, unit: string): string {
  const view = readingView(ctx);
  if (!view) return '';
  const items: string[] = [];
  for (const f of view.facts) {
    const u = f.units.find((x) => x.unit === unit);
    const sd = L.shown(f.doc);
    if (!u || !sd) continue;
    items.push(item(ctx, view, root, sd, f, u));
  }
  if (items.length === 0) {
    return `<section aria-labelledby="att-lasa"><h2 id="att-lasa">${t(ctx, 'readingTitle')}</h2><p>${t(ctx, 'readingNone')}</p></section>`;
  }
  return section(ctx, t(ctx, 'readingUnitIntro'), items);
}

/**
 * A role page's reading list: the documents the role must read, with the figures of the role's
 * own readers over every unit, and the changes since the version they last confirmed. Nothing
 * when the role must read nothing, or nobody in the roster has the role.
 */
export function roleReading(ctx: SiteContext, L: Lookups, root: string, role: string): string {
  const view = readingView(ctx);
  if (!view) return '';
  const items: string[] = [];
  for (const f of view.facts) {
    const r = f.byRole.find((x) => x.role === role);
    const sd = L.shown(f.doc);
    if (!r || !sd) continue;
    items.push(item(ctx, view, root, sd, f, r));
  }
  return items.length === 0 ? '' : section(ctx, t(ctx, 'readingRoleIntro'), items);
}

/** A document page's row of the metadata box: who must read it by when, and the form; undefined when it has no readers. */
export function documentReading(ctx: SiteContext, L: Lookups, root: string, doc: LoadedDocument): [string, string] | undefined {
  const view = readingView(ctx);
  const f = view?.of(doc);
  if (!view || !f) return undefined;
  const roller = f.roles.map((r) => (ctx.model.roleIds.has(r) ? `<a href="${root}${L.rolePage(r)}">${esc(L.roleName(r))}</a>` : esc(r)));
  // The sentence is escaped as a whole, the role links go in after.
  const text = keepDates(esc(siteText(ctx.lang, 'readingDocument', { roller: '\u0000', datum: f.due }))).replace(
    '\u0000',
    roller.join(', '),
  );
  const link = confirmLink(ctx, view, f);
  return [t(ctx, 'fieldReading'), text + (link ? ` ${link}` : '')];
}

/**
 * What a document page shows of läskvittens, for its page key: whether it has readers, which
 * roles, by when and which version (not the counts, which only the unit and role pages show, so
 * a new confirmation does not render every document page again). Null without readers.
 */
export function readingPageKey(model: SiteContext['model'], doc: LoadedDocument): unknown {
  const f = model.readingOf(doc);
  return f ? [f.roles, f.due, f.version] : null;
}

/**
 * What the unit and role pages show of läskvittens, for the listings' key: every fact's figures
 * per unit (counts, never keys) and the change history of the documents with readers.
 */
export function readingListingsKey(model: SiteContext['model'], historyOf: (doc: LoadedDocument) => readonly HistoryEntry[]): unknown {
  const facts = model.reading;
  if (facts === undefined) return null;
  return facts.map((f) => [f.id, f.version, f.due, f.overdue, f.roles, f.units, historyOf(f.doc)]);
}
