// Warns about a read confirmation in läskvittens.mapp that counts for nothing: a document id
// that does not exist, a version that is no version or is higher than the document's, and a
// row or file that cannot be read (a missing field, a bad date, a header without the required
// columns, a file not saved as UTF-8). Inert unless lsys.yaml has `läskvittens` (issue 13).
// Serves 6:1 (staff work by the processes and routines): a confirmation that is not counted
// makes a reader look behind. The message gives file and line, never the reader key.
// Bad: `RUT-099;2.0;P0042;2026-03-04` when there is no RUT-099.
import { q } from '../../core/i18n.js';
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';
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
    for (const issue of ctx.model.readingIssues) {
      if (issue.kind !== 'confirmations') continue;
      const where = { file: issue.file, at: { line: issue.line, column: 1 } };
      const data = issue.data ?? {};
      switch (issue.code) {
        case 'unknown-document':
          ctx.report({ ...where, messageId: 'unknownDocument', hintId: 'checkIdHint', data: { id: q(String(data.id)) } });
          break;
        case 'bad-version':
          ctx.report({
            ...where,
            messageId: 'badVersion',
            hintId: 'versionFormHint',
            data: { id: String(data.id), version: q(String(data.version)) },
          });
          break;
        case 'future-version':
          ctx.report({ ...where, messageId: 'futureVersion', hintId: 'versionHint', data });
          break;
        case 'bad-date':
          ctx.report({ ...where, messageId: 'badDate', hintId: 'dateHint', data: { value: q(String(data.value)) } });
          break;
        default: {
          const r = fileProblemReport(issue);
          if (r) ctx.report(r);
        }
      }
    }
  },
};
export default rule;
