/**
 * frontmatter/missing: a document without a YAML frontmatter block (error) has no owner or
 * status (3:1, 7:1).
 */
import { describe, expect, it } from 'vitest';
import { doc, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'frontmatter/missing';
const D = 'ledningssystem/';

describe(RULE, () => {
  it('flags a file that starts with a heading, an empty file and a blank first line, at line 1', async () => {
    const diags = await check({
      [`${D}a.md`]: '# Rutin för nyckelhantering\n\nText.\n',
      [`${D}b.md`]: '',
      [`${D}c.md`]: '\n' + doc(rutin('RUT-003'), RUTIN_BODY),
      [`${D}ok.md`]: doc(rutin('RUT-001'), RUTIN_BODY),
      [`${D}README.md`]: '# Om mappen\n', // not a document
    });
    expect(pairs(diags, RULE)).toEqual([`${D}a.md:1`, `${D}b.md:1`, `${D}c.md:1`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('accepts an opener with trailing spaces, a ---yaml opener and an empty block (other rules judge the fields)', async () => {
    const diags = await check({ [`${D}a.md`]: '--- \nid: RUT-001\n---\n', [`${D}b.md`]: '---\n---\n# Tom\n', [`${D}c.md`]: '---yaml\nid: RUT-003\n---\n' });
    expect(pairs(diags, RULE)).toEqual([]);
    expect(pairs(diags, 'schema/required').length).toBeGreaterThan(0);
  });

  it('says so in Swedish and English', async () => {
    const files = { [`${D}a.md`]: '# Rutin\n', [`${D}b.md`]: '   \n' };
    expect(messages(await check(files), RULE)).toEqual([
      'Dokumentet saknar YAML-frontmatter (ska börja med en rad "---")',
      'Filen är tom: frontmatter med id, typ och titel saknas',
    ]);
    expect(messages(await check(files, { lang: 'en' }), RULE)).toEqual([
      'The document has no YAML frontmatter (it must start with a line "---")',
      'The file is empty: frontmatter with id, typ and titel is missing',
    ]);
  });
});
