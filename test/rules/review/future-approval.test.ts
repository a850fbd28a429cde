/**
 * review/future-approval: `fastställd` after today (error): an approval that has not happened
 * is a draft (7:1, the record must be true).
 */
import { describe, expect, it } from 'vitest';
import { doc, lineOf, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'review/future-approval';
const F = 'ledningssystem/RUT-001.md';
const text = (fastställd: string, extra: Record<string, unknown> = {}): string =>
  doc(rutin('RUT-001', { fastställd, revideras: '2027-08-31', ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('allows approval today and flags approval tomorrow at the fastställd key', async () => {
    expect(pairs(await check({ [F]: text('2026-11-25') }), RULE)).toEqual([]);
    const bad = text('2026-11-26');
    const diags = await check({ [F]: bad });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(bad, 'fastställd:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('lets a draft carry its planned approval date (the hint says to keep status utkast)', async () => {
    expect(pairs(await check({ [F]: text('2027-01-15', { status: 'utkast' }) }), RULE)).toEqual([]);
  });

  it('says what was found in Swedish and in English', async () => {
    expect(messages(await check({ [F]: text('2027-01-15') }), RULE)).toEqual(['Fastställd 2027-01-15 ligger efter dagens datum 2026-11-25']);
    expect(messages(await check({ [F]: text('2027-01-15') }, { lang: 'en' }), RULE)).toEqual(['Approved 2027-01-15 is after today’s date 2026-11-25']);
  });
});
