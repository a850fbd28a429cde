// Warns about an åtgärd (in a riskanalys or an egenkontroll) past `klart_senast` that is not
// `klar`. Serves 5:7 (take the measures needed) and 5:8 (follow them up).
// Bad: `klart_senast: 2026-06-30`, `status: pågår` when today is 2026-11-25.
import { q } from '../../core/i18n.js';
import { status, type DomainModel } from '../../model/index.js';
import { str } from '../util.js';
import type { DocumentRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  overdue: {
    sv: 'Åtgärden {beskrivning} skulle vara klar {due} men har status {status} (ansvarig: {ansvarig})',
    en: 'The action {beskrivning} was due {due} but has status {status} (responsible: {ansvarig})',
  },
  completeHint: {
    sv: 'Slutför åtgärden (status: klar, klar_datum), eller besluta om ett nytt datum.',
    en: 'Complete the action (status: klar, klar_datum), or decide on a new date.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'action/overdue',
    description: {
      sv: 'En åtgärd har passerat sitt klart-senast-datum utan att vara klar',
      en: 'An action is past its due date and not done',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    if (status(ctx.doc) === 'upphävd') return;
    for (const late of ctx.model.actionsOf(ctx.doc)) {
      if (!late.late) continue;
      const { data: action, path } = late;
      const due = late.klartSenast!;
      ctx.report({
        at: [...path, 'klart_senast'],
        messageId: 'overdue',
        hintId: 'completeHint',
        data: {
          beskrivning: q(str(action.beskrivning) ?? '?'),
          due,
          status: str(action.status) ?? '?',
          ansvarig: str(action.ansvarig) ?? '?',
        },
      });
    }
  },
};
export default rule;
