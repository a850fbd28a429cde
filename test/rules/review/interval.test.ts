/**
 * review/interval: `revideras` more than `revision.max_månader` after `fastställd` (warning):
 * a review interval longer than the organisation allows.
 */
import { describe, expect, it } from 'vitest';
import { config, doc, lineOf, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'review/interval';
const F = 'ledningssystem/RUT-001.md';
const text = (fastställd: string, revideras: string, extra: Record<string, unknown> = {}): string =>
  doc(rutin('RUT-001', { fastställd, revideras, ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('allows exactly max_månader (12) and warns one day later, at the revideras key', async () => {
    expect(pairs(await check({ [F]: text('2026-06-15', '2027-06-15') }), RULE)).toEqual([]);
    const bad = text('2026-06-15', '2027-06-16');
    const diags = await check({ [F]: bad });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(bad, 'revideras:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
  });

  it('clamps at month end: 2024-02-29 + 12 months is 2025-02-28', async () => {
    expect(pairs(await check({ [F]: text('2024-02-29', '2025-02-28') }, { today: '2024-06-01' }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: text('2024-02-29', '2025-03-01') }, { today: '2024-06-01' }), RULE)).toHaveLength(1);
  });

  it('clamps at month end with max_månader 1: 2026-01-31 → 2026-02-28', async () => {
    const cfg = config('revision: { max_månader: 1 }\n');
    expect(pairs(await check({ [F]: text('2026-01-31', '2026-02-28') }, { today: '2026-02-01' }, cfg), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: text('2026-01-31', '2026-03-01') }, { today: '2026-02-01' }, cfg), RULE)).toHaveLength(1);
  });

  it('uses revision.max_månader from lsys.yaml', async () => {
    const cfg = config('revision: { max_månader: 24 }\n');
    expect(pairs(await check({ [F]: text('2026-06-15', '2028-06-15') }, {}, cfg), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: text('2026-06-15', '2028-06-16') }, {}, cfg), RULE)).toHaveLength(1);
  });

  it('does not judge a withdrawn document, whose review no longer matters', async () => {
    expect(pairs(await check({ [F]: text('2026-06-15', '2028-06-16', { status: 'upphävd' }) }), RULE)).toEqual([]);
  });

  it('names the dates and the latest allowed date in Swedish and English', async () => {
    const files = { [F]: text('2026-01-10', '2027-06-30') };
    const sv = (await check(files)).find((d) => d.rule === RULE);
    expect(sv?.message).toBe('Revisionsdatum 2027-06-30 ligger mer än 12 månader efter fastställelsen 2026-01-10');
    expect(sv?.hint).toBe('Sätt revideras till 2027-01-10 eller tidigare.');
    expect(messages(await check(files, { lang: 'en' }), RULE)).toEqual([
      'Review date 2027-06-30 is more than 12 months after approval on 2026-01-10',
    ]);
  });
});
