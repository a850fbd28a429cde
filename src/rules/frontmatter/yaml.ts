// Checks that the frontmatter is valid YAML: syntax, duplicate keys, closing ---, aliases.
// A broken block hides every other field from lsys and from the reader.
// Bad: "ägare: mas" twice, or a tab used as indentation.
import { loadProblemRule } from '../load-problem.js';

export default loadProblemRule('frontmatter/yaml', { sv: "Frontmattern är inte giltig YAML", en: "The frontmatter is not valid YAML" });
