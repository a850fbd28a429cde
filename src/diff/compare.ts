/**
 * What a change does to the ledningssystem: two validation runs (base and head, each with its
 * domain model and findings) compared. Nothing is derived again here: coverage, processes,
 * tasks and review facts are the model's; this module only says what differs, in a plain,
 * sorted object (the `--format json` of lsys diff, version 1).
 */
import { splitFrontmatter } from '../core/frontmatter.js';
import type { Config, Diagnostic, LoadedDocument } from '../core/types.js';
import { isStyrande, status, str, strings, type DomainModel, type TaskFact } from '../model/index.js';

/** One side as loaded: its ref and commit, its documents' bytes, its run's model and findings. */
export interface LoadedSide {
  ref: string;
  commit: string;
  /** Root-relative path → git blob id. */
  blobs: ReadonlyMap<string, string>;
  /** A file's bytes (read only for documents whose content changed). */
  bytes(path: string): Uint8Array | undefined;
  model: DomainModel;
  diagnostics: readonly Diagnostic[];
  /** Why lsys.yaml of this side could not be used (then the side is compared as empty). */
  configProblem?: string;
}

/** How a changed governing document's version and approval moved. */
type Judgement =
  /** `version` raised and `fastställd` set or moved: a new approved version. */
  | 'new-version'
  /** A draft (or withdrawn document) became fastställd. */
  | 'approved'
  /** `version` raised without a new approval date. */
  | 'version-raised-not-approved'
  /**
   * The body or a content key (CONTENT_KEYS) of an approved document changed, version unchanged
   * (review/changed-after-approval asks this of the body only).
   */
  | 'changed-without-new-version'
  /** Only frontmatter changed (see `keys`). */
  | 'frontmatter-only'
  /** The body of a document that is not approved changed. */
  | 'draft-edited';

export type ChangeKind = 'added' | 'changed' | 'renamed' | 'withdrawn' | 'deleted';

export interface DocumentChange {
  change: ChangeKind;
  id?: string;
  titel?: string;
  typ?: string;
  /** The owner role id (head's; base's for a deleted document). */
  ägare?: string;
  /** The approving role id, as `fastställd_av` says (head's; base's for a deleted document). */
  fastställd_av?: string;
  /** The file in head (base for a deleted document). */
  file: string;
  /** The file in base when it moved. */
  previousFile?: string;
  /** The bytes differ between the sides. */
  contentChanged: boolean;
  /** The Markdown body differs. */
  bodyChanged: boolean;
  /** Top-level frontmatter keys whose value differs, sorted. */
  keys: string[];
  status: { before?: string; after?: string };
  version: { before?: string; after?: string };
  fastställd: { before?: string; after?: string };
  /** For a changed governing document. */
  judgement?: Judgement;
  /** For a withdrawn document: the document in head whose `ersätter` names it. */
  replacedBy?: string;
}

export interface CoverageChange {
  paragraf: string;
  /** What the paragraph requires, in a line (the catalogue's own summary), Swedish and English. */
  krav: string;
  krav_en: string;
  /** The fastställda documents (id, or file) that list it, before and after. */
  before: string[];
  after: string[];
  /** It had documents and has none now. */
  lostLast: boolean;
  /** An exemption in force covers it in head. */
  exempt: boolean;
}

export interface ProcessChange {
  id: string;
  titel?: string;
  /** The activities touched: those a changed routine belongs to, or that changed in the process. */
  activities: Array<{ id: string; namn?: string }>;
  /** The changed documents (ids, or files) that touch it. */
  via: string[];
}

interface UnitChange {
  /** A unit id of lsys.yaml, or `*` for documents with no `gäller_för` (all units). */
  id: string;
  namn?: string;
  documents: string[];
}

interface ResponsibilityChange {
  document: string;
  uppgift: string;
  role: string;
  before?: string;
  after?: string;
}

/** A finding as the summary shows it: the diagnostic without its hint and document id. */
export type FindingChange = Pick<Diagnostic, 'file' | 'line' | 'column' | 'rule' | 'severity' | 'message'>;

interface Reviewer {
  role: string;
  namn?: string;
  /** Why: the documents the role owns (`ägare`) or approved (`fastställd_av`), sorted. */
  ägare: string[];
  fastställd_av: string[];
}

