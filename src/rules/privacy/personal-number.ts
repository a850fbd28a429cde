// Checks that no valid Swedish personnummer or samordningsnummer (date + Luhn) appears anywhere
// in a document or a data file: the ledningssystem is shared and versioned in git, where
// personal data can never be erased (GDPR, OSL 26 kap.). The message masks the number.
// The läskvittens files (issue 13) are scanned too when their folder is not under data/
// (those under data/ already are, as data files).
// Bad: "Händelsen gällde brukare 19121212-1212" in a sammanställning.
import { personalNumbersIn } from '../../core/personnummer.js';
import type { ProjectRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  inFile: {
    sv: 'Ett {kind} ({masked}) står i filen; personuppgifter får aldrig finnas i ledningssystemet',
    en: 'A {kind} ({masked}) is in the file; personal data must never be in the management system',
  },
  personnummer: { sv: 'personnummer', en: 'personal identity number' },
  samordningsnummer: { sv: 'samordningsnummer', en: 'coordination number' },
  removeHint: {
    sv: 'Ta bort numret och skriv om utan att personen kan identifieras. Det finns kvar i git-historiken: kontakta den som förvaltar repot för att rensa den.',
    en: 'Remove the number and rewrite so that the person cannot be identified. It remains in git history: ask whoever manages the repository to purge it.',
  },
} as const satisfies Catalogue;

const rule: ProjectRule = {
  meta: {
    id: 'privacy/personal-number',
    description: {
      sv: 'Ett personnummer eller samordningsnummer i ett dokument eller en datafil',
      en: 'A personal identity or coordination number in a document or data file',
    },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'project',
  run(ctx) {
    const dataFiles = new Set(ctx.dataFiles.map((f) => f.file));
    const readingFiles = (ctx.reading?.files ?? []).filter((f) => !dataFiles.has(f.file));
    const found = [
      ...ctx.documents.flatMap((doc) => doc.personalNumbers.map((hit) => ({ hit, doc, file: doc.file }))),
      ...[...ctx.dataFiles, ...readingFiles].flatMap((f) =>
        personalNumbersIn(f.text).map((hit) => ({ hit, doc: undefined, file: f.file })),
      ),
    ];
    for (const { hit, doc, file } of found) {
      const masked = hit.masked;
      const kind = hit.kind;
      ctx.report({
        ...(doc ? { doc } : { file }),
        at: { line: hit.line, column: hit.column },
        messageId: 'inFile',
        hintId: 'removeHint',
        data: { kind: kind === 'personnummer' ? messages.personnummer : messages.samordningsnummer, masked },
      });
    }
  },
};
export default rule;
