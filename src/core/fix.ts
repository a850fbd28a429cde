/**
 * `lsys validate --fix`: make the rewrites that checks offered (see `Fix`), each one string in a
 * document's frontmatter. Only the scalar's own source text is replaced, in its own quoting
 * style; every other byte of the file (comments, key order, other quoting, CRLF line ends, a
 * BOM, the body) stays as it was. A rewrite is made only when the file still holds the value
 * the check read, the scalar sits on one line, and parsing the result gives exactly the old
 * frontmatter with those values changed; otherwise the file is left alone and the reason given.
 * Files are replaced atomically, never through a symbolic link or a non-regular file.
 */
import { chmod, lstat, readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { isDeepStrictEqual } from 'node:util';
import { isScalar, parseDocument, Scalar } from 'yaml';
import { splitFrontmatter } from './frontmatter.js';
import { writeFileAtomic } from './fs-write.js';
import type { Fix, PlannedFix, Text } from './types.js';
import type { Catalogue } from './messages.js';

/** A fix as made (or, in a dry run, as it would be made). */
type FixChange = PlannedFix;

/** A fix that was not made, and why. */
interface FixSkipped extends PlannedFix {
  reason: Text;
}

export interface FixOutcome {
  /** Made (or, with `dryRun`, would be made), in file and line order. */
  changes: FixChange[];
  skipped: FixSkipped[];
  /** Files written (none with `dryRun`). */
  written: string[];
}

const R = {
  notRegular: {
    sv: 'filen är ingen vanlig fil (t.ex. en symbolisk länk) och skrivs inte om',
    en: 'the file is not a regular file (e.g. a symbolic link) and is not rewritten',
  },
  hardLink: { sv: 'filen har flera hårda länkar och skrivs inte om', en: 'the file has several hard links and is not rewritten' },
  unreadable: { sv: 'filen kunde inte läsas som UTF-8-text', en: 'the file could not be read as UTF-8 text' },
  noFrontmatter: { sv: 'frontmattern kunde inte läsas', en: 'the frontmatter could not be read' },
  changed: {
    sv: 'värdet i filen är inte längre det som kontrollerades (filen har ändrats)',
    en: 'the value in the file is no longer the one checked (the file has changed)',
  },
  shape: {
    sv: 'värdet är skrivet på ett sätt som lsys inte skriver om (flera rader, blockform eller ankare)',
    en: 'the value is written in a way lsys does not rewrite (several lines, block style or an anchor)',
  },
  unsafe: {
    sv: 'omskrivningen gav inte exakt det väntade resultatet; rätta för hand',
    en: 'the rewrite did not give exactly the expected result; fix it by hand',
  },
  writeFailed: { sv: 'filen kunde inte skrivas', en: 'the file could not be written' },
} as const satisfies Catalogue;

/** Make the fixes (grouped by file), or with `dryRun` only work out which would be made. */
export async function applyFixes(fixes: readonly PlannedFix[], opts: { dryRun: boolean }): Promise<FixOutcome> {
  const byFile = new Map<string, PlannedFix[]>();
  // One fix per frontmatter place: two checks offering the same rewrite make it once.
  const seen = new Set<string>();
  for (const f of fixes) {
    const key = `${f.absPath}\u0000${JSON.stringify(f.fix.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    byFile.set(f.absPath, [...(byFile.get(f.absPath) ?? []), f]);
  }
  const outcome: FixOutcome = { changes: [], skipped: [], written: [] };
  const skipAll = (list: PlannedFix[], reason: Text): void => {
    outcome.skipped.push(...list.map((f) => ({ ...f, reason })));
  };
  for (const [absPath, list] of byFile) {
    let st;
    try {
      st = await lstat(absPath);
    } catch {
      skipAll(list, R.unreadable);
      continue;
    }
    if (!st.isFile()) {
      skipAll(list, R.notRegular);
      continue;
    }
    if (st.nlink > 1) {
      skipAll(list, R.hardLink);
      continue;
    }
    let buf: Buffer;
    try {
      buf = await readFile(absPath);
    } catch {
      skipAll(list, R.unreadable);
      continue;
    }
    if (!isUtf8(buf) || buf.indexOf(0) !== -1) {
      skipAll(list, R.unreadable);
      continue;
    }
    const r = rewriteFrontmatter(
      buf.toString('utf8'),
      list.map((f) => f.fix),
    );
    if ('error' in r) {
      skipAll(list, r.error);
      continue;
    }
    list.forEach((f, i) => {
      const why = r.skipped[i];
      if (why) outcome.skipped.push({ ...f, reason: why });
      else outcome.changes.push(f);
    });
    if (opts.dryRun || r.text === undefined) continue;
    try {
      await writeFileAtomic(absPath, r.text);
      // The temp file was created with the default mode: give the document back its own.
      if (((await lstat(absPath)).mode & 0o7777) !== (st.mode & 0o7777)) await chmod(absPath, st.mode & 0o7777);
      outcome.written.push(list[0]!.file); // a file is in the plan only with a fix
    } catch {
      const made = new Set(list);
      outcome.changes = outcome.changes.filter((c) => !made.has(c));
      skipAll(
        list.filter((_, i) => !r.skipped[i]),
        R.writeFailed,
      );
    }
  }
  const order = (a: PlannedFix, b: PlannedFix): number =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
  outcome.changes.sort(order);
  outcome.skipped.sort(order);
  return outcome;
}

/**
 * Rewrite frontmatter strings in a document's text. Returns the new text (undefined when no
 * fix could be made) and, per fix, why it was not made; or an error for the whole file.
 */
export function rewriteFrontmatter(
  text: string,
  fixes: readonly Fix[],
): { text: string | undefined; skipped: Array<Text | undefined> } | { error: Text } {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const original = text.slice(bom.length);
  // Positions are worked out on the text with LF line ends (as it was checked) and applied to
  // the lines of the original, whose only difference is a \r before each \n.
  const lf = original.replace(/\r\n/g, '\n');
  const split = splitFrontmatter(lf);
  if (split.raw === undefined) return { error: R.noFrontmatter };
  const rawStart = lf.indexOf('\n') === -1 ? lf.length : lf.indexOf('\n');
  const yaml = parseDocument(split.raw, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  if (yaml.errors.length) return { error: R.noFrontmatter };
  const before = yaml.toJS({ maxAliasCount: 100 }) as unknown;

  const skipped: Array<Text | undefined> = [];
  const edits: Array<{ line: number; column: number; length: number; replacement: string }> = [];
  for (const f of fixes) {
    const node = yaml.getIn(f.path, true);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value !== f.from) {
      skipped.push(R.changed);
      continue;
    }
    const range = node.range;
    const type = node.type;
    if (!range || node.anchor || (type !== Scalar.PLAIN && type !== Scalar.QUOTE_DOUBLE && type !== Scalar.QUOTE_SINGLE)) {
      skipped.push(R.shape);
      continue;
    }
    const source = split.raw.slice(range[0], range[1]);
    if (source.includes('\n')) {
      skipped.push(R.shape);
      continue;
    }
    const at = rawStart + range[0];
    const lineStart = lf.lastIndexOf('\n', at - 1) + 1;
    edits.push({ line: countNewlines(lf, lineStart), column: at - lineStart, length: source.length, replacement: quoteLike(type, f.to) });
    skipped.push(undefined);
  }
  if (edits.length === 0) return { text: undefined, skipped };

  const lines = original.split('\n');
  // Right to left, so that two edits on one line (a flow sequence) keep their columns.
  for (const e of [...edits].sort((a, b) => a.line - b.line || b.column - a.column)) {
    const l = lines[e.line] ?? '';
    lines[e.line] = l.slice(0, e.column) + e.replacement + l.slice(e.column + e.length);
  }
  const result = lines.join('\n');

  // Check: the new frontmatter is the old one with exactly these values changed, and the body is untouched.
  const after = splitFrontmatter(result.replace(/\r\n/g, '\n'));
  if (after.raw === undefined || after.body !== split.body) return { error: R.unsafe };
  const parsed = parseDocument(after.raw, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  if (parsed.errors.length) return { error: R.unsafe };
  const expected = structuredClone(before);
  fixes.forEach((f, i) => {
    if (!skipped[i]) setIn(expected, f.path, f.to);
  });
  if (!isDeepStrictEqual(parsed.toJS({ maxAliasCount: 100 }), expected)) return { error: R.unsafe };
  return { text: bom + result, skipped };
}

/** The new value in the quoting style of the old one (a plain value stays plain). */
export function quoteLike(type: Scalar.Type, value: string): string {
  if (type === Scalar.QUOTE_DOUBLE) return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  if (type === Scalar.QUOTE_SINGLE) return `'${value.replace(/'/g, "''")}'`;
  return value;
}

function setIn(target: unknown, path: ReadonlyArray<string | number>, value: string): void {
  let o = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) o = o[key] as Record<string | number, unknown>;
  o[path.at(-1)!] = value; // a fix's path names at least the key itself
}

/** How many line breaks come before `end` in `s`: the 0-based line of that offset. */
export function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
