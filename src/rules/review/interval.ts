// Warns when `revideras` is more than `revision.max_månader` after `fastställd`: a review
// interval longer than the organisation allows (the seeds: at least once a year).
// Bad (max 12): `fastställd: 2026-01-10`, `revideras: 2027-06-30`.
import { addMonths, isDate } from '../../core/dates.js';
import { isStyrande, status, str } from '../util.js';
import type { DocumentRule } from '../../core/types.js';

const rule: DocumentRule = {
  meta: {
    id: 'review/interval',
    description: { sv: 'Revisionsintervallet är längre än tillåtet', en: 'The review interval is longer than allowed' },
    defaultSeverity: 'warning',
  },
  scope: 'document',
  run(ctx) {
    const d = ctx.doc.data!;
    const fastställd = str(d.fastställd);
    const revideras = str(d.revideras);
    // A withdrawn document is never reviewed again; drafts are checked so the warning comes early.
    if (!isStyrande(ctx.doc) || status(ctx.doc) === 'upphävd' || !isDate(fastställd) || !isDate(revideras)) return;
    const max = ctx.config.revision.max_månader;
    const latest = addMonths(fastställd, max);
    if (revideras <= latest) return;
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
