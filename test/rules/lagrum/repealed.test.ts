/**
 * lagrum/repealed: a `lagrum` whose statute is repealed at today (warning), naming its
 * successor. A bare short name means the statute in force on the document's `fastställd`
 * (today for drafts): `SoL` is SoL 2001:453 before 2025-07-01 and SoL 2025:400 from then.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, lineIs, lineOf, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';

const RULE = 'lagrum/repealed';
const F = 'ledningssystem/RUT-001.md';
const text = (lagrum: string[], extra: Record<string, unknown> = {}): string => doc(rutin('RUT-001', { lagrum, ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('flags a bare SoL in a routine approved 2024-05-01 and names SoL 2025:400; not one approved 2026-01-10', async () => {
    const old = text(['PSL 3:10', 'SoL'], { fastställd: '2024-05-01', revideras: '2025-04-30' });
    const diags = await check({ [F]: old, 'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { lagrum: ['SoL'], fastställd: '2026-01-10' }), RUTIN_BODY) });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineIs(old, '- SoL')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(messages(diags, RULE)).toEqual([
      '”SoL” avser SoL 2001:453 (Socialtjänstlag), som upphävdes 2025-07-01; den ersätts av SoL 2025:400 (Socialtjänstlag)',
    ]);
  });

  it('resolves a draft’s bare name with today, not with a leftover fastställd date', async () => {
    const draft = text(['SoL'], { status: 'utkast', fastställd: '2024-05-01', revideras: undefined });
    expect(pairs(await check({ [F]: draft }), RULE)).toEqual([]);
  });

  it('leaves a withdrawn document alone: what it cited then is history', async () => {
    const t = text(['SOSFS 2005:12'], { status: 'upphävd' });
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
  });

  it('flags from the repeal date itself, not the day before', async () => {
    const t = text(['SoL'], { fastställd: '2024-05-01', revideras: '2025-04-30' });
    expect(pairs(await check({ [F]: t }, { today: '2025-06-30' }), RULE)).toEqual([]);
    expect(pairs(await check({ [F]: t }, { today: '2025-07-01' }), RULE)).toEqual([`${F}:${lineIs(t, '- SoL')}`]);
  });

  it('flags numbered repealed statutes whatever the approval date; statutes in force pass', async () => {
    const t = text(['SOSFS 2005:12', 'HSL 1982:763 2:1', 'HSL 2017:30', 'SOSFS 2011:9', 'SoL 2025:400 11:1']);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(t, '- SOSFS 2005:12')}`, `${F}:${lineOf(t, '- HSL 1982:763')}`]);
    expect(messages(diags, RULE)[0]).toContain('den ersätts av SOSFS 2011:9');
  });

  it('flags SOSFS 2009:6 (egenvård, repealed 2023-03-01) and names Lag (2022:1250) om egenvård', async () => {
    const t = text(['SOSFS 2009:6', 'Egenvårdslagen', '2022:1250'], { fastställd: '2026-02-01', revideras: '2027-01-31' });
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(t, '- SOSFS 2009:6')}`]);
    expect(messages(diags, RULE)).toEqual([
      '”SOSFS 2009:6” avser SOSFS 2009:6 (Bedömningen av om en hälso- och sjukvårdsåtgärd kan utföras som egenvård), ' +
        'som upphävdes 2023-03-01; den ersätts av Lag (2022:1250) om egenvård (Egenvårdslagen)',
    ]);
    expect(diags.find((d) => d.rule === RULE)?.hint).toContain('Byt till Egenvårdslagen 2022:1250');
  });

  it('names both successors of SOSFS 2005:28: HSLF-FS 2017:40 and HSLF-FS 2017:41', async () => {
    const t = text(['SOSFS 2005:28']);
    const [sv] = messages(await check({ [F]: t }), RULE);
    expect(sv).toMatch(/den ersätts av HSLF-FS 2017:40 \(Vårdgivares systematiska patientsäkerhetsarbete\) och HSLF-FS 2017:41 \(Anmälan av händelser .+\)$/);
    const [en] = messages(await check({ [F]: t }, { lang: 'en' }), RULE);
    expect(en).toMatch(/it is replaced by HSLF-FS 2017:40 \(.+\) and HSLF-FS 2017:41 \(.+\)$/);
  });

  it('speaks English with lang en', async () => {
    const t = text(['SOSFS 2005:12']);
    expect(messages(await check({ [F]: t }, { lang: 'en' }), RULE)).toEqual([
      expect.stringMatching(/^”SOSFS 2005:12” means SOSFS 2005:12 \(.+\), repealed on 2012-01-01; it is replaced by SOSFS 2011:9 \(.+\)$/),
    ]);
  });
});
