/**
 * lagrum/renumbered: a citation without a year that means SoL 2025:400 at a place listed under
 * "same number, new meaning", in a document whose title, headings or other `lagrum` show the old
 * meaning (warning). Never on a correct new citation.
 */
import { describe, expect, it } from 'vitest';
import { doc, egenkontrollDoc, lineIs, messages, pairs, rutin } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';
import type { Diagnostic } from '../../../src/core/types.js';

const RULE = 'lagrum/renumbered';
const F = 'ledningssystem/RUT-001.md';
const body = (...headings: string[]): string =>
  `# Rutin\n\n## Syfte\n\nText.\n\n## Ansvar\n\nText.\n\n## Genomförande\n\nText.\n\n${headings.map((h) => `## ${h}\n\nText.\n\n`).join('')}## Uppföljning\n\nText.\n`;
const routine = (titel: string, lagrum: string[], extra: Record<string, unknown> = {}, headings: string[] = []): string =>
  doc(rutin('RUT-001', { titel, lagrum, fastställd: '2026-03-01', revideras: '2027-02-28', ...extra }), body(...headings));
const hints = (diags: Diagnostic[]): string[] => diags.filter((d) => d.rule === RULE).map((d) => d.hint ?? '');

describe(RULE, () => {
  it('warns on "SoL 14:3" in a lex Sarah routine approved 2026, naming both meanings and 27 kap. 2 §', async () => {
    const t = routine('Rapportering enligt lex Sarah', ['SoL 14:3']);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineIs(t, '- SoL 14:3')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(messages(diags, RULE)).toEqual([
      '”SoL 14:3” avser SoL 2025:400 14 kap. 3 § (skyldighet att dokumentera), men dokumentet verkar använda den gamla betydelsen: ' +
        'lex Sarah: rapporteringsskyldighet (SoL 2001:453 14 kap. 3 §), som motsvaras enligt innehållet av SoL 2025:400 27 kap. 2 §; kontrollera',
    ]);
    expect(hints(diags)[0]).toContain('Tecken på den gamla betydelsen: titeln (”lex sarah”)');
    expect(hints(diags)[0]).toContain('byt till "SoL 2025:400 27:2" (lsys validate --fix gör det åt dig)');
    expect(hints(diags)[0]).toContain('Avser hänvisningen det gamla innehållet (lex Sarah: rapporteringsskyldighet): byt till');
    expect(hints(diags)[0]).toContain('skriv "SoL 2025:400 14:3"');
    // Nothing else is said about it: SoL 2025:400 is in force.
    expect(diags.filter((d) => d.rule.startsWith('lagrum/')).map((d) => d.rule)).toEqual([RULE]);
  });

  it('does not warn on a routine about dokumentation that correctly cites "SoL 14:3", even with a lex Sarah heading', async () => {
    const plain = routine('Dokumentation i hemtjänsten', ['SoL 14:3', 'SOSFS 2014:5']);
    const withHeading = routine('Social dokumentation', ['SoL 14:3'], {}, ['Koppling till lex Sarah']);
    const diags = await check({ [F]: plain, 'ledningssystem/RUT-002.md': withHeading.replace('RUT-001', 'RUT-002') });
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('reads the old meaning from a heading or another lagrum when the title is neutral', async () => {
    const heading = routine('Rapportering', ['SoL 14:3'], {}, ['Lex Sarah']);
    const lagrum = routine('Rapportering', ['SOSFS 2011:5', 'SoL 14:3']).replace('RUT-001', 'RUT-002');
    const lss = routine('Rapportering', ['LSS 24b', 'SoL 14:7']).replace('RUT-001', 'RUT-003');
    const diags = await check({ [F]: heading, 'ledningssystem/RUT-002.md': lagrum, 'ledningssystem/RUT-003.md': lss });
    expect(pairs(diags, RULE)).toEqual([
      `${F}:${lineIs(heading, '- SoL 14:3')}`,
      `ledningssystem/RUT-002.md:${lineIs(lagrum, '- SoL 14:3')}`,
      `ledningssystem/RUT-003.md:${lineIs(lss, '- SoL 14:7')}`,
    ]);
    expect(hints(diags)[0]).toContain('rubrikerna (”lex sarah”)');
    expect(hints(diags)[1]).toContain('andra lagrum (”SOSFS 2011:5”)');
    expect(messages(diags, RULE)[2]).toContain(
      'lex Sarah: anmälan till IVO (SoL 2001:453 14 kap. 7 §), som motsvaras enligt innehållet av SoL 2025:400 27 kap. 6 §',
    );
  });

  it('says nothing without a signal of the old meaning', async () => {
    const t = routine('Rapportering', ['SoL 14:3', 'SoL 11:5', 'SoL 14:1', 'SoL 3:3']);
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
  });

  it('leaves a citation with its number alone: "SoL 2025:400 14:3" says which law it means', async () => {
    const t = routine('Rapportering enligt lex Sarah', ['SoL 2025:400 14:3', '2025:400 14:4']);
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
  });

  it('warns on a routine half rewritten for the new law: its title shows the old meaning, and 14:3 was left beside 27:2', async () => {
    const t = routine('Lex Sarah', ['SoL 27:2', 'SoL 14:3']);
    const numbered = routine('Lex Sarah', ['SoL 2025:400 27:2', 'SoL 14:3']).replace('RUT-001', 'RUT-002');
    expect(pairs(await check({ [F]: t, 'ledningssystem/RUT-002.md': numbered }), RULE)).toEqual([
      `${F}:${lineIs(t, '- SoL 14:3')}`,
      `ledningssystem/RUT-002.md:${lineIs(numbered, '- SoL 14:3')}`,
    ]);
    // Written with its number, the citation says the new provision is meant.
    const chosen = routine('Lex Sarah', ['SoL 2025:400 27:2', 'SoL 2025:400 14:3']);
    expect(pairs(await check({ [F]: chosen }), RULE)).toEqual([]);
  });

  it('warns on the stale places of a documentation routine that also cites the new 14:3 correctly', async () => {
    const t = routine('Handläggning och dokumentation', ['SoL 11:5', 'SoL 11:6', 'SoL 14:3']);
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([`${F}:${lineIs(t, '- SoL 11:5')}`, `${F}:${lineIs(t, '- SoL 11:6')}`]);
  });

  it('leaves a document alone whose title is neutral and that already cites the new place of the old meaning', async () => {
    // Only the lagrum (SOSFS 2011:5) shows lex Sarah; 27:2 is cited, so 14:3 means documentation.
    const t = routine('Rutin för hemtjänsten', ['SOSFS 2011:5', 'SoL 27:2', 'SoL 14:3']);
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
    const without = routine('Rutin för hemtjänsten', ['SOSFS 2011:5', 'SoL 14:3']);
    expect(pairs(await check({ [F]: without }), RULE)).toEqual([`${F}:${lineIs(without, '- SoL 14:3')}`]);
  });

  it('is not about a document approved before 2025-07-01: there "SoL 14:3" is SoL 2001:453 (lagrum/repealed)', async () => {
    const t = routine('Rapportering enligt lex Sarah', ['SoL 14:3'], { fastställd: '2024-05-01', revideras: '2025-04-30' });
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([]);
    expect(pairs(diags, 'lagrum/repealed')).toEqual([`${F}:${lineIs(t, '- SoL 14:3')}`]);
  });

  it('warns on 7 kap. 6 §, which the new law does not have, whatever the document is about', async () => {
    const t = routine('Bemötande', ['SoL 7:6']);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineIs(t, '- SoL 7:6')}`]);
    expect(messages(diags, RULE)).toEqual([
      '”SoL 7:6” avser SoL 2025:400 7 kap. 6 §, som inte finns i den nya lagen. I SoL 2001:453 gällde 7 kap. 6 § ' +
        'lex Sarah: utredning i enskild verksamhet, som motsvaras enligt innehållet av SoL 2025:400 17 kap. 10 §; kontrollera',
    ]);
    expect(hints(diags)[0]).toContain('"SoL 2025:400 17:10"');
  });

  it('knows each place’s own old meaning: dokumentation for 11:5, orosanmälan for 14:1, kvalitet for 3:3', async () => {
    const dok = routine('Social dokumentation', ['SoL 11:5', 'SoL 11:6']);
    const oro = routine('Orosanmälan', ['SoL 14:1']).replace('RUT-001', 'RUT-002');
    const kval = routine('Systematiskt kvalitetsarbete', ['SoL 3:3']).replace('RUT-001', 'RUT-003');
    // The same places where the document is about their new meaning.
    const behov = routine('Insatser utan individuell behovsprövning', ['SoL 11:5']).replace('RUT-001', 'RUT-004');
    const barn = routine('Barnets rätt till information', ['SoL 3:3'], {}, ['Kvalitet']).replace('RUT-001', 'RUT-005');
    const diags = await check({
      [F]: dok,
      'ledningssystem/RUT-002.md': oro,
      'ledningssystem/RUT-003.md': kval,
      'ledningssystem/RUT-004.md': behov,
      'ledningssystem/RUT-005.md': barn,
    });
    expect(pairs(diags, RULE)).toEqual([
      `${F}:${lineIs(dok, '- SoL 11:5')}`,
      `${F}:${lineIs(dok, '- SoL 11:6')}`,
      `ledningssystem/RUT-002.md:${lineIs(oro, '- SoL 14:1')}`,
      `ledningssystem/RUT-003.md:${lineIs(kval, '- SoL 3:3')}`,
    ]);
    const [m115, m116, m141, m33] = messages(diags, RULE);
    expect(m115).toContain('(insatser utan individuell behovsprövning)');
    expect(m115).toContain('av SoL 2025:400 14 kap. 3 § (undantag 14 kap. 4–5 §§); kontrollera');
    expect(m116).toContain('(annat innehåll än i den gamla lagen)');
    expect(m116).toContain('av SoL 2025:400 14 kap. 6–7 §§; kontrollera');
    expect(m141).toContain('orosanmälan (barn) (SoL 2001:453 14 kap. 1 §), som motsvaras enligt innehållet av SoL 2025:400 19 kap. 1 §');
    expect(m33).toContain(
      'som motsvaras enligt innehållet av SoL 2025:400 5 kap. 1 § första stycket (insatser av god kvalitet), ' +
        '5 kap. 3 § (personal med lämplig utbildning och erfarenhet; osäkrare) och 5 kap. 2 § (systematiskt och fortlöpande utveckla och säkra kvaliteten); kontrollera',
    );
    // Not one-to-one: no rewrite is offered.
    expect(hints(diags)[0]).not.toContain('--fix');
  });

  it('says that a medium-confidence correspondence is less certain', async () => {
    const t = routine('Lex Sarah', ['SoL 14:4']);
    expect(messages(await check({ [F]: t }), RULE)).toEqual([
      expect.stringContaining(
        'som motsvaras enligt innehållet troligen av SoL 2025:400 27 kap. 3 §, men jämförelsen är osäkrare; kontrollera',
      ),
    ]);
  });

  it('reads an egenkontroll’s område as its title', async () => {
    const t = doc(egenkontrollDoc('EGK-001', { område: 'Rapporter om missförhållanden', lagrum: ['SoL 14:6'] }), '# Egenkontroll\n');
    expect(pairs(await check({ 'ledningssystem/EGK-001.md': t }), RULE)).toEqual([`ledningssystem/EGK-001.md:${lineIs(t, '- SoL 14:6')}`]);
  });

  it('resolves a draft with today; leaves a withdrawn document alone', async () => {
    const draft = routine('Lex Sarah', ['SoL 14:3'], { status: 'utkast', fastställd: '2024-05-01', revideras: undefined });
    const withdrawn = routine('Lex Sarah', ['SoL 14:3'], { status: 'upphävd' }).replace('RUT-001', 'RUT-002');
    const diags = await check({ [F]: draft, 'ledningssystem/RUT-002.md': withdrawn });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineIs(draft, '- SoL 14:3')}`]);
  });

  it('speaks English with lang en', async () => {
    const t = routine('Rapportering enligt lex Sarah', ['SoL 14:3']);
    const diags = await check({ [F]: t }, { lang: 'en' });
    expect(messages(diags, RULE)).toEqual([
      '“SoL 14:3” means SoL 2025:400 chapter 14 section 3 (duty to document), but the document seems to use the old meaning: ' +
        'lex Sarah: duty to report (SoL 2001:453 chapter 14 section 3), which corresponds by content to SoL 2025:400 chapter 27 section 2; check it',
    ]);
    expect(hints(diags)[0]).toMatch(/^Signs of the old meaning: the title \(“lex sarah”\)\./);
  });
});

describe(`${RULE}: signals`, () => {
  it('names a title word once when two signal words hit it ("kvalitet" and "ledningssystem" in one word)', async () => {
    const t = routine('Kvalitetsledningssystem', ['SoL 3:3']);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineIs(t, '- SoL 3:3')}`]);
    expect(hints(diags)[0]).toContain('Tecken på den gamla betydelsen: titeln (”kvalitetsledningssystem”).');
  });

  it('takes no signal from other entries that cannot be read, are not in the catalogue, or name a law by number only', async () => {
    const t = routine('Rapportering', ['SoL 14:3', 'inte!!', 'XYZ 2020:1', '2017:612']);
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
  });
});
