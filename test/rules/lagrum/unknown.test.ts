/**
 * lagrum/unknown: a `lagrum` that does not follow the grammar, names a series without its
 * number, or is not in the catalogue (warning); the grammar is in the hint.
 */
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'lagrum/unknown';
const F = 'ledningssystem/RUT-001.md';
const text = (lagrum: string[]): string => doc(rutin('RUT-001', { lagrum }), RUTIN_BODY);
/** The line that is exactly `- entry` once trimmed. */
const itemLine = (t: string, entry: string): number => t.split('\n').findIndex((l) => l.trim() === `- ${entry}`) + 1;

const good = ['PSL 3:10', 'SoL 2025:400 11:1', 'LSS 24a', 'OSL 25:1', 'SOSFS 2011:9', '2010:659 3:10', 'SoL', 'sol'];
const bad = ['Socialtjänstlagen kap 4', 'SOSFS', 'XYZ 2020:1', 'SoL 1999:1', '1234:5'];
const badMessages = [
  'Lagrummet ”Socialtjänstlagen kap 4” följer inte formen för lagrum',
  'Lagrummet ”SOSFS” saknar nummer: en föreskriftsserie behöver sitt nummer',
  'Lagrummet ”XYZ 2020:1” finns inte i lsys författningskatalog',
  'Lagrummet ”SoL 1999:1” finns inte i lsys författningskatalog',
  'Lagrummet ”1234:5” finns inte i lsys författningskatalog',
];
const mixed = text([...good, ...bad]);
const v2 = [
  'TL',
  'TL 16',
  'TandvL',
  '2017:612',
  '2017:372 3',
  '2022:913',
  '2021:890',
  '2018:218',
  'HSLF-FS 2017:37',
  'SOSFS 2015:10',
  'HSLF-FS 2017:41',
  'Egenvårdslagen',
  'PL 2014:821 3:1',
  'PSF',
  'FL',
  'KL',
  'SoLPuL',
  'SOSFS 2014:5',
];
const v2Text = text([...v2, 'SoF 2001:973']);
const syntax = text(['PSL 3 kap. 10 §']);
const series = text(['SOSFS']);

ruleTester(RULE, {
  valid: [
    { name: 'is silent with no lagrum', files: { [F]: doc(rutin('RUT-001'), RUTIN_BODY) } },
    { name: 'accepts the examples of FORMAT.md', files: { [F]: text(good) } },
    {
      name: 'knows the statutes added in v2: TL (alias of TandvL), laws by bare SFS number, the new regulations',
      files: { [F]: text(v2) },
    },
  ],
  invalid: [
    {
      name: 'flags each bad entry at its list item and accepts the examples of FORMAT.md',
      files: { [F]: mixed },
      errors: bad.map((b, i) => ({
        file: F,
        line: itemLine(mixed, b),
        ...(i === 0 ? { column: 5 } : {}),
        severity: 'warning' as const,
        message: badMessages[i],
      })),
    },
    {
      name: 'flags SoF 2001:973 beside the v2 statutes',
      files: { [F]: v2Text },
      errors: [{ file: F, line: itemLine(v2Text, 'SoF 2001:973') }],
    },
    {
      name: 'gives the grammar as the hint of a syntax error',
      files: { [F]: syntax },
      errors: [{ file: F, line: itemLine(syntax, 'PSL 3 kap. 10 §'), hint: { includes: 'Skriv lagrum som "namn [nummer] [plats]"' } }],
    },
    {
      name: 'speaks English with lang en',
      files: { [F]: series },
      options: { lang: 'en' },
      errors: [
        { file: F, line: itemLine(series, 'SOSFS'), message: 'The reference “SOSFS” has no number: a regulation series needs its number' },
      ],
    },
  ],
});

const asMapping = doc(rutin('RUT-001', { lagrum: [{ SoL: '14:3' }] }), RUTIN_BODY);
const spacedNoFix = text(['Foo bar 1 a']);
ruleTester(RULE, {
  valid: [{ name: 'an entry that is a mapping, not text, is left to the schema', files: { [F]: asMapping } }],
  invalid: [
    {
      name: 'a letter after a space that would not make a valid lagrum either: the plain grammar message',
      files: { [F]: spacedNoFix },
      errors: [{ file: F, line: itemLine(spacedNoFix, 'Foo bar 1 a'), message: 'Lagrummet ”Foo bar 1 a” följer inte formen för lagrum' }],
    },
  ],
});