/** The result, as `--format json` writes it. */
export interface DiffReport {
  version: 1;
  /** `sameCommitAsHead`: the default base found is head's own commit, though head is not on a default branch (say --base). */
  base: { ref: string; commit: string; configProblem?: string; sameCommitAsHead?: true };
  head: { ref: string; commit: string };
  documents: Record<ChangeKind, DocumentChange[]>;
  coverage: CoverageChange[];
  processes: ProcessChange[];
  units: UnitChange[];
  responsibilities: ResponsibilityChange[];
  findings: { introduced: FindingChange[]; removed: FindingChange[] };
  reviewers: Reviewer[];
  /** The names (lsys.yaml `roller`) of the roles named above, by id, sorted. */
  roles: Array<{ id: string; namn: string }>;
}

/** Compare base and head; `renames` maps a base path to its head path (git's rename detection). */
export function compareSides(base: LoadedSide, head: LoadedSide, renames: ReadonlyMap<string, string>): DiffReport {
  const keyOf = (d: LoadedDocument, side: 'base' | 'head'): string =>
    d.id ?? `file:${side === 'base' ? (renames.get(d.file) ?? d.file) : d.file}`;
  const baseDocs = byKey(base.model.documents, (d) => keyOf(d, 'base'));
  const headDocs = byKey(head.model.documents, (d) => keyOf(d, 'head'));
  const changes: DocumentChange[] = [];
  const touched: Touched[] = [];
  for (const [key, after] of headDocs) {
    const before = baseDocs.get(key);
    const c = before ? changeOf(before, after, base, head, headDocs) : oneSided('added', after);
    if (!c) continue;
    changes.push(c);
    touched.push({ change: c, ...(before ? { before } : {}), after });
  }
  for (const [key, before] of baseDocs) {
    if (headDocs.has(key)) continue;
    const c = oneSided('deleted', before);
    changes.push(c);
    touched.push({ change: c, before });
  }
  const documents: DiffReport['documents'] = { added: [], changed: [], renamed: [], withdrawn: [], deleted: [] };
  for (const c of changes.sort(compareChanges)) documents[c.change].push(c);

  const name = (d: LoadedDocument): string => d.id ?? d.file;
  const responsibilities = responsibilityChanges(touched, base.model, head.model, name);
  const reviewers = reviewersOf(changes, head.model.config, base.model.config);
  const mentioned = new Set([...changes.map((c) => c.ägare), ...responsibilities.map((r) => r.role), ...reviewers.map((r) => r.role)]);
  const roles = new Map<string, string>();
  for (const r of [...head.model.config.roller, ...base.model.config.roller])
    if (mentioned.has(r.id) && !roles.has(r.id)) roles.set(r.id, r.namn);
  return {
    version: 1,
    base: { ref: base.ref, commit: base.commit, ...(base.configProblem !== undefined ? { configProblem: base.configProblem } : {}) },
    head: { ref: head.ref, commit: head.commit },
    documents,
    coverage: coverageChanges(base.model, head.model, name),
    processes: processChanges(touched, base.model, head.model, name),
    units: unitChanges(touched, head.model.config, name),
    responsibilities,
    findings: findingChanges(base.diagnostics, head.diagnostics, renames),
    reviewers,
    roles: [...roles].sort(([a], [b]) => cmp(a, b)).map(([id, namn]) => ({ id, namn })),
  };
}

function byKey(docs: readonly LoadedDocument[], key: (d: LoadedDocument) => string): Map<string, LoadedDocument> {
  const out = new Map<string, LoadedDocument>();
  // The first of a duplicated id stands for it (id/duplicate reports the rest).
  for (const d of docs) if (!out.has(key(d))) out.set(key(d), d);
  return out;
}

function facts(d: LoadedDocument): Pick<DocumentChange, 'id' | 'titel' | 'typ' | 'ägare' | 'fastställd_av'> {
  const titel = str(d.data?.titel);
  const ägare = str(d.data?.ägare);
  const by = str(d.data?.fastställd_av);
  return {
    ...(d.id ? { id: d.id } : {}),
    ...(titel ? { titel } : {}),
    ...(d.typ ? { typ: d.typ } : {}),
    ...(ägare ? { ägare } : {}),
    ...(by ? { fastställd_av: by } : {}),
  };
}

function pair(before: unknown, after: unknown): { before?: string; after?: string } {
  const b = typeof before === 'string' ? before : undefined;
  const a = typeof after === 'string' ? after : undefined;
  return { ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) };
}

/** A document on one side only: added in head, or deleted from base. */
function oneSided(change: 'added' | 'deleted', d: LoadedDocument): DocumentChange {
  const side = (v: unknown): { before?: string; after?: string } => (change === 'added' ? pair(undefined, v) : pair(v, undefined));
  return {
    change,
    ...facts(d),
    file: d.file,
    contentChanged: true,
    bodyChanged: true,
    keys: [],
    status: side(d.data?.status),
    version: side(d.data?.version),
    fastställd: side(d.data?.fastställd),
  };
}

