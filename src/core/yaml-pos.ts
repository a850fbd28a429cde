/**
 * Positions in a parsed YAML document: map a path (an Ajv instancePath, or a list of keys and
 * indices) to the 1-based line and column of the key or item at fault, and collect where
 * every key and list item of a document's frontmatter stands.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { packTree, type PositionTree, type Positions } from './positions.js';
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
  // Nesting is bounded before parsing (frontmatter.ts refuses deep blocks): recursion is safe.
  const tree = (node: unknown): PositionTree | undefined => {
    if (isMap(node))
      return {
        entries: node.items.flatMap((pair) =>
          isScalar(pair.key) ? [{ key: String(pair.key.value), offset: pair.key.range?.[0], ...child(pair.value) }] : [],
        ),
      };
    if (isSeq(node)) return { entries: node.items.map((item, i) => ({ key: String(i), offset: rangeStart(item), ...child(item) })) };
    return undefined;
  };
  const child = (node: unknown): { child?: PositionTree } => {
    const t = tree(node);
    return t ? { child: t } : {};
  };
  return packTree(tree(yamlDoc.contents) ?? { entries: [] }, (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
  });
}
