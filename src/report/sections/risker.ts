/** Section 6, Riskanalyser: the analyses dated in the year, the risk matrix, and the risks at or above the threshold. */
import { str } from '../../model/index.js';
import type { RiskInfo, RiskSection } from '../types.js';
import { actionInfo } from './atgarder.js';
import { cmp, type SectionContext } from './context.js';

export function riskSection(c: SectionContext): RiskSection {
  const threshold = c.config.risk.åtgärdsgräns;
  const analyses = c
    .ofType('riskanalys')
    .filter((d) => c.inYear(str(d.data!.datum)))
    .map((d) => ({
      document: c.ref(d),
      datum: str(d.data!.datum)!,
      anledning: str(d.data!.anledning) ?? '',
      risker: c.model.risksOf(d).map((r): RiskInfo => ({
        id: r.id ?? '',
        beskrivning: str(r.data.beskrivning) ?? '',
        ...(str(r.data.orsak) ? { orsak: str(r.data.orsak)! } : {}),
        sannolikhet: r.sannolikhet,
        konsekvens: r.konsekvens,
        riskvärde: r.riskvärde,
        åtgärder: r.actions.map((a) => actionInfo(c, a)),
      })),
    }))
    .sort((a, b) => cmp(a.datum, b.datum) || cmp(a.document.id, b.document.id));
  const matrix = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const a of analyses) {
    for (const r of a.risker) {
      // Only a risk scored on the 1–4 scales has a cell (2.5 or 9, a schema error, has none).
      const cell = matrix[r.sannolikhet - 1]?.[r.konsekvens - 1];
      if (Number.isInteger(r.sannolikhet) && Number.isInteger(r.konsekvens) && cell !== undefined)
        matrix[r.sannolikhet - 1]![r.konsekvens - 1] = cell + 1;
    }
  }
  return {
    analyses,
    threshold,
    matrix,
    aboveThreshold: analyses
      .flatMap((a) => a.risker.filter((r) => r.riskvärde >= threshold).map((r) => ({ ...r, analysis: a.document })))
      .sort((a, b) => b.riskvärde - a.riskvärde || cmp(a.analysis.id, b.analysis.id) || cmp(a.id, b.id)),
  };
}
