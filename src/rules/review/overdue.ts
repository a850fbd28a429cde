// Checks that no fastställd governing document is past its `revideras` date.
// Serves 3:2 and 4:4: routines are kept current; the seeds say each is reviewed at least yearly.
// Bad: `revideras: 2025-03-01` on a fastställd rutin when today is 2026-11-25.
import type { DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';
import { format, type Catalogue } from '../../core/messages.js';

const messages = {
  passed: {
    sv: 'Revisionsdatum {revideras} har passerat (fastställd {fastställd}{owner})',
    en: 'Review date {revideras} has passed (approved {fastställd}{owner})',
  },
  owner: { sv: ', ägare: {owner}', en: ', owner: {owner}' },
  reviewHint: {
    sv: 'Gå igenom dokumentet, höj version, och ange nya datum för fastställd och revideras.',
    en: 'Review the document, raise the version, and set new fastställd and revideras dates.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'review/overdue',
    description: {
      sv: 'Ett fastställt styrande dokument har passerat sitt revisionsdatum',
      en: 'An approved governing document is past its review date',
    },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'document',
  run(ctx) {
    const review = ctx.model.reviewOf(ctx.doc);
    if (!review?.overdue) return;
    const { revideras, ägare: owner } = review;
    ctx.report({
      at: ['revideras'],
      messageId: 'passed',
      hintId: 'reviewHint',
      data: { revideras, fastställd: review.fastställd ?? '?', owner: owner ? format(messages.owner, { owner }) : '' },
    });
  },
};
export default rule;
