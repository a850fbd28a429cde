/**
 * Edit top-level frontmatter fields in place (lsys approve, lsys withdraw). The `yaml`
 * library's document API finds each field's node; only that scalar's own source text is
 * replaced, in its own quoting style, and a missing field becomes one new line. Every other
 * byte stays as it was: comments, key order, quoting, flow collections, indentation, CRLF
 * line ends, a BOM and the body. (Re-stringifying the parsed document would not: it rewrites
 * flow mappings, comment spacing and quoting — test/author/frontmatter-edit.test.ts shows it.)
 * The result is parsed again and must be the old frontmatter with exactly these changes.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, Scalar, type Pair } from 'yaml';
import { splitFrontmatter } from '../core/frontmatter.js';
import { countNewlines, quoteLike } from '../core/fix.js';

/** A top-level field set to a text value. */
export interface FieldChange {
  key: string;
  value: string;
}

/** Why a file could not be edited. */
type EditProblem =
  /** No frontmatter block, or YAML that does not parse to a block mapping. */
  | { problem: 'unreadable' }
  /** A field written in a way that is not edited in place (multi-line, block, anchor, tag, not a scalar). */
  | { problem: 'shape'; key: string }
  /** The edited text did not parse back to exactly the expected value (a safety net). */
  | { problem: 'unsafe' };

export interface Edited {
  text: string;
  /** 1-based line numbers, in the new text, of the lines that were added. */
  added: number[];
}

const PARSE = { schema: 'failsafe', uniqueKeys: true, prettyErrors: false } as const;

/**
 * Set `changes` in the frontmatter of `text`. A missing field is added after the last field
 * present that comes before it in `order` (after the last field when none does, or when the
 * field is not in `order`), with the indentation of the fields around it.
 */
export function editFrontmatter(text: string, changes: readonly FieldChange[], order: readonly string[]): Edited | EditProblem {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const original = text.slice(bom.length);
  // Offsets are worked out on the text with LF line ends and applied to the lines of the
  // original, whose only difference is a \r before each \n.
  const lf = original.replace(/\r\n/g, '\n');
  const split = splitFrontmatter(lf);
  if (split.raw === undefined) return { problem: 'unreadable' };
  const raw = split.raw;
  const rawStart = lf.indexOf('\n');
  const yaml = parseDocument(raw, PARSE);
  const map = yaml.contents;
  if (yaml.errors.length || !isMap(map) || map.flow) return { problem: 'unreadable' };
  const before = yaml.toJS() as Record<string, unknown>;

  const replacements: Array<{ line: number; column: number; length: number; text: string }> = [];
  // Lines to add after a line of the original (0-based), in order.
  const additions = new Map<number, string[]>();
  const lineOf = (offset: number): { line: number; column: number } => {
    const at = rawStart + offset;
    const lineStart = lf.lastIndexOf('\n', at - 1) + 1;
    return { line: countNewlines(lf, lineStart), column: at - lineStart };
  };
  const pairs = map.items as Array<Pair<unknown, unknown>>;
  const keyOf = (p: Pair<unknown, unknown>): unknown => (isScalar(p.key) ? p.key.value : undefined);
  for (const c of changes) {
    const pair = pairs.find((p) => keyOf(p) === c.key);
    if (pair) {
      const v = pair.value;
      if (!isScalar(v) || !v.range || v.anchor || v.tag || typeof v.value !== 'string') return { problem: 'shape', key: c.key };
      if (v.type !== Scalar.PLAIN && v.type !== Scalar.QUOTE_DOUBLE && v.type !== Scalar.QUOTE_SINGLE)
        return { problem: 'shape', key: c.key };
      const source = raw.slice(v.range[0], v.range[1]);
      if (source.includes('\n')) return { problem: 'shape', key: c.key };
      if (v.value === c.value) continue;
      // `key:` with no value: the new value needs its space after the colon.
      const space = source === '' && raw[v.range[0] - 1] === ':' ? ' ' : '';
      replacements.push({ ...lineOf(v.range[0]), length: source.length, text: space + quoteLike(v.type, c.value) });
      continue;
    }
    const rank = order.indexOf(c.key);
    const earlier = rank === -1 ? pairs : pairs.filter((p) => order.slice(0, rank).includes(keyOf(p) as string));
    const anchor = earlier.at(-1) ?? pairs.at(-1);
    const keyNode = anchor?.key as Scalar | undefined;
    if (!anchor || !keyNode?.range) return { problem: 'unreadable' };
    const end = (anchor.value as { range?: [number, number, number] } | null)?.range?.[1] ?? keyNode.range[1];
    const { line } = lineOf(Math.max(end - 1, keyNode.range[0]));
    const indent = lineOf(keyNode.range[0]).column;
    additions.set(line, [...(additions.get(line) ?? []), `${' '.repeat(indent)}${c.key}: ${c.value}`]);
  }

  const lines = original.split('\n');
  // Right to left, so that two edits on one line keep their columns.
  for (const r of [...replacements].sort((a, b) => a.line - b.line || b.column - a.column)) {
    const l = lines[r.line] ?? '';
    lines[r.line] = l.slice(0, r.column) + r.text + l.slice(r.column + r.length);
  }
  const added: number[] = [];
  const out: string[] = [];
  lines.forEach((l, i) => {
    out.push(l);
    // A new line ends as the line before it does (CRLF stays CRLF).
    const cr = l.endsWith('\r') ? '\r' : '';
    for (const a of additions.get(i) ?? []) {
      out.push(a + cr);
      added.push(out.length);
    }
  });
  const result = out.join('\n');

  // The new frontmatter must be the old one with exactly these changes, and the body untouched.
  const after = splitFrontmatter(result.replace(/\r\n/g, '\n'));
  if (after.raw === undefined || after.body !== split.body) return { problem: 'unsafe' };
  const parsed = parseDocument(after.raw, PARSE);
  const expected = { ...before, ...Object.fromEntries(changes.map((c) => [c.key, c.value])) };
  if (parsed.errors.length || !isDeepStrictEqual(parsed.toJS(), expected)) return { problem: 'unsafe' };
  return { text: bom + result, added };
}
