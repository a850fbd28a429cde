/**
 * ref/withdrawn: an active document points at an `upphävd` one (warning), except through
 * `ersätter`, which is meant to. Staff must be led to the routine in force (6:1).
 */
import { doc, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'ref/withdrawn';
const D = 'ledningssystem/';
const OLD = doc(rutin('RUT-003', { status: 'upphävd' }), RUTIN_BODY);
const NEW = doc(rutin('RUT-013', { ersätter: 'RUT-003' }), RUTIN_BODY);
const pro = doc(
  processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'mas', rutiner: ['RUT-013', 'RUT-003'] }] }),
  PROCESS_BODY,
);
const related = doc(rutin('RUT-020', { relaterade: ['RUT-003', 'RUT-030'] }), RUTIN_BODY);
const relatedOne = doc(rutin('RUT-020', { relaterade: ['RUT-003'] }), RUTIN_BODY);

ruleTester(RULE, {
  valid: [
    {
      name: 'does not judge a withdrawn document that points at another withdrawn one',
      files: {
        [`${D}RUT-003.md`]: OLD,
        [`${D}RUT-020.md`]: doc(rutin('RUT-020', { status: 'upphävd', relaterade: ['RUT-003'] }), RUTIN_BODY),
      },
    },
  ],
  invalid: [
    {
      name: 'warns where an active process lists a withdrawn routine; ersätter itself is fine',
      files: { [`${D}RUT-003.md`]: OLD, [`${D}RUT-013.md`]: NEW, [`${D}PRO-001.md`]: pro },
      errors: [
        {
          file: `${D}PRO-001.md`,
          line: at(pro, '- RUT-003').line,
          severity: 'warning',
          message: 'RUT-003 är upphävt (aktiviteter.rutiner)',
          hint: 'Hänvisa till RUT-013, som ersätter det.',
        },
      ],
    },
    {
      name: 'warns on relaterade pointing at a withdrawn document, not at a draft one',
      files: {
        [`${D}RUT-003.md`]: OLD,
        [`${D}RUT-030.md`]: doc(rutin('RUT-030', { status: 'utkast' }), RUTIN_BODY),
        [`${D}RUT-020.md`]: related,
      },
      errors: [{ file: `${D}RUT-020.md`, line: at(related, '- RUT-003').line }],
    },
    {
      name: 'speaks English with lang en',
      files: { [`${D}RUT-003.md`]: OLD, [`${D}RUT-020.md`]: relatedOne },
      options: { lang: 'en' },
      errors: [{ file: `${D}RUT-020.md`, line: at(relatedOne, '- RUT-003').line, message: 'RUT-003 is withdrawn (relaterade)' }],
    },
  ],
});
