// Checks that every performed egenkontroll with `resultat: brister` has at least one åtgärd.
// Serves 5:2 and 5:7: shortcomings found in self-inspection lead to measures.
// Bad: `- { datum: 2026-05-04, resultat: brister }` with no åtgärder.
import { occasionsOf } from '../../model/index.js';
import { str } from '../util.js';
import type { LocalRule } from '../../core/types.js';

const rule: LocalRule = {
  meta: {
    id: 'egenkontroll/missing-action',
    description: { sv: 'En egenkontroll med brister saknar åtgärd', en: 'A self-inspection with shortcomings has no action' },
    defaultSeverity: 'error',
  },
  scope: 'local',
  run(ctx) {
    if (ctx.doc.typ !== 'egenkontroll') return;
    for (const occasion of occasionsOf(ctx.doc)) {
      if (!occasion.missingAction) continue;
      const o = occasion.data;
      ctx.report({
        at: occasion.path,
        message: {
          sv: `Egenkontrollen ${str(o.datum) ?? ''} visade brister men har ingen åtgärd`,
          en: `The self-inspection ${str(o.datum) ?? ''} found shortcomings but has no action`,
        },
        hint: { sv: 'Lägg till åtgärder: med beskrivning, ansvarig, klart_senast och status.', en: 'Add åtgärder: with beskrivning, ansvarig, klart_senast and status.' },
      });
    }
  },
};
export default rule;
