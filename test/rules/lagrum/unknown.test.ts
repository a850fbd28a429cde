/**
 * lagrum/unknown: a `lagrum` that does not follow the grammar, names a series without its
 * number, or is not in the catalogue (warning); the grammar is in the hint.
 */
import { describe, expect, it } from 'vitest';
import { doc, lineIs, lineOf, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'lagrum/unknown';
const F = 'ledningssystem/RUT-001.md';
const text = (lagrum: string[]): string => doc(rutin('RUT-001', { lagrum }), RUTIN_BODY);

describe(RULE, () => {
  it('flags each bad entry at its list item and accepts the examples of FORMAT.md', async () => {
    const good = ['PSL 3:10', 'SoL 2025:400 11:1', 'LSS 24a', 'OSL 25:1', 'SOSFS 2011:9', '2010:659 3:10', 'SoL', 'sol'];
    const bad = ['Socialtjänstlagen kap 4', 'SOSFS', 'XYZ 2020:1', 'SoL 1999:1', '1234:5'];
    const t = text([...good, ...bad]);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual(bad.map((b) => `${F}:${lineIs(t, `- ${b}`)}`));
    expect(positions(diags, RULE)[0]).toBe(`${F}:${lineOf(t, '- Socialtjänstlagen')}:5`);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(messages(diags, RULE)).toEqual([
      'Lagrummet ”Socialtjänstlagen kap 4” följer inte formen för lagrum',
      'Lagrummet ”SOSFS” saknar nummer: en föreskriftsserie behöver sitt nummer',
      'Lagrummet ”XYZ 2020:1” finns inte i lsys författningskatalog',
      'Lagrummet ”SoL 1999:1” finns inte i lsys författningskatalog',
      'Lagrummet ”1234:5” finns inte i lsys författningskatalog',
    ]);
  });

  it('knows the statutes added in v2: TL (alias of TandvL), laws by bare SFS number, the new regulations', async () => {
    const good = ['TL', 'TL 16', 'TandvL', '2017:612', '2017:372 3', '2022:913', '2021:890', '2018:218', 'HSLF-FS 2017:37',
      'SOSFS 2015:10', 'HSLF-FS 2017:41', 'Egenvårdslagen', 'PL 2014:821 3:1', 'PSF', 'FL', 'KL', 'SoLPuL', 'SOSFS 2014:5'];
    const t = text([...good, 'SoF 2001:973']);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineIs(t, '- SoF 2001:973')}`]);
  });

  it('gives the grammar as the hint of a syntax error', async () => {
    const d = (await check({ [F]: text(['PSL 3 kap. 10 §']) })).find((x) => x.rule === RULE);
    expect(d?.hint).toContain('Skriv lagrum som "namn [nummer] [plats]"');
  });

  it('is silent with no lagrum', async () => {
    expect(pairs(await check({ [F]: doc(rutin('RUT-001'), RUTIN_BODY) }), RULE)).toEqual([]);
  });

  it('speaks English with lang en', async () => {
    expect(messages(await check({ [F]: text(['SOSFS']) }, { lang: 'en' }), RULE)).toEqual([
      'The reference “SOSFS” has no number: a regulation series needs its number',
    ]);
  });
});
