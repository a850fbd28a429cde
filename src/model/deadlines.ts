/**
 * The deadlines of the årshjul (issue 11): every dated obligation, computed once from the facts
 * the checks use — reviewOf (review/overdue, review/due-soon), selfInspectionOf
 * (egenkontroll/overdue), the actions' late state (action/overdue) and the expired exemptions
 * (coverage/exemption-expired) and the läskvittens facts (reading/overdue) — so that `lsys due` and `lsys calendar` cannot disagree with
 * `lsys validate`. Nothing here prints; see deadline-types.ts for the shape.
 */
import { addFrekvens, isDate } from '../core/dates.js';
import { findPosition } from '../core/positions.js';
import type { Config, Exemption, LoadedDocument, ÅrshjulConfig } from '../core/types.js';
import type { ActionState } from './actions.js';
import type { Deadline } from './deadline-types.js';
import type { ReadingFact } from './reading-types.js';
import { status } from './documents.js';
import type { SelfInspectionFact } from './egenkontroll.js';
import type { ReviewState } from './review.js';
import { strings } from './values.js';

/** The facts of the domain model the deadlines are made of (DomainModel has them all). */
export interface DeadlineFacts {
  readonly config: Config;
  readonly today: string;
  readonly reviews: readonly ReviewState[];
  readonly actions: readonly ActionState[];
  readonly lateActions: readonly ActionState[];
  readonly selfInspections: readonly SelfInspectionFact[];
  readonly exemptions: { readonly expired: readonly Exemption[] };
  readonly idIndex: ReadonlyMap<string, readonly LoadedDocument[]>;
  /** The läskvittens facts; undefined when lsys.yaml has no `läskvittens` block. */
  readonly reading?: readonly ReadingFact[] | undefined;
}

/** Every open obligation at the model's today (late ones included), sorted (see compareDeadlines). */
export function deadlinesOf(model: DeadlineFacts): Deadline[] {
  const out = [...fixedDeadlines(model)];
  for (const s of model.selfInspections) {
    const first = occasion(model, s, 1);
    if (first) out.push(first);
  }
  const year = Number(model.today.slice(0, 4));
  for (const kind of reportKinds(model)) {
    // The next occurrence on or after today: this year's, or (passed) next year's.
    const thisYear = report(model, kind, year);
    out.push(thisYear.date >= model.today ? thisYear : report(model, kind, year + 1));
  }
  return out.sort(compareDeadlines);
}

/**
 * The obligations whose date is in [from, to] (inclusive), with the plans expanded: every
 * egenkontroll occasion (the next one and each frekvens after it), each yearly report of each
 * year; reviews, actions and exemptions once. Sorted (see compareDeadlines).
 */
export function deadlinesIn(model: DeadlineFacts, from: string, to: string): Deadline[] {
  if (!(from <= to)) return [];
  const within = (d: Deadline): boolean => d.date >= from && d.date <= to;
  const out = fixedDeadlines(model).filter(within);
  for (const s of model.selfInspections) {
    // Each occasion is later than the one before (a frekvens is at least a week): the loop ends.
    for (let k = 1, o = occasion(model, s, k); o && o.date <= to; o = occasion(model, s, ++k)) {
      if (o.date >= from) out.push(o);
    }
  }
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  for (const kind of reportKinds(model)) {
    for (let y = first; y <= last; y++) {
      const r = report(model, kind, y);
      if (within(r)) out.push(r);
    }
  }
  return out.sort(compareDeadlines);
}

