/**
 * Load one document, a pipeline of small steps: read → decode (decode.ts: UTF-8, BOM) → split
 * and parse the frontmatter (frontmatter.ts: the `yaml` package, failsafe schema, every value
 * stays the text written; positions by yaml-pos.ts) → JSON Schema (schema.ts) → Markdown facts
 * (markdown.ts). Nothing here throws on bad input: every problem is recorded on the document
 * as a code with a position, and the rules turn them into diagnostics.
 */
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { decodeBytes, lenientText } from './decode.js';
import { lenientId, lineAt, parseFrontmatter, splitFrontmatter } from './frontmatter.js';
import { fsErrorReason } from './fs-write.js';
import { personalNumbersIn } from './personnummer.js';
import { checkFrontmatter } from './schema.js';
import { extractFacts, parseBody } from './markdown.js';
import { packLinks } from './links.js';
import { NO_POSITIONS } from './positions.js';
import type { LoadProblem, ParsedDocument } from './types.js';

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
function withIdFromName(doc: ParsedDocument): ParsedDocument {
  const m = /(?:^|\/)([A-ZÅÄÖ]{2,6}-[0-9]{1,5})(?:[-_ .][^/]*)?\.md$/i.exec(doc.file);
  if (m?.[1] !== undefined) doc.id = m[1].toUpperCase();
  return doc;
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

/**
 * What else is made of a body from the load's own parse (lsys site renders its HTML): given the
 * Markdown, its tokens, the document parsed so far and the file it came from (its bytes and
 * their text); the result becomes `doc.rendered` (undefined: nothing). It must give plain data:
 * it travels from a worker thread.
 */
export type BodyHook = (
  markdown: string,
  tokens: import('markdown-it').Token[],
  doc: ParsedDocument,
  file: { text: string; bytes: Uint8Array },
) => unknown;

/** A body hook module's `bodyHook` export (LoadAllOptions.bodyHook), loaded by its URL. */
export async function loadBodyHook(url: string): Promise<BodyHook> {
  const hook = ((await import(url)) as { bodyHook?: unknown }).bodyHook;
  if (typeof hook !== 'function') throw new Error(`${url} exports no bodyHook`);
  return hook as BodyHook;
}

/** Parse a work item (on the main thread or in a worker, where the bytes arrive as a plain Uint8Array). */
export function loadItem(it: WorkItem, hook?: BodyHook): ParsedDocument {
  return loadFromBuffer(Buffer.from(it.bytes.buffer, it.bytes.byteOffset, it.bytes.byteLength), it.absPath, it.file, hook);
}

function loadFromBuffer(buf: Buffer, absPath: string, file: string, hook?: BodyHook): ParsedDocument {
  const decoded = decodeBytes(buf);
  if ('text' in decoded) return loadFromText(decoded.text, absPath, file, hook && { hook, bytes: buf });
  const doc = failed(absPath, file, { rule: 'file/encoding', code: decoded.problem, at: decoded.at });
  // A file that is not UTF-8 text (saved as Windows-1252, or UTF-16) keeps the id its
  // frontmatter gives, read leniently: references to it resolve, and only the file itself is reported.
  const raw = splitFrontmatter(lenientText(buf)).raw;
  doc.id = raw === undefined ? undefined : lenientId(raw);
  return doc;
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
  const decoded = decodeBytes(buf);
  return 'text' in decoded ? splitFrontmatter(decoded.text).body : undefined;
}

function loadFromText(text: string, absPath: string, file: string, hook?: { hook: BodyHook; bytes: Uint8Array }): ParsedDocument {
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
    doc.problems.push({
      rule: 'frontmatter/missing',
      code: text.trim() === '' ? 'empty-file' : 'no-opening-line',
      at: { line: 1, column: 1 },
    });
    addBody(doc, text, 1, hook && { ...hook, text });
    return doc;
  }
  if (split.raw === undefined) {
    // The fields are there, only the closing line is missing: the id is still known.
    doc.id = lenientId(text.slice(text.indexOf('\n') + 1).split(/\n(?=#|\s*\n)/)[0] ?? '');
    doc.problems.push({ rule: 'frontmatter/yaml', code: 'unclosed', at: { line: 1, column: 1 } });
    return doc;
  }
  const raw = split.raw;
  doc.frontmatterHash = hash('sha1', raw);
  doc.bodyLine = lineAt(text, split.bodyOffset);
  const parsed = parseFrontmatter(raw);
  doc.positions = parsed.positions;
  doc.problems.push(...parsed.problems);
  if (parsed.problems.length === 0) {
    const { data, errors } = checkFrontmatter(parsed.value);
    doc.schemaErrors = errors;
    if (data) {
      doc.data = data;
      doc.typ = typeof data.typ === 'string' ? data.typ : undefined;
      doc.id = typeof data.id === 'string' ? data.id : undefined;
    }
  }
  // Frontmatter that cannot be read still names its document: references to it are not
  // reported as missing (one tab would otherwise give false ref/unresolved errors elsewhere).
  if (!doc.data && doc.id === undefined) doc.id = lenientId(raw);
  addBody(doc, split.body, doc.bodyLine, hook && { ...hook, text });
  return doc;
}

function addBody(
  doc: ParsedDocument,
  markdown: string,
  bodyLine: number,
  hook?: { hook: BodyHook; text: string; bytes: Uint8Array },
): void {
  const parsed = parseBody(markdown);
  const facts = extractFacts(markdown, bodyLine - 1, parsed);
  doc.headings = facts.headings;
  doc.slugs = facts.headings.map((h) => h.slug);
  doc.links = packLinks(facts.links);
  if (hook) {
    const rendered = hook.hook(markdown, parsed.tokens, doc, { text: hook.text, bytes: hook.bytes });
    if (rendered !== undefined) doc.rendered = rendered;
  }
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
