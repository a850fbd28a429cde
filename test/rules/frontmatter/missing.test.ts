/**
 * frontmatter/missing: a document without a YAML frontmatter block (error) has no owner or
 * status (3:1, 7:1).
 */
import { describe, expect, it } from 'vitest';
import { doc, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'frontmatter/missing';
const D = 'ledningssystem/';
const openers = {
  [`${D}a.md`]: '--- \nid: RUT-001\n---\n',
  [`${D}b.md`]: '---\n---\n# Tom\n',
  [`${D}c.md`]: '---yaml\nid: RUT-003\n---\n',
};
const headingAndBlank = { [`${D}a.md`]: '# Rutin\n', [`${D}b.md`]: '   \n' };

ruleTester(RULE, {
  valid: [{ name: 'accepts an opener with trailing spaces, a ---yaml opener and an empty block', files: openers }],
  invalid: [
    {
      name: 'flags a file that starts with a heading, an empty file and a blank first line, at line 1',
      files: {
        [`${D}a.md`]: '# Rutin för nyckelhantering\n\nText.\n',
        [`${D}b.md`]: '',
        [`${D}c.md`]: '\n' + doc(rutin('RUT-003'), RUTIN_BODY),
        [`${D}ok.md`]: doc(rutin('RUT-001'), RUTIN_BODY),
        [`${D}README.md`]: '# Om mappen\n', // not a document
      },
      errors: [
        { file: `${D}a.md`, line: 1, severity: 'error' },
        { file: `${D}b.md`, line: 1 },
        { file: `${D}c.md`, line: 1 },
      ],
    },
    {
      name: 'says so in Swedish',
      files: headingAndBlank,
      errors: [
        { file: `${D}a.md`, line: 1, message: 'Dokumentet saknar YAML-frontmatter (ska börja med en rad "---")' },
        { file: `${D}b.md`, line: 1, message: 'Filen är tom: frontmatter med id, typ och titel saknas' },
      ],
    },
    {
      name: 'says so in English',
      files: headingAndBlank,
      options: { lang: 'en' },
      errors: [
        { file: `${D}a.md`, line: 1, message: 'The document has no YAML frontmatter (it must start with a line "---")' },
        { file: `${D}b.md`, line: 1, message: 'The file is empty: frontmatter with id, typ and titel is missing' },
      ],
    },
  ],
});

describe(RULE, () => {
  it('leaves the fields of those openers to the other rules', async () => {
    expect(pairs(await check(openers), 'schema/required').length).toBeGreaterThan(0);
  });
});
