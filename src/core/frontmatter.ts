/**
 * Split a file into its raw YAML frontmatter and Markdown body. The block opens with a first
 * line `---` (optionally `---yaml`) and closes at the next line that is exactly `---`
 * (trailing spaces allowed). The raw YAML starts with the rest of the first line, so line
 * numbers in it are the file's own line numbers.
 *
 * (gray-matter did this at first; it cost ≈ 60 µs a document — a sixth of a whole
 * validation at 10,000 documents — for a split this module makes in a few lines, and its
 * looser delimiter rules disagreed with the ones lsys reports on.)
 */

const OPEN = /^---[ \t]*(yaml)?[ \t]*$/;
const CLOSE = /\n---[ \t]*(\n|$)/;

export interface Split {
  /** Whether the file starts with a frontmatter line `---`. */
  opens: boolean;
  /** The raw frontmatter text (from the end of the first line), or undefined when not closed. */
  raw: string | undefined;
  /** The body after the closing `---` line (the whole text when there is no frontmatter). */
  body: string;
  /** Offset of the body in the text. */
  bodyOffset: number;
}

/** `text` has LF line ends (callers normalise CRLF first). */
export function splitFrontmatter(text: string): Split {
  const nl = text.indexOf('\n');
  const firstLine = nl === -1 ? text : text.slice(0, nl);
  if (!OPEN.test(firstLine)) return { opens: false, raw: undefined, body: text, bodyOffset: 0 };
  const rest = text.slice(firstLine.length);
  const close = CLOSE.exec(rest);
  if (!close) return { opens: true, raw: undefined, body: '', bodyOffset: text.length };
  const bodyOffset = firstLine.length + close.index + close[0].length;
  return { opens: true, raw: rest.slice(0, close.index), body: text.slice(bodyOffset), bodyOffset };
}
