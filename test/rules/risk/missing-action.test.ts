/**
 * risk/missing-action: a risk whose riskvärde (sannolikhet × konsekvens) is at or above
 * `risk.åtgärdsgräns` (default 8) and that has no åtgärd (error). Serves 5:1.
 */
import { describe, expect, it } from 'vitest';
import { config, doc, lineOf, messages, pairs, positions, riskanalysDoc, åtgärd } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'risk/missing-action';
const F = 'ledningssystem/RA-001.md';
const risk = (id: string, sannolikhet: number, konsekvens: number, extra: Record<string, unknown> = {}) => ({ id, beskrivning: `Risk ${id}`, sannolikhet, konsekvens, ...extra });

describe(RULE, () => {
  it('flags riskvärde exactly at the threshold (2 × 4 = 8) at the risk item, not 3 × 2 = 6, not one with an åtgärd', async () => {
    const t = doc(riskanalysDoc('RA-001', [risk('R1', 3, 2), risk('R2', 2, 4), risk('R3', 4, 4, { åtgärder: [åtgärd()] })]));
    const diags = await check({ [F]: t });
    expect(positions(diags, RULE)).toEqual([`${F}:${lineOf(t, 'id: R2')}:5`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
    expect(messages(diags, RULE)).toEqual(['Risken R2 har riskvärde 8 (2 × 4) men ingen åtgärd; gränsen är 8']);
  });

  it('leaves a withdrawn riskanalys alone: it is history', async () => {
    const t = doc({ ...riskanalysDoc('RA-001', [risk('R1', 4, 4)]), status: 'upphävd' });
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
  });

  it('uses risk.åtgärdsgräns from lsys.yaml', async () => {
    const t = doc(riskanalysDoc('RA-001', [risk('R1', 2, 4), risk('R2', 3, 3)]));
    const diags = await check({ [F]: t }, {}, config('risk: { åtgärdsgräns: 9 }\n'));
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(t, 'id: R2')}`]);
  });

  it('reads bare integers written in the YAML (failsafe text coerced by the schema)', async () => {
    const t = '---\nid: RA-001\ntyp: riskanalys\ntitel: Fall\nstatus: utkast\nversion: 1.0\nägare: mas\ndatum: 2026-08-20\nanledning: fortlöpande\nrisker:\n  - { id: R1, beskrivning: Fall, sannolikhet: 4, konsekvens: 3 }\n  - { id: R2, beskrivning: Fel, sannolikhet: 1, konsekvens: 4 }\n---\n';
    expect(positions(await check({ [F]: t }), RULE)).toEqual([`${F}:11:5`]);
  });

  it('speaks English with lang en', async () => {
    const t = doc(riskanalysDoc('RA-001', [risk('R1', 4, 4)]));
    expect(messages(await check({ [F]: t }, { lang: 'en' }), RULE)).toEqual(['The risk R1 has risk value 16 (4 × 4) but no action; the threshold is 8']);
  });
});
