/**
 * A content-addressed cache of per-document results: the facts that the checks looking
 * beyond a document need (frontmatter, anchors, links) and the findings of the local checks
 * (schema, headings, …; see LocalRule), which need not run again on an unchanged file. The
 * key is the SHA-1 of the file's content; the whole cache is stamped with the lsys version,
 * the schemas, the local checks and the parts of lsys.yaml they read (see validate.ts), so
 * a cache made under anything else is ignored and rebuilt. A corrupt or foreign file is
 * never trusted: it is ignored and replaced.
 *
 * What is not needed on every run stays out: frontmatter positions are read again from the
 * file when a finding needs one, and heading texts only matter to the local checks. At
 * 10,000 documents that makes the cache a third of the size of the documents, and reading it
 * is most of what a warm run does.
 *
 * The file is JSON: a header line (magic and stamp, checked before the rest is parsed; also
 * the parsed lsys.yaml, by its text's hash) and one line with the file stamps and the entries. V8's JSON.parse builds small objects
 * several times faster than v8.deserialize. Characters beyond Latin-1 are written as \u
 * escapes, so the file is Latin-1 and is read without UTF-8 decoding (a tenth of a second
 * at 10,000 documents: å, ä and ö are Latin-1, but one dash in a text makes UTF-8 decoding
 * take the slow path).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from './fs-write.js';
import { VERSION } from './version.js';
import type { Config, LoadedDocument } from './types.js';

/** The cached results of a document, without where the file is (the same bytes anywhere give the same facts). */
export type Facts = Omit<LoadedDocument, 'file' | 'absPath' | 'positions'>;

const MAGIC = 'lsys-facts-cache';
const FORMAT = 4;

/** What a file looked like when its hash was taken: a file with the same size and mtime is not read again. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface FactsCache {
  get(hash: string): Facts | undefined;
  set(hash: string, facts: Facts): void;
  /** The hash recorded for `file` when its size and mtime are unchanged (ESLint's "metadata" strategy). */
  knownHash(file: string, size: number, mtimeMs: number): string | undefined;
  /** Record a file's size, mtime and hash for the next run. */
  stamp(file: string, stamp: FileStamp): void;
  /** Write the entries used in this run (stale ones are dropped), if anything changed. */
  save(): Promise<void>;
  readonly hits: number;
  readonly misses: number;
}

/** The first line of the file. */
interface Header {
  magic: string;
  format: number;
  /** The lsys version: decides whether the cached configuration is still valid. */
  version: string;
  /** What the entries depend on besides the files (version, schemas, local checks). */
  stamp: string;
  /** lsys.yaml as parsed and checked, without `root`, under the hash of its text. */
  config?: { hash: string; value: Omit<Config, 'root'> };
}

/** The second line of the file: file stamps as parallel lists, and the entries. */
interface Body {
  files: { path: string[]; size: number[]; mtimeMs: number[]; hash: string[] };
  entries: Array<[string, Facts]>;
}

/** JSON text with every character beyond U+00FF written as a \u escape (valid JSON, same value). */
function toLatin1Json(json: string): string {
  return json.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Where the cache lives by default: `node_modules/.cache/lsys/` when the repository has a
 * node_modules folder (the convention of Node tools), otherwise the user's cache folder
 * ($XDG_CACHE_HOME or ~/.cache) under a name derived from the repository's path — lsys never
 * adds files to a repository that does not already have a place for them.
 */
export function defaultCacheFile(root: string, env: NodeJS.ProcessEnv = process.env): string {
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'lsys', 'facts.bin');
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'lsys', `${createHash('sha1').update(resolve(root)).digest('hex').slice(0, 16)}.bin`);
}

export function contentHash(buf: Buffer): string {
  return createHash('sha1').update(buf).digest('hex');
}

/** Facts as this version writes them; anything else in a cache file is not trusted. */
function looksLikeFacts(f: unknown): f is Facts {
  if (!f || typeof f !== 'object') return false;
  const x = f as Record<string, unknown>;
  return (
    typeof x.readable === 'boolean' &&
    typeof x.frontmatterLine === 'number' &&
    typeof x.bodyLine === 'number' &&
    Array.isArray(x.slugs) &&
    typeof x.links === 'string' &&
    Array.isArray(x.findings) &&
    Array.isArray(x.personalNumbers) &&
    (x.data === undefined || (typeof x.data === 'object' && x.data !== null && !Array.isArray(x.data)))
  );
}

function isOurs(header: Partial<Header> | null): header is Header {
  return header?.magic === MAGIC && header.format === FORMAT && header.version === VERSION;
}

