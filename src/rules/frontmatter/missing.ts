// Checks that every document starts with a YAML frontmatter block (id, typ, titel …).
// Without it the document has no owner or status, which 3:1 and 7:1 require.
// Bad: a Markdown file that starts directly with "# Rutin för …".
import type { Catalogue } from '../../core/messages.js';
import { loadProblemRule } from '../load-problem.js';

const messages = {
  emptyFile: {
    sv: 'Filen är tom: frontmatter med id, typ och titel saknas',
    en: 'The file is empty: frontmatter with id, typ and titel is missing',
  },
  noOpeningLine: {
    sv: 'Dokumentet saknar YAML-frontmatter (ska börja med en rad "---")',
    en: 'The document has no YAML frontmatter (it must start with a line "---")',
  },
  startHint: {
    sv: 'Börja filen med ---, fälten id, typ, titel, status, version och ägare, och en rad --- till.',
    en: 'Start the file with ---, the fields id, typ, titel, status, version and ägare, and another --- line.',
  },
} as const satisfies Catalogue;

export default loadProblemRule(
  'frontmatter/missing',
  { sv: 'Dokumentet saknar YAML-frontmatter', en: 'The document has no YAML frontmatter' },
  messages,
  (p) => ({
    messageId: p.code === 'empty-file' ? 'emptyFile' : 'noOpeningLine',
    hintId: 'startHint',
  }),
);
