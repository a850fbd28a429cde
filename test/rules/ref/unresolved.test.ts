/**
 * ref/unresolved: a document id, activity id, role id or unit id that does not exist (error).
 * Serves 4:2–4:4 (processes, activities and routines hang together, responsibility included).
 */
import { describe, expect, it } from 'vitest';
import { doc, egenkontrollDoc, lineOf, messages, pairs, positions, processDoc, PROCESS_BODY, rutin, RUTIN_BODY, åtgärd } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'ref/unresolved';
const D = 'ledningssystem/';
const PRO = doc(
  processDoc('PRO-001', {
    aktiviteter: [
      { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001'] },
      { id: 'A2', namn: 'Utreda', ansvarig: 'mas', rutiner: [] },
    ],
  }),
  PROCESS_BODY,
);
const POLICY = doc({ id: 'POL-001', typ: 'policy', titel: 'Kvalitetspolicy', status: 'fastställd', version: '1.0', ägare: 'nämnd', fastställd_av: 'nämnd', fastställd: '2026-09-01', revideras: '2027-08-31' });
const base = { [`${D}PRO-001.md`]: PRO, [`${D}POL-001.md`]: POLICY, [`${D}RUT-001.md`]: doc(rutin('RUT-001'), RUTIN_BODY) };

async function refs(text: string): Promise<{ pairs: string[]; messages: string[] }> {
  const diags = await check({ ...base, [`${D}RUT-001.md`]: text });
  return { pairs: pairs(diags, RULE), messages: messages(diags, RULE) };
}

describe(RULE, () => {
  it('accepts references that resolve: roles, units, documents, the process and its activity', async () => {
    const ok = doc(rutin('RUT-001', { process: 'PRO-001', aktivitet: 'A2', gäller_för: ['solgläntan'], relaterade: ['POL-001'] }), RUTIN_BODY);
    expect((await refs(ok)).pairs).toEqual([]);
  });

  it('flags an unknown role (ägare, fastställd_av) at its key', async () => {
    const text = doc(rutin('RUT-001', { ägare: 'verksamhetschef', fastställd_av: 'rektor' }), RUTIN_BODY);
    const r = await refs(text);
    expect(r.pairs).toEqual([`${D}RUT-001.md:${lineOf(text, 'ägare:')}`, `${D}RUT-001.md:${lineOf(text, 'fastställd_av:')}`]);
    expect(r.messages[0]).toBe('Rollen ”verksamhetschef” (ägare) finns inte i lsys.yaml');
  });

  it('flags an unknown unit in gäller_för at the list item', async () => {
    const text = doc(rutin('RUT-001', { gäller_för: ['solgläntan', 'månskenet'] }), RUTIN_BODY);
    const r = await refs(text);
    expect(r.pairs).toEqual([`${D}RUT-001.md:${lineOf(text, '- månskenet')}`]);
    expect(r.messages).toEqual(['Enheten ”månskenet” finns inte i lsys.yaml']);
  });

  it('flags an unknown document id (relaterade, ersätter)', async () => {
    const text = doc(rutin('RUT-001', { ersätter: 'RUT-000', relaterade: ['POL-001', 'BLA-404'] }), RUTIN_BODY);
    const r = await refs(text);
    expect(r.pairs).toEqual([`${D}RUT-001.md:${lineOf(text, 'ersätter:')}`, `${D}RUT-001.md:${lineOf(text, '- BLA-404')}`]);
    expect(r.messages).toEqual(['Dokumentet ”RUT-000” (ersätter) finns inte', 'Dokumentet ”BLA-404” (relaterade) finns inte']);
  });

  it('flags a process field that names a document that is not a process', async () => {
    const text = doc(rutin('RUT-001', { process: 'POL-001' }), RUTIN_BODY);
    const r = await refs(text);
    expect(r.pairs).toEqual([`${D}RUT-001.md:${lineOf(text, 'process:')}`]);
    expect(r.messages).toEqual(['”POL-001” är en policy, inte en process']);
  });

  it('reports a process field that is no process once, not again on its aktivitet', async () => {
    const text = doc(rutin('RUT-001', { process: 'POL-001', aktivitet: 'A1' }), RUTIN_BODY);
    const r = await refs(text);
    expect(r.pairs).toEqual([`${D}RUT-001.md:${lineOf(text, 'process:')}`]);
    expect(r.messages).toEqual(['”POL-001” är en policy, inte en process']);
  });

  it('flags an activity that the named process does not have', async () => {
    const text = doc(rutin('RUT-001', { process: 'PRO-001', aktivitet: 'A9' }), RUTIN_BODY);
    const r = await refs(text);
    expect(r.pairs).toEqual([`${D}RUT-001.md:${lineOf(text, 'aktivitet:')}`]);
    expect(r.messages).toEqual(['Processen PRO-001 har ingen aktivitet ”A9”']);
  });

  it('flags a nested role (aktiviteter[1].ansvarig) at the key’s line and column', async () => {
    const text = doc(
      processDoc('PRO-002', {
        aktiviteter: [
          { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef' },
          { id: 'A2', namn: 'Utreda', ansvarig: 'kurator' },
        ],
      }),
      PROCESS_BODY,
    );
    const diags = await check({ ...base, [`${D}PRO-002.md`]: text });
    expect(positions(diags, RULE)).toEqual([`${D}PRO-002.md:${lineOf(text, 'ansvarig: kurator')}:5`]);
    expect(messages(diags, RULE)).toEqual(['Rollen ”kurator” (aktiviteter.ansvarig) finns inte i lsys.yaml']);
  });

  it('flags an activity listing a policy instead of a routine, and roles in åtgärder', async () => {
    const pro = doc(processDoc('PRO-002', { aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'mas', rutiner: ['POL-001', 'RUT-404'] }] }), PROCESS_BODY);
    const ek = doc(egenkontrollDoc('EK-001', { genomförda: [{ datum: '2026-10-01', resultat: 'brister', åtgärder: [åtgärd({ ansvarig: 'vaktmästare' })] }] }));
    const diags = await check({ ...base, [`${D}PRO-002.md`]: pro, [`${D}EK-001.md`]: ek });
    expect(pairs(diags, RULE)).toEqual([
      `${D}EK-001.md:${lineOf(ek, 'ansvarig: vaktmästare')}`,
      `${D}PRO-002.md:${lineOf(pro, '- POL-001')}`,
      `${D}PRO-002.md:${lineOf(pro, '- RUT-404')}`,
    ]);
    expect(messages(diags, RULE)[1]).toBe('”POL-001” är en policy, inte en rutin');
  });

  it('speaks English with lang en', async () => {
    const diags = await check({ ...base, [`${D}RUT-001.md`]: doc(rutin('RUT-001', { ägare: 'verksamhetschef' }), RUTIN_BODY) }, { lang: 'en' });
    expect(messages(diags, RULE)).toEqual(['The role “verksamhetschef” (ägare) is not in lsys.yaml']);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });
});
