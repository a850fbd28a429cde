/**
 * Section 7, Egenkontroll: per egenkontroll the occasions planned in the year (by frekvens,
 * the model's plannedIn) and those performed in it (by their `datum`), with results and
 * åtgärder, and whether it was behind its frekvens at the year's end or the report date.
 */
import { isDate } from '../../core/dates.js';
import { isInForce, plannedIn, str, type OccasionFact } from '../../model/index.js';
import type { SelfInspectionInfo, SelfInspectionSection } from '../types.js';
import { actionInfo } from './atgarder.js';
import { cmp, type SectionContext } from './context.js';

export function selfInspectionSection(c: SectionContext): SelfInspectionSection {
  const rows: SelfInspectionInfo[] = [];
  for (const d of c.ofType('egenkontroll')) {
    const plan = c.model.selfInspectionOf(d);
    if (!plan) continue;
    const frekvens = plan.frekvensText ?? '';
    const occasions = plan.occasions
      .filter((g): g is OccasionFact & { datum: string } => isDate(g.datum))
      .sort((a, b) => cmp(a.datum, b.datum));
    const inYear = occasions.filter((g) => c.inYear(g.datum));
    const planerade = plannedIn(plan, c.year, c.today);
    // Behind its frekvens as egenkontroll/overdue judges it, at the year's end or the report date.
    const försenad = isInForce(d) && plan.nextDue !== undefined && plan.nextDue < c.asOf ? plan.nextDue : undefined;
    if (!c.active(d) && inYear.length === 0) continue;
    if (planerade === 0 && inYear.length === 0 && !försenad) continue;
    rows.push({
      document: c.ref(d),
      område: str(d.data!.område) ?? '',
      metod: str(d.data!.metod) ?? '',
      frekvens,
      ansvarig: c.role(plan.ansvarig),
      planerade,
      genomförda: inYear.length,
      utanAnmärkning: inYear.filter((g) => g.resultat === 'utan_anmärkning').length,
      brister: inYear.filter((g) => g.resultat === 'brister').length,
      ...(försenad ? { försenad } : {}),
      occasions: inYear.map((g) => ({
        datum: g.datum,
        resultat: g.resultat ?? '',
        ...(str(g.data.sammanfattning) ? { sammanfattning: str(g.data.sammanfattning)! } : {}),
        åtgärder: g.actions.map((a) => actionInfo(c, a)),
      })),
    });
  }
  return {
    rows,
    planerade: rows.reduce((n, r) => n + r.planerade, 0),
    genomförda: rows.reduce((n, r) => n + r.genomförda, 0),
  };
}
