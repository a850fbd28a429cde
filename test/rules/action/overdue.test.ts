/**
 * action/overdue: an åtgärd (in a riskanalys or an egenkontroll) past `klart_senast` that is
 * not `klar` (warning). Serves 5:7 and 5:8.
 */
import { doc, egenkontrollDoc, riskanalysDoc, åtgärd } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'action/overdue';
const F = 'ledningssystem/RA-001.md';
const E = 'ledningssystem/EK-001.md';
const ra = (åtgärder: unknown[], extra: Record<string, unknown> = {}): string =>
  doc(riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fel läkemedel', sannolikhet: 3, konsekvens: 4, åtgärder }], extra));

const mixed = ra([
  åtgärd({ beskrivning: 'A', klart_senast: '2026-06-30', status: 'pågår' }),
  åtgärd({ beskrivning: 'B', klart_senast: '2026-06-30', status: 'klar', klar_datum: '2026-07-02' }),
  åtgärd({ beskrivning: 'C', klart_senast: '2026-11-25', status: 'planerad' }),
]);
const dueToday = ra([åtgärd({ klart_senast: '2026-11-25', status: 'planerad' })]);
const inEgenkontroll = doc(
  egenkontrollDoc('EK-001', {
    genomförda: [{ datum: '2026-10-01', resultat: 'brister', åtgärder: [åtgärd({ klart_senast: '2026-10-31', status: 'planerad' })] }],
  }),
);
const late = ra([åtgärd({ beskrivning: 'Inför dubbelsignering', klart_senast: '2026-06-30', status: 'pågår' })]);

ruleTester(RULE, {
  valid: [
    {
      name: 'ignores the åtgärder of a withdrawn document',
      files: { [F]: ra([åtgärd({ klart_senast: '2026-06-30', status: 'pågår' })], { status: 'upphävd' }) },
    },
    { name: 'not on the due day itself', files: { [F]: dueToday } },
  ],
  invalid: [
    {
      name: 'warns for pågår past its date at the klart_senast key (line and column); not for klar, nor on the due day',
      files: { [F]: mixed },
      errors: [{ file: F, ...at(mixed, 'klart_senast:'), severity: 'warning' }],
    },
    {
      name: 'fires the day after klart_senast',
      files: { [F]: dueToday },
      options: { today: '2026-11-26' },
      errors: [{ file: F, line: at(dueToday, 'klart_senast:').line }],
    },
    {
      name: 'checks åtgärder in an egenkontroll’s genomförda too',
      files: { [E]: inEgenkontroll },
      errors: [{ file: E, line: at(inEgenkontroll, 'klart_senast:').line }],
    },
    {
      name: 'says what, when and who in Swedish',
      files: { [F]: late },
      errors: [
        {
          file: F,
          line: at(late, 'klart_senast:').line,
          message: 'Åtgärden ”Inför dubbelsignering” skulle vara klar 2026-06-30 men har status pågår (ansvarig: enhetschef)',
        },
      ],
    },
    {
      name: 'says what, when and who in English',
      files: { [F]: late },
      options: { lang: 'en' },
      errors: [
        {
          file: F,
          line: at(late, 'klart_senast:').line,
          message: 'The action “Inför dubbelsignering” was due 2026-06-30 but has status pågår (responsible: enhetschef)',
        },
      ],
    },
  ],
});

// An åtgärd missing its beskrivning, ansvarig and status is still late: the schema reports
// the missing fields beside it, and the warning says ? where a field is missing.
const bare = ra([{ klart_senast: '2026-06-30' }]);
ruleTester(RULE, {
  invalid: [
    {
      name: 'warns for an åtgärd missing beskrivning, status and ansvarig, with ? for each',
      files: { [F]: bare },
      errors: [
        {
          file: F,
          ...at(bare, 'klart_senast:'),
          message: 'Åtgärden ”?” skulle vara klar 2026-06-30 men har status ? (ansvarig: ?)',
        },
      ],
    },
  ],
});
