/**
 * id/duplicate: the same `id` in two files (error), reported on both. The id is the document's
 * identity: references and the kvalitetsberättelse depend on it (7:1).
 */
import { describe, expect, it } from 'vitest';
import { doc, lineOf, messages, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'id/duplicate';
const A = 'ledningssystem/rutiner/lakemedel.md';
const B = 'ledningssystem/rutiner/lakemedel-kopia.md';

describe(RULE, () => {
  it('reports a shared id on both files, at the id key; distinct ids are fine', async () => {
    const a = doc(rutin('RUT-012'), RUTIN_BODY);
    const b = doc({ titel: 'Kopia', ...rutin('RUT-012') }, RUTIN_BODY);
    const diags = await check({ [A]: a, [B]: b, 'ledningssystem/rutiner/annan.md': doc(rutin('RUT-013'), RUTIN_BODY) });
    expect(pairs(diags, RULE).sort()).toEqual([`${B}:${lineOf(b, 'id:')}`, `${A}:${lineOf(a, 'id:')}`].sort());
    expect(lineOf(b, 'id:')).not.toBe(lineOf(a, 'id:'));
    expect(diags.filter((d) => d.rule === RULE).every((d) => d.severity === 'error')).toBe(true);
  });

  it('names the other files, in Swedish and English', async () => {
    const C = 'ledningssystem/c.md';
    const files = { [A]: doc(rutin('RUT-012'), RUTIN_BODY), [B]: doc(rutin('RUT-012'), RUTIN_BODY), [C]: doc(rutin('RUT-012'), RUTIN_BODY) };
    const sv = (await check(files)).filter((d) => d.rule === RULE);
    expect(sv.find((d) => d.file === C)?.message).toBe(`Id ”RUT-012” används också i ${B}, ${A}`);
    expect(sv).toHaveLength(3);
    const en = (await check(files, { lang: 'en' })).filter((d) => d.rule === RULE);
    expect(en.find((d) => d.file === A)?.message).toBe(`The id “RUT-012” is also used in ${C}, ${B}`);
  });

  it('is silent when every id is unique', async () => {
    expect(pairs(await check({ [A]: doc(rutin('RUT-012'), RUTIN_BODY), [B]: doc(rutin('RUT-112'), RUTIN_BODY) }), RULE)).toEqual([]);
  });
});
