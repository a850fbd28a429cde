/**
 * Section 7, Egenkontroll: per egenkontroll the occasions planned in the year (by frekvens)
 * and those performed in it (by their `datum`), with results and åtgärder.
 */
import { addDays, addMonths, FREKVENSER, isDate, type Frekvens } from '../../core/dates.js';
import { arr, obj, str } from '../../rules/util.js';
import type { SelfInspectionInfo, SelfInspectionSection } from '../types.js';
import { actionInfo } from './atgarder.js';
import { cmp, type SectionContext } from './context.js';

export function selfInspectionSection(c: SectionContext): SelfInspectionSection {
  const rows: SelfInspectionInfo[] = [];
  for (const d of c.ofType('egenkontroll')) {
    const frekvens = str(d.data!.frekvens) ?? '';
    const occasions = arr(d.data!.genomförda)
      .map(obj)
      .filter((g): g is Record<string, unknown> => g !== undefined && isDate(g.datum))
      .sort((a, b) => cmp(a.datum as string, b.datum as string));
    const inYear = occasions.filter((g) => c.inYear(g.datum as string));
    const planerade = plannedOccasions(str(d.data!.fastställd), occasions[0]?.datum as string | undefined, frekvens, c.year, c.today);
    if (!c.active(d) && inYear.length === 0) continue;
    if (planerade === 0 && inYear.length === 0) continue;
    rows.push({
      document: c.ref(d),
      område: str(d.data!.område) ?? '',
      metod: str(d.data!.metod) ?? '',
      frekvens,
      ansvarig: c.role(d.data!.ansvarig),
      planerade,
      genomförda: inYear.length,
      utanAnmärkning: inYear.filter((g) => g.resultat === 'utan_anmärkning').length,
      brister: inYear.filter((g) => g.resultat === 'brister').length,
      occasions: inYear.map((g) => ({
        datum: g.datum as string,
        resultat: str(g.resultat) ?? '',
        ...(str(g.sammanfattning) ? { sammanfattning: str(g.sammanfattning)! } : {}),
        åtgärder: arr(g.åtgärder).map(obj).filter((a): a is Record<string, unknown> => !!a).map((a) => actionInfo(c, d, g.datum as string, a)),
      })),
    });
  }
  return {
    rows,
    planerade: rows.reduce((n, r) => n + r.planerade, 0),
    genomförda: rows.reduce((n, r) => n + r.genomförda, 0),
  };
}

/**
 * Occasions due in `year` and no later than `until` (the report date), as FORMAT.md plans
 * them: the first is due one frekvens after `fastställd`, the next one frekvens after that
 * (fastställd + k·frekvens, k ≥ 1). An occasion performed before the plan was approved starts
 * the plan instead (that occasion, k = 0, counts). An occasion not yet due by the year's end
 * or the report date is not planned for the year: it cannot have been missed.
 */
export function plannedOccasions(fastställd: string | undefined, firstPerformed: string | undefined, frekvens: string, year: number, until?: string): number {
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
    const d = k === 0 ? date : stepFrom(date, frekvens as Frekvens, k);
    if (d > to) break;
    if (d >= from) n++;
  }
  return n;
}

/** The k-th occasion after `start` (k·frekvens, computed from the start to avoid drift). */
function stepFrom(start: string, frekvens: Frekvens, k: number): string {
  if (frekvens === 'vecka') return addDays(start, 7 * k);
  const months = { månad: 1, kvartal: 3, halvår: 6, år: 12, vartannat_år: 24 }[frekvens];
  return addMonths(start, months * k);
}
