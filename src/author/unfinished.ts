/**
 * What `lsys new` wrote as guidance and nobody has replaced yet: a placeholder value in the
 * frontmatter ("Beskriv risken") or a heading with nothing under it but lsys's hint. `lsys
 * approve` refuses such a document: a routine approved empty would reach the staff handbook.
 */
import { isHint, PLACEHOLDERS } from './new-document.js';

export interface Unfinished {
  /** 1-based line in the file. */
  line: number;
  kind: 'field' | 'heading';
  /** The placeholder, or the heading's text. */
  text: string;
}

/** The unfinished parts of a document's text, in file order. */
export function unfinishedParts(text: string): Unfinished[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: Unfinished[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
      const p = PLACEHOLDERS.find((v) => lines[i]!.includes(v));
      if (p !== undefined) out.push({ line: i + 1, kind: 'field', text: p });
    }
    i++;
  }
  let fence: string | undefined;
  let heading: { line: number; text: string; hinted: boolean; written: boolean } | undefined;
  const close = (): void => {
    if (heading?.hinted && !heading.written) out.push({ line: heading.line, kind: 'heading', text: heading.text });
  };
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
      if (heading) heading.written = true;
      continue;
    }
    if (mark !== undefined) fence = mark;
    const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h && mark === undefined) {
      close();
      heading = { line: i + 1, text: h[1]!, hinted: false, written: false };
      continue;
    }
    if (!heading || line.trim() === '') continue;
    const comment = /^\s*<!--(.*)-->\s*$/.exec(line);
    if (comment && isHint(comment[1]!)) heading.hinted = true;
    else heading.written = true;
  }
  close();
  return out;
}
