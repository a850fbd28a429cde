/**
 * reading/overdue: a document in force whose required readers have not all confirmed its
 * current version (or major version) more than läskvittens.dagar after fastställd (warning).
 * Inert without läskvittens. The message counts per unit, never a reader key.
 */
import { BASE_CONFIG } from '../../helpers/repo.js';
import { READING_CONFIG, READING_FILES } from '../../helpers/reading.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'reading/overdue';
const F = 'ledningssystem/RUT-001.md';
const rut1 = READING_FILES[F]!;
const version = at(rut1, 'version:');
const allConfirmed = {
  ...READING_FILES,
  'data/läskvittenser/sent.csv': 'dokument;version;läsare;datum\nRUT-001;2.1;P2;2026-11-01\nRUT-001;2.1;P5;2026-11-01\n',
};
const oneMissing = { ...READING_FILES, 'data/läskvittenser/sent.csv': 'dokument;version;läsare;datum\nRUT-001;2.1;P2;2026-11-01\n' };

ruleTester(RULE, {
  valid: [
    { name: 'is inert without a läskvittens block', files: READING_FILES, config: BASE_CONFIG },
    {
      name: 'not on the due day itself (fastställd + dagar)',
      files: READING_FILES,
      config: READING_CONFIG,
      options: { today: '2026-10-01' },
    },
    { name: 'not when every reader has confirmed', files: allConfirmed, config: READING_CONFIG },
    {
      name: 'not when the rule is off',
      files: READING_FILES,
      config: `${READING_CONFIG}regler:\n  reading/overdue: off\n`.replace('regler:\n  coverage/missing: off\n', ''),
    },
  ],
  invalid: [
    {
      name: 'warns on the version key with the number missing per unit (unit names), never a key',
      files: READING_FILES,
      config: READING_CONFIG,
      errors: [
        {
          file: F,
          ...version,
          severity: 'warning',
          message:
            '2 av 4 läsare har inte bekräftat version 2.x (senast 2026-10-01): Solgläntans särskilda boende 1 av 2, Hemtjänsten Norr 1 av 2',
          hint: 'Påminn dem som inte har läst; "lsys due --unit <enhet>" visar vad som saknas per enhet.',
        },
      ],
    },
    {
      name: 'speaks English, "has" for one; lists only the units behind',
      files: oneMissing,
      config: READING_CONFIG,
      options: { lang: 'en' },
      errors: [
        { file: F, line: version.line, message: '1 of 4 readers has not confirmed version 2.x (due 2026-10-01): Hemtjänsten Norr 1 of 2' },
      ],
    },
    {
      name: 'counts confirmations from readers not in the roster (mistyped keys, people who left), never naming them',
      files: { ...oneMissing, 'data/läskvittenser/forms.csv': 'dokument;version;läsare;datum\nRUT-001;2.1;P55;2026-09-03\n' },
      config: READING_CONFIG,
      errors: [
        {
          file: F,
          line: version.line,
          message:
            '1 av 4 läsare har inte bekräftat version 2.x (senast 2026-10-01): Hemtjänsten Norr 1 av 2. 1 läsare som inte finns i personal.csv har bekräftat versionen – har hen slutat, eller är läsarnyckeln felskriven?',
        },
      ],
    },
    {
      name: 'several readers not in the roster, in English',
      files: {
        ...oneMissing,
        'data/läskvittenser/forms.csv': 'dokument;version;läsare;datum\nRUT-001;2.1;P55;2026-09-03\nRUT-001;2.0;P66;2026-09-03\n',
      },
      config: READING_CONFIG,
      options: { lang: 'en' },
      errors: [
        { file: F, line: version.line, message: { includes: 'Norr 1 of 2. 2 readers not in personal.csv have confirmed the version' } },
      ],
    },
    {
      name: 'with vid: minor names the exact version',
      files: allConfirmed,
      config: READING_CONFIG.replace('  dagar: 30\n', '  dagar: 30\n  vid: minor\n'),
      errors: [
        {
          file: F,
          line: version.line,
          message: { includes: '1 av 4 läsare har inte bekräftat version 2.1 (senast 2026-10-01): Solgläntans' },
        },
      ],
    },
  ],
});
