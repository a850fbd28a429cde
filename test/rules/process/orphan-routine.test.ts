/**
 * process/orphan-routine: a fastställd `rutin` that no process activity lists and that names no
 * `process` (warning). 4:4: routines are adopted for the activities of the processes.
 */
import { doc, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'process/orphan-routine';
const D = 'ledningssystem/';
const orphan = (id: string, extra: Record<string, unknown> = {}): string => doc(rutin(id, { process: undefined, ...extra }), RUTIN_BODY);
const lonely = orphan('RUT-001');

ruleTester(RULE, {
  valid: [
    {
      name: 'leaves drafts and withdrawn routines alone',
      files: { [`${D}RUT-001.md`]: orphan('RUT-001', { status: 'utkast' }), [`${D}RUT-002.md`]: orphan('RUT-002', { status: 'upphävd' }) },
    },
  ],
  invalid: [
    {
      name: 'warns at the id of a routine that belongs to no process, not at routines that do',
      files: {
        [`${D}RUT-001.md`]: lonely,
        [`${D}RUT-002.md`]: orphan('RUT-002'), // listed by the process
        [`${D}RUT-003.md`]: doc(rutin('RUT-003'), RUTIN_BODY), // names process: PRO-001
        [`${D}PRO-001.md`]: doc(
          processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'enhetschef', rutiner: ['RUT-002'] }] }),
          PROCESS_BODY,
        ),
      },
      errors: [{ file: `${D}RUT-001.md`, line: at(lonely, 'id:').line, severity: 'warning' }],
    },
    {
      name: 'does not count a listing in a withdrawn process, nor samverkan',
      files: {
        [`${D}RUT-001.md`]: orphan('RUT-001'),
        [`${D}RUT-002.md`]: orphan('RUT-002'),
        [`${D}PRO-001.md`]: doc(
          processDoc('PRO-001', {
            status: 'upphävd',
            aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'enhetschef', rutiner: ['RUT-001'] }],
          }),
          PROCESS_BODY,
        ),
        [`${D}PRO-002.md`]: doc(
          processDoc('PRO-002', { samverkan: [{ med: 'Regionen', beskrivning: 'Möten', rutiner: ['RUT-002'] }] }),
          PROCESS_BODY,
        ),
      },
      errors: [
        { file: `${D}RUT-001.md`, line: 2 },
        { file: `${D}RUT-002.md`, line: 2 },
      ],
    },
    {
      name: 'says so in Swedish',
      files: { [`${D}RUT-001.md`]: lonely },
      errors: [{ file: `${D}RUT-001.md`, line: 2, message: 'Rutinen RUT-001 hör inte till någon process' }],
    },
    {
      name: 'says so in English',
      files: { [`${D}RUT-001.md`]: lonely },
      options: { lang: 'en' },
      errors: [{ file: `${D}RUT-001.md`, line: 2, message: 'The routine RUT-001 belongs to no process' }],
    },
  ],
});
