/**
 * lagrum/repealed: a `lagrum` whose statute is repealed at today (warning), naming its
 * successor. A bare short name means the statute in force on the document's `fastställd`
 * (today for drafts): `SoL` is SoL 2001:453 before 2025-07-01 and SoL 2025:400 from then.
 */
import { describe, expect, it } from 'vitest';
import { doc, lineIs, lineOf, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'lagrum/repealed';
const F = 'ledningssystem/RUT-001.md';
const text = (lagrum: string[], extra: Record<string, unknown> = {}): string => doc(rutin('RUT-001', { lagrum, ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('flags a bare SoL in a routine approved 2024-05-01 and names SoL 2025:400; not one approved 2026-01-10', async () => {
    const old = text(['PSL 3:10', 'SoL'], { fastställd: '2024-05-01', revideras: '2025-04-30' });
    const diags = await check({
      [F]: old,
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { lagrum: ['SoL'], fastställd: '2026-01-10' }), RUTIN_BODY),
    });
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

  it('names where a place of SoL 2001:453 went in SoL 2025:400, with the spec’s wording', async () => {
    const numbered = text(['SoL 2001:453 14:3']);
    const bare = text(['SoL 14:3'], { fastställd: '2024-05-01', revideras: '2025-04-30' }).replace('RUT-001', 'RUT-002');
    const diags = await check({ [F]: numbered, 'ledningssystem/RUT-002.md': bare });
    expect(pairs(diags, RULE)).toEqual([
      `${F}:${lineIs(numbered, '- SoL 2001:453 14:3')}`,
      `ledningssystem/RUT-002.md:${lineIs(bare, '- SoL 14:3')}`,
    ]);
    expect(messages(diags, RULE)).toEqual([
      '”SoL 2001:453 14:3” avser SoL 2001:453 (Socialtjänstlag), som upphävdes 2025-07-01; den ersätts av SoL 2025:400 (Socialtjänstlag). ' +
        '14 kap. 3 § (lex Sarah: rapporteringsskyldighet) motsvaras enligt innehållet av SoL 2025:400 27 kap. 2 §; kontrollera',
      '”SoL 14:3” avser SoL 2001:453 (Socialtjänstlag), som upphävdes 2025-07-01; den ersätts av SoL 2025:400 (Socialtjänstlag). ' +
        '14 kap. 3 § (lex Sarah: rapporteringsskyldighet) motsvaras enligt innehållet av SoL 2025:400 27 kap. 2 §; kontrollera',
    ]);
    const hints = diags.filter((d) => d.rule === RULE).map((d) => d.hint);
    expect(hints[0]).toBe(
      'Byt till "SoL 2025:400 27:2" (lsys validate --fix gör det åt dig) och kontrollera att bestämmelsen säger det dokumentet avser.',
    );
    expect(hints[1]).toMatch(/^Ett kortnamn avser lagen som gällde när dokumentet fastställdes\. Byt till "SoL 2025:400 27:2"/);
  });

  it('says less certain rows are less certain, and names every place of a split, a range or exceptions', async () => {
    const t = text([
      'SoL 2001:453 14:4',
      'SoL 2001:453 3:3',
      'SoL 2001:453 11:6',
      'SoL 2001:453 11:5',
      'SoL 2001:453 7:3',
      'SoL 2001:453 14:2',
    ]);
    const got = messages(await check({ [F]: t }), RULE).map((m) => m.slice(m.indexOf('. ') + 2));
    expect(got).toEqual([
      '14 kap. 4 § (lex Sarah: informera personalen om skyldigheten) motsvaras enligt innehållet troligen av SoL 2025:400 27 kap. 3 §, men jämförelsen är osäkrare; kontrollera',
      '3 kap. 3 § motsvaras enligt innehållet av SoL 2025:400 5 kap. 1 § första stycket (insatser av god kvalitet), 5 kap. 3 § (personal med lämplig utbildning och erfarenhet; osäkrare) och 5 kap. 2 § (systematiskt och fortlöpande utveckla och säkra kvaliteten); kontrollera',
      '11 kap. 6 § (dokumentationens integritet och förvaring) motsvaras enligt innehållet av SoL 2025:400 14 kap. 6–7 §§; kontrollera',
      '11 kap. 5 § (dokumentation av handläggning och genomförande) motsvaras enligt innehållet av SoL 2025:400 14 kap. 3 § (undantag 14 kap. 4–5 §§); kontrollera',
      '7 kap. 3 § första stycket (dokumentation i enskild verksamhet) motsvaras enligt innehållet av SoL 2025:400 17 kap. 1 §; kontrollera',
      '14 kap. 2 § (lex Sarah: medverka till god kvalitet) motsvaras enligt innehållet av SoL 2025:400 5 kap. 1 § andra stycket; kontrollera',
    ]);
  });

  it('offers --fix only where one whole old paragraph went to one new paragraph with high confidence', async () => {
    const t = text([
      'SoL 2001:453 14:4',
      'SoL 2001:453 3:3',
      'SoL 2001:453 11:6',
      'SoL 2001:453 11:5',
      'SoL 2001:453 7:3',
      'SoL 2001:453 14:2',
      'SoL 2001:453 14:7',
    ]);
    const hints = (await check({ [F]: t })).filter((d) => d.rule === RULE).map((d) => d.hint ?? '');
    expect(hints.map((h) => h.includes('--fix'))).toEqual([false, false, false, false, false, true, true]);
    expect(hints[5]).toContain('"SoL 2025:400 5:1"');
    expect(hints[0]).toContain('lsys skriver inte om den själv');
  });

  it('keeps today’s message for a place of SoL 2001:453 that the table does not map', async () => {
    const t = text(['SoL 2001:453 4:1', 'SoL 2001:453']);
    expect(messages(await check({ [F]: t }), RULE)).toEqual([
      '”SoL 2001:453 4:1” avser SoL 2001:453 (Socialtjänstlag), som upphävdes 2025-07-01; den ersätts av SoL 2025:400 (Socialtjänstlag)',
      '”SoL 2001:453” avser SoL 2001:453 (Socialtjänstlag), som upphävdes 2025-07-01; den ersätts av SoL 2025:400 (Socialtjänstlag)',
    ]);
  });

  it('names the new place in English with lang en', async () => {
    const t = text(['SoL 2001:453 14:3', 'SoL 2001:453 14:5']);
    expect(messages(await check({ [F]: t }, { lang: 'en' }), RULE)).toEqual([
      '“SoL 2001:453 14:3” means SoL 2001:453 (Socialtjänstlag), repealed on 2025-07-01; it is replaced by SoL 2025:400 (Socialtjänstlag). ' +
        'Chapter 14 section 3 (lex Sarah: duty to report) corresponds by content to SoL 2025:400 chapter 27 section 2; check it',
      '“SoL 2001:453 14:5” means SoL 2001:453 (Socialtjänstlag), repealed on 2025-07-01; it is replaced by SoL 2025:400 (Socialtjänstlag). ' +
        'Chapter 14 section 5 (lex Sarah: private provider informs the committee) probably corresponds by content to SoL 2025:400 chapter 27 section 4, but the comparison is less certain; check it',
    ]);
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
    expect(sv).toMatch(
      /den ersätts av HSLF-FS 2017:40 \(Vårdgivares systematiska patientsäkerhetsarbete\) och HSLF-FS 2017:41 \(Anmälan av händelser .+\)$/,
    );
    const [en] = messages(await check({ [F]: t }, { lang: 'en' }), RULE);
    expect(en).toMatch(/it is replaced by HSLF-FS 2017:40 \(.+\) and HSLF-FS 2017:41 \(.+\)$/);
    const hint = (await check({ [F]: t })).find((d) => d.rule === RULE)?.hint;
    expect(hint).toContain('Byt till HSLF-FS 2017:40 eller HSLF-FS 2017:41');
  });

  it('names where HSL 1982:763 31 § (quality) went: HSL 2017:30 5 kap. 4 §', async () => {
    const t = text(['HSL 1982:763 31', 'HSL 1982:763 2']);
    const diags = await check({ [F]: t });
    expect(messages(diags, RULE)).toEqual([
      '”HSL 1982:763 31” avser HSL 1982:763 (Hälso- och sjukvårdslag), som upphävdes 2017-04-01; den ersätts av HSL 2017:30 (Hälso- och sjukvårdslag). ' +
        '31 § (kvalitet i verksamheten) motsvaras enligt innehållet av HSL 2017:30 5 kap. 4 §; kontrollera',
      '”HSL 1982:763 2” avser HSL 1982:763 (Hälso- och sjukvårdslag), som upphävdes 2017-04-01; den ersätts av HSL 2017:30 (Hälso- och sjukvårdslag)',
    ]);
    expect(diags.find((d) => d.rule === RULE)?.hint).toBe(
      'Byt till "HSL 2017:30 5:4" och kontrollera att bestämmelsen säger det dokumentet avser.',
    );
    const [en] = messages(await check({ [F]: text(['HSL 1982:763 31']) }, { lang: 'en' }), RULE);
    expect(en).toMatch(/\. Section 31 \(quality of the activity\) corresponds by content to HSL 2017:30 chapter 5 section 4; check it$/);
  });

  it('speaks English with lang en', async () => {
    const t = text(['SOSFS 2005:12']);
    expect(messages(await check({ [F]: t }, { lang: 'en' }), RULE)).toEqual([
      expect.stringMatching(/^“SOSFS 2005:12” means SOSFS 2005:12 \(.+\), repealed on 2012-01-01; it is replaced by SOSFS 2011:9 \(.+\)$/),
    ]);
  });
});
