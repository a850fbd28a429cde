/**
 * action/overdue: an åtgärd (in a riskanalys or an egenkontroll) past `klart_senast` that is
 * not `klar` (warning). Serves 5:7 and 5:8.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, egenkontrollDoc, lineOf, messages, pairs, positions, posOf, riskanalysDoc, åtgärd } from '../../helpers/repo.js';

const RULE = 'action/overdue';
const F = 'ledningssystem/RA-001.md';
const ra = (åtgärder: unknown[], extra: Record<string, unknown> = {}): string =>
  doc(riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fel läkemedel', sannolikhet: 3, konsekvens: 4, åtgärder }], extra));

describe(RULE, () => {
  it('warns for pågår past its date at the klart_senast key (line and column); not for klar, nor on the due day', async () => {
    const t = ra([
      åtgärd({ beskrivning: 'A', klart_senast: '2026-06-30', status: 'pågår' }),
      åtgärd({ beskrivning: 'B', klart_senast: '2026-06-30', status: 'klar', klar_datum: '2026-07-02' }),
      åtgärd({ beskrivning: 'C', klart_senast: '2026-11-25', status: 'planerad' }),
    ]);
    const diags = await check({ [F]: t });
    expect(positions(diags, RULE)).toEqual([`${F}:${posOf(t, 'klart_senast:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
  });

  it('fires the day after klart_senast', async () => {
    const t = ra([åtgärd({ klart_senast: '2026-11-25', status: 'planerad' })]);
    expect(pairs(await check({ [F]: t }, { today: '2026-11-26' }), RULE)).toEqual([`${F}:${lineOf(t, 'klart_senast:')}`]);
  });

  it('checks åtgärder in an egenkontroll’s genomförda too', async () => {
    const E = 'ledningssystem/EK-001.md';
    const t = doc(egenkontrollDoc('EK-001', { genomförda: [{ datum: '2026-10-01', resultat: 'brister', åtgärder: [åtgärd({ klart_senast: '2026-10-31', status: 'planerad' })] }] }));
    expect(pairs(await check({ [E]: t }), RULE)).toEqual([`${E}:${lineOf(t, 'klart_senast:')}`]);
  });

  it('ignores the åtgärder of a withdrawn document', async () => {
    const t = ra([åtgärd({ klart_senast: '2026-06-30', status: 'pågår' })], { status: 'upphävd' });
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([]);
  });

  it('says what, when and who in Swedish and English', async () => {
    const files = { [F]: ra([åtgärd({ beskrivning: 'Inför dubbelsignering', klart_senast: '2026-06-30', status: 'pågår' })]) };
    expect(messages(await check(files), RULE)).toEqual([
      'Åtgärden ”Inför dubbelsignering” skulle vara klar 2026-06-30 men har status pågår (ansvarig: enhetschef)',
    ]);
    expect(messages(await check(files, { lang: 'en' }), RULE)).toEqual([
      'The action “Inför dubbelsignering” was due 2026-06-30 but has status pågår (responsible: enhetschef)',
    ]);
  });
});