/** The change of a document on both sides, or undefined when it is the same file with the same bytes. */
function changeOf(
  before: LoadedDocument,
  after: LoadedDocument,
  base: LoadedSide,
  head: LoadedSide,
  headDocs: ReadonlyMap<string, LoadedDocument>,
): DocumentChange | undefined {
  const a = base.blobs.get(before.file);
  const contentChanged = a === undefined || a !== head.blobs.get(after.file);
  const moved = before.file !== after.file;
  if (!contentChanged && !moved) return undefined;
  const bodyChanged = contentChanged && bodyOf(base.bytes(before.file)) !== bodyOf(head.bytes(after.file));
  const keys = changedKeys(before.data, after.data);
  const withdrawn = status(before) !== 'upphävd' && status(after) === 'upphävd';
  const change: DocumentChange = {
    change: withdrawn ? 'withdrawn' : moved ? 'renamed' : 'changed',
    ...facts(after),
    file: after.file,
    ...(moved ? { previousFile: before.file } : {}),
    contentChanged,
    bodyChanged,
    keys,
    status: pair(before.data?.status, after.data?.status),
    version: pair(before.data?.version, after.data?.version),
    fastställd: pair(before.data?.fastställd, after.data?.fastställd),
  };
  if (withdrawn && after.id) {
    const successor = [...headDocs.values()].find((d) => d.data?.ersätter === after.id && status(d) !== 'upphävd');
    if (successor) change.replacedBy = successor.id ?? successor.file;
  }
  if (!withdrawn && contentChanged && (isStyrande(before) || isStyrande(after))) change.judgement = judge(change);
  return change;
}

/** The judgement of a changed governing document (the same question as review/changed-after-approval, asked of this change). */
function judge(c: DocumentChange): Judgement {
  const raised = compareVersions(c.version.after, c.version.before) > 0;
  const approvedBefore = c.status.before === 'fastställd';
  const approvedAfter = c.status.after === 'fastställd';
  const dateMoved = c.fastställd.after !== undefined && c.fastställd.after !== c.fastställd.before;
  if (approvedAfter && !approvedBefore) return raised || c.version.before === undefined ? 'new-version' : 'approved';
  if (raised) return approvedAfter && dateMoved ? 'new-version' : 'version-raised-not-approved';
  if (approvedBefore && approvedAfter && (c.bodyChanged || contentKeys(c).length > 0)) return 'changed-without-new-version';
  return c.bodyChanged ? 'draft-edited' : 'frontmatter-only';
}

/**
 * The frontmatter keys that are part of what was approved, not its administration: for an
 * ansvarsfördelning or a process the frontmatter is the approved content itself. Stricter than
 * review/changed-after-approval, which looks at the body only (docs/diff.md says why).
 */
const CONTENT_KEYS: ReadonlySet<string> = new Set([
  'uppgifter',
  'aktiviteter',
  'samverkan',
  'sosfs',
  'lagrum',
  'gäller_för',
  'område',
  'metod',
  'frekvens',
  'ansvarig',
]);

/** The changed keys of a document that are approved content (see CONTENT_KEYS), sorted. */
export function contentKeys(c: Pick<DocumentChange, 'keys'>): string[] {
  return c.keys.filter((k) => CONTENT_KEYS.has(k));
}

