/**
 * A content-addressed cache of per-document results: the facts that the checks looking
 * beyond a document need (frontmatter, anchors, links) and the findings of the local checks
 * (schema, headings, …; see LocalRule), which need not run again on an unchanged file. The
 * key is the SHA-1 of the file's content; the whole cache is stamped with the lsys version,
 * the schemas, the local checks and the parts of lsys.yaml they read (see validate.ts), so
 * a cache made under anything else is ignored and rebuilt. A corrupt or foreign file is
 * never trusted: it is ignored and replaced.
 *
 * What is not needed on every run stays out: heading texts only matter to the local checks,
 * and a sammanställning's analysis only to the report, which reads it from the file. Frontmatter
 * positions stay in, as two strings per document, decoded only for a document with a finding:
 * reading them again from the files cost a third of a millisecond per document, seconds when
 * thousands have a warning such as review/due-soon. Reading the cache is most of what a warm
 * run does.
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
import { LOG_MAGIC } from './git.js';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { appendFile, lstat, readFile } from 'node:fs/promises';
import { LsysError } from './errors.js';
import { readHeadAndTail, writeFileAtomic } from './fs-write.js';
import { VERSION } from './version.js';
import type { Config, Lang, LoadedDocument } from './types.js';
import { say, type Message } from './messages.js';
import { CACHE_MESSAGES } from './run-messages.js';

/** The cached results of a document, without where the file is (the same bytes anywhere give the same facts). */
export type Facts = Omit<LoadedDocument, 'file' | 'absPath'> & {
  /** A file lsys generated (its report): not a document (see load-all.ts). */
  generated?: true;
};

const MAGIC = 'lsys-facts-cache';
const FORMAT = 6;

/** What a file looked like when its hash was taken: a file with the same size and mtime is not read again. */
export interface FileStamp {
  size: number;
  /** When the file last changed: the later of its mtime and ctime (load-all.ts says why). */
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
    [file, MAGIC, shown],
    [`${file}.git`, LOG_MAGIC, `${shown}.git`],
    // LEDGER_MAGIC of cli/output-ledger.ts, which the core may not import.
    [`${file}.outputs`, 'lsys-outputs', `${shown}.outputs`],
  ] as const) {
    const st = await lstat(path).catch(() => undefined);
    if (!st) continue;
    const refuse = (why: Message): never => {
      throw new LsysError('cache-location-not-cache', say(CACHE_MESSAGES.refused, lang, { shown, why: say(why, lang, { name, example: join(shown, 'lsys-cache.jsonl') }) }));
    };
    if (st.isSymbolicLink()) refuse(CACHE_MESSAGES.symbolicLink);
    if (st.isDirectory()) refuse(CACHE_MESSAGES.folder);
    if (!st.isFile()) refuse(CACHE_MESSAGES.notRegular);
    // The magic is in the first few bytes; an unreadable file is not known to be lsys's.
    const head = await readHeadAndTail(path, 64, 0).catch(() => '');
    if (!head.startsWith(`{"magic":"${magic}"`)) {
      refuse(CACHE_MESSAGES.notACache);
    }
  }
}

export function contentHash(buf: Buffer): string {
  return createHash('sha1').update(buf).digest('hex');
}

