/**
 * Läskvittens (issue 13): who must read which document, who has, and what is late. The
 * contract between the loader of the reading data (the roster and the confirmation CSV files
 * in `läskvittens.mapp`), the domain model that computes the facts below once per run, and the
 * outputs that only print them (`reading/*` rules, `lsys due`, `lsys site`, `lsys report`).
 *
 * Privacy: a reader key (`läsare`) lives only inside the loader's `Reader`/`Confirmation`
 * records and is only ever counted. No fact below carries a key, and no output, cache or
 * message may print one.
 */
import type { LoadedDocument } from '../core/types.js';

/** One unit's share of a document's required readers. */
export interface ReadingUnitFact {
  /** Unit id from lsys.yaml (`enheter`). */
  unit: string;
  /** People in the roster in this unit with one of the document's reader roles. */
  required: number;
  /** Of those, how many confirmed a version that counts (see ReadingFact.counts). */
  confirmed: number;
  /** required − confirmed. */
  missing: number;
  /**
   * The highest older version confirmed by a reader in this unit who has not yet confirmed one
   * that counts now (what the handbook shows changes since); absent when every reader has
   * confirmed, or none of those still to read confirmed an earlier version.
   */
  lastConfirmedBefore?: string;
}

/** One role's share of a document's required readers, over every unit (a role page's figures): a unit's counts, by role. */
export interface ReadingRoleFact extends Omit<ReadingUnitFact, 'unit'> {
  role: string;
}

/** What reading a document in force requires, and how far it has come. */
export interface ReadingFact {
  doc: LoadedDocument;
  /** Its id and current version (frontmatter `version`). */
  id: string;
  version: string;
  /** The roles that must read it: the document's `läses_av`, else the type's in lsys.yaml. Never empty (no roles: no fact). */
  roles: readonly string[];
  /**
   * Which confirmed versions count: with `vid: minor` exactly the current version; with
   * `vid: major` any version with the current major number (`2.0`…`2.3` for 2.3). Versions are
   * compared as numbers per part: `2` = `2.0`, `1.10` > `1.9`.
   */
  counts: { major: number; minor?: number };
  /** `fastställd` + `läskvittens.dagar`, YYYY-MM-DD: when every reader must have confirmed. */
  due: string;
  /** Units with at least one required reader, in lsys.yaml order. */
  units: readonly ReadingUnitFact[];
  required: number;
  confirmed: number;
  missing: number;
  /** Per reader role (in `roles` order; only roles with readers): the role pages' figures. */
  byRole: readonly ReadingRoleFact[];
  /**
   * Readers not in the roster (by key) with a confirmation that counts: people who left, or keys
   * mistyped in a form. Counted so that a warning can say so; they are nobody's required reading.
   */
  unlisted: number;
  /** missing > 0 and today is after `due`: what `reading/overdue` reports. */
  overdue: boolean;
}

/** One unit × document type share at a date (the kvalitetsberättelse's "Personalens kännedom om rutiner"). */
export interface ReadingShare {
  unit: string;
  typ: string;
  required: number;
  confirmed: number;
}
