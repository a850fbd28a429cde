// What the reading rules say about a row or file of läskvittens.mapp that cannot be read: the
// roster's are ref/unresolved's, the confirmations' reading/unknown-document's (issue 13). The
// message names the column or value that is wrong, never a reader key.
import { q } from '../../core/i18n.js';
import { format, type Catalogue } from '../../core/messages.js';
import type { Report } from '../../core/types.js';
import type { ReadingIssue } from '../../model/index.js';

export const FILE_PROBLEM_MESSAGES = {
  unreadable: { sv: 'Filen kan inte läsas ({reason})', en: 'The file cannot be read ({reason})' },
  permissionsHint: { sv: 'Kontrollera filens rättigheter.', en: "Check the file's permissions." },
  notUtf8: {
    sv: 'Filen är inte sparad som UTF-8 och läses inte',
    en: 'The file is not saved as UTF-8 and is not read',
  },
  saveAsUtf8Hint: {
    sv: 'Spara den i Excel med Spara som → "CSV UTF-8 (kommaavgränsad) (*.csv)".',
    en: 'In Excel, save it with Save As → "CSV UTF-8 (Comma delimited) (*.csv)".',
  },
  missingColumns: {
    sv: 'Rubrikraden saknar {columns}; filen läses inte',
    en: 'The header row lacks {columns}; the file is not read',
  },
  columnsHint: {
    sv: 'Första raden ska ha kolumnerna {wanted} (i valfri ordning, fler kolumner går bra).',
    en: 'The first row must name the columns {wanted} (in any order; more columns are fine).',
  },
  unclosedQuote: {
    sv: 'Ett citattecken (") på raden stängs aldrig; raden räknas inte',
    en: 'A quotation mark (") on the row is never closed; the row is not counted',
  },
  quoteHint: {
    sv: 'Ta bort citattecknet eller skriv det dubbelt ("") inom ett citerat fält.',
    en: 'Remove the quotation mark, or double it ("") inside a quoted field.',
  },
  shortRow: {
    sv: 'Raden har {found} fält men rubrikraden har {expected}; raden räknas inte',
    en: 'The row has {found} fields but the header row has {expected}; the row is not counted',
  },
  separatorHint: {
    sv: 'Skriv ett fält för varje kolumn, med samma avgränsare som rubrikraden (; eller ,).',
    en: 'Give a field for each column, with the same separator as the header row (; or ,).',
  },
  emptyField: { sv: 'Raden saknar {column}; raden räknas inte', en: 'The row has no {column}; the row is not counted' },
  fillHint: { sv: 'Fyll i {column} eller ta bort raden.', en: 'Fill in {column} or remove the row.' },
  rowUnreadable: { sv: 'Raden kan inte läsas ({code}); raden räknas inte', en: 'The row cannot be read ({code}); the row is not counted' },
} as const satisfies Catalogue;

/** The report of a file-level or row-level problem, worded here (the codes a rule words itself get a plain sentence). */
export function fileProblemReport(issue: ReadingIssue): Report {
  const M = FILE_PROBLEM_MESSAGES;
  const where = { file: issue.file, at: { line: issue.line, column: 1 } };
  const data = issue.data ?? {};
  switch (issue.code) {
    case 'unreadable':
      return { ...where, message: format(M.unreadable, data), hint: M.permissionsHint };
    case 'utf16':
    case 'not-utf8':
      return { ...where, message: M.notUtf8, hint: M.saveAsUtf8Hint };
    case 'missing-columns':
      return { ...where, message: format(M.missingColumns, data), hint: format(M.columnsHint, data) };
    case 'unclosed-quote':
      return { ...where, message: M.unclosedQuote, hint: M.quoteHint };
    case 'short-row':
      return { ...where, message: format(M.shortRow, data), hint: M.separatorHint };
    case 'empty-field': {
      const column = { column: q(String(data.column)) };
      return { ...where, message: format(M.emptyField, column), hint: format(M.fillHint, column) };
    }
    default:
      return { ...where, message: format(M.rowUnreadable, { code: issue.code }) };
  }
}
