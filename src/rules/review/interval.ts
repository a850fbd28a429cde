// Warns when `revideras` is more than `revision.max_månader` after `fastställd`: a review
// interval longer than the organisation allows (the seeds: at least once a year).
// Bad (max 12): `fastställd: 2026-01-10`, `revideras: 2027-06-30`.
import type { DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'review/interval',
    description: { sv: 'Revisionsintervallet är längre än tillåtet', en: 'The review interval is longer than allowed' },
    defaultSeverity: 'warning',
  },
  scope: 'document',
  run(ctx) {
    // A withdrawn document is never reviewed again; drafts are checked so the warning comes early.
    const review = ctx.model.reviewOf(ctx.doc);
    if (!review?.intervalTooLong) return;
    const fastställd = review.fastställd!;
    const revideras = review.revideras!;
    const latest = review.latestAllowed!;
    const max = ctx.config.revision.max_månader;
    ctx.report({
      at: ['revideras'],
      message: {
        sv: `Revisionsdatum ${revideras} ligger mer än ${max} ${max === 1 ? 'månad' : 'månader'} efter fastställelsen ${fastställd}`,
        en: `Review date ${revideras} is more than ${max} ${max === 1 ? 'month' : 'months'} after approval on ${fastställd}`,
      },
      hint: { sv: `Sätt revideras till ${latest} eller tidigare.`, en: `Set revideras to ${latest} or earlier.` },
    });
  },
};
export default rule;
