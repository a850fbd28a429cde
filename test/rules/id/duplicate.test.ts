/**
 * id/duplicate: the same `id` in two files (error), reported on both. The id is the document's
 * identity: references and the kvalitetsberättelse depend on it (7:1).
 */
import { describe, expect, it } from 'vitest';
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'id/duplicate';
const A = 'ledningssystem/rutiner/lakemedel.md';
const B = 'ledningssystem/rutiner/lakemedel-kopia.md';
const C = 'ledningssystem/c.md';
const a = doc(rutin('RUT-012'), RUTIN_BODY);
const b = doc({ titel: 'Kopia', ...rutin('RUT-012') }, RUTIN_BODY);
const three = { [A]: a, [B]: a, [C]: a };

describe(RULE, () => {
  it('the two copies have their id on different lines (so the positions below say something)', () => {
    expect(at(b, 'id:').line).not.toBe(at(a, 'id:').line);
  });
});

ruleTester(RULE, {
  valid: [
    {
      name: 'is silent when every id is unique',
      files: { [A]: doc(rutin('RUT-012'), RUTIN_BODY), [B]: doc(rutin('RUT-112'), RUTIN_BODY) },
    },
  ],
  invalid: [
    {
      name: 'reports a shared id on both files, at the id key; distinct ids are fine',
      files: { [A]: a, [B]: b, 'ledningssystem/rutiner/annan.md': doc(rutin('RUT-013'), RUTIN_BODY) },
      errors: [
        { file: B, line: at(b, 'id:').line, severity: 'error' },
        { file: A, line: at(a, 'id:').line, severity: 'error' },
      ],
    },
    {
      name: 'names the other files, in Swedish',
      files: three,
      errors: [
        { file: C, line: at(a, 'id:').line, message: `Id ”RUT-012” används också i ${B}, ${A}` },
        { file: B, line: at(a, 'id:').line },
        { file: A, line: at(a, 'id:').line },
      ],
    },
    {
      name: 'names the other files, in English',
      files: three,
      options: { lang: 'en' },
      errors: [
        { file: C, line: at(a, 'id:').line },
        { file: B, line: at(a, 'id:').line },
        { file: A, line: at(a, 'id:').line, message: `The id “RUT-012” is also used in ${C}, ${B}` },
      ],
    },
  ],
});
