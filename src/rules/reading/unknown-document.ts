// Warns about a read confirmation in läskvittens.mapp that counts for nothing: a document id
// that does not exist, a version that is no version or is higher than the document's, and a
// row or file that cannot be read (a missing field, a bad date, a header without the required
// columns, a file not saved as UTF-8). Inert unless lsys.yaml has `läskvittens` (issue 13).
// Serves 6:1 (staff work by the processes and routines): a confirmation that is not counted
// makes a reader look behind. The message gives file and line, never the reader key.
// Bad: `RUT-099;2.0;P0042;2026-03-04` when there is no RUT-099.
import { q } from '../../core/i18n.js';
import type { DomainModel, ReadingIssue } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';
import { format, type Catalogue } from '../../core/messages.js';
import { fileProblemReport } from './file-problems.js';

const messages = {
  unknownDocument: {
    sv: 'Bekräftelsen gäller dokumentet {id}, som inte finns; raden räknas inte',
    en: 'The confirmation is for the document {id}, which does not exist; the row is not counted',
  },
  checkIdHint: {
    sv: 'Kontrollera id:t; det ska vara dokumentets id, t.ex. RUT-012.',
    en: "Check the id; it must be the document's id, e.g. RUT-012.",
  },
  badVersion: {
    sv: 'Bekräftelsen av {id} gäller version {version}, som inte är ett versionsnummer; raden räknas inte',
    en: 'The confirmation of {id} is for version {version}, which is not a version number; the row is not counted',
  },
  versionFormHint: {
    sv: 'Skriv versionen som i dokumentet, t.ex. 2 eller 2.1.',
    en: 'Write the version as the document does, e.g. 2 or 2.1.',
  },
  futureVersion: {
    sv: 'Bekräftelsen av {id} gäller version {version}, men dokumentet har version {current}; raden räknas inte',
    en: 'The confirmation of {id} is for version {version}, but the document is at version {current}; the row is not counted',
  },
  versionHint: {
    sv: 'En bekräftelse kan bara gälla en version som dokumentet har haft. Kontrollera versionen.',
    en: 'A confirmation can only be for a version the document has had. Check the version.',
  },
  moreRows: {
    sv: '{message} (och {more} rader till i filen med samma fel)',
    en: '{message} (and {more} more rows in the file with the same problem)',
  },
  badDate: {
    sv: 'Datumet {value} kan inte läsas; raden räknas inte',
    en: 'The date {value} cannot be read; the row is not counted',
  },
  dateHint: {
    sv: 'Skriv datumet ÅÅÅÅ-MM-DD, t.ex. 2026-03-04 (en tid efter datumet går bra).',
    en: 'Write the date YYYY-MM-DD, e.g. 2026-03-04 (a time after the date is fine).',
  },
} as const satisfies Catalogue;

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'reading/unknown-document',
    description: {
      sv: 'En läsbekräftelse för ett dokument eller en version som inte finns, eller en rad som inte kan läsas',
      en: 'A read confirmation for a document or version that does not exist, or a row that cannot be read',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'project',
  run(ctx) {
    // A renamed document or a wrong version in a form leaves many rows alike: one finding per
    // file, document and version, on the first such row, with the count of the others.
    const alike = new Map<string, { first: ReadingIssue; more: number }>();
    for (const issue of ctx.model.readingIssues) {
      if (issue.kind !== 'confirmations') continue;
      if (issue.code === 'unknown-document' || issue.code === 'bad-version' || issue.code === 'future-version') {
        const key = [issue.file, issue.code, issue.data!.id, issue.data!.version].join('\n');
        const seen = alike.get(key);
        if (seen) seen.more++;
        else alike.set(key, { first: issue, more: 0 });
        continue;
      }
      if (issue.code === 'bad-date') {
        ctx.report({ ...at(issue), messageId: 'badDate', hintId: 'dateHint', data: { value: q(String(issue.data!.value)) } });
        continue;
      }
      ctx.report(fileProblemReport(issue));
    }
    for (const { first, more } of alike.values()) {
      const data = first.data!;
      const [message, hint] =
        first.code === 'unknown-document'
          ? [format(messages.unknownDocument, { id: q(String(data.id)) }), messages.checkIdHint]
          : first.code === 'bad-version'
            ? [format(messages.badVersion, { id: String(data.id), version: q(String(data.version)) }), messages.versionFormHint]
            : [format(messages.futureVersion, data), messages.versionHint];
      ctx.report({ ...at(first), message: more > 0 ? format(messages.moreRows, { message, more }) : message, hint });
    }
  },
};
export default rule;

/** Where a row stands: its file and line. */
function at(issue: ReadingIssue): { file: string; at: { line: number; column: number } } {
  return { file: issue.file, at: { line: issue.line, column: 1 } };
}
