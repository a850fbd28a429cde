/**
 * The cache file's format: where it lives, how it is recognised, read, appended to and written
 * atomically. What the entries and the cached configuration mean is cache.ts's business; here
 * they are opaque JSON, and a file that is not exactly this format and version is not read.
 *
 * The file is JSON lines: a header (magic and stamp, checked before the rest is parsed; also
 * the parsed lsys.yaml, by its text's hash), a body with the file stamps and the entries,
 * and updates that later runs append when only a few files changed (rewriting 10,000
 * entries for one changed file cost more than the rest of such a run); after a number of
 * updates, or when much changed, the file is written afresh. V8's JSON.parse builds small
 * objects several times faster than v8.deserialize. Characters beyond Latin-1 are written as \u
 * escapes, so the file is Latin-1 and is read without UTF-8 decoding (a tenth of a second
 * at 10,000 documents: å, ä and ö are Latin-1, but one dash in a text makes UTF-8 decoding
 * take the slow path).
 */
import { LOG_FAMILY } from './git.js';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appendFile, lstat, readFile } from 'node:fs/promises';
import { LsysError } from './errors.js';
import { readHeadAndTail, writeFileAtomic } from './fs-write.js';
import { VERSION } from './version.js';
import type { Lang } from './types.js';
import { say, type Message } from './messages.js';
import { CACHE_MESSAGES } from './run-messages.js';

const MAGIC = 'lsys-facts-cache';
const FORMAT = 11; // 8: facts carry the frontmatter's hash (lsys site's shared page key); 9: personnummer hits kept masked only; 10: a tab in the indentation is one YAML problem; 11: a duplicate key is named

/** The first line of the file. */
export interface CacheHeader {
  magic: string;
  format: number;
  /** The lsys version: decides whether the cached configuration is still valid. */
  version: string;
  /** What the entries depend on besides the files (version, schemas, local checks). */
  stamp: string;
  /** lsys.yaml as parsed and checked, without `root`, under the hash of its text. */
  config?: { hash: string; value: unknown };
}

/** File stamps as parallel lists (one object per file would cost more to parse). */
export interface StampLists {
  path: string[];
  size: number[];
  mtimeMs: number[];
  hash: string[];
}

/** The second line of the file, and each update line after it: file stamps and entries. */
export interface CacheBody {
  files: StampLists;
  entries: Array<[string, unknown]>;
}

/** A cache file as read: its header, and the file stamps and entries of its body and updates. */
export interface CacheFileContents {
  header: CacheHeader;
  files: StampLists;
  /** Content hash → entry as written (not yet checked: the reader checks it when used). */
  entries: Map<string, unknown>;
  /** How many update lines followed the body. */
  updates: number;
  /** A line after the body could not be read (an interrupted append): write the file afresh. */
  damaged: boolean;
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
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'lsys', 'facts.jsonl');
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'lsys', `${createHash('sha1').update(resolve(root)).digest('hex').slice(0, 16)}.jsonl`);
}

/**
 * A cache file given with --cache-location, checked before anything reads or writes it: it
 * may be missing or an lsys cache (the magic on its first line), nothing else, so that
 * `--cache-location lsys.yaml` cannot destroy the configuration. The git log kept beside it
 * (`FILE.git`, see git.ts) and the ledger of written outputs (`FILE.outputs`) obey the same rule. A symbolic link, device, FIFO or folder there
 * is refused rather than replaced or written through. `shown` is the path as the user wrote it.
 */
export async function checkCacheLocation(file: string, shown: string, lang: Lang): Promise<void> {
  for (const [path, magic, name] of [
    [file, ours(MAGIC), shown],
    // Any lsys's log, also an older format's (an upgraded lsys replaces it, as it replaces a stale cache).
    [`${file}.git`, LOG_FAMILY, `${shown}.git`],
    // LEDGER_MAGIC of commands/output-ledger.ts, which the core may not import.
    [`${file}.outputs`, ours('lsys-outputs'), `${shown}.outputs`],
  ] as const) {
    const st = await lstat(path).catch(() => undefined);
    if (!st) continue;
    const refuse = (why: Message): never => {
      throw new LsysError(
        'cache-location-not-cache',
        say(CACHE_MESSAGES.refused, lang, { shown, why: say(why, lang, { name, example: join(shown, 'lsys-cache.jsonl') }) }),
      );
    };
    if (st.isSymbolicLink()) refuse(CACHE_MESSAGES.symbolicLink);
    if (st.isDirectory()) refuse(CACHE_MESSAGES.folder);
    if (!st.isFile()) refuse(CACHE_MESSAGES.notRegular);
    // The magic is in the first few bytes; an unreadable file is not known to be lsys's.
    const head = await readHeadAndTail(path, 64, 0).catch(() => '');
    if (!magic.test(head)) {
      refuse(CACHE_MESSAGES.notACache);
    }
  }
}

