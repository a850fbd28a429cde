/**
 * Läskvittens facts (issue 13): for each document in force, who must read it (the roster's
 * people with one of its reader roles in a unit it applies to), how many confirmed a version
 * that counts, and whether that is late; per unit × type the share confirmed at a date; and the
 * roster and confirmation rows that name what does not exist. Computed once per run, in
 * O(rows + documents × readers). Reader keys stay in this module's private indexes: the facts
 * only count them.
 */
import { addDays, isDate } from '../core/dates.js';
import { DOC_TYPES, type Config, type LoadedDocument } from '../core/types.js';
import type { ReadingData, ReadingProblem } from '../core/reading-data.js';
import type { ReadingFact, ReadingRoleFact, ReadingShare, ReadingUnitFact } from './reading-types.js';
import { isInForce } from './documents.js';
import { str, strings } from './values.js';
import { getOrSet } from '../core/memo.js';

/** A version as numbers: `2` = `2.0`; undefined when it is not `N` or `N.N`. */
export function parseVersion(v: string): [number, number] | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(v);
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

function compareVersions(a: readonly [number, number], b: readonly [number, number]): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** A roster or confirmation row that names what does not exist, or a row or file that cannot be read. No reader key in it. */
export interface ReadingIssue {
  /** Whose rule reports it: roster rows are ref/unresolved's, confirmation rows reading/unknown-document's. */
  kind: ReadingProblem['kind'];
  file: string;
  line: number;
  code:
    | ReadingProblem['code']
    | 'unknown-unit'
    | 'unknown-role'
    | 'empty-unit'
    | 'empty-role'
    | 'unknown-document'
    | 'bad-version'
    | 'future-version';
  data?: Record<string, string | number>;
}

/** Counts of required readers and confirmations, and the highest older version read by those still to read. */
class Tally {
  required = 0;
  confirmed = 0;
  #last: { v: [number, number]; text: string } | undefined;

