/**
 * The fast path of frontmatter parsing: js-yaml's event parser (`parseEvents`, offsets into
 * the text for every node) gives the value and the position of every key and list item that
 * the `yaml` package's document model would give, at about a third of its cost. Frontmatter
 * parsing was the largest single cost of a cold run (`yaml` took 16 % of all CPU of a
 * 10,000-document `lsys site`).
 *
 * It answers only for plain, well-formed frontmatter, which is nearly all of it. Anything it
 * is not sure gives the same answer as `yaml`'s failsafe schema returns undefined, and
 * frontmatter.ts parses with `yaml` as before, so every diagnostic (syntax errors, duplicate
 * keys, aliases) keeps its exact wording and position:
 *
 * - any syntax error, more or fewer than one document, document markers or directives, tabs;
 * - anchors, aliases and tags (the failsafe schema and the alias limit are `yaml`'s business);
 * - an empty scalar that is not a block mapping's value (`{a}` and `? a` give null in `yaml`),
 *   and block scalars (`|`, `>`) as list items (their node starts at the indicator);
 * - keys that are not scalars, repeat, are `__proto__`, or are longer than a one-line implicit
 *   key may be.
 *
 * test/core/yaml-fast.test.ts holds both parsers to the same value and positions on every
 * document of the example, the fixtures and generated YAML.
 */
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { packTree, type PositionTree, type Positions } from './positions.js';
import { lineIndexAt, lineStartsOf } from './line-index.js';

type Tree = PositionTree;
type Entry = Tree['entries'][number];

/** Longer implicit keys are an error in `yaml` (1024 characters); such a document takes the slow path. */
const MAX_KEY = 1000;

/** A line that starts or ends a YAML document. */
const MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/m;

class Unsure extends Error {}
const UNSURE = new Unsure();

/**
 * The frontmatter's value and positions, or undefined when `yaml` must decide (see above).
 * `raw` is what splitFrontmatter gives (LF line ends).
 */
export function fastFrontmatter(raw: string, maxDepth: number): { value: unknown; positions: Positions } | undefined {
  // A document marker (an empty document ended by `...` leaves no event of its own), or a tab
  // (the two parsers disagree on some tabs in indentation; real frontmatter seldom has one).
  if (MARKER.test(raw) || raw.includes('\t')) return undefined;
  let events: Event[];
  try {
    events = parseEvents(raw, { maxDepth });
  } catch {
    return undefined;
  }
  const first = events[0];
  if (first?.type !== EVENT_ID.DOCUMENT || first.explicitStart || first.explicitEnd || first.directives.length > 0) return undefined;
  // One document: DOCUMENT, its mapping's events up to the mapping's POP, and the document's POP.
  if (events.length < 4 || events[events.length - 1]!.type !== EVENT_ID.POP) return undefined;
  const root = events[1]!;
  if (root.type !== EVENT_ID.MAPPING) return undefined;
  try {
    const reader = new Reader(raw, events);
    const tree: Tree = { entries: [] };
    const value = reader.mapping(tree);
    if (reader.at !== events.length - 2) return undefined;
    const lines = lineStartsOf(raw);
    return { value, positions: packTree(tree, (offset) => linePos(lines, offset)) };
  } catch (e) {
    if (e instanceof Unsure) return undefined;
    throw e;
  }
}

class Reader {
  /** The index of the event being read. */
  at = 1;

  constructor(
    private readonly raw: string,
    private readonly events: Event[],
  ) {}

  private next(): Event {
    const e = this.events[++this.at];
    if (e === undefined) throw UNSURE;
    return e;
  }

  /** The mapping at `this.at` (its MAPPING event); leaves `this.at` on its POP. */
  mapping(tree: Tree): Record<string, unknown> {
    const start = this.events[this.at]!;
    if (start.type !== EVENT_ID.MAPPING || start.anchorStart !== -1 || start.tagStart !== -1) throw UNSURE;
    const block = start.style === COLLECTION_STYLE.BLOCK;
    const out: Record<string, unknown> = {};
    const seen = new Set<string>();
    for (;;) {
      const k = this.next();
      if (k.type === EVENT_ID.POP) return out;
      if (k.type !== EVENT_ID.SCALAR || k.valueStart === -1) throw UNSURE;
      const key = this.scalar(k);
      if (seen.has(key) || key === '__proto__' || key.length > MAX_KEY) throw UNSURE;
      seen.add(key);
      const offset = this.startOf(k);
      if (this.explicit(offset)) throw UNSURE;
      const entry: Entry = { key, offset };
      tree.entries.push(entry);
      this.next();
      out[key] = this.node(entry, block);
    }
  }

  /** The sequence at `this.at`; leaves `this.at` on its POP. */
  private sequence(tree: Tree): unknown[] {
    const start = this.events[this.at]!;
    if (start.type !== EVENT_ID.SEQUENCE || start.anchorStart !== -1 || start.tagStart !== -1) throw UNSURE;
    const out: unknown[] = [];
    for (;;) {
      const e = this.next();
      if (e.type === EVENT_ID.POP) return out;
      if (
        e.type === EVENT_ID.SCALAR &&
        (e.valueStart === -1 || e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK)
      )
        throw UNSURE;
      const entry: Entry = { key: String(out.length), offset: e.type === EVENT_ID.SCALAR ? this.startOf(e) : startOfCollection(e) };
      tree.entries.push(entry);
      out.push(this.node(entry, false));
    }
  }

  /** Is the key at `offset` an explicit one (`? key`)? The character before it on its line tells. */
  private explicit(offset: number): boolean {
    let i = offset - 1;
    while (i >= 0 && (this.raw[i] === ' ' || this.raw[i] === '\t')) i--;
    return i >= 0 && this.raw[i] === '?';
  }

  /** The node at `this.at`: a scalar's text, or a collection (whose tree becomes the entry's child). */
  private node(entry: Entry, blockValue: boolean): unknown {
    const e = this.events[this.at]!;
    if (e.type === EVENT_ID.SCALAR) {
      // An empty value of a block mapping is "" in `yaml` too; elsewhere (`{a}`, `? a`) it is null.
      if (e.valueStart === -1 && !blockValue) throw UNSURE;
      return this.scalar(e);
    }
    const child: Tree = { entries: [] };
    entry.child = child;
    if (e.type === EVENT_ID.MAPPING) return this.mapping(child);
    if (e.type === EVENT_ID.SEQUENCE) return this.sequence(child);
    throw UNSURE;
  }

  private scalar(e: ScalarEvent): string {
    if (e.anchorStart !== -1 || e.tagStart !== -1) throw UNSURE;
    return getScalarValue(this.raw, e);
  }

  /** Where a scalar starts as `yaml` counts it: at its opening quote when quoted. */
  private startOf(e: ScalarEvent): number {
    if (e.valueStart === -1) throw UNSURE;
    if (e.style === SCALAR_STYLE.PLAIN) return e.valueStart;
    if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
      const quote = e.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"';
      if (this.raw[e.valueStart - 1] !== quote) throw UNSURE;
      return e.valueStart - 1;
    }
    throw UNSURE;
  }
}

function startOfCollection(e: Event): number {
  if ((e.type !== EVENT_ID.MAPPING && e.type !== EVENT_ID.SEQUENCE) || e.start === -1) throw UNSURE;
  return e.start;
}

/** 1-based line and column of an offset (as yaml's LineCounter gives them). */
function linePos(starts: number[], offset: number): [number, number] {
  const k = lineIndexAt(starts, offset);
  return [k + 1, offset - starts[k]! + 1];
}
