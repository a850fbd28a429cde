// Checks that every risk whose riskvärde (sannolikhet × konsekvens) reaches `risk.åtgärdsgräns`
// has at least one åtgärd. Serves 5:1: risks are to be eliminated or reduced, not only listed.
// Bad (gräns 8): sannolikhet 3, konsekvens 4 (riskvärde 12) and no åtgärder.
import { risksOf } from '../../model/index.js';
import type { LocalRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  noAction: {
    sv: 'Risken {id} har riskvärde {värde} ({s} × {k}) men ingen åtgärd; gränsen är {gräns}',
    en: 'The risk {id} has risk value {värde} ({s} × {k}) but no action; the threshold is {gräns}',
  },
  addActionsHint: {
    sv: 'Lägg till åtgärder: med beskrivning, ansvarig, klart_senast och status.',
    en: 'Add åtgärder: with beskrivning, ansvarig, klart_senast and status.',
  },
} as const satisfies Catalogue;

const rule: LocalRule = {
  meta: {
    id: 'risk/missing-action',
    description: { sv: 'En risk över åtgärdsgränsen saknar åtgärd', en: 'A risk at or above the action threshold has no action' },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'local',
  run(ctx) {
    if (ctx.doc.typ !== 'riskanalys' || ctx.doc.data?.status === 'upphävd') return;
    const gräns = ctx.config.risk.åtgärdsgräns;
    for (const risk of risksOf(ctx.doc, gräns)) {
      if (!risk.needsAction) continue;
      const { sannolikhet: s, konsekvens: k, riskvärde: värde } = risk;
      const id = risk.id ?? `#${risk.index + 1}`;
      ctx.report({
        at: risk.path,
        messageId: 'noAction',
        hintId: 'addActionsHint',
        data: { id, värde, s, k, gräns },
      });
    }
  },
};
export default rule;
