// Checks that every document starts with a YAML frontmatter block (id, typ, titel …).
// Without it the document has no owner or status, which 3:1 and 7:1 require.
// Bad: a Markdown file that starts directly with "# Rutin för …".
import { loadProblemRule } from '../load-problem.js';

export default loadProblemRule('frontmatter/missing', { sv: "Dokumentet saknar YAML-frontmatter", en: "The document has no YAML frontmatter" });
