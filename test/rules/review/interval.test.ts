/**
 * review/interval: `revideras` more than `revision.max_månader` after `fastställd` (warning):
 * a review interval longer than the organisation allows.
 */
import { config, doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'review/interval';
const F = 'ledningssystem/RUT-001.md';
const text = (fastställd: string, revideras: string, extra: Record<string, unknown> = {}): string =>
  doc(rutin('RUT-001', { fastställd, revideras, ...extra }), RUTIN_BODY);
const line = at(text('2026-06-15', '2027-06-16'), 'revideras:').line;
const one = config('revision: { max_månader: 1 }\n');
const two = config('revision: { max_månader: 24 }\n');

ruleTester(RULE, {
  valid: [
    { name: 'allows exactly max_månader (12)', files: { [F]: text('2026-06-15', '2027-06-15') } },
    {
      name: 'clamps at month end: 2024-02-29 + 12 months is 2025-02-28',
      files: { [F]: text('2024-02-29', '2025-02-28') },
      options: { today: '2024-06-01' },
    },
    {
      name: 'clamps at month end with max_månader 1: 2026-01-31 → 2026-02-28',
      files: { [F]: text('2026-01-31', '2026-02-28') },
      options: { today: '2026-02-01' },
      config: one,
    },
    { name: 'uses revision.max_månader from lsys.yaml (exactly 24)', files: { [F]: text('2026-06-15', '2028-06-15') }, config: two },
    {
      name: 'does not judge a withdrawn document, whose review no longer matters',
      files: { [F]: text('2026-06-15', '2028-06-16', { status: 'upphävd' }) },
    },
  ],
  invalid: [
    {
      name: 'warns one day after max_månader, at the revideras key',
      files: { [F]: text('2026-06-15', '2027-06-16') },
      errors: [{ file: F, line, severity: 'warning' }],
    },
    {
      name: 'one day after 2025-02-28 (clamped) is too late',
      files: { [F]: text('2024-02-29', '2025-03-01') },
      options: { today: '2024-06-01' },
      errors: [{ file: F, line }],
    },
    {
      name: 'one day after 2026-02-28 (clamped, max_månader 1) is too late',
      files: { [F]: text('2026-01-31', '2026-03-01') },
      options: { today: '2026-02-01' },
      config: one,
      errors: [{ file: F, line }],
    },
    {
      name: 'uses revision.max_månader from lsys.yaml (one day over 24)',
      files: { [F]: text('2026-06-15', '2028-06-16') },
      config: two,
      errors: [{ file: F, line }],
    },
    {
      name: 'names the dates and the latest allowed date in Swedish',
      files: { [F]: text('2026-01-10', '2027-06-30') },
      errors: [
        {
          file: F,
          line,
          message: 'Revisionsdatum 2027-06-30 ligger mer än 12 månader efter fastställelsen 2026-01-10',
          hint: 'Sätt revideras till 2027-01-10 eller tidigare.',
        },
      ],
    },
    {
      name: 'names the dates in English',
      files: { [F]: text('2026-01-10', '2027-06-30') },
      options: { lang: 'en' },
      errors: [{ file: F, line, message: 'Review date 2027-06-30 is more than 12 months after approval on 2026-01-10' }],
    },
  ],
});
