// Warns when an egenkontroll is not performed as often as its `frekvens` says: the last
// `genomförda` date (or `fastställd`, when none) plus one frekvens is before today (5:2).
// Bad: frekvens kvartal, last genomförd 2026-03-15, today 2026-11-25 (due 2026-06-15).
import { status, type DomainModel } from '../../model/index.js';
import { str } from '../util.js';
import type { DocumentRule } from '../../core/types.js';
import { format, type Catalogue } from '../../core/messages.js';

const messages = {
  due: {
    sv: 'Egenkontrollen skulle ha genomförts senast {due} (frekvens {frekvens}, {from})',
    en: 'The self-inspection was due by {due} (frekvens {frekvens}, {from})',
  },
  lastPerformed: { sv: 'senast genomförd {last}', en: 'last performed {last}' },
  noneSinceApproval: { sv: 'ingen genomförd sedan fastställelsen {last}', en: 'none performed since approval on {last}' },
  performHint: {
    sv: 'Genomför kontrollen och lägg till den under genomförda, eller ändra frekvensen. Ansvarig: {ansvarig}.',
    en: 'Perform the inspection and add it under genomförda, or change the frekvens. Responsible: {ansvarig}.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'egenkontroll/overdue',
    description: {
      sv: 'En egenkontroll har inte genomförts så ofta som planerat',
      en: 'A self-inspection has not been performed as often as planned',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    if (ctx.doc.typ !== 'egenkontroll' || status(ctx.doc) !== 'fastställd') return;
    const d = ctx.doc.data!;
    const plan = ctx.model.selfInspectionOf(ctx.doc);
    if (!plan?.overdue || !plan.basis) return;
    const frekvens = plan.frekvens!;
    const due = plan.nextDue!;
    const last = plan.basis.date;
    const dates = plan.performed;
    const from = format(dates.length ? messages.lastPerformed : messages.noneSinceApproval, { last });
    ctx.report({
      at: dates.length ? ['genomförda'] : ['frekvens'],
      messageId: 'due',
      hintId: 'performHint',
      data: { due, frekvens, from, ansvarig: str(d.ansvarig) ?? '?' },
    });
  },
};
export default rule;
