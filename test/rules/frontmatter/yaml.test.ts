/**
 * frontmatter/yaml: YAML syntax errors, duplicate keys, an unclosed block (error), at the
 * place of the error.
 */
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'frontmatter/yaml';
const D = 'ledningssystem/';

ruleTester(RULE, {
  valid: [{ name: 'valid YAML passes', files: { [`${D}ok.md`]: doc(rutin('RUT-002'), RUTIN_BODY) } }],
  invalid: [
    {
      name: 'flags a duplicate key at its second occurrence; valid YAML passes',
      files: { [`${D}a.md`]: '---\nid: RUT-001\nägare: mas\nägare: enhetschef\n---\n', [`${D}ok.md`]: doc(rutin('RUT-002'), RUTIN_BODY) },
      errors: [{ file: `${D}a.md`, line: 4, column: 1, severity: 'error', message: 'YAML-fel: Nyckeln ”ägare” finns två gånger' }],
    },
    {
      name: 'flags an unclosed block at line 1 and an unclosed bracket on its line',
      files: { [`${D}a.md`]: '---\nid: RUT-001\ntyp: rutin\n', [`${D}b.md`]: '---\nid: RUT-002\ntitel: [oavslutad\n---\n' },
      errors: [
        { file: `${D}a.md`, line: 1, message: 'Frontmattern avslutas aldrig: raden "---" efter fälten saknas' },
        { file: `${D}b.md`, line: 3 },
      ],
    },
    {
      name: 'flags a tab used as indentation',
      files: { [`${D}a.md`]: '---\nid: RUT-001\naktiviteter:\n\t- x\n---\n' },
      errors: [{ file: `${D}a.md`, line: 4 }],
    },
    {
      name: 'speaks English with lang en',
      files: { [`${D}a.md`]: '---\nid: RUT-001\nid: RUT-002\n---\n' },
      options: { lang: 'en' },
      errors: [{ file: `${D}a.md`, line: 3, message: 'YAML error: The key "id" appears twice' }],
    },
  ],
});
