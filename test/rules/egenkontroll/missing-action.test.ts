/**
 * egenkontroll/missing-action: a performed egenkontroll with `resultat: brister` and no
 * åtgärd (error). Serves 5:2 and 5:7: shortcomings lead to measures.
 */
import { doc, egenkontrollDoc, åtgärd } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'egenkontroll/missing-action';
const F = 'ledningssystem/EK-001.md';
const mixed = doc(
  egenkontrollDoc('EK-001', {
    genomförda: [
      { datum: '2026-09-05', resultat: 'utan_anmärkning' },
      { datum: '2026-10-05', resultat: 'brister', åtgärder: [åtgärd()] },
      { datum: '2026-11-05', resultat: 'brister', sammanfattning: 'Två signaturer saknades' },
    ],
  }),
);
const empty = doc(egenkontrollDoc('EK-001', { genomförda: [{ datum: '2026-11-05', resultat: 'brister', åtgärder: [] }] }));
const brister = doc(egenkontrollDoc('EK-001', { genomförda: [{ datum: '2026-11-05', resultat: 'brister' }] }));

ruleTester(RULE, {
  valid: [
    {
      name: 'brister with an åtgärd and utan_anmärkning pass',
      files: {
        [F]: doc(
          egenkontrollDoc('EK-001', {
            genomförda: [
              { datum: '2026-09-05', resultat: 'utan_anmärkning' },
              { datum: '2026-10-05', resultat: 'brister', åtgärder: [åtgärd()] },
            ],
          }),
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'flags brister without åtgärder at the entry; brister with an åtgärd and utan_anmärkning pass',
      files: { [F]: mixed },
      errors: [{ file: F, ...at(mixed, 'datum: 2026-11-05'), column: 5, severity: 'error' }],
    },
    {
      name: 'treats an empty åtgärder list as no åtgärd',
      files: { [F]: empty },
      errors: [{ file: F, line: at(empty, 'datum: 2026-11-05').line, column: 5 }],
    },
    {
      name: 'says so in Swedish',
      files: { [F]: brister },
      errors: [
        { file: F, line: at(brister, 'datum: 2026-11-05').line, message: 'Egenkontrollen 2026-11-05 visade brister men har ingen åtgärd' },
      ],
    },
    {
      name: 'says so in English',
      files: { [F]: brister },
      options: { lang: 'en' },
      errors: [
        {
          file: F,
          line: at(brister, 'datum: 2026-11-05').line,
          message: 'The self-inspection 2026-11-05 found shortcomings but has no action',
        },
      ],
    },
  ],
});

// A genomförd occasion without datum (reported by the schema) that found brister is still
// reported; the date is left out of the sentence.
const undated = doc(egenkontrollDoc('EK-001', { genomförda: [{ resultat: 'brister' }] }));
ruleTester('egenkontroll/missing-action', {
  invalid: [
    {
      name: 'reports an occasion with brister and no datum, without a date',
      files: { 'ledningssystem/EK-001.md': undated },
      errors: [
        { file: 'ledningssystem/EK-001.md', ...at(undated, 'resultat:'), message: 'Egenkontrollen visade brister men har ingen åtgärd' },
      ],
    },
  ],
});
