/**
 * A content-addressed cache of per-document results: the facts that the checks looking
 * beyond a document need (frontmatter, anchors, links) and the findings of the local checks
 * (schema, headings, …; see LocalRule), which need not run again on an unchanged file. The
 * key is the SHA-1 of the file's content; the whole cache is stamped with the lsys version,
 * the schemas, the local checks and the parts of lsys.yaml they read (see validate.ts), so
 * a cache made under anything else is ignored and rebuilt. A corrupt or foreign file is
 * never trusted: it is ignored and replaced. How the file is laid out, read and written is
 * cache-file.ts's; this module decides what goes in, what is trusted and when to write.
 *
 * What is not needed on every run stays out: heading texts only matter to the local checks,
 * and a sammanställning's analysis only to the report, which reads it from the file. Frontmatter
 * positions stay in, as two strings per document, decoded only for a document with a finding:
 * reading them again from the files cost a third of a millisecond per document, seconds when
 * thousands have a warning such as review/due-soon. Reading the cache is most of what a warm
 * run does.
 */
import { createHash } from 'node:crypto';
import { appendCacheUpdate, readCacheFile, readCacheHeader, writeCacheFile, type StampLists } from './cache-file.js';
import type { Config, LoadedDocument } from './types.js';

/** The cached results of a document, without where the file is (the same bytes anywhere give the same facts). */
export type Facts = Omit<LoadedDocument, 'file' | 'absPath'> & {
  /** A file lsys generated (its report): not a document (see load-all.ts). */
  generated?: true;
};

/** What a file looked like when its hash was taken: a file with the same size and mtime is not read again. */
interface FileStamp {
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

/**
 * The configuration cached under `hash` (the hash of lsys.yaml's text), if the cache file
 * was written by this lsys version for this very text; `root` is the caller's to add.
 */
export function readCachedConfig(file: string, hash: string): Omit<Config, 'root'> | undefined {
  const header = readCacheHeader(file);
  if (header?.config?.hash !== hash) return undefined;
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

/** Updates appended before the file is written afresh (which also drops entries no file uses). */
const MAX_UPDATES = 20;

/** Open the cache file; `config` is written into its header on save. */
export async function openCache(file: string, stamp: string, config?: Config): Promise<FactsCache> {
  const read = await readCacheFile(file, stamp);
  const old = read?.entries ?? new Map<string, unknown>();
  // Path → index of its latest stamp in the (concatenated) lists.
  const oldFiles = new Map<string, number>();
  read?.files.path.forEach((p, i) => oldFiles.set(p, i));
  const used = new Map<string, Facts>();
  const added = new Map<string, Facts>();
  const files: StampLists = { path: [], size: [], mtimeMs: [], hash: [] };
  const changedFiles: StampLists = { path: [], size: [], mtimeMs: [], hash: [] };
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
      const hash = f.hash[i];
      // An mtime in the last two seconds may still change without a new mtime: read the file.
      return f.size[i] === size && f.mtimeMs[i] === mtimeMs && typeof hash === 'string' && Date.now() - mtimeMs > 2000 ? hash : undefined;
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
        await appendCacheUpdate(file, { files: changedFiles, entries: [...added] });
        return;
      }
      let cachedConfig: { hash: string; value: Omit<Config, 'root'> } | undefined;
      if (config) {
        const { root: _root, ...value } = config;
        cachedConfig = { hash: config.hash, value };
      }
      await writeCacheFile(file, stamp, cachedConfig, { files, entries: [...used] });
    },
  };

  /** Does this stamp differ from the one recorded for the path? */
  function isNew(path: string, s: FileStamp): boolean {
    const i = oldFiles.get(path);
    const f = read?.files;
    return i === undefined || !f || f.size[i] !== s.size || f.mtimeMs[i] !== s.mtimeMs || f.hash[i] !== s.hash;
  }
}

function pushStamp(list: StampLists, path: string, s: FileStamp): void {
  list.path.push(path);
  list.size.push(s.size);
  list.mtimeMs.push(s.mtimeMs);
  list.hash.push(s.hash);
}

/**
 * Facts for runs on files held in memory (lsys diff validates two commits from git objects):
 * taken from the facts cache file by content hash, never written to it, and shared between the
 * runs of one process, so a file that is the same in both commits is parsed at most once.
 * One store per stamp: a side whose lsys.yaml changes the local checks gets its own.
 */
export interface SharedFacts {
  open(stamp: string): Promise<FactsCache>;
}

/** Shared, read-only facts backed by `file` (none: memory only). */
export function sharedFacts(file: string | undefined): SharedFacts {
  const stores = new Map<string, Promise<FactsCache>>();
  return {
    open(stamp) {
      let store = stores.get(stamp);
      if (!store) {
        // openCache keeps what is set in memory and writes only on save(), which is never called.
        store = openCache(file ?? '', stamp);
        stores.set(stamp, store);
      }
      return store;
    },
  };
}
