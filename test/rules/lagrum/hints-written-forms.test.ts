/**
 * Mistakes a coordinator makes from the printed text get a hint with the fix: a space before
 * a paragraph's letter ("PSL 3:8 a", `sosfs: ["5:3 a"]`, the latter reported once) and the
 * misprint "SoF 2001:973" of SFS 2025:468 (catalogue field `felskrivningar`).
 */
import { describe, expect, it } from 'vitest';
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const one = (extra: Record<string, unknown>, lang: 'sv' | 'en' = 'sv') =>
  check({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { process: undefined, ...extra }), RUTIN_BODY) }, { cache: false, lang });
const of = (diags: Awaited<ReturnType<typeof one>>, ...rules: string[]) =>
  diags.filter((d) => rules.includes(d.rule)).map((d) => `${d.rule} ${d.message} | ${d.hint}`);

describe('hints for written forms', () => {
  it('PSL 3:8 a: write 3:8a', async () => {
    expect(of(await one({ lagrum: ['PSL 3:8 a'] }), 'lagrum/unknown')).toEqual([
      'lagrum/unknown Lagrummet ”PSL 3:8 a” följer inte formen för lagrum | Skriv ”PSL 3:8a”: paragrafens bokstav skrivs utan mellanslag (3:8a för 3 kap. 8 a §).',
    ]);
    expect(of(await one({ lagrum: ['PSL 3:8 a'] }, 'en'), 'lagrum/unknown')[0]).toMatch(/\| Write “PSL 3:8a”: /);
  });

  it('sosfs: ["5:3 a"] is one finding, with the fix', async () => {
    expect(of(await one({ sosfs: ['5:3 a'] }), 'schema/pattern', 'sosfs/unknown')).toEqual([
      'schema/pattern ”5:3 a” i ”sosfs post 1” har fel form | Skriv 5:3a, utan mellanslag före bokstaven.',
    ]);
  });

  it('a paragraph SOSFS 2011:9 does not have is still sosfs/unknown', async () => {
    expect(of(await one({ sosfs: ['4:9'] }), 'schema/pattern', 'sosfs/unknown').map((s) => s.split(' ')[0])).toEqual(['sosfs/unknown']);
  });

  it('SoF 2001:973 (the misprint in SFS 2025:468): did you mean SoF 2001:937?', async () => {
    const diags = await one({ lagrum: ['SoF 2001:973', 'SoF 2001:974', '2001:973 3:1'] });
    expect(of(diags, 'lagrum/unknown')).toEqual([
      'lagrum/unknown Lagrummet ”SoF 2001:973” finns inte i lsys författningskatalog | Menade du ”SoF 2001:937”? Numret är en känd felskrivning (den finns i officiell text, men ingen författning har det).',
      expect.stringMatching(
        /^lagrum\/unknown Lagrummet ”SoF 2001:974” finns inte i lsys författningskatalog \| Kontrollera namn och nummer/,
      ),
      'lagrum/unknown Lagrummet ”2001:973 3:1” finns inte i lsys författningskatalog | Menade du ”SoF 2001:937 3:1”? Numret är en känd felskrivning (den finns i officiell text, men ingen författning har det).',
    ]);
  });
});

describe('paths in messages', () => {
  it('count list items from 1, in words, in both languages', async () => {
    const extra = { relaterade: ['PRO-001', 'pro-2'] };
    expect((await one(extra)).find((d) => d.rule === 'schema/pattern')?.message).toBe('”pro-2” i ”relaterade post 2” har fel form');
    expect((await one(extra, 'en')).find((d) => d.rule === 'schema/pattern')?.message).toMatch(
      /in .relaterade item 2. has the wrong form$/,
    );
  });
});
