/**
 * Load one document: read → decode (UTF-8, BOM) → split frontmatter → YAML (the `yaml` package,
 * failsafe schema: every value stays the text written) → JSON Schema → Markdown facts.
 * Nothing here throws on bad input: every problem is recorded on the document with a
 * position, and the rules turn them into diagnostics.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { splitFrontmatter } from './frontmatter.js';
import { fsErrorReason } from './fs-write.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { personalNumbersIn } from './personnummer.js';
import type { ErrorObject } from 'ajv';
import { validateFrontmatter } from './schema.js';
import { extractFacts } from './markdown.js';
import { packLinks } from './links.js';
import { positionOf } from './yaml-pos.js';
import { NO_POSITIONS, packPositions, pathSegment, SEGMENT_SEPARATOR } from './positions.js';
import type { LoadProblem, ParsedDocument, Position } from './types.js';

export type { LoadProblem } from './types.js';

/** Frontmatter larger than this is not parsed (a document's metadata is a few KB). */
const MAX_FRONTMATTER_BYTES = 1_000_000;
/** Nesting deeper than this is refused before YAML or Ajv walk it. */
const MAX_DEPTH = 64;

export async function loadDocument(absPath: string, file: string): Promise<ParsedDocument> {
  let buf: Buffer;
  try {
    buf = await readFile(absPath);
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code;
    // Without an errno the error's own first line is the reason (as fsErrorReason gives it).
    const data = errno !== undefined ? { code: errno } : { code: String(e), reason: fsErrorReason(e, 'en') };
    return withIdFromName(failed(absPath, file, { rule: 'file/encoding', code: 'unreadable', data, at: { line: 1, column: 1 } }));
  }
  return loadFromBuffer(buf, absPath, file);
}

/**
 * A file that cannot be read at all named after an id (`RUT-004.md`) keeps that id, so that
 * references to it are not reported as missing: the file's own error is the one to fix.
 */
function withLenientId(buf: Buffer, doc: ParsedDocument): ParsedDocument {
  doc.id = lenientIdOfBytes(buf);
  return doc;
}

function withIdFromName(doc: ParsedDocument): ParsedDocument {
  const m = /(?:^|\/)([A-ZÅÄÖ]{2,6}-[0-9]{1,5})(?:[-_ .][^/]*)?\.md$/i.exec(doc.file);
  if (m) doc.id = m[1].toUpperCase();
  return doc;
}

/**
 * The id of a file that is not UTF-8 text (saved as Windows-1252, or UTF-16), read leniently
 * from its frontmatter: references to it resolve, and only the file itself is reported.
 */
function lenientIdOfBytes(buf: Buffer): string | undefined {
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) text = buf.subarray(2).toString('utf16le');
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = Buffer.from(buf.subarray(2)).swap16().toString('utf16le');
  else text = buf.subarray(0, 200_000).toString('latin1').replace(/\u0000/g, '');
  const split = splitFrontmatter(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
  return split.raw === undefined ? undefined : lenientId(split.raw);
}

/**
 * A symbolic link (to a document or a folder) whose real path is outside the repository: not
 * read, whatever it points at. One finding at the link.
 */
export function outsideLinkDocument(absPath: string, file: string, target: string): ParsedDocument {
  return failed(absPath, file, { rule: 'file/encoding', code: 'outside-link', data: { target }, at: { line: 1, column: 1 } });
}

/** A file to parse: its bytes, read (and hashed) by the main thread. */
export interface WorkItem {
  file: string;
  absPath: string;
  bytes: Uint8Array;
}

/** Parse a work item (on the main thread or in a worker, where the bytes arrive as a plain Uint8Array). */
export function loadItem(it: WorkItem): ParsedDocument {
  return loadFromBuffer(Buffer.from(it.bytes.buffer, it.bytes.byteOffset, it.bytes.byteLength), it.absPath, it.file);
}

