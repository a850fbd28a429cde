/**
 * process/orphan-routine: a fastställd `rutin` that no process activity lists and that names no
 * `process` (warning). 4:4: routines are adopted for the activities of the processes.
 */
import { describe, expect, it } from 'vitest';
import { doc, lineOf, messages, pairs, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'process/orphan-routine';
const D = 'ledningssystem/';
const orphan = (id: string, extra: Record<string, unknown> = {}): string => doc(rutin(id, { process: undefined, ...extra }), RUTIN_BODY);

describe(RULE, () => {
  it('warns at the id of a routine that belongs to no process, not at routines that do', async () => {
    const lonely = orphan('RUT-001');
    const diags = await check({
      [`${D}RUT-001.md`]: lonely,
      [`${D}RUT-002.md`]: orphan('RUT-002'), // listed by the process
      [`${D}RUT-003.md`]: doc(rutin('RUT-003'), RUTIN_BODY), // names process: PRO-001
      [`${D}PRO-001.md`]: doc(processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'enhetschef', rutiner: ['RUT-002'] }] }), PROCESS_BODY),
    });
    expect(pairs(diags, RULE)).toEqual([`${D}RUT-001.md:${lineOf(lonely, 'id:')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
  });

  it('does not count a listing in a withdrawn process, nor samverkan', async () => {
    const diags = await check({
      [`${D}RUT-001.md`]: orphan('RUT-001'),
      [`${D}RUT-002.md`]: orphan('RUT-002'),
      [`${D}PRO-001.md`]: doc(processDoc('PRO-001', { status: 'upphävd', aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'enhetschef', rutiner: ['RUT-001'] }] }), PROCESS_BODY),
      [`${D}PRO-002.md`]: doc(processDoc('PRO-002', { samverkan: [{ med: 'Regionen', beskrivning: 'Möten', rutiner: ['RUT-002'] }] }), PROCESS_BODY),
    });
    expect(pairs(diags, RULE).sort()).toEqual([`${D}RUT-001.md:2`, `${D}RUT-002.md:2`]);
  });

  it('leaves drafts and withdrawn routines alone', async () => {
    const diags = await check({
      [`${D}RUT-001.md`]: orphan('RUT-001', { status: 'utkast' }),
      [`${D}RUT-002.md`]: orphan('RUT-002', { status: 'upphävd' }),
    });
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('says so in Swedish and in English', async () => {
    expect(messages(await check({ [`${D}RUT-001.md`]: orphan('RUT-001') }), RULE)).toEqual(['Rutinen RUT-001 hör inte till någon process']);
    expect(messages(await check({ [`${D}RUT-001.md`]: orphan('RUT-001') }, { lang: 'en' }), RULE)).toEqual(['The routine RUT-001 belongs to no process']);
  });
});
