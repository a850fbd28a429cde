/**
 * review/due-soon: `revideras` of a fastställd governing document within `revision.varna_dagar`
 * (warning), so the owner can plan the review (3:2).
 */
import { describe, expect, it } from 'vitest';
import { config, doc, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, check, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'review/due-soon';
const F = 'ledningssystem/RUT-001.md';
const text = (revideras: string, extra: Record<string, unknown> = {}): string =>
  doc(rutin('RUT-001', { fastställd: '2026-01-10', revideras, ...extra }), RUTIN_BODY);
const line = at(text('2027-01-24'), 'revideras:').line;
const cfg30 = config('revision: { varna_dagar: 30 }\n');

ruleTester(RULE, {
  valid: [
    { name: 'not one day further out than varna_dagar (60 by default)', files: { [F]: text('2027-01-25') } },
    { name: 'not one day further out than revision.varna_dagar from lsys.yaml', files: { [F]: text('2026-12-26') }, config: cfg30 },
    { name: 'not once it is overdue', files: { [F]: text('2026-11-24') } },
    {
      name: 'ignores drafts and withdrawn documents',
      files: {
        [F]: text('2026-12-01', { status: 'utkast' }),
        'ledningssystem/RUT-002.md': doc(
          rutin('RUT-002', { fastställd: '2026-01-10', revideras: '2026-12-01', status: 'upphävd' }),
          RUTIN_BODY,
        ),
      },
    },
  ],
  invalid: [
    // 2026-11-25 + 60 days = 2027-01-24.
    {
      name: 'warns exactly at varna_dagar (60 by default)',
      files: { [F]: text('2027-01-24') },
      errors: [{ file: F, line, severity: 'warning' }],
    },
    { name: 'uses revision.varna_dagar from lsys.yaml', files: { [F]: text('2026-12-25') }, config: cfg30, errors: [{ file: F, line }] },
    {
      name: 'warns on the review day itself (0 days left)',
      files: { [F]: text('2026-11-25') },
      errors: [{ file: F, line, message: /senast 2026-11-25, i dag/ }],
    },
    {
      name: 'says when and who in Swedish',
      files: { [F]: text('2026-12-20') },
      errors: [{ file: F, line, message: 'Dokumentet ska revideras senast 2026-12-20, om 25 dagar (ägare: enhetschef)' }],
    },
    {
      name: 'says when and who in English with lang en',
      files: { [F]: text('2026-11-26') },
      options: { lang: 'en' },
      errors: [{ file: F, line, message: 'The document is due for review by 2026-11-26, in 1 day (owner: enhetschef)' }],
    },
  ],
});

describe(RULE, () => {
  it('leaves an overdue document to review/overdue', async () => {
    expect(pairs(await check({ [F]: text('2026-11-24') }), 'review/overdue')).toHaveLength(1);
  });
});

// Without ägare (reported by the schema) the reminder names no owner.
const ownerless = doc(rutin('RUT-001', { process: undefined, ägare: undefined, revideras: '2026-12-10' }), RUTIN_BODY);
ruleTester('review/due-soon', {
  invalid: [
    {
      name: 'names no owner when ägare is missing',
      files: { 'ledningssystem/RUT-001.md': ownerless },
      errors: [
        {
          file: 'ledningssystem/RUT-001.md',
          ...at(ownerless, 'revideras:'),
          message: 'Dokumentet ska revideras senast 2026-12-10, om 15 dagar',
        },
      ],
    },
  ],
});
