/** Section 6, Riskanalyser: the analyses dated in the year, the risk matrix, and the risks at or above the threshold. */
import { arr, obj, str } from '../../rules/util.js';
import type { RiskInfo, RiskSection } from '../types.js';
import { actionInfo } from './atgarder.js';
import { cmp, type SectionContext } from './context.js';

export function riskSection(c: SectionContext): RiskSection {
  const threshold = c.config.risk.åtgärdsgräns;
  const analyses = c.ofType('riskanalys')
    .filter((d) => c.inYear(str(d.data!.datum)))
    .map((d) => ({
      document: c.ref(d),
      datum: str(d.data!.datum)!,
      anledning: str(d.data!.anledning) ?? '',
      risker: arr(d.data!.risker)
        .map(obj)
        .filter((r): r is Record<string, unknown> => r !== undefined)
        .map((r): RiskInfo => {
          const s = Number(r.sannolikhet);
          const k = Number(r.konsekvens);
          return {
            id: str(r.id) ?? '',
            beskrivning: str(r.beskrivning) ?? '',
            ...(str(r.orsak) ? { orsak: str(r.orsak)! } : {}),
            sannolikhet: s,
            konsekvens: k,
            riskvärde: s * k,
            åtgärder: arr(r.åtgärder).map(obj).filter((a): a is Record<string, unknown> => !!a).map((a) => actionInfo(c, d, str(r.id) ?? '', a)),
          };
        }),
    }))
    .sort((a, b) => cmp(a.datum, b.datum) || cmp(a.document.id, b.document.id));
  const matrix = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const a of analyses) {
    for (const r of a.risker) {
      if (r.sannolikhet >= 1 && r.sannolikhet <= 4 && r.konsekvens >= 1 && r.konsekvens <= 4) matrix[r.sannolikhet - 1]![r.konsekvens - 1]!++;
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
