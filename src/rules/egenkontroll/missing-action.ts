// Checks that every performed egenkontroll with `resultat: brister` has at least one åtgärd.
// Serves 5:2 and 5:7: shortcomings found in self-inspection lead to measures.
// Bad: `- { datum: 2026-05-04, resultat: brister }` with no åtgärder.
import { occasionsOf } from '../../model/index.js';
import { str } from '../util.js';
import type { LocalRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  noAction: {
    sv: 'Egenkontrollen {datum} visade brister men har ingen åtgärd',
    en: 'The self-inspection {datum} found shortcomings but has no action',
  },
  noActionUndated: {
    sv: 'Egenkontrollen visade brister men har ingen åtgärd',
    en: 'The self-inspection found shortcomings but has no action',
  },
  addActionsHint: {
    sv: 'Lägg till åtgärder: med beskrivning, ansvarig, klart_senast och status.',
    en: 'Add åtgärder: with beskrivning, ansvarig, klart_senast and status.',
  },
} as const satisfies Catalogue;

const rule: LocalRule = {
  meta: {
    id: 'egenkontroll/missing-action',
    description: { sv: 'En egenkontroll med brister saknar åtgärd', en: 'A self-inspection with shortcomings has no action' },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'local',
  run(ctx) {
    if (ctx.doc.typ !== 'egenkontroll') return;
    for (const occasion of occasionsOf(ctx.doc)) {
      if (!occasion.missingAction) continue;
      const o = occasion.data;
      ctx.report({
        at: occasion.path,
        hintId: 'addActionsHint',
        // Without a datum (the schema reports that too) the sentence names no date.
        ...(str(o.datum) ? { messageId: 'noAction', data: { datum: str(o.datum) } } : { messageId: 'noActionUndated' }),
      });
    }
  },
};
export default rule;
