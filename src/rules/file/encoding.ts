// Checks that a document is readable UTF-8 text (no NUL bytes, no Latin-1 bytes).
// Serves 7:1 (documentation must be readable by staff); a file saved as Windows-1252 fails.
// Bad: a routine exported from Word as "ANSI" text.
import { fsErrorReason } from '../../core/fs-write.js';
import { loadProblemRule } from '../load-problem.js';

export default loadProblemRule('file/encoding', { sv: "Filen går inte att läsa som UTF-8-text", en: "The file cannot be read as UTF-8 text" }, (p) => {
  switch (p.code) {
    case 'unreadable': {
      const { code } = p.data;
      // Discovery found the file, so a missing one is a link to nothing.
      const reason = code === 'ENOENT'
        ? { sv: 'länken pekar på en fil som inte finns', en: 'the link points at a file that does not exist' }
        : { sv: p.data.reason ?? fsErrorReason({ code }, 'sv'), en: p.data.reason ?? fsErrorReason({ code }, 'en') };
      const withCode = (s: string): string => (s === code ? s : `${s} (${code})`);
      return {
        message: { sv: `Filen kunde inte läsas: ${withCode(reason.sv)}`, en: `The file could not be read: ${withCode(reason.en)}` },
        hint: {
          sv: code === 'ELOOP' ? 'En symbolisk länk pekar på sig själv. Ta bort länken.' : 'Kontrollera att filen finns och går att läsa.',
          en: code === 'ELOOP' ? 'A symbolic link points to itself. Remove the link.' : 'Check that the file exists and is readable.',
        },
      };
    }
    case 'outside-link':
      return {
        message: {
          sv: `Länken pekar utanför ledningssystemet (${p.data.target}) och läses inte`,
          en: `The link points outside the repository (${p.data.target}) and is not read`,
        },
        hint: {
          sv: 'Flytta eller kopiera dokumenten in i ledningssystemets mapp, eller ta bort länken.',
          en: 'Move or copy the documents into the repository folder, or remove the link.',
        },
      };
    case 'nul-bytes':
      return {
        message: { sv: 'Filen innehåller NUL-tecken och är ingen textfil', en: 'The file contains NUL bytes and is not a text file' },
        hint: { sv: 'Spara dokumentet som Markdown-text i UTF-8.', en: 'Save the document as Markdown text in UTF-8.' },
      };
    case 'not-utf8':
      return {
        message: {
          sv: 'Filen är inte giltig UTF-8 (troligen sparad som Windows-1252/Latin-1)',
          en: 'The file is not valid UTF-8 (probably saved as Windows-1252/Latin-1)',
        },
        hint: { sv: 'Spara filen som UTF-8 i din editor.', en: 'Save the file as UTF-8 in your editor.' },
      };
  }
});
