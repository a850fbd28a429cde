/**
 * egenkontroll/missing-action: a performed egenkontroll with `resultat: brister` and no
 * åtgärd (error). Serves 5:2 and 5:7: shortcomings lead to measures.
 */
import { describe, expect, it } from 'vitest';
import { doc, egenkontrollDoc, lineOf, messages, positions, åtgärd } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'egenkontroll/missing-action';
const F = 'ledningssystem/EK-001.md';

describe(RULE, () => {
  it('flags brister without åtgärder at the entry; brister with an åtgärd and utan_anmärkning pass', async () => {
    const t = doc(
      egenkontrollDoc('EK-001', {
        genomförda: [
          { datum: '2026-09-05', resultat: 'utan_anmärkning' },
          { datum: '2026-10-05', resultat: 'brister', åtgärder: [åtgärd()] },
          { datum: '2026-11-05', resultat: 'brister', sammanfattning: 'Två signaturer saknades' },
        ],
      }),
    );
    const diags = await check({ [F]: t });
    expect(positions(diags, RULE)).toEqual([`${F}:${lineOf(t, 'datum: 2026-11-05')}:5`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('treats an empty åtgärder list as no åtgärd', async () => {
    const t = doc(egenkontrollDoc('EK-001', { genomförda: [{ datum: '2026-11-05', resultat: 'brister', åtgärder: [] }] }));
    expect(positions(await check({ [F]: t }), RULE)).toEqual([`${F}:${lineOf(t, 'datum: 2026-11-05')}:5`]);
  });

  it('says so in Swedish and English', async () => {
    const files = { [F]: doc(egenkontrollDoc('EK-001', { genomförda: [{ datum: '2026-11-05', resultat: 'brister' }] })) };
    expect(messages(await check(files), RULE)).toEqual(['Egenkontrollen 2026-11-05 visade brister men har ingen åtgärd']);
    expect(messages(await check(files, { lang: 'en' }), RULE)).toEqual(['The self-inspection 2026-11-05 found shortcomings but has no action']);
  });
});