/** Date, then file, then line, then key: the same order on every run. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return cmp(a.date, b.date) || cmp(a.file, b.file) || a.line - b.line || cmp(a.key, b.key);
}

/** Reviews, actions and exemptions: each has one date. */
function fixedDeadlines(model: DeadlineFacts): Deadline[] {
  const out: Deadline[] = [];
  for (const r of model.reviews) {
    if (r.status !== 'fastställd' || r.revideras === undefined) continue;
    out.push({
      kind: 'revision',
      date: r.revideras,
      role: r.ägare ?? '',
      ...ofDocument(r.doc, ['revideras']),
      late: r.overdue,
      ...(r.overdue ? { rule: 'review/overdue' } : r.dueSoon ? { rule: 'review/due-soon' } : {}),
      key: `revision/${docKey(model, r.doc)}`,
    });
  }
  const lateActions = new Set(model.lateActions);
  const actionKeys = new Map<string, number>();
  for (const a of model.actions) {
    // Open, dated actions in documents not upphävd: those action/overdue reports when late (drafts included, as it does).
    if (a.done || !isDate(a.klartSenast) || status(a.doc) === 'upphävd') continue;
    const late = lateActions.has(a);
    out.push({
      kind: 'åtgärd',
      date: a.klartSenast,
      role: a.ansvarig ?? '',
      ...ofDocument(a.doc, [...a.path, 'klart_senast']),
      ...(a.beskrivning !== undefined ? { detail: a.beskrivning } : {}),
      late,
      ...(late ? { rule: 'action/overdue' } : {}),
      key: actionKey(docKey(model, a.doc), a, actionKeys),
    });
  }
  const seen = new Map<string, number>();
  const expired = new Set(model.exemptions.expired);
  for (const u of model.config.undantag) {
    if (u.till === undefined) continue;
    const paragraf = u.sosfs.trim();
    const n = (seen.get(paragraf) ?? 0) + 1;
    seen.set(paragraf, n);
    const late = expired.has(u);
    out.push({
      kind: 'undantag',
      date: u.till,
      role: model.config.årshjul.ansvarig,
      file: model.config.file,
      line: u.at.line,
      title: paragraf,
      detail: u.skäl,
      units: [],
      late,
      ...(late ? { rule: 'coverage/exemption-expired' } : {}),
      // The same paragraph exempted twice (unusual) keeps a key per entry.
      key: n === 1 ? `undantag/${paragraf}` : `undantag/${paragraf}/${n}`,
    });
  }
  out.push(...readingDeadlines(model));
  return out;
}

/**
 * Läskvittens (issue 13): one per document in force × unit with readers who have not confirmed
 * what counts, due `fastställd` + `dagar`; late exactly when reading/overdue reports the
 * document (the model's `overdue`), and pointing where it points.
 */
function readingDeadlines(model: DeadlineFacts): Deadline[] {
  const out: Deadline[] = [];
  for (const f of model.reading ?? []) {
    // Where reading/overdue points: the `version` key.
    const where = ofDocument(f.doc, ['version']);
    const version = f.counts.minor === undefined ? `${f.counts.major}.x` : f.version;
    for (const u of f.units) {
      if (u.missing <= 0) continue;
      out.push({
        kind: 'läskvittens',
        date: f.due,
        role: typeof f.doc.data?.ägare === 'string' ? f.doc.data.ägare : '',
        ...where,
        units: [u.unit],
        detail: version,
        readers: { required: u.required, missing: u.missing },
        late: f.overdue,
        ...(f.overdue ? { rule: 'reading/overdue' } : {}),
        key: `läskvittens/${docKey(model, f.doc)}/${u.unit}`,
      });
    }
  }
  return out;
}

/**
 * The k-th occasion (k ≥ 1) after the basis of a fastställd egenkontroll's plan, computed from
 * the basis itself so month ends do not drift; the first is `nextDue`. Its number in the plan
 * counts the occasions performed, so it stays the same until that occasion is performed.
 */
