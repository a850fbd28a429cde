/**
 * egenkontroll/overdue: the last `genomförda` date (or `fastställd`, if none) plus one
 * `frekvens` is before today (warning). Calendar arithmetic: kvartal from 2026-03-15 is due
 * 2026-06-15. Serves 5:2.
 */
import { describe, expect, it } from 'vitest';
import { doc, egenkontrollDoc, lineOf, messages, pairs } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'egenkontroll/overdue';
const F = 'ledningssystem/EK-001.md';
const ek = (extra: Record<string, unknown>): string => doc(egenkontrollDoc('EK-001', { fastställd: '2026-01-10', revideras: '2026-12-31', ...extra }));
const done = (...dates: string[]) => ({ genomförda: dates.map((datum) => ({ datum, resultat: 'utan_anmärkning' })) });

describe(RULE, () => {
  it('kvartal from 2026-03-15 is due 2026-06-15: silent on the day, warns the day after at genomförda', async () => {
    const t = ek(done('2026-03-15'));
    expect(pairs(await check({ [F]: t }, { today: '2026-06-15' }), RULE)).toEqual([]);
    const diags = await check({ [F]: t }, { today: '2026-06-16' });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(t, 'genomförda:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
  });

  it('clamps at month end: månad from 2026-01-31 is due 2026-02-28', async () => {
    const t = ek({ frekvens: 'månad', ...done('2026-01-31') });
    expect(pairs(await check({ [F]: t }, { today: '2026-02-28' }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: t }, { today: '2026-03-01' }), RULE)).toHaveLength(1);
  });

  it('counts from fastställd when nothing is performed, reported at frekvens', async () => {
    const t = ek({ frekvens: 'halvår' }); // fastställd 2026-01-10 → due 2026-07-10
    expect(pairs(await check({ [F]: t }, { today: '2026-07-10' }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: t }, { today: '2026-07-11' }), RULE)).toEqual([`${F}:${lineOf(t, 'frekvens:')}`]);
  });

  it('uses the latest date, whatever the order of the list', async () => {
    const t = ek(done('2026-09-01', '2026-03-15'));
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]); // due 2026-12-01
    expect(pairs(await check({ [F]: ek(done('2026-03-15', '2026-08-01')) }), RULE)).toHaveLength(1); // due 2026-11-01
  });

  it('covers vecka and år, and ignores drafts', async () => {
    expect(pairs(await check({ [F]: ek({ frekvens: 'vecka', ...done('2026-11-18') }) }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: ek({ frekvens: 'vecka', ...done('2026-11-17') }) }), RULE)).toHaveLength(1);
    expect(pairs(await check({ [F]: ek({ frekvens: 'år', ...done('2025-11-25') }) }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: ek({ frekvens: 'år', ...done('2025-11-24') }) }), RULE)).toHaveLength(1);
    expect(pairs(await check({ [F]: ek({ status: 'utkast', ...done('2025-01-01') }) }), RULE)).toEqual([]);
  });

  it('says when it was due in Swedish and English', async () => {
    const files = { [F]: ek(done('2026-03-15')) };
    expect(messages(await check(files), RULE)).toEqual(['Egenkontrollen skulle ha genomförts senast 2026-06-15 (frekvens kvartal, senast genomförd 2026-03-15)']);
    expect(messages(await check(files, { lang: 'en' }), RULE)).toEqual(['The self-inspection was due by 2026-06-15 (frekvens kvartal, last performed 2026-03-15)']);
    expect(messages(await check({ [F]: ek({}) }), RULE)).toEqual(['Egenkontrollen skulle ha genomförts senast 2026-04-10 (frekvens kvartal, ingen genomförd sedan fastställelsen 2026-01-10)']);
  });
});
