// Checks that no document claims to be approved in the future (`fastställd` after today):
// an approval that has not happened yet is a draft (7:1: the record must be true).
// Bad: `fastställd: 2027-01-15` when today is 2026-11-25 (a draft may carry a planned date).
import { isDate } from '../../core/dates.js';
import { status } from '../../model/index.js';
import { str } from '../util.js';
import type { DocumentRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  future: { sv: 'Fastställd {fastställd} ligger efter dagens datum {today}', en: 'Approved {fastställd} is after today’s date {today}' },
  approvalDayHint: {
    sv: 'Ange dagen då dokumentet faktiskt fastställdes, eller sätt status: utkast tills dess.',
    en: 'Give the day the document was actually approved, or set status: utkast until then.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule = {
  meta: {
    id: 'review/future-approval',
    description: { sv: 'Fastställelsedatumet ligger i framtiden', en: 'The approval date is in the future' },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'document',
  run(ctx) {
    // A draft may carry its planned approval date: the hint below tells users to do just that.
    if (status(ctx.doc) === 'utkast') return;
    const fastställd = str(ctx.doc.data!.fastställd);
    if (!isDate(fastställd) || fastställd <= ctx.today) return;
    ctx.report({
      at: ['fastställd'],
      messageId: 'future',
      hintId: 'approvalDayHint',
      data: { fastställd, today: ctx.today },
    });
  },
};
export default rule;
