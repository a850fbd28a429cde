/**
 * Frontmatter: split a file into its raw YAML frontmatter and Markdown body, and parse the
 * YAML (failsafe schema), with problems as codes and data for the rules to word.
 *
 * The split: the file's raw YAML frontmatter and its Markdown body. The block opens with a first
 * line `---` (optionally `---yaml`) and closes at the next line that is exactly `---`
 * (trailing spaces allowed). The raw YAML starts with the rest of the first line, so line
 * numbers in it are the file's own line numbers.
 *
 * (gray-matter did this at first; it cost ≈ 60 µs a document — a sixth of a whole
 * validation at 10,000 documents — for a split this module makes in a few lines, and its
 * looser delimiter rules disagreed with the ones lsys reports on.)
 */

import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { NO_POSITIONS, type Positions } from './positions.js';
import { collectPositions, positionOf } from './yaml-pos.js';
import { fastFrontmatter } from './yaml-fast.js';
import type { LoadProblem } from './types.js';

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

/** Frontmatter larger than this is not parsed (a document's metadata is a few KB). */
const MAX_FRONTMATTER_BYTES = 1_000_000;
/** Nesting deeper than this is refused before YAML or Ajv walk it. */
const MAX_DEPTH = 64;

/** Raw frontmatter, parsed: its value, or the problems that kept it from being read. */
export interface ParsedFrontmatter {
  /** The value as plain JSON (an empty block is `{}`); present only when there are no problems. */
  value?: unknown;
  /** Problems of rule frontmatter/yaml, as codes and data (the rule words them). */
  problems: LoadProblem[];
  /** Where each key and list item stands (empty when the YAML was not parsed). */
  positions: Positions;
}

/**
 * Parse raw frontmatter with the `yaml` package's failsafe schema: every value stays the
 * text written (`version: 1.10` is "1.10", dates stay `YYYY-MM-DD`). Never throws.
 * Plain, well-formed frontmatter takes a faster parser that gives the same value and
 * positions (yaml-fast.ts); `yaml` decides everything else, every error included.
 */
export function parseFrontmatter(raw: string): ParsedFrontmatter {
  if (raw.length > MAX_FRONTMATTER_BYTES || nestingDepth(raw) > MAX_DEPTH) {
    return {
      problems: [
        {
          rule: 'frontmatter/yaml',
          code: 'too-big',
          data: { maxChars: MAX_FRONTMATTER_BYTES, maxDepth: MAX_DEPTH },
          at: { line: 2, column: 1 },
        },
      ],
      positions: NO_POSITIONS,
    };
  }
  const fast = fastFrontmatter(raw, MAX_DEPTH * 2);
  if (fast) return { value: fast.value, problems: [], positions: fast.positions };
  return parseWithYaml(raw);
}

/** parseFrontmatter with the `yaml` package alone (exported for the tests that hold both paths to the same result). */
export function parseWithYaml(raw: string): ParsedFrontmatter {
  const lineCounter = new LineCounter();
  const yamlDoc = parseDocument(raw, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false });
  const positions = collectPositions(yamlDoc, lineCounter);
  if (yamlDoc.errors.length > 0) {
    // A tab in the indentation makes `yaml` report the block around it as well (a block as a
    // key, a key over several lines, a missing character): the tab is the one thing to fix.
    const tabs = yamlDoc.errors.filter((err) => err.code === 'TAB_AS_INDENT');
    const problems = (tabs.length > 0 ? tabs : yamlDoc.errors).map((err): LoadProblem => ({
      rule: 'frontmatter/yaml',
      code: 'syntax',
      data: { code: err.code, message: err.message, ...duplicateKey(raw, err.code, err.pos[0]) },
      at: positionOf(lineCounter, err.code === 'MISSING_CHAR' ? (openingQuote(yamlDoc, err.pos[0]) ?? err.pos[0]) : err.pos[0]) ?? {
        line: 2,
        column: 1,
      },
    }));
    return { problems, positions };
  }
  let value: unknown;
  try {
    value = yamlDoc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return {
      problems: [
        { rule: 'frontmatter/yaml', code: 'too-many-aliases', data: { message: (e as Error).message }, at: { line: 2, column: 1 } },
      ],
      positions,
    };
  }
  return { value: value === null || value === undefined || value === '' ? {} : value, problems: [], positions };
}

/** The key a DUPLICATE_KEY error stands at (`yaml` does not name it): as written, quotes taken off. */
function duplicateKey(raw: string, code: string, at: number): { key?: string } {
  if (code !== 'DUPLICATE_KEY') return {};
  const m = /^(?:"([^"\\\n]*)"|'([^'\n]*)'|([^:#\n]*?))[ \t]*:/.exec(raw.slice(at, at + 200));
  const key = m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() : '';
  return key ? { key } : {};
}

/**
 * Where a quoted value that is never closed opens: `yaml` reports the missing quote where the
 * text ends, lines below the line to fix. The quoted scalar that runs to `end`, if there is one.
 */
function openingQuote(doc: Document.Parsed, end: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && r && r[1] >= end && (start === undefined || r[0] > start))
        start = r[0];
    },
  });
  return start;
}

/**
 * The id of frontmatter that YAML cannot read, from its own line: `id: RUT-001` at the top
 * level (quotes and a trailing comment allowed). Only an id of the contract's form counts.
 */
export function lenientId(raw: string): string | undefined {
  const m = /^id:[ \t]*(["']?)([A-ZÅÄÖ]{2,6}-[0-9]{1,5})\1[ \t]*(?:#.*)?$/m.exec(raw.length > 100_000 ? raw.slice(0, 100_000) : raw);
  return m?.[2];
}

/** The 1-based line that `offset` of `text` is on. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Deepest bracket or indentation nesting, cheaply estimated before parsing. */
function nestingDepth(raw: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 10) {
      // Indentation depth of block structures: two spaces a level is the common style.
      let sp = 0;
      while (raw.charCodeAt(i + 1 + sp) === 32 || raw.charCodeAt(i + 1 + sp) === 45) sp++;
      if (sp / 2 > max) max = sp / 2;
    }
  }
  return max;
}
