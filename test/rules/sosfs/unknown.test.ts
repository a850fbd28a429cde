/**
 * sosfs/unknown: `sosfs` names a paragraph SOSFS 2011:9 does not have (error), in the document
 * or in an ansvarsfördelning's uppgifter, so coverage is counted truly.
 */
import { describe, expect, it } from 'vitest';
import { ansvarsfordelningDoc, doc, lineOf, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'sosfs/unknown';
const F = 'ledningssystem/RUT-001.md';

describe(RULE, () => {
  it('flags 4:9 (chapter 4 has §§ 1–6) at its item and accepts 4:4', async () => {
    const t = doc(rutin('RUT-001', { sosfs: ['4:4', '4:9'] }), RUTIN_BODY);
    const diags = await check({ [F]: t });
    expect(positions(diags, RULE)).toEqual([`${F}:${lineOf(t, '- 4:9')}:5`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
    expect(messages(diags, RULE)).toEqual(['SOSFS 2011:9 har ingen paragraf ”4:9”']);
    expect(diags.find((d) => d.rule === RULE)?.hint).toBe('Kapitel 4 har 4:1, 4:2, 4:3, 4:4, 4:5, 4:6.');
  });

  it('reads bare 4:3 as the text "4:3" (never the YAML 1.1 number 243)', async () => {
    const t = doc(rutin('RUT-001'), RUTIN_BODY).replace('process: PRO-001\n', 'process: PRO-001\nsosfs: [4:3, 5:1]\n');
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([]);
    expect(pairs(diags, 'schema/pattern')).toEqual([]);
  });

  it('checks the sosfs of each uppgift in an ansvarsfördelning', async () => {
    const t = doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'X', sosfs: ['7:2', '9:1'], ansvar: { mas: 'ansvarar' } }]));
    const diags = await check({ 'ledningssystem/AF-001.md': t });
    expect(pairs(diags, RULE)).toEqual([`ledningssystem/AF-001.md:${lineOf(t, '- 9:1')}`]);
    expect(diags.find((d) => d.rule === RULE)?.hint).toBe('Skriv kapitel:paragraf, t.ex. 4:4; föreskriften har kapitel 1–8.');
  });

  it('accepts 5:3a (inserted by an amendment) bare or quoted, in sosfs and in uppgifter; rejects 5:9 and 5:3b', async () => {
    const t = doc(rutin('RUT-001'), RUTIN_BODY).replace('process: PRO-001\n', 'process: PRO-001\nsosfs: [5:3a, 5:9, 5:3b]\n');
    const af = doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'X', sosfs: ['5:3a'], ansvar: { mas: 'ansvarar' } }]));
    const quoted = doc(rutin('RUT-002'), RUTIN_BODY).replace('process: PRO-001\n', 'process: PRO-001\nsosfs: ["5:3a"]\n');
    const diags = await check({ [F]: t, 'ledningssystem/RUT-002.md': quoted, 'ledningssystem/AF-001.md': af });
    expect(pairs(diags, 'schema/pattern')).toEqual([]);
    expect(messages(diags, RULE)).toEqual(['SOSFS 2011:9 har ingen paragraf ”5:9”', 'SOSFS 2011:9 har ingen paragraf ”5:3b”']);
    expect(diags.find((d) => d.rule === RULE)?.hint).toBe('Kapitel 5 har 5:1, 5:2, 5:3, 5:3a, 5:4, 5:5, 5:6, 5:7, 5:8.');
  });

  it('leaves a letter that is no lower-case suffix to the schema (5:3A, 5:3 a)', async () => {
    const t = doc(rutin('RUT-001', { sosfs: ['5:3A', '5:3 a'] }), RUTIN_BODY);
    const diags = await check({ [F]: t });
    expect(pairs(diags, 'schema/pattern')).toHaveLength(2);
    expect(diags.find((d) => d.rule === 'schema/pattern')?.hint).toContain('5:3a');
  });

  it('speaks English with lang en', async () => {
    const t = doc(rutin('RUT-001', { sosfs: ['4:9'] }), RUTIN_BODY);
    expect(messages(await check({ [F]: t }, { lang: 'en' }), RULE)).toEqual(['SOSFS 2011:9 has no paragraph “4:9”']);
  });
});
