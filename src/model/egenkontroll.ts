/**
 * Egenkontroll (self-inspection): the occasions performed (`genomförda`), when the next is
 * due by `frekvens`, whether it is overdue, and how many occasions were planned in a period.
 */
import { addFrekvens, FREKVENSER, isDate, type Frekvens } from '../core/dates.js';
import type { LoadedDocument } from '../core/types.js';
import { actionList, type ActionFact } from './actions.js';
import { status } from './documents.js';
import { arr, obj, str, type Path } from './values.js';

/** One entry of an egenkontroll's `genomförda`. */
export interface OccasionFact {
  doc: LoadedDocument;
  /** Where it stands: `['genomförda', index]`. */
  path: Path;
  index: number;
  /** The entry's mapping as written. */
  data: Record<string, unknown>;
  /** `datum` as written (may be an invalid date). */
  datum?: string;
  resultat?: string;
  /** Its åtgärder (mappings only). */
  actions: ActionFact[];
  /** `resultat: brister` and an empty (or no) `åtgärder` list. */
  missingAction: boolean;
}

/** The performed occasions of a document (mappings in `genomförda`, in order). */
export function occasionsOf(doc: LoadedDocument): OccasionFact[] {
  const out: OccasionFact[] = [];
  for (const [i, g] of arr(doc.data?.genomförda).entries()) {
    const o = obj(g);
    if (!o) continue;
    const datum = str(o.datum);
    const resultat = str(o.resultat);
    out.push({
      doc,
      path: ['genomförda', i],
      index: i,
      data: o,
      datum,
      resultat,
      actions: actionList(doc, o.åtgärder, ['genomförda', i], 'egenkontroll', datum ?? ''),
      missingAction: o.resultat === 'brister' && arr(o.åtgärder).length === 0,
    });
  }
  return out;
}

/** An egenkontroll's plan and what was done, at the run's date. */
export interface SelfInspectionFact {
  doc: LoadedDocument;
  /** `frekvens` as written. */
  frekvensText?: string;
  /** `frekvens` when it is one FORMAT.md defines. */
  frekvens?: Frekvens;
  ansvarig?: string;
  /** `fastställd` as written. */
  fastställd?: string;
  occasions: OccasionFact[];
  /** The valid `genomförda` dates, sorted. */
  performed: string[];
  lastPerformed?: string;
  /**
   * What the next occasion counts from: the last performed one, or (none performed) the
   * approval; undefined when that is not a valid date.
   */
  basis?: { kind: 'performed' | 'approved'; date: string };
  /** basis + one frekvens (needs a valid frekvens and basis). */
  nextDue?: string;
  /** Fastställd, and the next occasion was due before today. */
  overdue: boolean;
}

/** An egenkontroll's plan and occasions at `today`. */
export function selfInspectionOf(doc: LoadedDocument, today: string): SelfInspectionFact {
  const d = doc.data ?? {};
  const frekvensText = str(d.frekvens);
  const frekvens =
    frekvensText !== undefined && (FREKVENSER as readonly string[]).includes(frekvensText) ? (frekvensText as Frekvens) : undefined;
  const occasions = occasionsOf(doc);
  const performed = arr(d.genomförda)
    .map((g) => str(obj(g)?.datum))
    .filter(isDate)
    .sort();
  const lastPerformed = performed[performed.length - 1];
  const fastställd = str(d.fastställd);
  const basis =
    lastPerformed !== undefined
      ? { kind: 'performed' as const, date: lastPerformed }
      : isDate(fastställd)
        ? { kind: 'approved' as const, date: fastställd }
        : undefined;
  const nextDue = frekvens && basis ? addFrekvens(basis.date, frekvens) : undefined;
  return {
    doc,
    frekvensText,
    frekvens,
    ansvarig: str(d.ansvarig),
    fastställd,
    occasions,
    performed,
    lastPerformed,
    basis,
    nextDue,
    overdue: status(doc) === 'fastställd' && nextDue !== undefined && nextDue < today,
  };
}

/** Occasions of an egenkontroll planned in `year` and not after `until` (see plannedOccasions). */
export function plannedIn(fact: SelfInspectionFact, year: number, until?: string): number {
  return plannedOccasions(fact.fastställd, fact.performed[0], fact.frekvensText ?? '', year, until);
}

/**
 * Occasions due in `year` and no later than `until` (the report date), as FORMAT.md plans
 * them: the first is due one frekvens after `fastställd`, the next one frekvens after that
 * (fastställd + k·frekvens, k ≥ 1). An occasion performed before the plan was approved starts
 * the plan instead (that occasion, k = 0, counts). An occasion not yet due by the year's end
 * or the report date is not planned for the year: it cannot have been missed.
 */
export function plannedOccasions(
  fastställd: string | undefined,
  firstPerformed: string | undefined,
  frekvens: string,
  year: number,
  until?: string,
): number {
  if (!(FREKVENSER as readonly string[]).includes(frekvens)) return 0;
  const performedFirst = isDate(firstPerformed) && (!isDate(fastställd) || firstPerformed < fastställd);
  const date = performedFirst ? firstPerformed : isDate(fastställd) ? fastställd : undefined;
  if (!date) return 0;
  const from = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const to = isDate(until) && until < yearEnd ? until : yearEnd;
  let n = 0;
  // Each occasion is computed from the start, so month-end days do not drift (01-31 → 02-28 → 03-31).
  for (let k = performedFirst ? 0 : 1; k < 10_000; k++) {
    const d = k === 0 ? date : addFrekvens(date, frekvens as Frekvens, k);
    if (d > to) break;
    if (d >= from) n++;
  }
  return n;
}
