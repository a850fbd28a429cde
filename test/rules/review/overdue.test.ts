/**
 * review/overdue: a fastställd governing document whose `revideras` is before today (error).
 * Serves 3:2 and 4:4 (routines are kept current).
 */
import { config, doc, riskanalysDoc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'review/overdue';
const F = 'ledningssystem/RUT-001.md';
const text = (extra: Record<string, unknown> = {}): string => doc(rutin('RUT-001', { revideras: '2026-03-01', ...extra }), RUTIN_BODY);
const bad = text();
const line = at(bad, 'revideras:').line;
const ra = riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 1, konsekvens: 1 }], {
  datum: '2024-01-10',
  fastställd: '2024-01-15',
});

ruleTester(RULE, {
  valid: [
    { name: 'is silent on the review day itself', files: { [F]: bad }, options: { today: '2026-03-01' } },
    {
      name: 'ignores drafts and withdrawn documents with a past revideras',
      files: {
        'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { status: 'utkast', revideras: '2026-03-01' }), RUTIN_BODY),
        'ledningssystem/RUT-003.md': doc(rutin('RUT-003', { status: 'upphävd', revideras: '2026-03-01' }), RUTIN_BODY),
      },
    },
    { name: 'never calls a record document (riskanalys) overdue', files: { 'ledningssystem/RA-001.md': doc(ra) } },
    { name: 'follows regler: off in lsys.yaml', files: { [F]: bad }, config: config('', { [RULE]: 'off' }) },
  ],
  invalid: [
    {
      name: 'flags revideras before today at the revideras key, and not a document reviewed in time',
      files: { [F]: bad, 'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY) },
      errors: [{ file: F, line, severity: 'error' }],
    },
    { name: 'fires the day after the review day', files: { [F]: bad }, options: { today: '2026-03-02' }, errors: [{ file: F, line }] },
    {
      name: 'says what was found in Swedish',
      files: { [F]: bad },
      errors: [{ file: F, line, message: 'Revisionsdatum 2026-03-01 har passerat (fastställd 2026-09-01, ägare: enhetschef)' }],
    },
    {
      name: 'says what was found in English with lang en',
      files: { [F]: bad },
      options: { lang: 'en' },
      errors: [{ file: F, line, message: 'Review date 2026-03-01 has passed (approved 2026-09-01, owner: enhetschef)' }],
    },
    {
      name: 'follows regler in lsys.yaml (warning)',
      files: { [F]: bad },
      config: config('', { [RULE]: 'warning' }),
      errors: [{ file: F, line, severity: 'warning' }],
    },
    {
      name: '--rule wins over lsys.yaml',
      files: { [F]: bad },
      config: config('', { [RULE]: 'off' }),
      options: { ruleOverrides: { [RULE]: 'error' } },
      errors: [{ file: F, line, severity: 'error' }],
    },
  ],
});

// A fastställd document without its fastställd date (reported by the schema) whose revideras
// has passed: the warning still comes, with ? for the approval date.
const noDate = doc(rutin('RUT-001', { process: undefined, fastställd: undefined, revideras: '2026-11-01' }), RUTIN_BODY);
ruleTester('review/overdue', {
  invalid: [
    {
      name: 'says ? for a missing approval date',
      files: { 'ledningssystem/RUT-001.md': noDate },
      errors: [
        {
          file: 'ledningssystem/RUT-001.md',
          ...at(noDate, 'revideras:'),
          message: 'Revisionsdatum 2026-11-01 har passerat (fastställd ?, ägare: enhetschef)',
        },
      ],
    },
    {
      name: 'says ? for a missing approval date, in English',
      files: { 'ledningssystem/RUT-001.md': noDate },
      options: { lang: 'en' },
      errors: [
        {
          file: 'ledningssystem/RUT-001.md',
          ...at(noDate, 'revideras:'),
          message: 'Review date 2026-11-01 has passed (approved ?, owner: enhetschef)',
        },
      ],
    },
  ],
});
