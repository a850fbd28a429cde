/**
 * file/encoding: a document that is not valid UTF-8 text (error), at the first bad byte.
 * Serves 7:1: documentation must be readable.
 */
import { describe, expect, it } from 'vitest';
import { doc, pairs, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check, ruleTester } from '../../helpers/rule-tester.js';
import { wordReport } from '../../../src/core/messages.js';
import { tr } from '../../../src/core/i18n.js';
import type { LoadProblem, LocalRule, ParsedDocument } from '../../../src/core/types.js';
import { ruleById } from '../../../src/rules/index.js';

const RULE = 'file/encoding';
const D = 'ledningssystem/';
const utf8 = doc(rutin('RUT-001'), RUTIN_BODY);
// "Bemötande" saved as Windows-1252: ö is the single byte 0xF6.
const latin1 = Buffer.concat([Buffer.from('---\nid: RUT-002\ntitel: Bem'), Buffer.from([0xf6]), Buffer.from('tande\n---\n')]);
const prefix = 'titel: Åtgärd för Bem';
const afterSwedish = Buffer.concat([Buffer.from(`---\nid: RUT-006\n${prefix}`), Buffer.from([0xf6]), Buffer.from('tande\n---\n')]);

ruleTester(RULE, {
  valid: [
    {
      name: 'UTF-8 with or without BOM, and with CRLF, passes',
      files: { [`${D}RUT-001.md`]: utf8, [`${D}RUT-003.md`]: '\uFEFF' + doc(rutin('RUT-003'), RUTIN_BODY).replace(/\n/g, '\r\n') },
    },
  ],
  invalid: [
    {
      name: 'flags a Latin-1 file at the line and column of the bad byte; UTF-8 (with or without BOM, CRLF) passes',
      files: {
        [`${D}RUT-001.md`]: utf8,
        [`${D}RUT-002.md`]: latin1,
        [`${D}RUT-003.md`]: '\uFEFF' + doc(rutin('RUT-003'), RUTIN_BODY).replace(/\n/g, '\r\n'),
      },
      errors: [
        {
          file: `${D}RUT-002.md`,
          line: 3,
          column: 11,
          severity: 'error',
          message: 'Filen är inte giltig UTF-8 (troligen sparad som Windows-1252/Latin-1)',
        },
      ],
    },
    {
      name: 'counts the column in characters, not bytes, when Swedish letters precede the bad byte',
      files: { [`${D}RUT-006.md`]: afterSwedish },
      errors: [{ file: `${D}RUT-006.md`, line: 3, column: prefix.length + 1 }],
    },
    {
      name: 'flags a file with NUL bytes, at the NUL',
      files: { [`${D}RUT-004.md`]: '---\nid: RUT-004\n---\ntext\u0000mer\n' },
      errors: [{ file: `${D}RUT-004.md`, line: 4, column: 5, message: 'Filen innehåller NUL-tecken och är ingen textfil' }],
    },
    {
      name: 'speaks English with lang en',
      files: { [`${D}RUT-002.md`]: latin1 },
      options: { lang: 'en' },
      errors: [
        { file: `${D}RUT-002.md`, line: 3, column: 11, message: 'The file is not valid UTF-8 (probably saved as Windows-1252/Latin-1)' },
      ],
    },
  ],
});

describe(RULE, () => {
  it('the Swedish letters before the bad byte take more bytes than characters (so the column case says something)', () => {
    expect(Buffer.byteLength(prefix)).toBeGreaterThan(prefix.length);
  });

  it('still checks the other files', async () => {
    const diags = await check({
      [`${D}RUT-002.md`]: latin1,
      [`${D}RUT-005.md`]: doc(rutin('RUT-005', { revideras: '2026-01-01' }), RUTIN_BODY),
    });
    expect(pairs(diags, 'review/overdue')).toHaveLength(1);
  });
});

/** The message file/encoding gives for an unreadable file with the error code `code`. */
function unreadableMessage(code: string, lang: 'sv' | 'en'): string {
  const rule = ruleById.get(RULE) as LocalRule;
  const problem = { rule: RULE, code: 'unreadable', data: { code }, at: { line: 1, column: 1 } } as unknown as LoadProblem;
  const said: string[] = [];
  rule.run({
    config: { rubriker: {}, risk: undefined } as never,
    catalog: undefined as never,
    doc: { file: 'ledningssystem/RUT-001.md', problems: [problem] } as unknown as ParsedDocument,
    report: (r) => said.push(tr(wordReport(rule.meta.messages, r).message, lang)),
  });
  return said.join('\n');
}

describe(`${RULE}: file-system errors (a failing disk cannot be made in a test)`, () => {
  it('names a known error in words, with its code after it', () => {
    expect(unreadableMessage('EACCES', 'sv')).toMatch(/^Filen kunde inte läsas: .+ \(EACCES\)$/);
  });

  it('gives an error it has no words for by its code alone, not twice', () => {
    expect(unreadableMessage('EIO', 'sv')).toBe('Filen kunde inte läsas: EIO');
    expect(unreadableMessage('EIO', 'en')).toBe('The file could not be read: EIO');
  });
});
