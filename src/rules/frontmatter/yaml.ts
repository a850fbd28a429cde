// Checks that the frontmatter is valid YAML: syntax, duplicate keys, closing ---, aliases.
// A broken block hides every other field from lsys and from the reader.
// Bad: "ägare: mas" twice, or a tab used as indentation.
import { yamlErrorHint, yamlErrorText } from '../../core/yaml-errors.js';
import { loadProblemRule } from '../load-problem.js';

export default loadProblemRule('frontmatter/yaml', { sv: "Frontmattern är inte giltig YAML", en: "The frontmatter is not valid YAML" }, (p) => {
  switch (p.code) {
    case 'unclosed':
      return {
        message: { sv: 'Frontmattern avslutas aldrig: raden "---" efter fälten saknas', en: 'The frontmatter is never closed: the "---" line after the fields is missing' },
        hint: { sv: 'Lägg till en rad med bara --- efter sista fältet.', en: 'Add a line with only --- after the last field.' },
      };
    case 'too-big':
      return {
        message: {
          sv: `Frontmattern är för stor eller för djupt nästlad (högst ${p.data.maxChars} tecken och ${p.data.maxDepth} nivåer)`,
          en: `The frontmatter is too large or too deeply nested (at most ${p.data.maxChars} characters and ${p.data.maxDepth} levels)`,
        },
      };
    case 'syntax':
      return { message: yamlErrorText(p.data.code, p.data.message), hint: yamlErrorHint(p.data.code) };
    case 'too-many-aliases':
      return {
        message: {
          sv: `YAML kunde inte läsas: för många alias (${p.data.message})`,
          en: `YAML could not be read: too many aliases (${p.data.message})`,
        },
        hint: { sv: 'Skriv ut värdena i stället för att använda & och *.', en: 'Write the values out instead of using & and *.' },
      };
  }
});
