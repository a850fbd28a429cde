/**
 * responsibility/owner: every `uppgift` of an ansvarsfördelning has exactly one role that
 * `ansvarar` (error). Serves 4:4 (PSL 3 kap. 9 § for vårdgivare) and 3:1.
 */
import { ansvarsfordelningDoc, doc } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'responsibility/owner';
const F = 'ledningssystem/AF-001.md';
const mixed = doc(
  ansvarsfordelningDoc('AF-001', [
    { uppgift: 'Fastställa rutiner', ansvar: { förvaltningschef: 'ansvarar', enhetschef: 'utför' } },
    { uppgift: 'Utreda avvikelser', ansvar: { enhetschef: 'utför', medarbetare: 'deltar' } },
    { uppgift: 'Läkemedelsrutiner', ansvar: { mas: 'ansvarar', enhetschef: 'ansvarar', medarbetare: 'informeras' } },
  ]),
);
const none = doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'Utreda avvikelser', ansvar: { enhetschef: 'utför' } }]));

ruleTester(RULE, {
  valid: [
    {
      name: 'only judges ansvarsfördelning documents: one owner is fine',
      files: { [F]: doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'X', ansvar: { mas: 'ansvarar' } }])) },
    },
  ],
  invalid: [
    {
      name: 'flags an uppgift with no owner and one with two, at their ansvar keys; one owner is fine',
      files: { [F]: mixed },
      errors: [
        {
          file: F,
          line: at(mixed, 'ansvar:', 2).line,
          column: 5,
          severity: 'error',
          message: 'Uppgiften ”Utreda avvikelser” har ingen roll som ansvarar',
        },
        {
          file: F,
          line: at(mixed, 'ansvar:', 3).line,
          column: 5,
          severity: 'error',
          message: 'Uppgiften ”Läkemedelsrutiner” har 2 roller som ansvarar (mas, enhetschef)',
        },
      ],
    },
    {
      name: 'speaks English with lang en',
      files: { [F]: none },
      options: { lang: 'en' },
      errors: [
        { file: F, line: at(none, 'ansvar:').line, message: 'The task “Utreda avvikelser” has no role that ansvarar (is accountable)' },
      ],
    },
  ],
});

// An uppgift without a name or without ansvar (both reported by the schema) is still checked:
// it is named by its number, and the finding stands where the uppgift does.
const unnamed = doc(ansvarsfordelningDoc('ANS-001', [{ uppgift: 'Riskanalys', ansvar: { enhetschef: 'ansvarar' } }, { sosfs: ['5:1'] }]));
ruleTester('responsibility/owner', {
  invalid: [
    {
      name: 'an uppgift with neither name nor ansvar: named #2, at the uppgift',
      files: { 'ledningssystem/ANS-001.md': unnamed },
      errors: [
        {
          file: 'ledningssystem/ANS-001.md',
          ...at(unnamed, 'sosfs:'),
          message: 'Uppgiften ”#2” har ingen roll som ansvarar',
        },
      ],
    },
  ],
});
