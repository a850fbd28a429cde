/** The wording of läskvittens rows and files that cannot be read (rules/reading/file-problems.ts), code by code. */
import { describe, expect, it } from 'vitest';
import { fileProblemReport } from '../../../src/rules/reading/file-problems.js';
import type { ReadingIssue } from '../../../src/model/index.js';

const issue = (code: ReadingIssue['code'], data?: ReadingIssue['data']): ReadingIssue => ({
  kind: 'confirmations',
  file: 'data/läskvittenser/a.csv',
  line: 3,
  code,
  ...(data ? { data } : {}),
});

describe('fileProblemReport', () => {
  it('words each problem of a row or file at its line, in both languages', () => {
    const r = fileProblemReport(issue('unreadable', { reason: 'EACCES' }));
    expect(r).toMatchObject({ file: 'data/läskvittenser/a.csv', at: { line: 3, column: 1 } });
    expect(r.message).toEqual({ sv: 'Filen kan inte läsas (EACCES)', en: 'The file cannot be read (EACCES)' });
    expect(r.hint).toEqual({ sv: 'Kontrollera filens rättigheter.', en: "Check the file's permissions." });
    expect(fileProblemReport(issue('not-utf8')).message).toEqual(fileProblemReport(issue('utf16')).message);
    expect((fileProblemReport(issue('short-row', { found: 2, expected: 4 })).message as { sv: string }).sv).toBe(
      'Raden har 2 fält men rubrikraden har 4; raden räknas inte',
    );
  });

  it('gives a code that a rule words itself a plain sentence, should the rule not', () => {
    expect(fileProblemReport(issue('bad-date')).message).toEqual({
      sv: 'Raden kan inte läsas (bad-date); raden räknas inte',
      en: 'The row cannot be read (bad-date); the row is not counted',
    });
  });
});