/** Facts as this version writes them; anything else in a cache file is not trusted. */
function looksLikeFacts(f: unknown): f is Facts {
  if (!f || typeof f !== 'object') return false;
  const x = f as Record<string, unknown>;
  return (
    Array.isArray(x.slugs) &&
    typeof x.links === 'string' &&
    Array.isArray(x.findings) &&
    Array.isArray(x.personalNumbers) &&
    typeof (x.positions as { keys?: unknown } | undefined)?.keys === 'string' &&
    typeof (x.positions as { at?: unknown } | undefined)?.at === 'string' &&
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

/** A cache file as read: its header, and the file stamps and entries of its body and updates. */
interface Read {
  header: Header;
  files: Body['files'];
  entries: Map<string, Facts>;
  /** How many update lines followed the body. */
  updates: number;
  /** A line after the body could not be read (an interrupted append): write the file afresh. */
  damaged: boolean;
}

function isBody(b: Partial<Body> | null): b is Body {
  const f = b?.files;
  return !!f && Array.isArray(b.entries) && [f.path, f.size, f.mtimeMs, f.hash].every((a) => Array.isArray(a) && a.length === f.path.length);
}

async function readCacheFile(file: string, stamp: string): Promise<Read | undefined> {
  let text: string;
  try {
    text = (await readFile(file)).toString('latin1');
  } catch {
    return undefined; // missing or unreadable: start afresh
  }
  let header: Partial<Header> | null;
  let body: Partial<Body> | null;
  let at = text.indexOf('\n');
  let next = at === -1 ? -1 : text.indexOf('\n', at + 1);
  try {
    header = JSON.parse(text.slice(0, at)) as Partial<Header> | null;
    if (!isOurs(header) || header.stamp !== stamp) return undefined;
    body = JSON.parse(text.slice(at + 1, next === -1 ? text.length : next)) as Partial<Body> | null;
  } catch {
    return undefined; // truncated or not ours
  }
  if (!isBody(body)) return undefined;
  const read: Read = { header, files: body.files, entries: new Map(), updates: 0, damaged: false };
  const addEntries = (entries: unknown[]): void => {
    for (const e of entries) if (Array.isArray(e) && typeof e[0] === 'string') read.entries.set(e[0], e[1] as Facts);
  };
  addEntries(body.entries);
  // Updates appended by later runs: each a line of the body's shape; the later wins.
  while (next !== -1 && next + 1 < text.length) {
    at = next;
    next = text.indexOf('\n', at + 1);
    let update: Partial<Body> | null = null;
    try {
      update = JSON.parse(text.slice(at + 1, next === -1 ? text.length : next)) as Partial<Body> | null;
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

/** Updates appended before the file is written afresh (which also drops entries no file uses). */
const MAX_UPDATES = 20;

/** Open the cache file; `config` is written into its header on save. */
export async function openCache(file: string, stamp: string, config?: Config): Promise<FactsCache> {
  const read = await readCacheFile(file, stamp);
  const old = read?.entries ?? new Map<string, Facts>();
  // Path → index of its latest stamp in the (concatenated) lists.
  const oldFiles = new Map<string, number>();
  read?.files.path.forEach((p, i) => oldFiles.set(p, i));
  const used = new Map<string, Facts>();
  const added = new Map<string, Facts>();
  const files: Body['files'] = { path: [], size: [], mtimeMs: [], hash: [] };
  const changedFiles: Body['files'] = { path: [], size: [], mtimeMs: [], hash: [] };
  // A changed lsys.yaml is worth a write even when no document changed.
  const configChanged = config !== undefined && read !== undefined && read.header.config?.hash !== config.hash;
  return {
    get(hash) {
      const f = old.get(hash) ?? used.get(hash);
      if (f === undefined || !looksLikeFacts(f)) return undefined;
      used.set(hash, f);
      return f;
    },
    set(hash, facts) {
      used.set(hash, facts);
      added.set(hash, facts);
    },
    knownHash(path, size, mtimeMs) {
      const i = oldFiles.get(path);
      if (i === undefined || !read) return undefined;
      const f = read.files;
      // An mtime in the last two seconds may still change without a new mtime: read the file.
      return f.size[i] === size && f.mtimeMs[i] === mtimeMs && typeof f.hash[i] === 'string' && Date.now() - mtimeMs > 2000
        ? f.hash[i]
        : undefined;
    },
    stamp(path, s) {
      pushStamp(files, path, s);
      if (isNew(path, s)) pushStamp(changedFiles, path, s);
    },
    async save() {
      // Files gone since the last run (their stamps would stay in an appended file).
      const dropped = files.path.length < oldFiles.size;
      if (!configChanged && !dropped && added.size === 0 && changedFiles.path.length === 0) return;
      let unused = 0;
      for (const h of old.keys()) if (!used.has(h)) unused++;
      // A few changed files: append them as an update line instead of writing 10,000 entries
      // again. Written afresh when there is no file yet, lsys.yaml changed, files are gone,
      // updates have piled up, much has changed, or many entries are no longer used.
      const afresh =
        !read ||
        read.damaged ||
        configChanged ||
        dropped ||
        read.updates >= MAX_UPDATES ||
        changedFiles.path.length > 100 + files.path.length / 4 ||
        unused > 100 + old.size / 4;
      if (!afresh) {
        const update: Body = { files: changedFiles, entries: [...added] };
        await appendFile(file, Buffer.from(toLatin1Json(`${JSON.stringify(update)}\n`), 'latin1'));
        return;
      }
      const out: Body = { files, entries: [...used] };
      const header: Header = { magic: MAGIC, format: FORMAT, version: VERSION, stamp };
      if (config) {
        const { root: _root, ...value } = config;
        header.config = { hash: config.hash, value };
      }
      const text = `${JSON.stringify(header)}\n${JSON.stringify(out)}\n`;
      await writeFileAtomic(file, Buffer.from(toLatin1Json(text), 'latin1'));
    },
  };

  /** Does this stamp differ from the one recorded for the path? */
  function isNew(path: string, s: FileStamp): boolean {
    const i = oldFiles.get(path);
    const f = read?.files;
    return i === undefined || !f || f.size[i] !== s.size || f.mtimeMs[i] !== s.mtimeMs || f.hash[i] !== s.hash;
  }
}

function pushStamp(list: Body['files'], path: string, s: FileStamp): void {
  list.path.push(path);
  list.size.push(s.size);
  list.mtimeMs.push(s.mtimeMs);
  list.hash.push(s.hash);
}