function loadFromBuffer(buf: Buffer, absPath: string, file: string): ParsedDocument {
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    return withLenientId(buf, failed(absPath, file, { rule: 'file/encoding', code: 'nul-bytes', at: lineOfByte(buf, nul) }));
  }
  if (!isUtf8(buf)) {
    const bad = firstInvalidUtf8(buf);
    return withLenientId(buf, failed(absPath, file, { rule: 'file/encoding', code: 'not-utf8', at: lineOfByte(buf, bad) }));
  }
  return loadFromText(decode(buf), absPath, file);
}

/** UTF-8 text with the BOM dropped and CRLF → LF: line numbers stay the same, and no value keeps a stray \r. */
function decode(buf: Buffer): string {
  return buf.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/**
 * The Markdown body of a document, read from its file (the report's analysis texts; the
 * cache keeps no bodies). Undefined when the file cannot be read as UTF-8 text.
 */
export function readBody(absPath: string): string | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(absPath);
  } catch {
    return undefined;
  }
  if (buf.indexOf(0) !== -1 || !isUtf8(buf)) return undefined;
  return splitFrontmatter(decode(buf)).body;
}

/** The `yaml` package with the failsafe schema: every value stays the text written. */
function parseYaml(raw: string): { yamlDoc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { yamlDoc: parseDocument(raw, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
}

function loadFromText(text: string, absPath: string, file: string): ParsedDocument {
  const doc: ParsedDocument = {
    file,
    absPath,
    positions: NO_POSITIONS,
    personalNumbers: personalNumbersIn(text),
    bodyLine: 1,
    headings: [],
    slugs: [],
    links: '',
    findings: [],
    problems: [],
    schemaErrors: [],
  };
  const split = splitFrontmatter(text);
  if (!split.opens) {
    doc.problems.push({ rule: 'frontmatter/missing', code: text.trim() === '' ? 'empty-file' : 'no-opening-line', at: { line: 1, column: 1 } });
    addBody(doc, text, 1);
    return doc;
  }
  if (split.raw === undefined) {
    // The fields are there, only the closing line is missing: the id is still known.
    doc.id = lenientId(text.slice(text.indexOf('\n') + 1).split(/\n(?=#|\s*\n)/)[0]);
    doc.problems.push({ rule: 'frontmatter/yaml', code: 'unclosed', at: { line: 1, column: 1 } });
    return doc;
  }
  const raw = split.raw;
  const tooBig = raw.length > MAX_FRONTMATTER_BYTES || nestingDepth(raw) > MAX_DEPTH;
  doc.bodyLine = countLines(text, split.bodyOffset);
  if (tooBig) {
    doc.problems.push({ rule: 'frontmatter/yaml', code: 'too-big', data: { maxChars: MAX_FRONTMATTER_BYTES, maxDepth: MAX_DEPTH }, at: { line: 2, column: 1 } });
  } else {
    const { yamlDoc, lineCounter } = parseYaml(raw);
    readYaml(doc, yamlDoc, lineCounter);
  }
  // Frontmatter that cannot be read still names its document: references to it are not
  // reported as missing (one tab would otherwise give false ref/unresolved errors elsewhere).
  if (!doc.data && doc.id === undefined) doc.id = lenientId(raw);
  addBody(doc, split.body, doc.bodyLine);
  return doc;
}

function readYaml(doc: ParsedDocument, yamlDoc: Document.Parsed, lineCounter: LineCounter): void {
  doc.positions = collectPositions(yamlDoc, lineCounter);
  if (yamlDoc.errors.length > 0) {
    for (const err of yamlDoc.errors) {
      doc.problems.push({
        rule: 'frontmatter/yaml',
        code: 'syntax',
        data: { code: err.code, message: err.message },
        at: positionOf(lineCounter, err.pos[0]) ?? { line: 2, column: 1 },
      });
    }
    return;
  }
  let data: unknown;
  try {
    data = yamlDoc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    doc.problems.push({ rule: 'frontmatter/yaml', code: 'too-many-aliases', data: { message: (e as Error).message }, at: { line: 2, column: 1 } });
    return;
  }
  if (data === null || data === undefined || data === '') data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    doc.schemaErrors.push({
      instancePath: '',
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    });
    return;
  }
  doc.data = data as Record<string, unknown>;
  validate(doc);
}

function validate(doc: ParsedDocument): void {
  const data = doc.data!;
  doc.typ = typeof data.typ === 'string' ? data.typ : undefined;
  doc.id = typeof data.id === 'string' ? data.id : undefined;
  // Ajv looks evaluated properties up in a plain object, so names that Object.prototype has
  // (`__proto__`, `constructor`, `toString` …) slip through `unevaluatedProperties`. No field
  // has such a name: report them as unknown fields and keep them away from every rule.
  const inherited: string[] = [];
  for (const key of Object.keys(data)) {
    if (key === '__proto__' || key in Object.prototype) {
      inherited.push(key);
      delete data[key];
    }
  }
  doc.schemaErrors = [
    ...inherited.map((key) => ({
      instancePath: '',
      schemaPath: '#/unevaluatedProperties',
      keyword: 'unevaluatedProperties',
      params: { unevaluatedProperty: key },
      message: 'must NOT have unevaluated properties',
    })),
    ...validateFrontmatter(data, data.typ).map(slimError),
  ];
}

/**
 * The id of frontmatter that YAML cannot read, from its own line: `id: RUT-001` at the top
 * level (quotes and a trailing comment allowed). Only an id of the contract's form counts.
 */
function lenientId(raw: string): string | undefined {
  const m = /^id:[ \t]*(["']?)([A-ZÅÄÖ]{2,6}-[0-9]{1,5})\1[ \t]*(?:#.*)?$/m.exec(raw.length > 100_000 ? raw.slice(0, 100_000) : raw);
  return m?.[2];
}

function addBody(doc: ParsedDocument, markdown: string, bodyLine: number): void {
  const facts = extractFacts(markdown, bodyLine - 1);
  doc.headings = facts.headings;
  doc.slugs = facts.headings.map((h) => h.slug);
  doc.links = packLinks(facts.links);
}

function failed(absPath: string, file: string, problem: LoadProblem): ParsedDocument {
  return {
    file,
    absPath,
    positions: NO_POSITIONS,
    personalNumbers: [],
    bodyLine: 1,
    headings: [],
    slugs: [],
    links: '',
    findings: [],
    problems: [problem],
    schemaErrors: [],
  };
}

/**
 * Ajv's verbose errors carry whole schema objects; keep only what messages use, so a
 * parsed document stays cheap to send back from a worker thread.
 */
function slimError(e: ErrorObject): ErrorObject {
  const ps = e.parentSchema as { description?: string; minimum?: number; maximum?: number; properties?: Record<string, unknown> } | undefined;
  const parentSchema: Record<string, unknown> = {};
  if (ps?.description !== undefined) parentSchema.description = ps.description;
  if (ps?.minimum !== undefined) parentSchema.minimum = ps.minimum;
  if (ps?.maximum !== undefined) parentSchema.maximum = ps.maximum;
  if (ps?.properties) parentSchema.properties = Object.fromEntries(Object.keys(ps.properties).map((k) => [k, true]));
  return { instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message, parentSchema };
}

/** Every key and list item of the frontmatter with its line and column, by path key. */
function collectPositions(yamlDoc: Document.Parsed, lineCounter: LineCounter): ParsedDocument['positions'] {
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
  while (stack.length) {
    const { node, key } = stack.pop()!;
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
        const pos = at((item as { range?: [number, number, number] } | null)?.range?.[0]);
        if (pos) out.set(k, pos);
        if (item && typeof item === 'object' && !isScalar(item)) stack.push({ node: item, key: k });
      }
    }
  }
  return packPositions([...out].map(([k, [line, col]]) => [k, line, col]));
}

function countLines(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineOfByte(buf: Buffer, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < offset; i = buf.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Columns count characters, as everywhere else: "Åtgärd" is 6 columns, not 8 bytes.
  return { line, column: buf.subarray(lineStart, offset).toString('utf8').length + 1 };
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    if (i + n >= buf.length + (n === 0 ? 1 : 0) && n > 0) return i;
    for (let k = 1; k <= n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    if (n > 0 && !isUtf8(buf.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return buf.length;
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
