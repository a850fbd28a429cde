/**
 * The change to a document as a unified diff (`--dry-run`), coloured on a terminal: the `diff`
 * package (jsdiff) makes the hunks, with their line numbers and context, as git shows them.
 */
import { createTwoFilesPatch } from 'diff';

/** A unified diff of one file, `a/` and `b/` paths as git writes them. */
export function unifiedDiff(file: string, before: string, after: string, color: boolean): string {
  const patch = createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
  // jsdiff opens with a line of '=' (no header text given): git's form starts at '---'.
  const lines = patch.split('\n').filter((l, i) => !(i === 0 && /^=+$/.test(l)));
  if (!color) return lines.join('\n');
  return lines
    .map((l) => {
      if (l.startsWith('+++') || l.startsWith('---')) return `\u001b[1m${l}\u001b[22m`;
      if (l.startsWith('+')) return `\u001b[32m${l}\u001b[39m`;
      if (l.startsWith('-')) return `\u001b[31m${l}\u001b[39m`;
      if (l.startsWith('@@')) return `\u001b[36m${l}\u001b[39m`;
      return l;
    })
    .join('\n');
}
