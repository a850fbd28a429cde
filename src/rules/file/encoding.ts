// Checks that a document is readable UTF-8 text (no NUL bytes, no Latin-1 bytes).
// Serves 7:1 (documentation must be readable by staff); a file saved as Windows-1252 fails.
// Bad: a routine exported from Word as "ANSI" text.
import { loadProblemRule } from '../load-problem.js';

export default loadProblemRule('file/encoding', { sv: "Filen går inte att läsa som UTF-8-text", en: "The file cannot be read as UTF-8 text" });
