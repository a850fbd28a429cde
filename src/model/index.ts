/**
 * The domain model: the facts of one run — the loaded documents, lsys.yaml, today, the
 * catalogue and git — typed and queryable, built once per run and shared by the checks
 * (`ctx.model`), the report and every later output, so that none of them derives a fact
 * again and they cannot disagree.
 *
 * Building it is O(1); each group of facts over the repository (coverage, every action,
 * ownership, structure …) is computed in one O(n) pass the first time it is asked for and
 * kept. A fact of one document (its review state, its actions, its references) is computed
 * from that document when asked: cheaper than keeping 10,000 of them alive for a run.
 *
 * The per-document functions it is built from (actionsOf, risksOf, occasionsOf, tasksOf …)
 * are exported too: the local checks, which see one document and are cached per file, use
 * them directly.
 */
import { getOrSet } from '../core/memo.js';
import { hasHidden, stripHidden } from '../core/invisible.js';
import type { Catalog } from '../core/catalog.js';
import type { FileChange } from '../core/git.js';
import type { Config, Exemption, LoadedDocument, Role, RunFacts, Sector, Unit } from '../core/types.js';
import { actionsOf, isLateAt, type ActionState } from './actions.js';
import { deadlinesIn, deadlinesOf } from './deadlines.js';
import type { Deadline } from './deadline-types.js';
import { coverageOf, coveringDocuments, isExemptionActive, type CoverageFact } from './coverage.js';
import { isInForce, referencesOf, status, type Ref } from './documents.js';
import { selfInspectionOf, type SelfInspectionFact } from './egenkontroll.js';
import { ownershipsOf, tasksOf, type OwnershipFact, type TaskFact } from './responsibility.js';
import { reviewOf, type ReviewState } from './review.js';
import { risksOf, type RiskFact } from './risks.js';
import { activityIds, orphansOf, processesOf, type ProcessFact, type Structure } from './structure.js';
import { strings } from './values.js';
import { ReadingFacts, type ReadingIssue } from './reading.js';
import type { ReadingFact, ReadingShare } from './reading-types.js';

export { arr, obj, str, strings, type Path } from './values.js';
export { isInForce, isKnownType, isStyrande, referencesOf, status, type Ref } from './documents.js';
export { actionList, actionsOf, isLateAt, type ActionFact, type ActionState } from './actions.js';
export { risksOf, type RiskFact } from './risks.js';
export { occasionsOf, plannedIn, plannedOccasions, selfInspectionOf, type OccasionFact, type SelfInspectionFact } from './egenkontroll.js';
export { isReviewOverdueAt, reviewOf, type ReviewState } from './review.js';
export { coverageOf, coveringDocuments, isExemptionActive, type CoverageFact } from './coverage.js';
export { compareDeadlines, type DeadlineFacts } from './deadlines.js';
export type { Deadline, DeadlineKind } from './deadline-types.js';
export type { ReadingFact, ReadingShare, ReadingUnitFact } from './reading-types.js';
export { parseVersion, type ReadingIssue } from './reading.js';
export { ownershipsOf, tasksOf, type OwnershipFact, type TaskFact } from './responsibility.js';
export {
  activitiesOf,
  activityIds,
  orphansOf,
  processesOf,
  structureOf,
  type ActivityFact,
  type ProcessFact,
  type Structure,
} from './structure.js';

/** What the model is built from: the facts of a run (see RunFacts in src/core/types.ts). */
export type ModelInput = Pick<RunFacts, 'config' | 'today' | 'catalog' | 'documents'> & Partial<Pick<RunFacts, 'byId' | 'git' | 'reading'>>;

/** A role of lsys.yaml and what it is responsible for. */
export interface RoleFact {
  role: Role;
  owns: OwnershipFact[];
}

/** A unit of lsys.yaml and the documents that apply to it (`gäller_för`). */
export interface UnitFact {
  unit: Unit;
  documents: LoadedDocument[];
}

/** The exemptions of lsys.yaml at the run's date. */
export interface Exemptions {
  /** No `till`, or `till` today or later: they count for coverage. */
  active: Exemption[];
  /** `till` before today: they no longer count. */
  expired: Exemption[];
}

/** Build the domain model of a run. Cheap: facts are computed when first asked for. */
export function buildModel(input: ModelInput): DomainModel {
  return new DomainModel(input);
}

