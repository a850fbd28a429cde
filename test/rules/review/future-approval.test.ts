/**
 * review/future-approval: `fastställd` after today (error): an approval that has not happened
 * is a draft (7:1, the record must be true).
 */
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'review/future-approval';
const F = 'ledningssystem/RUT-001.md';
const text = (fastställd: string, extra: Record<string, unknown> = {}): string =>
  doc(rutin('RUT-001', { fastställd, revideras: '2027-08-31', ...extra }), RUTIN_BODY);
const tomorrow = text('2026-11-26');
const later = text('2027-01-15');

ruleTester(RULE, {
  valid: [
    { name: 'allows approval today', files: { [F]: text('2026-11-25') } },
    {
      name: 'lets a draft carry its planned approval date (the hint says to keep status utkast)',
      files: { [F]: text('2027-01-15', { status: 'utkast' }) },
    },
  ],
  invalid: [
    {
      name: 'flags approval tomorrow at the fastställd key',
      files: { [F]: tomorrow },
      errors: [{ file: F, line: at(tomorrow, 'fastställd:').line, severity: 'error' }],
    },
    {
      name: 'says what was found in Swedish',
      files: { [F]: later },
      errors: [{ file: F, line: at(later, 'fastställd:').line, message: 'Fastställd 2027-01-15 ligger efter dagens datum 2026-11-25' }],
    },
    {
      name: 'says what was found in English',
      files: { [F]: later },
      options: { lang: 'en' },
      errors: [{ file: F, line: at(later, 'fastställd:').line, message: 'Approved 2027-01-15 is after today’s date 2026-11-25' }],
    },
  ],
});
