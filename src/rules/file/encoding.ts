// Checks that a document is readable UTF-8 text (no NUL bytes, no Latin-1 bytes).
// Serves 7:1 (documentation must be readable by staff); a file saved as Windows-1252 fails.
// Bad: a routine exported from Word as "ANSI" text.
import { fsErrorReason } from '../../core/fs-write.js';
import { perLang, say, type Catalogue } from '../../core/messages.js';
import type { Text } from '../../core/types.js';
import { loadProblemRule } from '../load-problem.js';

const messages = {
  unreadable: { sv: 'Filen kunde inte läsas: {reason}', en: 'The file could not be read: {reason}' },
  brokenLink: { sv: 'länken pekar på en fil som inte finns', en: 'the link points at a file that does not exist' },
  withCode: { sv: '{reason} ({code})', en: '{reason} ({code})' },
  selfLinkHint: { sv: 'En symbolisk länk pekar på sig själv. Ta bort länken.', en: 'A symbolic link points to itself. Remove the link.' },
  checkFileHint: { sv: 'Kontrollera att filen finns och går att läsa.', en: 'Check that the file exists and is readable.' },
  outsideLink: {
    sv: 'Länken pekar utanför ledningssystemet ({target}) och läses inte',
    en: 'The link points outside the repository ({target}) and is not read',
  },
  outsideLinkHint: {
    sv: 'Flytta eller kopiera dokumenten in i ledningssystemets mapp, eller ta bort länken.',
    en: 'Move or copy the documents into the repository folder, or remove the link.',
  },
  nulBytes: { sv: 'Filen innehåller NUL-tecken och är ingen textfil', en: 'The file contains NUL bytes and is not a text file' },
  nulBytesHint: { sv: 'Spara dokumentet som Markdown-text i UTF-8.', en: 'Save the document as Markdown text in UTF-8.' },
  notUtf8: {
    sv: 'Filen är inte giltig UTF-8 (troligen sparad som Windows-1252/Latin-1)',
    en: 'The file is not valid UTF-8 (probably saved as Windows-1252/Latin-1)',
  },
  notUtf8Hint: { sv: 'Spara filen som UTF-8 i din editor.', en: 'Save the file as UTF-8 in your editor.' },
} as const satisfies Catalogue;

export default loadProblemRule(
  'file/encoding',
  { sv: 'Filen går inte att läsa som UTF-8-text', en: 'The file cannot be read as UTF-8 text' },
  messages,
  (p) => {
    switch (p.code) {
      case 'unreadable': {
        const { code } = p.data;
        // Discovery found the file, so a missing one is a link to nothing.
        const reason: Text = code === 'ENOENT' ? messages.brokenLink : perLang((lang) => p.data.reason ?? fsErrorReason({ code }, lang));
        // The reason, and the error code after it unless the reason is the code itself.
        const withCode = perLang((lang) => (reason[lang] === code ? code : say(messages.withCode, lang, { reason: reason[lang], code })));
        return { messageId: 'unreadable', hintId: code === 'ELOOP' ? 'selfLinkHint' : 'checkFileHint', data: { reason: withCode } };
      }
      case 'outside-link':
        return { messageId: 'outsideLink', hintId: 'outsideLinkHint', data: { target: p.data.target } };
      case 'nul-bytes':
        return { messageId: 'nulBytes', hintId: 'nulBytesHint' };
      case 'not-utf8':
        return { messageId: 'notUtf8', hintId: 'notUtf8Hint' };
    }
  },
);