/** The facts of one run; see the module comment. Every list is in document (or lsys.yaml, or catalogue) order. */
export class DomainModel {
  /** lsys.yaml after defaults. */
  readonly config: Config;
  /** The run's date (`--today`), `YYYY-MM-DD`. */
  readonly today: string;
  readonly catalog: Catalog;
  /** Every loaded document, readable or not. */
  readonly documents: readonly LoadedDocument[];
  readonly #git: RunFacts['git'];
  readonly #reading: RunFacts['reading'];
  #byId: Map<string, LoadedDocument[]> | undefined;
  readonly #activityIds = new Map<LoadedDocument, Set<string>>();
  readonly #lazy = new Map<string, unknown>();

  constructor(input: ModelInput) {
    this.config = input.config;
    this.today = input.today;
    this.catalog = input.catalog;
    this.documents = input.documents;
    this.#git = input.git;
    this.#reading = input.reading;
    this.#byId = input.byId;
  }

  /** A group of facts, computed the first time it is asked for. */
  #once<T>(key: string, compute: () => T): T {
    return getOrSet(this.#lazy as Map<string, T>, key, compute);
  }

  // ── Documents ──────────────────────────────────────────────────────────────

  /** The documents by id (several when an id is used twice), in document order. */
  get idIndex(): ReadonlyMap<string, readonly LoadedDocument[]> {
    if (!this.#byId) {
      const byId = new Map<string, LoadedDocument[]>();
      for (const d of this.documents) {
        if (!d.id) continue;
        const list = byId.get(d.id);
        if (list) list.push(d);
        else byId.set(d.id, [d]);
      }
      this.#byId = byId;
    }
    return this.#byId;
  }

  /** The (first) document with this id. */
  byId(id: string): LoadedDocument | undefined {
    return this.idIndex.get(id)?.[0];
  }

  /** The documents of a `typ`, in document order. */
  byType(typ: string): readonly LoadedDocument[] {
    return this.#index('typ', (d) => d.typ).get(typ) ?? [];
  }

  /** The documents with a `status` (`utkast`, `fastställd`, `upphävd`), in document order. */
  byStatus(s: string): readonly LoadedDocument[] {
    return this.#index('status', status).get(s) ?? [];
  }

  /** The documents in force: fastställd (so not upphävd), in document order. */
  get inForce(): readonly LoadedDocument[] {
    return this.byStatus('fastställd');
  }

  /** Is the document in force (fastställd)? */
  isInForce(doc: LoadedDocument): boolean {
    return isInForce(doc);
  }