  add(done: boolean, readBefore: { v: [number, number]; text: string } | undefined): void {
    this.required++;
    if (done) this.confirmed++;
    else if (readBefore && (!this.#last || compareVersions(readBefore.v, this.#last.v) > 0)) this.#last = readBefore;
  }

  counts(): { required: number; confirmed: number; missing: number; lastConfirmedBefore?: string } {
    const c = { required: this.required, confirmed: this.confirmed, missing: this.required - this.confirmed };
    return this.#last ? { ...c, lastConfirmedBefore: this.#last.text } : c;
  }
}

/** What the model needs of the document index. */
interface Lookup {
  byId(id: string): LoadedDocument | undefined;
  unitIds: ReadonlySet<string>;
  roleIds: ReadonlySet<string>;
}

/** The facts of a run's reading data (see the module comment). */
export class ReadingFacts {
  readonly facts: readonly ReadingFact[];
  readonly issues: readonly ReadingIssue[];
  readonly #byDoc = new Map<LoadedDocument, ReadingFact>();
  /** Per fact, per unit: the keys of its required readers. */
  readonly #keys = new Map<ReadingFact, Map<string, ReadonlySet<string>>>();
  /** Per document id: per key, the earliest date of a confirmation that counts. */
  readonly #counting = new Map<string, Map<string, string>>();

  constructor(config: Config, today: string, documents: readonly LoadedDocument[], data: ReadingData, lookup: Lookup) {
    const l = config.läskvittens!;
    const issues: ReadingIssue[] = data.problems.map((p) => ({ ...p }));

    // The roster: unit → role → keys.
    const roster = new Map<string, Map<string, Set<string>>>();
    const listed = new Set<string>();
    for (const r of data.readers) {
      listed.add(r.key);
      const at = { kind: 'roster' as const, file: r.file, line: r.line };
      if (r.unit === '') issues.push({ ...at, code: 'empty-unit' });
      else if (!lookup.unitIds.has(r.unit)) issues.push({ ...at, code: 'unknown-unit', data: { value: r.unit } });
      if (r.role === '') issues.push({ ...at, code: 'empty-role' });
      else if (!lookup.roleIds.has(r.role)) issues.push({ ...at, code: 'unknown-role', data: { value: r.role } });
      if (!lookup.unitIds.has(r.unit) || !lookup.roleIds.has(r.role)) continue;
      const byRole = getOrSet(roster, r.unit, () => new Map<string, Set<string>>());
      getOrSet(byRole, r.role, () => new Set<string>()).add(r.key);
    }

    // The confirmations: what counts for each document's current version, and what came before.
    const current = new Map<string, { version: [number, number] | undefined }>();
    const versionOf = (id: string): { version: [number, number] | undefined } | undefined => {
      let c = current.get(id);
      if (c === undefined) {
        const doc = lookup.byId(id);
        if (!doc) return undefined;
        const v = str(doc.data?.version);
        c = { version: v !== undefined ? parseVersion(v) : undefined };
        current.set(id, c);
      }
      return c;
    };
    /** Per document id: per key, the highest version confirmed that does not count (with its text). */
    const before = new Map<string, Map<string, { v: [number, number]; text: string }>>();
    for (const c of data.confirmations) {
      const at = { kind: 'confirmations' as const, file: c.file, line: c.line };
      const doc = versionOf(c.document);
      if (!doc) {
        issues.push({ ...at, code: 'unknown-document', data: { id: c.document } });
        continue;
      }
      const v = parseVersion(c.version);
      if (!v) {
        issues.push({ ...at, code: 'bad-version', data: { id: c.document, version: c.version } });
        continue;
      }
      const cur = doc.version;
      if (!cur) continue; // the document's own version is broken: reported on it
      if (compareVersions(v, cur) > 0) {
        issues.push({ ...at, code: 'future-version', data: { id: c.document, version: c.version, current: cur.join('.') } });
        continue;
      }
      if (v[0] === cur[0] && (l.vid === 'major' || v[1] === cur[1])) {
        const dates = getOrSet(this.#counting, c.document, () => new Map<string, string>());
        const d = dates.get(c.key);
        if (d === undefined || c.date < d) dates.set(c.key, c.date);
      } else {
        const prior = getOrSet(before, c.document, () => new Map<string, { v: [number, number]; text: string }>());
        const p = prior.get(c.key);
        if (p === undefined || compareVersions(v, p.v) > 0) prior.set(c.key, { v, text: c.version });
      }
    }
    this.issues = issues;

    // One fact per document in force with at least one required reader.
    const facts: ReadingFact[] = [];
    const allUnits = config.enheter.map((u) => u.id);
    for (const doc of documents) {
      if (!isInForce(doc) || doc.id === undefined || !doc.data) continue;
      const version = str(doc.data.version);
      const v = version !== undefined ? parseVersion(version) : undefined;
      const fastställd = doc.data.fastställd;
      if (!v || version === undefined || !isDate(fastställd)) continue;
      const own = doc.data.läses_av;
      const roles = Array.isArray(own) ? strings(own) : (l.läses_av[doc.typ as keyof typeof l.läses_av] ?? []);
      if (roles.length === 0) continue;
      const applies = Array.isArray(doc.data.gäller_för) ? new Set(strings(doc.data.gäller_för)) : undefined;
      const counting = this.#counting.get(doc.id);
      const prior = before.get(doc.id);
      const keysByUnit = new Map<string, ReadonlySet<string>>();
      const units: ReadingUnitFact[] = [];
      const perRole = new Map<string, Tally>(roles.map((r) => [r, new Tally()]));
      /** Whether a reader has confirmed; else what they read last goes into the tallies (what changed is told from there). */
      const tally = (k: string, ...into: Tally[]): void => {
        const d = counting?.get(k);
        const done = d !== undefined && d <= today;
        for (const t of into) t.add(done, done ? undefined : prior?.get(k));
      };
      for (const unit of allUnits) {
        if (applies && !applies.has(unit)) continue;
        const byRole = roster.get(unit);
        if (!byRole) continue;
        const keys = new Set<string>();
        for (const role of roles) for (const k of byRole.get(role) ?? []) keys.add(k);
        if (keys.size === 0) continue;
        const inUnit = new Tally();
        for (const k of keys) tally(k, inUnit);
        for (const role of roles) for (const k of byRole.get(role) ?? []) tally(k, perRole.get(role)!);
        keysByUnit.set(unit, keys);
        units.push({ unit, ...inUnit.counts() });
      }
      if (units.length === 0) continue;
      const byRole: ReadingRoleFact[] = [];
      for (const [role, t] of perRole) if (t.required > 0) byRole.push({ role, ...t.counts() });
      let unlisted = 0;
      for (const [k, d] of counting ?? []) if (d <= today && !listed.has(k)) unlisted++;
      const required = units.reduce((n, u) => n + u.required, 0);
      const confirmed = units.reduce((n, u) => n + u.confirmed, 0);
      const due = addDays(fastställd, l.dagar);
      const fact: ReadingFact = {
        doc,
        id: doc.id,
        version,
        roles,
        counts: l.vid === 'major' ? { major: v[0] } : { major: v[0], minor: v[1] },
        due,
        units,
        required,
        confirmed,
        missing: required - confirmed,
        byRole,
        unlisted,
        overdue: required > confirmed && today > due,
      };
      facts.push(fact);
      this.#byDoc.set(doc, fact);
      this.#keys.set(fact, keysByUnit);
    }
    this.facts = facts;
  }

  /** The fact of a document, when it is in force and has required readers. */
  of(doc: LoadedDocument): ReadingFact | undefined {
    return this.#byDoc.get(doc);
  }

  /**
   * Per unit × type at `date`: the required readings of today's roster and documents in force
   * whose version that counts was out by `date`, and how many of them had a confirmation that
   * counts dated `date` or earlier. Units in lsys.yaml order, then types in FORMAT.md order;
   * only pairs with required readings.
   */
  sharesAt(date: string, unitOrder: readonly string[]): ReadingShare[] {
    const sums = new Map<string, ReadingShare>();
    for (const fact of this.facts) {
      const counting = this.#counting.get(fact.id);
      if (!this.#outAt(fact, counting, date)) continue;
      for (const [unit, keys] of this.#keys.get(fact)!) {
        const typ = fact.doc.typ ?? '';
        const share = getOrSet(sums, `${unit}\n${typ}`, () => ({ unit, typ, required: 0, confirmed: 0 }));
        share.required += keys.size;
        for (const k of keys) {
          const d = counting?.get(k);
          if (d !== undefined && d <= date) share.confirmed++;
        }
      }
    }
    const unitRank = new Map(unitOrder.map((u, i) => [u, i]));
    const typRank = new Map(DOC_TYPES.map((t, i) => [t as string, i]));
    return [...sums.values()].sort(
      (a, b) => unitRank.get(a.unit)! - unitRank.get(b.unit)! || (typRank.get(a.typ) ?? 99) - (typRank.get(b.typ) ?? 99),
    );
  }

  /**
   * Was a version that counts for the fact out at `date`? Yes when the current version was
   * fastställd by then, or when someone had already confirmed a version that counts (with
   * `vid: major`, 3.0 out in 2025 counts for 3.1 fastställd in 2026).
   */
  #outAt(fact: ReadingFact, counting: ReadonlyMap<string, string> | undefined, date: string): boolean {
    if (str(fact.doc.data?.fastställd)! <= date) return true;
    for (const d of counting?.values() ?? []) if (d <= date) return true;
    return false;
  }
}
