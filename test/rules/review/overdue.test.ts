/**
 * review/overdue: a fastställd governing document whose `revideras` is before today (error).
 * Serves 3:2 and 4:4 (routines are kept current).
 */
import { describe, expect, it } from 'vitest';
import { config, doc, lineOf, messages, pairs, riskanalysDoc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'review/overdue';
const F = 'ledningssystem/RUT-001.md';
const text = (extra: Record<string, unknown> = {}): string => doc(rutin('RUT-001', { revideras: '2026-03-01', ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('flags revideras before today at the revideras key, and not a document reviewed in time', async () => {
    const bad = text();
    const diags = await check({ [F]: bad, 'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY) });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(bad, 'revideras:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('is silent on the review day itself and fires the day after', async () => {
    const t = text();
    expect(pairs(await check({ [F]: t }, { today: '2026-03-01' }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: t }, { today: '2026-03-02' }), RULE)).toEqual([`${F}:${lineOf(t, 'revideras:')}`]);
  });

  it('ignores drafts and withdrawn documents with a past revideras', async () => {
    const diags = await check({
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { status: 'utkast', revideras: '2026-03-01' }), RUTIN_BODY),
      'ledningssystem/RUT-003.md': doc(rutin('RUT-003', { status: 'upphävd', revideras: '2026-03-01' }), RUTIN_BODY),
    });
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('never calls a record document (riskanalys) overdue', async () => {
    const ra = riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 1, konsekvens: 1 }], { datum: '2024-01-10', fastställd: '2024-01-15' });
    expect(pairs(await check({ 'ledningssystem/RA-001.md': doc(ra) }), RULE)).toEqual([]);
  });

  it('says what was found in Swedish, and in English with lang en', async () => {
    expect(messages(await check({ [F]: text() }), RULE)).toEqual([
      'Revisionsdatum 2026-03-01 har passerat (fastställd 2026-09-01, ägare: enhetschef)',
    ]);
    expect(messages(await check({ [F]: text() }, { lang: 'en' }), RULE)).toEqual([
      'Review date 2026-03-01 has passed (approved 2026-09-01, owner: enhetschef)',
    ]);
  });

  it('follows regler in lsys.yaml and --rule (which wins)', async () => {
    const files = { [F]: text() };
    const asWarning = await check(files, {}, config('', { [RULE]: 'warning' }));
    expect(asWarning.filter((d) => d.rule === RULE).map((d) => d.severity)).toEqual(['warning']);
    expect(pairs(await check(files, {}, config('', { [RULE]: 'off' })), RULE)).toEqual([]);
    const cli = await check(files, { ruleOverrides: { [RULE]: 'error' } }, config('', { [RULE]: 'off' }));
    expect(cli.filter((d) => d.rule === RULE).map((d) => d.severity)).toEqual(['error']);
  });
});
