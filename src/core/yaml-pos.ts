/**
 * Positions in a parsed YAML document: map a path (an Ajv instancePath, or a list of keys and
 * indices) to the 1-based line and column of the key or item at fault, and collect where
 * every key and list item of a document's frontmatter stands.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { packPositions, pathSegment, SEGMENT_SEPARATOR, type Positions } from './positions.js';
import type { Position } from './types.js';

/**
 * The offset of the deepest node on `path` that exists: for a map entry the key's offset,
 * for a sequence item the item's offset. Returns undefined when even the root is missing.
 */
export function offsetOfPath(doc: Document, path: ReadonlyArray<string | number>): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = rangeStart(node);
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(seg));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const idx = typeof seg === 'number' ? seg : Number(seg);
      const item = Number.isInteger(idx) ? node.items[idx] : undefined;
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

export function positionOf(lineCounter: LineCounter, offset: number | undefined): Position | undefined {
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ? r[0] : undefined;
}

/** Every key and list item of the frontmatter with its line and column, by path key. */
export function collectPositions(yamlDoc: Document.Parsed, lineCounter: LineCounter): Positions {
  // A Map: a key may be "__proto__".
  const out = new Map<string, [number, number]>();
  const at = (offset: number | undefined): [number, number] | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
  };
  // An explicit stack: deeply nested values are refused before this, but no recursion anyway.
  // Keys are built as strings (pathKey's format) to avoid an array per node.
  const stack: Array<{ node: unknown; key: string }> = [{ node: yamlDoc.contents, key: '' }];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const { node, key } = top;
    const prefix = key === '' ? '' : key + SEGMENT_SEPARATOR;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const k = prefix + pathSegment(String(pair.key.value));
        const pos = at(pair.key.range?.[0]);
        if (pos) out.set(k, pos);
        if (pair.value && typeof pair.value === 'object') stack.push({ node: pair.value, key: k });
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        const k = prefix + i;
        const pos = at((item as { range?: [number, number, number] } | null | undefined)?.range?.[0]);
        if (pos) out.set(k, pos);
        if (item && typeof item === 'object' && !isScalar(item)) stack.push({ node: item, key: k });
      }
    }
  }
  return packPositions([...out].map(([k, [line, col]]) => [k, line, col]));
}
