/**
 * Förbättringsåtgärder: an åtgärd as the report shows it (with its läge at the report date),
 * and section 9, the actions completed in the year or still open.
 */
import { isDate } from '../../core/dates.js';
import type { LoadedDocument } from '../../core/types.js';
import { arr, obj, str } from '../../rules/util.js';
import type { ActionInfo, RiskAnalysisInfo } from '../types.js';
import { cmp, type SectionContext } from './context.js';

/** One åtgärd of document `d`, recorded under `källa` (a risk id or an occasion's date). */
export function actionInfo(c: SectionContext, d: LoadedDocument, källa: string, a: Record<string, unknown>): ActionInfo {
  const status = (str(a.status) ?? 'planerad') as ActionInfo['status'];
  const klarDatum = str(a.klar_datum);
  const due = str(a.klart_senast) ?? '';
  const läge: ActionInfo['läge'] = status === 'klar' ? 'klar' : isDate(due) && due < c.yearEnd && due < c.today ? 'försenad' : 'öppen';
  return {
    document: c.ref(d),
    källa,
    beskrivning: str(a.beskrivning) ?? '',
    ansvarig: c.role(a.ansvarig),
    klart_senast: due,
    status,
    ...(klarDatum ? { klar_datum: klarDatum } : {}),
    läge,
  };
}

/** Section 9: completed in the year or still open; `analyses` are the year's risk analyses (section 6). */
export function actionSection(c: SectionContext, analyses: RiskAnalysisInfo[]): ActionInfo[] {
  const actions: ActionInfo[] = [];
  for (const a of analyses) for (const r of a.risker) actions.push(...r.åtgärder);
  for (const d of c.ofType('riskanalys').filter((d) => !c.inYear(str(d.data!.datum)))) {
    for (const r of arr(d.data!.risker).map(obj)) {
      for (const a of arr(r?.åtgärder).map(obj)) if (a) actions.push(actionInfo(c, d, str(r?.id) ?? '', a));
    }
  }
  for (const d of c.ofType('egenkontroll')) {
    for (const g of arr(d.data!.genomförda).map(obj)) {
      for (const a of arr(g?.åtgärder).map(obj)) if (a) actions.push(actionInfo(c, d, str(g?.datum) ?? '', a));
    }
  }
  const seen = new Set<string>();
  return actions
    .filter((a) => (a.läge === 'klar' ? c.inYear(a.klar_datum) : (a.klart_senast.slice(0, 4) >= String(c.year) || a.läge === 'försenad')))
    .filter((a) => {
      const key = `${a.document.id}|${a.källa}|${a.beskrivning}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => cmp(a.läge, b.läge) || cmp(a.klart_senast, b.klart_senast) || cmp(a.document.id, b.document.id));
}
