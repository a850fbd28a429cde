/**
 * risk/missing-action: a risk whose riskvärde (sannolikhet × konsekvens) is at or above
 * `risk.åtgärdsgräns` (default 8) and that has no åtgärd (error). Serves 5:1.
 */
import { config, doc, riskanalysDoc, åtgärd } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'risk/missing-action';
const F = 'ledningssystem/RA-001.md';
const risk = (id: string, sannolikhet: number, konsekvens: number, extra: Record<string, unknown> = {}) => ({
  id,
  beskrivning: `Risk ${id}`,
  sannolikhet,
  konsekvens,
  ...extra,
});
const threshold = doc(riskanalysDoc('RA-001', [risk('R1', 3, 2), risk('R2', 2, 4), risk('R3', 4, 4, { åtgärder: [åtgärd()] })]));
const configured = doc(riskanalysDoc('RA-001', [risk('R1', 2, 4), risk('R2', 3, 3)]));
const bare =
  '---\nid: RA-001\ntyp: riskanalys\ntitel: Fall\nstatus: utkast\nversion: 1.0\nägare: mas\ndatum: 2026-08-20\nanledning: fortlöpande\nrisker:\n  - { id: R1, beskrivning: Fall, sannolikhet: 4, konsekvens: 3 }\n  - { id: R2, beskrivning: Fel, sannolikhet: 1, konsekvens: 4 }\n---\n';
const high = doc(riskanalysDoc('RA-001', [risk('R1', 4, 4)]));

ruleTester(RULE, {
  valid: [
    {
      name: 'leaves a withdrawn riskanalys alone: it is history',
      files: { [F]: doc({ ...riskanalysDoc('RA-001', [risk('R1', 4, 4)]), status: 'upphävd' }) },
    },
  ],
  invalid: [
    {
      name: 'flags riskvärde exactly at the threshold (2 × 4 = 8) at the risk item, not 3 × 2 = 6, not one with an åtgärd',
      files: { [F]: threshold },
      errors: [
        {
          file: F,
          line: at(threshold, 'id: R2').line,
          column: 5,
          severity: 'error',
          message: 'Risken R2 har riskvärde 8 (2 × 4) men ingen åtgärd; gränsen är 8',
        },
      ],
    },
    {
      name: 'uses risk.åtgärdsgräns from lsys.yaml',
      files: { [F]: configured },
      config: config('risk: { åtgärdsgräns: 9 }\n'),
      errors: [{ file: F, line: at(configured, 'id: R2').line }],
    },
    {
      name: 'reads bare integers written in the YAML (failsafe text coerced by the schema)',
      files: { [F]: bare },
      errors: [{ file: F, line: 11, column: 5 }],
    },
    {
      name: 'speaks English with lang en',
      files: { [F]: high },
      options: { lang: 'en' },
      errors: [
        { file: F, line: at(high, 'id: R1').line, message: 'The risk R1 has risk value 16 (4 × 4) but no action; the threshold is 8' },
      ],
    },
  ],
});

// A risk without id (the schema reports it) is named by its place in the list.
const noId = doc(riskanalysDoc('RA-001', [{ beskrivning: 'Fall', sannolikhet: 4, konsekvens: 4 }]));
ruleTester('risk/missing-action', {
  invalid: [
    {
      name: 'names a risk without id by its number in the list',
      files: { 'ledningssystem/RA-001.md': noId },
      errors: [
        {
          file: 'ledningssystem/RA-001.md',
          ...at(noId, 'beskrivning: Fall'),
          message: 'Risken #1 har riskvärde 16 (4 × 4) men ingen åtgärd; gränsen är 8',
        },
      ],
    },
  ],
});
