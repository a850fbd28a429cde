// Warns when a fastställd governing document's `revideras` falls within `revision.varna_dagar`
// so the owner can plan the review before it is overdue (3:2).
// Bad (with varna_dagar 60): `revideras: 2026-12-20` when today is 2026-11-25.
import type { DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';
import { format, type Catalogue } from '../../core/messages.js';

const messages = {
  dueSoon: {
    sv: 'Dokumentet ska revideras senast {revideras}, {when}{owner}',
    en: 'The document is due for review by {revideras}, {when}{owner}',
  },
  today: { sv: 'i dag', en: 'today' },
  inOneDay: { sv: 'om {days} dag', en: 'in {days} day' },
  inDays: { sv: 'om {days} dagar', en: 'in {days} days' },
  owner: { sv: ' (ägare: {owner})', en: ' (owner: {owner})' },
  planHint: { sv: 'Planera revisionen med dokumentägaren.', en: 'Plan the review with the document owner.' },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'review/due-soon',
    description: { sv: 'Revisionsdatumet infaller snart', en: 'The review date is near' },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    const review = ctx.model.reviewOf(ctx.doc);
    if (!review?.dueSoon) return;
    const revideras = review.revideras!;
    const days = review.daysLeft!;
    const owner = review.ägare;
    ctx.report({
      at: ['revideras'],
      messageId: 'dueSoon',
      hintId: 'planHint',
      data: {
        revideras,
        when: format(days === 0 ? messages.today : days === 1 ? messages.inOneDay : messages.inDays, { days }),
        owner: owner ? format(messages.owner, { owner }) : '',
      },
    });
  },
};
export default rule;