function occasion(model: DeadlineFacts, s: SelfInspectionFact, k: number): Deadline | undefined {
  if (status(s.doc) !== 'fastställd' || !s.frekvens || !s.basis || s.nextDue === undefined) return undefined;
  const date = k === 1 ? s.nextDue : addFrekvens(s.basis.date, s.frekvens, k);
  const number = s.performed.length + k;
  // Where egenkontroll/overdue points: the performed list, or the frekvens when none is performed.
  const at = s.performed.length ? ['genomförda'] : ['frekvens'];
  const late = date < model.today;
  return {
    kind: 'egenkontroll',
    date,
    role: s.ansvarig ?? '',
    ...ofDocument(s.doc, at),
    detail: String(number),
    late,
    ...(k === 1 && s.overdue ? { rule: 'egenkontroll/overdue' } : {}),
    key: `egenkontroll/${docKey(model, s.doc)}/${number}`,
  };
}

type ReportKind = 'kvalitetsberättelse' | 'patientsäkerhetsberättelse';

/** The kvalitetsberättelse always; the patientsäkerhetsberättelse when the provider does hälso- och sjukvård. */
function reportKinds(model: DeadlineFacts): ReportKind[] {
  return model.config.verksamhetsformer.includes('hsl') ? ['kvalitetsberättelse', 'patientsäkerhetsberättelse'] : ['kvalitetsberättelse'];
}

/** The report due in `year` (on the kvalitetsberättelse's day, or 1 March), for the year before. It is never late: lsys cannot know it was written. */
function report(model: DeadlineFacts, kind: ReportKind, year: number): Deadline {
  const { config } = model;
  const day = reportDay(kind, config.årshjul);
  const about = String(year - 1);
  const where = kind === 'kvalitetsberättelse' ? 'årshjul' : 'verksamhetsformer';
  return {
    kind,
    date: `${String(year).padStart(4, '0')}-${day}`,
    role: config.årshjul.ansvarig,
    file: config.file,
    line: (config.keyPositions[where] ?? config.keyPositions.organisation)?.line ?? 1,
    title: kind === 'kvalitetsberättelse' ? 'Kvalitetsberättelse' : 'Patientsäkerhetsberättelse',
    detail: about,
    units: [],
    late: false,
    key: `${kind}/${about}`,
  };
}

/** The report's day, `MM-DD`: lsys.yaml sets the kvalitetsberättelse's; the patientsäkerhetsberättelse's is 1 March by law (PSL 3:10). */
function reportDay(kind: ReportKind, årshjul: ÅrshjulConfig): string {
  return kind === 'kvalitetsberättelse' ? årshjul.kvalitetsberättelse : '03-01';
}

/** A document's part of a deadline: where it stands and what it is called. */
function ofDocument(
  doc: LoadedDocument,
  at: ReadonlyArray<string | number>,
): Pick<Deadline, 'doc' | 'file' | 'line' | 'id' | 'title' | 'units'> {
  const titel = doc.data?.titel;
  return {
    doc,
    file: doc.file,
    line: findPosition(doc.positions, at)?.line ?? 1,
    ...(doc.id !== undefined ? { id: doc.id } : {}),
    title: typeof titel === 'string' ? titel : (doc.id ?? doc.file),
    units: strings(doc.data?.gäller_för),
  };
}

/**
 * An åtgärd's key: what it follows up (the risk's id, or the performed egenkontroll's date) and
 * its number there, so that adding or removing another risk or occasion leaves it unchanged; by
 * its place in the document when the risk has no id. A key already taken (two risks with one id)
 * gets a suffix.
 */
function actionKey(doc: string, a: ActionState, taken: Map<string, number>): string {
  const j = Number(a.path[a.path.length - 1]) + 1;
  const base =
    a.källa !== '' ? `åtgärd/${doc}/${a.kind === 'risk' ? 'risk' : 'egenkontroll'}/${a.källa}/${j}` : `åtgärd/${doc}/${a.path.join('.')}`;
  const n = (taken.get(base) ?? 0) + 1;
  taken.set(base, n);
  return n === 1 ? base : `${base}/${n}`;
}

/** The id, or the file when there is none or it is used twice (keys must not collide). */
function docKey(model: DeadlineFacts, doc: LoadedDocument): string {
  return doc.id !== undefined && model.idIndex.get(doc.id)?.length === 1 ? doc.id : doc.file;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
