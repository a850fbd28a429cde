// Checks that no fastställd governing document is past its `revideras` date.
// Serves 3:2 and 4:4: routines are kept current; the seeds say each is reviewed at least yearly.
// Bad: `revideras: 2025-03-01` on a fastställd rutin when today is 2026-11-25.
import { isDate } from '../../core/dates.js';
import { isStyrande, status, str } from '../util.js';
import type { DocumentRule } from '../../core/types.js';

const rule: DocumentRule = {
  meta: {
    id: 'review/overdue',
    description: { sv: 'Ett fastställt styrande dokument har passerat sitt revisionsdatum', en: 'An approved governing document is past its review date' },
    defaultSeverity: 'error',
  },
  scope: 'document',
  run(ctx) {
    const d = ctx.doc.data!;
    const revideras = str(d.revideras);
    if (!isStyrande(ctx.doc) || status(ctx.doc) !== 'fastställd' || !isDate(revideras)) return;
    if (revideras >= ctx.today) return;
    const owner = str(d.ägare);
    ctx.report({
      at: ['revideras'],
      message: {
        sv: `Revisionsdatum ${revideras} har passerat (fastställd ${str(d.fastställd) ?? '?'}${owner ? `, ägare: ${owner}` : ''})`,
        en: `Review date ${revideras} has passed (approved ${str(d.fastställd) ?? '?'}${owner ? `, owner: ${owner}` : ''})`,
      },
      hint: {
        sv: 'Gå igenom dokumentet, höj version, och ange nya datum för fastställd och revideras.',
        en: 'Review the document, raise the version, and set new fastställd and revideras dates.',
      },
    });
  },
};
export default rule;