/** `2.10` > `2.9`: versions compare as numbers part by part; an unreadable one counts as 0. */
function compareVersions(a: string | undefined, b: string | undefined): number {
  const parts = (v: string | undefined): number[] => (v ?? '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : 0));
  const x = parts(a);
  const y = parts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function bodyOf(bytes: Uint8Array | undefined): string {
  const text = Buffer.from(bytes ?? new Uint8Array())
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
  return splitFrontmatter(text).body;
}

function changedKeys(a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined): string[] {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].filter((k) => JSON.stringify(a?.[k]) !== JSON.stringify(b?.[k])).sort(cmp);
}

/** The order of the kinds of change, in the report's lists and in the summary's sections. */
export const KIND_ORDER: readonly ChangeKind[] = ['deleted', 'withdrawn', 'added', 'renamed', 'changed'];

function compareChanges(a: DocumentChange, b: DocumentChange): number {
  return KIND_ORDER.indexOf(a.change) - KIND_ORDER.indexOf(b.change) || cmp(a.id ?? '', b.id ?? '') || cmp(a.file, b.file);
}

function coverageChanges(base: DomainModel, head: DomainModel, name: (d: LoadedDocument) => string): CoverageChange[] {
  const before = new Map(base.coverage.map((c) => [c.paragraf, c]));
  const after = new Map(head.coverage.map((c) => [c.paragraf, c]));
  const order = [...new Set([...head.coverage.map((c) => c.paragraf), ...base.coverage.map((c) => c.paragraf)])];
  const out: CoverageChange[] = [];
  for (const p of order) {
    const b = before.get(p);
    const a = after.get(p);
    const docsBefore = (b?.documents ?? []).map(name).sort(cmp);
    const docsAfter = (a?.documents ?? []).map(name).sort(cmp);
    if (docsBefore.join('\n') === docsAfter.join('\n')) continue;
    const paragraph = (a ?? b)!.paragraph;
    out.push({
      paragraf: p,
      krav: paragraph.krav,
      krav_en: paragraph.krav_en,
      before: docsBefore,
      after: docsAfter,
      lostLast: docsBefore.length > 0 && docsAfter.length === 0,
      exempt: !!a?.exemption,
    });
  }
  // A paragraph that lost its last document first; otherwise in the regulation's order.
  return out
    .map((c, i) => ({ c, i }))
    .sort((x, y) => Number(y.c.lostLast) - Number(x.c.lostLast) || x.i - y.i)
    .map((x) => x.c);
}

interface Touched {
  change: DocumentChange;
  before?: LoadedDocument;
  after?: LoadedDocument;
}

function processChanges(
  touched: readonly Touched[],
  base: DomainModel,
  head: DomainModel,
  name: (d: LoadedDocument) => string,
): ProcessChange[] {
  const out = new Map<string, { titel?: string; activities: Map<string, string | undefined>; via: Set<string> }>();
  const entry = (id: string, titel: string | undefined) => {
    let e = out.get(id);
    if (!e) out.set(id, (e = { activities: new Map(), via: new Set() }));
    if (titel && !e.titel) e.titel = titel;
    return e;
  };
  const titleOf = (id: string): string | undefined => str((head.byId(id) ?? base.byId(id))?.data?.titel);
  for (const model of [head, base]) {
    for (const p of model.processes) {
      const pid = p.doc.id;
      if (!pid) continue;
      for (const t of touched) {
        const doc = model === head ? t.after : t.before;
        if (!doc) continue;
        if (doc === p.doc) {
          const e = entry(pid, titleOf(pid));
          e.via.add(name(doc));
          // The activities that differ between the two versions of the process.
          const other = model === head ? t.before : t.after;
          const mine = new Map(p.activities.map((a) => [a.id ?? '', JSON.stringify(a.data)]));
          const theirs = new Map(
            (other ? (model === head ? base : head).processes.find((q) => q.doc === other)?.activities : undefined)?.map((a) => [
              a.id ?? '',
              JSON.stringify(a.data),
            ]) ?? [],
          );
          for (const a of p.activities) if (a.id && mine.get(a.id) !== theirs.get(a.id)) e.activities.set(a.id, a.namn);
          continue;
        }
        if (doc.typ !== 'rutin' || !doc.id) continue;
        for (const a of p.activities) {
          if (!a.rutiner.includes(doc.id) && !a.namedBy.includes(doc)) continue;
          const e = entry(pid, titleOf(pid));
          e.via.add(name(doc));
          if (a.id) e.activities.set(a.id, a.namn);
        }
        if (str(doc.data?.process) === pid) {
          const e = entry(pid, titleOf(pid));
          e.via.add(name(doc));
          const act = str(doc.data?.aktivitet);
          if (act && !e.activities.has(act)) e.activities.set(act, p.activities.find((a) => a.id === act)?.namn);
        }
      }
    }
  }
  return [...out]
    .sort(([a], [b]) => cmp(a, b))
    .map(([id, e]) => ({
      id,
      ...(e.titel ? { titel: e.titel } : {}),
      activities: [...e.activities].sort(([a], [b]) => cmp(a, b)).map(([aid, namn]) => ({ id: aid, ...(namn ? { namn } : {}) })),
      via: [...e.via].sort(cmp),
    }));
}

function unitChanges(touched: readonly Touched[], config: Config, name: (d: LoadedDocument) => string): UnitChange[] {
  const docs = new Map<string, Set<string>>();
  for (const t of touched) {
    const units = new Set([...strings(t.before?.data?.gäller_för), ...strings(t.after?.data?.gäller_för)]);
    const doc = name((t.after ?? t.before)!);
    if (units.size === 0) units.add('*');
    for (const u of units) {
      const set = docs.get(u) ?? new Set<string>();
      set.add(doc);
      docs.set(u, set);
    }
  }
  const order = config.enheter.map((u) => u.id);
  const rank = (id: string): number => (id === '*' ? -1 : order.includes(id) ? order.indexOf(id) : order.length);
  return [...docs]
    .sort(([a], [b]) => rank(a) - rank(b) || cmp(a, b))
    .map(([id, set]) => {
      const namn = config.enheter.find((u) => u.id === id)?.namn;
      return { id, ...(namn ? { namn } : {}), documents: [...set].sort(cmp) };
    });
}

function responsibilityChanges(
  touched: readonly Touched[],
  base: DomainModel,
  head: DomainModel,
  name: (d: LoadedDocument) => string,
): ResponsibilityChange[] {
  const out: ResponsibilityChange[] = [];
  for (const t of touched) {
    const before = t.before ? base.tasksOf(t.before) : [];
    const after = t.after ? head.tasksOf(t.after) : [];
    if (before.length === 0 && after.length === 0) continue;
    const doc = name((t.after ?? t.before)!);
    // A task is the same task when its text is; a task whose text changed keeps its place.
    const text = (x: TaskFact): string => x.uppgift ?? `#${x.index + 1}`;
    const unmatched = new Set(before);
    const pairs: Array<[TaskFact | undefined, TaskFact | undefined]> = [];
    for (const a of after) {
      const b = before.find((x) => unmatched.has(x) && text(x) === text(a));
      if (b) unmatched.delete(b);
      pairs.push([b, a]);
    }
    for (const p of pairs) {
      if (p[0]) continue;
      const b = [...unmatched].find((x) => x.index === p[1]!.index);
      if (b) {
        unmatched.delete(b);
        p[0] = b;
      }
    }
    for (const b of unmatched) pairs.push([b, undefined]);
    for (const [b, a] of pairs) {
      const was = b?.ansvar ?? {};
      const is = a?.ansvar ?? {};
      const uppgift = text((a ?? b)!);
      for (const role of [...new Set([...Object.keys(is), ...Object.keys(was)])].sort(cmp)) {
        const x = typeof was[role] === 'string' ? was[role] : undefined;
        const y = typeof is[role] === 'string' ? is[role] : undefined;
        if (x === y) continue;
        out.push({ document: doc, uppgift, role, ...(x ? { before: x } : {}), ...(y ? { after: y } : {}) });
      }
    }
  }
  return out.sort((x, y) => cmp(x.document, y.document));
}

function findingChanges(
  base: readonly Diagnostic[],
  head: readonly Diagnostic[],
  renames: ReadonlyMap<string, string>,
): DiffReport['findings'] {
  // Line numbers move with every edit: a finding is the same when its rule, file (after a
  // rename) and message are.
  const key = (d: Diagnostic, file: string): string => `${d.rule}\u0000${file}\u0000${d.message}`;
  const count = new Map<string, number>();
  for (const d of base) {
    const k = key(d, renames.get(d.file) ?? d.file);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const introduced: FindingChange[] = [];
  for (const d of head) {
    const k = key(d, d.file);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else introduced.push(finding(d));
  }
  const removed: FindingChange[] = [];
  for (const d of base) {
    const k = key(d, renames.get(d.file) ?? d.file);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      removed.push(finding(d));
    }
  }
  return { introduced, removed };
}

function finding(d: Diagnostic): FindingChange {
  return { file: d.file, line: d.line, column: d.column, rule: d.rule, severity: d.severity, message: d.message };
}

function reviewersOf(changes: readonly DocumentChange[], config: Config, baseConfig: Config): Reviewer[] {
  const out = new Map<string, { ägare: Set<string>; fastställd_av: Set<string> }>();
  const add = (role: string | undefined, kind: 'ägare' | 'fastställd_av', doc: string): void => {
    if (!role) return;
    let e = out.get(role);
    if (!e) out.set(role, (e = { ägare: new Set(), fastställd_av: new Set() }));
    e[kind].add(doc);
  };
  for (const c of changes) {
    const doc = c.id ?? c.file;
    add(c.ägare, 'ägare', doc);
    if (c.judgement === 'new-version' || c.judgement === 'approved') add(c.fastställd_av, 'fastställd_av', doc);
  }
  const roles = [...config.roller, ...baseConfig.roller];
  const order = config.roller.map((r) => r.id);
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...out]
    .sort(([a], [b]) => rank(a) - rank(b) || cmp(a, b))
    .map(([role, e]) => {
      const namn = roles.find((r) => r.id === role)?.namn;
      return { role, ...(namn ? { namn } : {}), ägare: [...e.ägare].sort(cmp), fastställd_av: [...e.fastställd_av].sort(cmp) };
    });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
