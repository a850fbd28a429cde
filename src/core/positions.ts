/**
 * Where each frontmatter key and list item stands, kept compactly (two strings a document:
 * cheap to cache, clone and collect) and decoded only for a document that has a finding.
 *
 * A path such as ['aktiviteter', 0, 'ansvarig'] has the key `aktiviteter>0>ansvarig`; keys
 * are joined by `|` and their line and column pairs by `,`. `%`, `|` and `>` inside a key are
 * written `%25`, `%7C` and `%3E`: printable separators need no escaping in the cache's JSON.
 */
import { weakMemo } from './memo.js';
import type { LoadedDocument, Position } from './types.js';

export type Positions = LoadedDocument['positions'];

export const NO_POSITIONS: Positions = { keys: '', at: '' };

/** The separator between a path key's segments. */
const SEGMENT_SEPARATOR = '>';

/** One segment of a path key. */
function pathSegment(segment: string): string {
  return /[%|>]/.test(segment) ? segment.replace(/%/g, '%25').replace(/\|/g, '%7C').replace(/>/g, '%3E') : segment;
}

/** The key of a frontmatter path. */
function pathKey(path: ReadonlyArray<string | number>): string {
  return path.map((p) => pathSegment(String(p))).join(SEGMENT_SEPARATOR);
}

/** Pack path keys with their 1-based line and column. */
export function packPositions(entries: Iterable<[key: string, line: number, column: number]>): Positions {
  const keys: string[] = [];
  const numbers: number[] = [];
  for (const [key, line, column] of entries) {
    keys.push(key);
    numbers.push(line, column);
  }
  return { keys: keys.join('|'), at: numbers.join(',') };
}

const indexOf = weakMemo((positions: Positions) => {
  const index = new Map<string, Position>();
  if (positions.keys !== '') {
    const numbers = positions.at.split(',');
    positions.keys.split('|').forEach((k, i) => index.set(k, { line: Number(numbers[2 * i]), column: Number(numbers[2 * i + 1]) }));
  }
  return index;
});

/** Where `path` stands, or the nearest ancestor of it that exists. */
export function findPosition(positions: Positions, path: ReadonlyArray<string | number>): Position | undefined {
  const index = indexOf(positions);
  for (let n = path.length; n > 0; n--) {
    const p = index.get(pathKey(path.slice(0, n)));
    if (p) return p;
  }
  return undefined;
}

/**
 * The keys and list items of a frontmatter block as a tree: each with its key (an index for a
 * list item), its offset in the text when known, and its value's own tree when that is a
 * collection. Both YAML paths (yaml-pos.ts and yaml-fast.ts) build one and pack it here, so
 * they give the same strings, in the cache as well.
 */
export interface PositionTree {
  entries: Array<{ key: string; offset: number | undefined; child?: PositionTree }>;
}

/**
 * Pack a position tree: a collection's own entries, then its nested collections, the last one
 * first (a stack, no recursion); `at` turns an offset into its 1-based line and column.
 */
export function packTree(root: PositionTree, at: (offset: number) => [line: number, column: number]): Positions {
  // A Map: a key may be "__proto__".
  const out = new Map<string, [number, number]>();
  const stack: Array<{ tree: PositionTree; key: string }> = [{ tree: root, key: '' }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const prefix = top.key === '' ? '' : top.key + SEGMENT_SEPARATOR;
    for (const entry of top.tree.entries) {
      const k = prefix + pathSegment(entry.key);
      if (entry.offset !== undefined) out.set(k, at(entry.offset));
      if (entry.child) stack.push({ tree: entry.child, key: k });
    }
  }
  return packPositions([...out].map(([k, [line, col]]) => [k, line, col]));
}
