/**
 * frontmatter/yaml: YAML syntax errors, duplicate keys, an unclosed block (error), at the
 * place of the error.
 */
import { describe, expect, it } from 'vitest';
import { doc, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'frontmatter/yaml';
const D = 'ledningssystem/';

describe(RULE, () => {
  it('flags a duplicate key at its second occurrence; valid YAML passes', async () => {
    const diags = await check({
      [`${D}a.md`]: '---\nid: RUT-001\nägare: mas\nägare: enhetschef\n---\n',
      [`${D}ok.md`]: doc(rutin('RUT-002'), RUTIN_BODY),
    });
    expect(positions(diags, RULE)).toEqual([`${D}a.md:4:1`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
    expect(messages(diags, RULE)).toEqual(['YAML-fel: Nyckeln finns två gånger']);
  });

  it('flags an unclosed block at line 1 and an unclosed bracket on its line', async () => {
    const diags = await check({
      [`${D}a.md`]: '---\nid: RUT-001\ntyp: rutin\n',
      [`${D}b.md`]: '---\nid: RUT-002\ntitel: [oavslutad\n---\n',
    });
    expect(pairs(diags, RULE)).toEqual([`${D}a.md:1`, `${D}b.md:3`]);
    expect(messages(diags, RULE)[0]).toBe('Frontmattern avslutas aldrig: raden "---" efter fälten saknas');
  });

  it('flags a tab used as indentation', async () => {
    const diags = await check({ [`${D}a.md`]: '---\nid: RUT-001\naktiviteter:\n\t- x\n---\n' });
    expect(pairs(diags, RULE)).toEqual([`${D}a.md:4`]);
  });

  it('speaks English with lang en', async () => {
    const diags = await check({ [`${D}a.md`]: '---\nid: RUT-001\nid: RUT-002\n---\n' }, { lang: 'en' });
    expect(messages(diags, RULE)).toEqual([expect.stringMatching(/^YAML error: Map keys must be unique/)]);
  });
});