/** The first line of a cache file, read on its own (a few KB, not the whole file). */
function readHeader(file: string): Partial<Header> | null {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const chunks: Buffer[] = [];
    let size = 0;
    // lsys.yaml of a region with hundreds of units is tens of KB; give up past 4 MB.
    while (size < 4 * 1024 * 1024) {
      const chunk = Buffer.alloc(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, size);
      if (n === 0) return null;
      const nl = chunk.subarray(0, n).indexOf(10);
      chunks.push(chunk.subarray(0, nl === -1 ? n : nl));
      size += n;
      if (nl !== -1) return JSON.parse(Buffer.concat(chunks).toString('latin1')) as Partial<Header> | null;
    }
    return null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The configuration cached under `hash` (the hash of lsys.yaml's text), if the cache file
 * was written by this lsys version for this very text; `root` is the caller's to add.
 */
export function readCachedConfig(file: string, hash: string): Omit<Config, 'root'> | undefined {
  const header = readHeader(file);
  if (!isOurs(header) || header.config?.hash !== hash) return undefined;
  const v = header.config.value as Partial<Config> | undefined;
  // The shape every run relies on; anything else is not trusted.
  if (
    !v ||
    typeof v.organisation !== 'string' ||
    !Array.isArray(v.verksamhetsformer) ||
    !Array.isArray(v.roller) ||
    !Array.isArray(v.enheter) ||
    !Array.isArray(v.ignorera) ||
    !Array.isArray(v.undantag) ||
    typeof v.dokument !== 'string' ||
    typeof v.revision !== 'object' ||
    typeof v.risk !== 'object' ||
    typeof v.rubriker !== 'object' ||
    typeof v.regler !== 'object' ||
    typeof v.keyPositions !== 'object' ||
    v.hash !== hash
  ) {
    return undefined;
  }
  return v as Omit<Config, 'root'>;
}

async function readBody(file: string, stamp: string): Promise<{ header: Header; body: Body } | undefined> {
  try {
    const text = (await readFile(file)).toString('latin1');
    const nl = text.indexOf('\n');
    if (nl === -1) return undefined;
    const header = JSON.parse(text.slice(0, nl)) as Partial<Header> | null;
    if (!isOurs(header) || header.stamp !== stamp) return undefined;
    const body = JSON.parse(text.slice(nl + 1)) as Body;
    const f = body?.files;
    if (!f || !Array.isArray(body.entries) || ![f.path, f.size, f.mtimeMs, f.hash].every((a) => Array.isArray(a) && a.length === f.path.length)) {
      return undefined;
    }
    return { header, body };
  } catch {
    // Missing, unreadable, truncated or not ours: start afresh.
    return undefined;
  }
}

/** Open the cache file; `config` is written into its header on save. */
export async function openCache(file: string, stamp: string, config?: Config): Promise<FactsCache> {
  const read = await readBody(file, stamp);
  const body = read?.body;
  // A changed lsys.yaml is worth a write even when no document changed.
  let changed = config !== undefined && read !== undefined && read.header.config?.hash !== config.hash;
  const old = new Map<string, Facts>();
  const oldFiles = new Map<string, number>();
  if (body) {
    for (const e of body.entries) if (Array.isArray(e) && typeof e[0] === 'string') old.set(e[0], e[1]);
    body.files.path.forEach((p, i) => oldFiles.set(p, i));
  }
  const used = new Map<string, Facts>();
  const files: Body['files'] = { path: [], size: [], mtimeMs: [], hash: [] };
  let hits = 0;
  let misses = 0;
  return {
    get(hash) {
      const f = old.get(hash) ?? used.get(hash);
      if (f !== undefined && looksLikeFacts(f)) {
        hits++;
        used.set(hash, f);
        return f;
      }
      misses++;
      return undefined;
    },
    set(hash, facts) {
      used.set(hash, facts);
      changed = true;
    },
    knownHash(path, size, mtimeMs) {
      const i = oldFiles.get(path);
      if (i === undefined || !body) return undefined;
      const f = body.files;
      // An mtime in the last two seconds may still change without a new mtime: read the file.
      return f.size[i] === size && f.mtimeMs[i] === mtimeMs && typeof f.hash[i] === 'string' && Date.now() - mtimeMs > 2000
        ? f.hash[i]
        : undefined;
    },
    stamp(path, s) {
      const i = oldFiles.get(path);
      const f = body?.files;
      if (i === undefined || !f || f.size[i] !== s.size || f.mtimeMs[i] !== s.mtimeMs || f.hash[i] !== s.hash) changed = true;
      files.path.push(path);
      files.size.push(s.size);
      files.mtimeMs.push(s.mtimeMs);
      files.hash.push(s.hash);
    },
    async save() {
      if (!changed && used.size === old.size && files.path.length === oldFiles.size) return;
      const out: Body = { files, entries: [...used] };
      const header: Header = { magic: MAGIC, format: FORMAT, version: VERSION, stamp };
      if (config) {
        const { root: _root, ...value } = config;
        header.config = { hash: config.hash, value };
      }
      const text = `${JSON.stringify(header)}\n${JSON.stringify(out)}\n`;
      await writeFileAtomic(file, Buffer.from(toLatin1Json(text), 'latin1'));
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
