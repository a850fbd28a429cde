/**
 * What falls due in the ledningssystem: the årshjul (issue 11). The contract between the domain
 * model (which computes the deadlines once, from the same facts the review, egenkontroll,
 * action and exemption rules use) and `lsys due` and `lsys calendar` (which only filter,
 * group and print them). No output computes a date itself.
 */
import type { LoadedDocument } from '../core/types.js';

/** What kind of obligation. */
export type DeadlineKind =
  'revision' | 'egenkontroll' | 'åtgärd' | 'undantag' | 'läskvittens' | 'kvalitetsberättelse' | 'patientsäkerhetsberättelse';

/**
 * One dated obligation: a review, an egenkontroll occasion, an åtgärd, an exemption's end, a
 * unit's confirmations of a document (läskvittens, issue 13), a yearly report.
 */
export interface Deadline {
  kind: DeadlineKind;
  /** The day it falls due, `YYYY-MM-DD`. */
  date: string;
  /**
   * The role that must act: `ägare` (revision, and läskvittens: the owner sees that the staff
   * read it), `ansvarig` of the egenkontroll (occasions) or of the åtgärd, lsys.yaml
   * `årshjul.ansvarig` (undantag and the yearly reports).
   */
  role: string;
  /** The document; absent for what lsys.yaml states (undantag, yearly reports). */
  doc?: LoadedDocument;
  /** Repository-relative path (`lsys.yaml` for undantag and reports), `/` separators. */
  file: string;
  /** 1-based line of the key at fault: where validate points for the same item. */
  line: number;
  /** The document id (absent for lsys.yaml items). */
  id?: string;
  /** For people: the document's title; for undantag the paragraph ("4:6"); for a report its name. */
  title: string;
  /**
   * Detail per kind: an åtgärd's beskrivning, the occasion's number in the plan, the exemption's
   * skäl, the report's year; for läskvittens the version that must be confirmed (`2.x` with
   * `vid: major`, `2.3` with `vid: minor`).
   */
  detail?: string;
  /** Läskvittens only: the unit's required readers and how many of them have not confirmed (counts, never keys). */
  readers?: { required: number; missing: number };
  /** Units it applies to (`gäller_för`); empty means every unit. */
  units: readonly string[];
  /** Its date is before today. */
  late: boolean;
  /**
   * The rule that reports this item at today, when one does (`review/overdue`, `review/due-soon`,
   * `egenkontroll/overdue`, `action/overdue`, `coverage/exemption-expired`, `reading/overdue`): how `lsys due` is
   * tested to agree with `lsys validate`.
   */
  rule?: string;
  /**
   * Stable across runs for the same occasion, so that re-importing a calendar updates an event
   * instead of adding a copy: `revision/RUT-012`, `egenkontroll/EGK-001/7` (the 7th occasion of
   * the plan), `åtgärd/RISK-002/risk/R2/1` (the first åtgärd of risk R2; an egenkontroll's by the occasion's date),
   * `undantag/4:6`, `läskvittens/RUT-003/solglantan` (a document's confirmations in one unit), `kvalitetsberättelse/2026`.
   */
  key: string;
}
