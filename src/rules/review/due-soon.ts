// Warns when a fastställd governing document's `revideras` falls within `revision.varna_dagar`
// so the owner can plan the review before it is overdue (3:2).
// Bad (with varna_dagar 60): `revideras: 2026-12-20` when today is 2026-11-25.
import type { DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'review/due-soon',
    description: { sv: 'Revisionsdatumet infaller snart', en: 'The review date is near' },
    defaultSeverity: 'warning',
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
      message: {
        sv: `Dokumentet ska revideras senast ${revideras}, ${days === 0 ? 'i dag' : `om ${days} ${days === 1 ? 'dag' : 'dagar'}`}${owner ? ` (ägare: ${owner})` : ''}`,
        en: `The document is due for review by ${revideras}, ${days === 0 ? 'today' : `in ${days} ${days === 1 ? 'day' : 'days'}`}${owner ? ` (owner: ${owner})` : ''}`,
      },
      hint: { sv: 'Planera revisionen med dokumentägaren.', en: 'Plan the review with the document owner.' },
    });
  },
};
export default rule;
