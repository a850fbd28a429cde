// Checks that the frontmatter is valid YAML: syntax, duplicate keys, closing ---, aliases.
// A broken block hides every other field from lsys and from the reader.
// Bad: "ägare: mas" twice, or a tab used as indentation.
import { yamlErrorHint, yamlErrorText } from '../../core/yaml-errors.js';
import type { Catalogue } from '../../core/messages.js';
import { loadProblemRule } from '../load-problem.js';

const messages = {
  unclosed: {
    sv: 'Frontmattern avslutas aldrig: raden "---" efter fälten saknas',
    en: 'The frontmatter is never closed: the "---" line after the fields is missing',
  },
  closeHint: { sv: 'Lägg till en rad med bara --- efter sista fältet.', en: 'Add a line with only --- after the last field.' },
  tooBig: {
    sv: 'Frontmattern är för stor eller för djupt nästlad (högst {maxChars} tecken och {maxDepth} nivåer)',
    en: 'The frontmatter is too large or too deeply nested (at most {maxChars} characters and {maxDepth} levels)',
  },
  tooManyAliases: { sv: 'YAML kunde inte läsas: för många alias ({message})', en: 'YAML could not be read: too many aliases ({message})' },
  aliasesHint: { sv: 'Skriv ut värdena i stället för att använda & och *.', en: 'Write the values out instead of using & and *.' },
} as const satisfies Catalogue;

export default loadProblemRule(
  'frontmatter/yaml',
  { sv: 'Frontmattern är inte giltig YAML', en: 'The frontmatter is not valid YAML' },
  messages,
  (p) => {
    switch (p.code) {
      case 'unclosed':
        return { messageId: 'unclosed', hintId: 'closeHint' };
      case 'too-big':
        return { messageId: 'tooBig', data: { maxChars: p.data.maxChars, maxDepth: p.data.maxDepth } };
      case 'syntax':
        // The YAML parser's errors are worded in core/yaml-errors.ts (shared with lsys.yaml's errors).
        return { message: yamlErrorText(p.data.code, p.data.message, p.data.key), hint: yamlErrorHint(p.data.code) };
      case 'too-many-aliases':
        return { messageId: 'tooManyAliases', hintId: 'aliasesHint', data: { message: p.data.message } };
    }
  },
);