  /** The first document, not upphävd, whose `ersätter` names `id`: the one that replaces it. */
  successorOf(id: string): LoadedDocument | undefined {
    return this.#once('successors', () => {
      const out = new Map<string, LoadedDocument>();
      for (const d of this.documents) {
        const e = d.data?.ersätter;
        if (typeof e === 'string' && status(d) !== 'upphävd' && !out.has(e)) out.set(e, d);
      }
      return out;
    }).get(id);
  }

  /** The documents whose id holds invisible characters, by the id without them. */
  get hiddenIds(): ReadonlyMap<string, readonly LoadedDocument[]> {
    return this.#once('hiddenIds', () => {
      const out = new Map<string, LoadedDocument[]>();
      for (const [id, docs] of this.idIndex) {
        if (!hasHidden(id)) continue;
        const plain = stripHidden(id);
        out.set(plain, [...(out.get(plain) ?? []), ...docs]);
      }
      return out;
    });
  }

  /** The references a document makes (see referencesOf). */
  referencesOf(doc: LoadedDocument): readonly Ref[] {
    return referencesOf(doc);
  }

  /** The git changes of a document's file, newest first (none without git). */
  commitsOf(doc: LoadedDocument): readonly FileChange[] {
    return this.#git?.changes.get(doc.file) ?? [];
  }

  // ── Review ─────────────────────────────────────────────────────────────────

  /** The review state of a governing document at today; undefined for others. */
  reviewOf(doc: LoadedDocument): ReviewState | undefined {
    return reviewOf(doc, this.config, this.today);
  }

  /** The review state of every governing document. */
  get reviews(): readonly ReviewState[] {
    return this.#once('reviews', () => this.documents.map((d) => this.reviewOf(d)).filter((r): r is ReviewState => r !== undefined));
  }

  // ── Coverage ───────────────────────────────────────────────────────────────

  /** The exemptions of lsys.yaml, in force and expired at today. */
  get exemptions(): Exemptions {
    return this.#once('exemptions', () => ({
      active: this.config.undantag.filter((u) => isExemptionActive(u, this.today)),
      expired: this.config.undantag.filter((u) => !isExemptionActive(u, this.today)),
    }));
  }

  /** Every applicable paragraph (configured verksamhetsformer) with what covers it, in catalogue order. */
  get coverage(): readonly CoverageFact[] {
    return this.#once('coverage', () => this.coverageFor(this.config.verksamhetsformer));
  }

  /** The applicable paragraphs that nothing covers. */
  get uncovered(): readonly CoverageFact[] {
    return this.#once('uncovered', () => this.coverage.filter((c) => c.uncovered));
  }

  /**
   * Coverage for other verksamhetsformer (e.g. only hsl for a patientsäkerhetsberättelse),
   * optionally counting only the documents `include` accepts.
   */
  coverageFor(sectors: readonly Sector[], include?: (doc: LoadedDocument) => boolean): CoverageFact[] {
    const covering = include
      ? coveringDocuments(this.documents.filter(include))
      : this.#once('covering', () => coveringDocuments(this.documents));
    return coverageOf(this.catalog, sectors, covering, this.config.undantag, this.today);
  }

  // ── Actions ────────────────────────────────────────────────────────────────

  /** The åtgärder of a document with their state at today. */
  actionsOf(doc: LoadedDocument): readonly ActionState[] {
    const list = actionsOf(doc) as ActionState[];
    for (const a of list) a.late = isLateAt(a, this.today);
    return list;
  }

  /** Every åtgärd of every document. */
  get actions(): readonly ActionState[] {
    return this.#once('actions', () => this.documents.flatMap((d) => this.actionsOf(d)));
  }

  /** The late åtgärder in documents that are not upphävd (what action/overdue reports). */
  get lateActions(): readonly ActionState[] {
    return this.#once('lateActions', () => this.actions.filter((a) => a.late && status(a.doc) !== 'upphävd'));
  }

  // ── Egenkontroll ───────────────────────────────────────────────────────────

  /** The plan and occasions of an egenkontroll (typ egenkontroll); undefined for other documents. */
  selfInspectionOf(doc: LoadedDocument): SelfInspectionFact | undefined {
    return doc.typ === 'egenkontroll' && doc.data ? selfInspectionOf(doc, this.today) : undefined;
  }

  /** Every egenkontroll's plan and occasions. */
  get selfInspections(): readonly SelfInspectionFact[] {
    return this.#once('self', () =>
      this.byType('egenkontroll')
        .map((d) => this.selfInspectionOf(d))
        .filter((s): s is SelfInspectionFact => s !== undefined),
    );
  }

  // ── Deadlines (the årshjul) ────────────────────────────────────────────────

  /**
   * Every open obligation at today, late ones included, with no horizon: each fastställd
   * governing document's review, each fastställd egenkontroll's next occasion, each open dated
   * åtgärd (not in an upphävd document), each exemption with `till`, and the next
   * kvalitetsberättelse and (hsl) patientsäkerhetsberättelse. Sorted by date, file, line.
   */
  get deadlines(): readonly Deadline[] {
    return this.#once('deadlines', () => deadlinesOf(this));
  }

  /**
   * The same obligations with a date in [from, to] (inclusive `YYYY-MM-DD`), the plans
   * expanded: every egenkontroll occasion and each year's reports in the period. Sorted.
   */
  deadlinesBetween(from: string, to: string): Deadline[] {
    return deadlinesIn(this, from, to);
  }

  // ── Risks ──────────────────────────────────────────────────────────────────

  /** The risks of a document, judged against `risk.åtgärdsgräns`. */
  risksOf(doc: LoadedDocument): readonly RiskFact[] {
    return risksOf(doc, this.config.risk.åtgärdsgräns);
  }

  /** Every risk of every riskanalys. */
  get risks(): readonly RiskFact[] {
    return this.#once('risks', () => this.byType('riskanalys').flatMap((d) => this.risksOf(d)));
  }

  // ── Roles, units and responsibility ────────────────────────────────────────

  /** The role ids of lsys.yaml. */
  get roleIds(): ReadonlySet<string> {
    return this.#once('roleIds', () => new Set(this.config.roller.map((r) => r.id)));
  }

  /** The unit ids of lsys.yaml. */
  get unitIds(): ReadonlySet<string> {
    return this.#once('unitIds', () => new Set(this.config.enheter.map((u) => u.id)));
  }

  /** The tasks of an ansvarsfördelning (or any document with `uppgifter`). */
  tasksOf(doc: LoadedDocument): readonly TaskFact[] {
    return tasksOf(doc);
  }

  /** What each role id (configured or not) is responsible for, in document order. */
  get ownership(): ReadonlyMap<string, readonly OwnershipFact[]> {
    return this.#once('ownership', () => {
      const out = new Map<string, OwnershipFact[]>();
      for (const d of this.documents) {
        for (const o of ownershipsOf(d)) {
          const list = out.get(o.role);
          if (list) list.push(o);
          else out.set(o.role, [o]);
        }
      }
      return out;
    });
  }

  /** What a role id is responsible for. */
  ownedBy(role: string): readonly OwnershipFact[] {
    return this.ownership.get(role) ?? [];
  }

  /** The roles of lsys.yaml with what each is responsible for, in lsys.yaml order. */
  get roles(): readonly RoleFact[] {
    return this.#once('roles', () => this.config.roller.map((role) => ({ role, owns: [...this.ownedBy(role.id)] })));
  }

  /** The units of lsys.yaml with the documents that name them in `gäller_för`, in lsys.yaml order. */
  get units(): readonly UnitFact[] {
    return this.#once('units', () => {
      const byUnit = new Map<string, LoadedDocument[]>();
      for (const d of this.documents) {
        for (const u of new Set(strings(d.data?.gäller_för))) {
          const list = byUnit.get(u);
          if (list) list.push(d);
          else byUnit.set(u, [d]);
        }
      }
      return this.config.enheter.map((unit) => ({ unit, documents: byUnit.get(unit.id) ?? [] }));
    });
  }

  // ── Läskvittens (issue 13) ─────────────────────────────────────────────────

  /**
   * One fact per document in force that has at least one required reader, in document order;
   * undefined when lsys.yaml has no `läskvittens` (then nothing about reading applies).
   */
  get reading(): readonly ReadingFact[] | undefined {
    return this.#readingFacts?.facts;
  }

  /** The reading fact of a document (undefined when it is not in force, has no readers, or läskvittens is off). */
  readingOf(doc: LoadedDocument): ReadingFact | undefined {
    return this.#readingFacts?.of(doc);
  }

  /**
   * Per unit × document type at `date` (`YYYY-MM-DD`): the required readings and how many were
   * confirmed by then. Today's roster and documents (lsys keeps no history of the roster); a
   * document fastställd after `date` is left out. Empty when läskvittens is off.
   */
  readingShares(date: string): ReadingShare[] {
    return (
      this.#readingFacts?.sharesAt(
        date,
        this.config.enheter.map((u) => u.id),
      ) ?? []
    );
  }

  /**
   * The roster rows (unknown or empty unit or role, rows that cannot be read) and confirmation
   * rows (unknown document or version, rows that cannot be read) that the rules report; empty
   * when läskvittens is off.
   */
  get readingIssues(): readonly ReadingIssue[] {
    return this.#readingFacts?.issues ?? [];
  }

  get #readingFacts(): ReadingFacts | undefined {
    const data = this.#reading;
    if (!data || !this.config.läskvittens) return undefined;
    return this.#once('reading', () => new ReadingFacts(this.config, this.today, this.documents, data, this));
  }

  // ── Structure ──────────────────────────────────────────────────────────────

  /** Process → activity → routine, and the routines that belong to no process. */
  get structure(): Structure {
    return this.#once('structure', () => ({ processes: this.processes, ...this.#orphans }));
  }

  /** Every process document with its activities and their routines (see ProcessFact), in document order. */
  get processes(): readonly ProcessFact[] {
    return this.#once('processes', () => processesOf(this.documents));
  }

  /** The fastställda routines that belong to no process (what process/orphan-routine reports). */
  get orphanRoutines(): readonly LoadedDocument[] {
    return this.#orphans.orphanRoutines;
  }

  get #orphans(): Pick<Structure, 'listedRoutines' | 'orphanRoutines'> {
    return this.#once('orphans', () => orphansOf(this.documents));
  }

  /** The activity ids of a process document. */
  activityIds(process: LoadedDocument): ReadonlySet<string> {
    return getOrSet(this.#activityIds, process, () => activityIds(process));
  }

  // ── Internal ───────────────────────────────────────────────────────────────

  /** Documents grouped by a string key, in document order; built once per key kind. */
  #index(kind: string, key: (d: LoadedDocument) => string | undefined): Map<string, LoadedDocument[]> {
    return this.#once(`index:${kind}`, () => {
      const out = new Map<string, LoadedDocument[]>();
      for (const d of this.documents) {
        const k = key(d);
        if (k === undefined) continue;
        const list = out.get(k);
        if (list) list.push(d);
        else out.set(k, [d]);
      }
      return out;
    });
  }
}
