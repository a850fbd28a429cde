/**
 * Förbättringsåtgärder: an åtgärd as the report shows it (with its läge at the year's end or
 * the report date), and section 9, the actions completed in the year or still open.
 */
import { isLateAt, status, type ActionFact } from '../../model/index.js';
import type { ActionInfo, RiskAnalysisInfo } from '../types.js';
import { cmp, type SectionContext } from './context.js';

/** One åtgärd of the model, as the report shows it: late (försenad) as the model judges it at `asOf`. */
export function actionInfo(c: SectionContext, a: ActionFact): ActionInfo {
  const status = (a.status ?? 'planerad') as ActionInfo['status'];
  const läge: ActionInfo['läge'] = a.done ? 'klar' : isLateAt(a, c.asOf) ? 'försenad' : 'öppen';
  return {
    document: c.ref(a.doc),
    källa: a.källa,
    beskrivning: a.beskrivning ?? '',
    ansvarig: c.role(a.ansvarig),
    klart_senast: a.klartSenast ?? '',
    status,
    ...(a.klarDatum ? { klar_datum: a.klarDatum } : {}),
    läge,
  };
}

/**
 * Section 9: completed in the year, or not completed and either due in the year or later, or
 * late. `analyses` are the year's risk analyses (section 6). An open åtgärd of an upphävd
 * document is not followed up any more (action/overdue does not report it either), so only
 * its completion in the year is shown.
 */
export function actionSection(c: SectionContext, analyses: RiskAnalysisInfo[]): ActionInfo[] {
  const actions: Array<{ info: ActionInfo; withdrawn: boolean }> = [];
  const add = (info: ActionInfo, withdrawn: boolean): void => void actions.push({ info, withdrawn });
  for (const a of analyses) for (const r of a.risker) for (const x of r.åtgärder) add(x, a.document.status === 'upphävd');
  for (const d of c.ofType('riskanalys').filter((d) => !c.inYear(d.data!.datum as string | undefined))) {
    for (const a of c.model.actionsOf(d)) if (a.kind === 'risk') add(actionInfo(c, a), status(d) === 'upphävd');
  }
  for (const d of c.ofType('egenkontroll')) {
    for (const a of c.model.actionsOf(d)) if (a.kind === 'egenkontroll') add(actionInfo(c, a), status(d) === 'upphävd');
  }
  const seen = new Set<string>();
  return actions
    .filter(({ info: a, withdrawn }) =>
      a.läge === 'klar' ? c.inYear(a.klar_datum) : !withdrawn && (a.klart_senast.slice(0, 4) >= String(c.year) || a.läge === 'försenad'),
    )
    .map(({ info }) => info)
    .filter((a) => {
      const key = `${a.document.id}|${a.källa}|${a.beskrivning}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => cmp(a.läge, b.läge) || cmp(a.klart_senast, b.klart_senast) || cmp(a.document.id, b.document.id));
}
