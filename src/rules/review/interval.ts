// Warns when `revideras` is more than `revision.max_månader` after `fastställd`: a review
// interval longer than the organisation allows (the seeds: at least once a year).
// Bad (max 12): `fastställd: 2026-01-10`, `revideras: 2027-06-30`.
import type { DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  tooLateOneMonth: {
    sv: 'Revisionsdatum {revideras} ligger mer än {max} månad efter fastställelsen {fastställd}',
    en: 'Review date {revideras} is more than {max} month after approval on {fastställd}',
  },
  tooLate: {
    sv: 'Revisionsdatum {revideras} ligger mer än {max} månader efter fastställelsen {fastställd}',
    en: 'Review date {revideras} is more than {max} months after approval on {fastställd}',
  },
  setEarlierHint: { sv: 'Sätt revideras till {latest} eller tidigare.', en: 'Set revideras to {latest} or earlier.' },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'review/interval',
    description: { sv: 'Revisionsintervallet är längre än tillåtet', en: 'The review interval is longer than allowed' },
    defaultSeverity: 'warning',
    messages,
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
      messageId: max === 1 ? 'tooLateOneMonth' : 'tooLate',
      hintId: 'setEarlierHint',
      data: { revideras, max, fastställd, latest },
    });
  },
};
export default rule;