/** The first bytes of a file with this magic. */
function ours(magic: string): RegExp {
  return new RegExp(`^\\{"magic":"${magic}"`);
}

function isOurs(header: Partial<CacheHeader> | null): header is CacheHeader {
  return header?.magic === MAGIC && header.format === FORMAT && header.version === VERSION;
}

/**
 * The header of a cache file that this lsys version wrote, read on its own (the first line:
 * a few KB, not the whole file); undefined for a missing, foreign or older file.
 */
export function readCacheHeader(file: string): CacheHeader | undefined {
  const header = readFirstLine(file);
  return isOurs(header) ? header : undefined;
}

function readFirstLine(file: string): Partial<CacheHeader> | null {
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
      if (nl !== -1) return JSON.parse(Buffer.concat(chunks).toString('latin1')) as Partial<CacheHeader> | null;
    }
    return null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function isBody(b: Partial<CacheBody> | null): b is CacheBody {
  const f = b?.files;
  return (
    !!f && Array.isArray(b.entries) && [f.path, f.size, f.mtimeMs, f.hash].every((a) => Array.isArray(a) && a.length === f.path.length)
  );
}

/**
 * Read a whole cache file written by this lsys version under `stamp`, with the updates
 * appended to it; undefined for a missing, unreadable, foreign, older or truncated file.
 */
export async function readCacheFile(file: string, stamp: string): Promise<CacheFileContents | undefined> {
  let text: string;
  try {
    text = (await readFile(file)).toString('latin1');
  } catch {
    return undefined; // missing or unreadable: start afresh
  }
  let header: Partial<CacheHeader> | null;
  let body: Partial<CacheBody> | null;
  let at = text.indexOf('\n');
  let next = at === -1 ? -1 : text.indexOf('\n', at + 1);
  try {
    header = JSON.parse(text.slice(0, at)) as Partial<CacheHeader> | null;
    if (!isOurs(header) || header.stamp !== stamp) return undefined;
    body = JSON.parse(text.slice(at + 1, next === -1 ? text.length : next)) as Partial<CacheBody> | null;
  } catch {
    return undefined; // truncated or not ours
  }
  if (!isBody(body)) return undefined;
  const read: CacheFileContents = { header, files: body.files, entries: new Map(), updates: 0, damaged: false };
  const addEntries = (entries: unknown[]): void => {
    for (const e of entries) if (Array.isArray(e) && typeof e[0] === 'string') read.entries.set(e[0], e[1]);
  };
  addEntries(body.entries);
  // Updates appended by later runs: each a line of the body's shape; the later wins.
  while (next !== -1 && next + 1 < text.length) {
    at = next;
    next = text.indexOf('\n', at + 1);
    let update: Partial<CacheBody> | null = null;
    try {
      update = JSON.parse(text.slice(at + 1, next === -1 ? text.length : next)) as Partial<CacheBody> | null;
    } catch {
      // handled below
    }
    if (next === -1 || !isBody(update)) {
      read.damaged = true;
      break;
    }
    const f = read.files;
    f.path.push(...update.files.path);
    f.size.push(...update.files.size);
    f.mtimeMs.push(...update.files.mtimeMs);
    f.hash.push(...update.files.hash);
    addEntries(update.entries);
    read.updates++;
  }
  return read;
}

/** Append an update line (a few changed files) to a cache file that readCacheFile read. */
export async function appendCacheUpdate(file: string, update: CacheBody): Promise<void> {
  await appendFile(file, Buffer.from(toLatin1Json(`${JSON.stringify(update)}\n`), 'latin1'));
}

/** Write the cache file afresh, atomically: a header for `stamp` (and `config`), and the body. */
export async function writeCacheFile(file: string, stamp: string, config: CacheHeader['config'], body: CacheBody): Promise<void> {
  const header: CacheHeader = { magic: MAGIC, format: FORMAT, version: VERSION, stamp };
  if (config) header.config = config;
  const text = `${JSON.stringify(header)}\n${JSON.stringify(body)}\n`;
  await writeFileAtomic(file, Buffer.from(toLatin1Json(text), 'latin1'));
}
