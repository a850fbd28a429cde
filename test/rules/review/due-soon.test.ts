/**
 * review/due-soon: `revideras` of a fastställd governing document within `revision.varna_dagar`
 * (warning), so the owner can plan the review (3:2).
 */
import { describe, expect, it } from 'vitest';
import { config, doc, lineOf, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'review/due-soon';
const F = 'ledningssystem/RUT-001.md';
const text = (revideras: string, extra: Record<string, unknown> = {}): string =>
  doc(rutin('RUT-001', { fastställd: '2026-01-10', revideras, ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('warns exactly at varna_dagar (60 by default) and not one day further out', async () => {
    // 2026-11-25 + 60 days = 2027-01-24.
    const at = text('2027-01-24');
    const diags = await check({ [F]: at });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(at, 'revideras:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(pairs(await check({ [F]: text('2027-01-25') }), RULE)).toEqual([]);
  });

  it('uses revision.varna_dagar from lsys.yaml', async () => {
    const cfg = config('revision: { varna_dagar: 30 }\n');
    expect(pairs(await check({ [F]: text('2026-12-25') }, {}, cfg), RULE)).toEqual([`${F}:${lineOf(text('2026-12-25'), 'revideras:')}`]);
    expect(pairs(await check({ [F]: text('2026-12-26') }, {}, cfg), RULE)).toEqual([]);
  });

  it('warns on the review day itself (0 days left) but not once it is overdue', async () => {
    const onTheDay = await check({ [F]: text('2026-11-25') });
    expect(pairs(onTheDay, RULE)).toEqual([`${F}:${lineOf(text('2026-11-25'), 'revideras:')}`]);
    expect(onTheDay.find((d) => d.rule === RULE)?.message).toMatch(/senast 2026-11-25, i dag/);
    const overdue = await check({ [F]: text('2026-11-24') });
    expect(pairs(overdue, RULE)).toEqual([]);
    expect(pairs(overdue, 'review/overdue')).toHaveLength(1);
  });

  it('ignores drafts and withdrawn documents', async () => {
    const diags = await check({
      [F]: text('2026-12-01', { status: 'utkast' }),
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { fastställd: '2026-01-10', revideras: '2026-12-01', status: 'upphävd' }), RUTIN_BODY),
    });
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('says when and who in Swedish, and in English with lang en', async () => {
    expect(messages(await check({ [F]: text('2026-12-20') }), RULE)).toEqual([
      'Dokumentet ska revideras senast 2026-12-20, om 25 dagar (ägare: enhetschef)',
    ]);
    expect(messages(await check({ [F]: text('2026-11-26') }, { lang: 'en' }), RULE)).toEqual([
      'The document is due for review by 2026-11-26, in 1 day (owner: enhetschef)',
    ]);
  });
});
