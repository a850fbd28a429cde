/**
 * sosfs/unknown: `sosfs` names a paragraph SOSFS 2011:9 does not have (error), in the document
 * or in an ansvarsfördelning's uppgifter, so coverage is counted truly.
 */
import { describe, expect, it } from 'vitest';
import { ansvarsfordelningDoc, doc, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, check, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'sosfs/unknown';
const F = 'ledningssystem/RUT-001.md';
const withSosfs = (id: string, list: string): string =>
  doc(rutin(id), RUTIN_BODY).replace('process: PRO-001\n', `process: PRO-001\nsosfs: ${list}\n`);
const nine = doc(rutin('RUT-001', { sosfs: ['4:4', '4:9'] }), RUTIN_BODY);
const bare = withSosfs('RUT-001', '[4:3, 5:1]');
const uppgift = doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'X', sosfs: ['7:2', '9:1'], ansvar: { mas: 'ansvarar' } }]));
const amended = withSosfs('RUT-001', '[5:3a, 5:9, 5:3b]');
const amendedFiles = {
  [F]: amended,
  'ledningssystem/RUT-002.md': withSosfs('RUT-002', '["5:3a"]'),
  'ledningssystem/AF-001.md': doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'X', sosfs: ['5:3a'], ansvar: { mas: 'ansvarar' } }])),
};
const capital = doc(rutin('RUT-001', { sosfs: ['5:3A', '5:3 a'] }), RUTIN_BODY);
const english = doc(rutin('RUT-001', { sosfs: ['4:9'] }), RUTIN_BODY);

ruleTester(RULE, {
  valid: [
    { name: 'reads bare 4:3 as the text "4:3" (never the YAML 1.1 number 243)', files: { [F]: bare } },
    { name: 'leaves a letter that is no lower-case suffix to the schema (5:3A, 5:3 a)', files: { [F]: capital } },
  ],
  invalid: [
    {
      name: 'flags 4:9 (chapter 4 has §§ 1–6) at its item and accepts 4:4',
      files: { [F]: nine },
      errors: [
        {
          file: F,
          line: at(nine, '- 4:9').line,
          column: 5,
          severity: 'error',
          message: 'SOSFS 2011:9 har ingen paragraf ”4:9”',
          hint: 'Kapitel 4 har 4:1, 4:2, 4:3, 4:4, 4:5, 4:6.',
        },
      ],
    },
    {
      name: 'checks the sosfs of each uppgift in an ansvarsfördelning',
      files: { 'ledningssystem/AF-001.md': uppgift },
      errors: [
        {
          file: 'ledningssystem/AF-001.md',
          line: at(uppgift, '- 9:1').line,
          hint: 'Skriv kapitel:paragraf, t.ex. 4:4; föreskriften har kapitel 1–8.',
        },
      ],
    },
    {
      name: 'accepts 5:3a (inserted by an amendment) bare or quoted, in sosfs and in uppgifter; rejects 5:9 and 5:3b',
      files: amendedFiles,
      errors: [
        {
          file: F,
          line: at(amended, 'sosfs:').line,
          message: 'SOSFS 2011:9 har ingen paragraf ”5:9”',
          hint: 'Kapitel 5 har 5:1, 5:2, 5:3, 5:3a, 5:4, 5:5, 5:6, 5:7, 5:8.',
        },
        { file: F, line: at(amended, 'sosfs:').line, message: 'SOSFS 2011:9 har ingen paragraf ”5:3b”' },
      ],
    },
    {
      name: 'speaks English with lang en',
      files: { [F]: english },
      options: { lang: 'en' },
      errors: [{ file: F, line: at(english, '- 4:9').line, message: 'SOSFS 2011:9 has no paragraph “4:9”' }],
    },
  ],
});

describe(RULE, () => {
  it('bare 4:3 and 5:1 pass the schema too', async () => {
    expect(pairs(await check({ [F]: bare }), 'schema/pattern')).toEqual([]);
  });

  it('5:3a passes the schema, bare or quoted, in sosfs and in uppgifter', async () => {
    expect(pairs(await check(amendedFiles), 'schema/pattern')).toEqual([]);
  });

  it('the schema reports 5:3A and 5:3 a, and its hint names 5:3a', async () => {
    const diags = await check({ [F]: capital });
    expect(pairs(diags, 'schema/pattern')).toHaveLength(2);
    expect(diags.find((d) => d.rule === 'schema/pattern')?.hint).toContain('5:3a');
  });
});
