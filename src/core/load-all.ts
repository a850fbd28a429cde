/**
 * Load every document of a run: read and hash each file, take the results of unchanged
 * files from the cache, and parse the rest — in worker threads when there are many — and
 * run the local checks on them.
 */
import { GENERATOR_COMMENT_PREFIX } from './generator-mark.js';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { sep } from 'node:path';
import { contentHash, openCache, type Facts, type SharedFacts } from './cache.js';
import { rawSchemas } from './schema-files.js';
import type { Config, Finding, LoadedDocument, ParsedDocument } from './types.js';
import type { WorkItem } from './load.js';

export interface LoadAllOptions {
  root: string;
  files: string[];
  /** The cache file, or undefined for no cache. */
  cacheFile?: string;
  /** What else the cached results depend on (the local checks and what they read of lsys.yaml). */
  cacheStamp?: string;
  /** Worker threads: undefined = decide by size; 0 or 1 = parse on the main thread. */
  workers?: number;
  /** lsys.yaml as parsed, kept in the cache for the next run. */
  config?: Config;
  /** Links (path → link text) that lead out of the repository: reported, never read. */
  outsideLinks?: Map<string, string>;
  /** Each file's bytes from memory instead of the disk (the rule tester); give no cacheFile with it. */
  read?: (file: string) => Uint8Array;
  /**
   * With `read`: the files whose bytes are those on disk under root (lsys diff: unchanged since
   * the commit it reads), taken from the disk as without `read`, so the cache's file stamps
   * spare reading them.
   */
  onDisk?: (file: string) => boolean;
  /** With `shared`: a file's content hash when it is already known (lsys diff: the same blob as in the other commit). */
  hashOf?: (file: string) => string | undefined;
  /** Facts shared by in-memory runs (with `read`), read from the cache file but never written (lsys diff); in place of cacheFile. */
  shared?: SharedFacts;
  /** Documents checked as this text instead of their bytes on disk (lsys approve); their facts are not cached. */
  replace?: ReadonlyMap<string, string>;
  /** The local checks: their findings on a freshly parsed document. */
  local: (doc: ParsedDocument) => Finding[];
  /**
   * The URL of a module whose `bodyHook` (core/load.ts BodyHook) makes something more of each
   * parsed body from the same tokens, in the parsing thread (lsys site: the body's HTML, so a
   * body is parsed once). Its result is the document's `rendered`; cached documents have none.
   */
  bodyHook?: string;
}

export async function loadAll(opts: LoadAllOptions): Promise<{ documents: LoadedDocument[]; cacheError?: unknown }> {
  // The header checks the lsys version; the stamp adds what else the results depend on.
  const stamp = `${rawSchemas().hash}|${opts.cacheStamp ?? ''}`;
  const cache = opts.shared
    ? await opts.shared.open(stamp)
    : opts.cacheFile
      ? await openCache(opts.cacheFile, stamp, opts.config)
      : undefined;
  // Without a cache every file is parsed: the threads for it start now and load their modules
  // while this thread reads the files.
  let started: import('./threads.js').Threads | undefined;
  if (!cache && !opts.read && !opts.replace) {
    const { startParsers, workerCount } = await import('./pool.js');
    started = startParsers(workerCount(opts.files.length, opts.workers));
  }
  const documents = new Array<LoadedDocument>(opts.files.length);
  const misses: Array<{ index: number; hash: string; item: WorkItem; cached: boolean }> = [];
  // Synchronous reads: for thousands of small files one tight loop is several times faster
  // than promise-based reads (open, fstat, read and close each through the thread pool).
  const unreadable: number[] = [];
  try {
    // Paths from discover are normalised already: concatenation, not path.join, 10,000 times.
    const base = opts.root.endsWith(sep) ? opts.root : opts.root + sep;
    for (let index = 0; index < opts.files.length; index++) {
      // Let the event loop breathe now and then, so `git log` (running beside us) can empty
      // its pipe instead of waiting for this loop to end.
      if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
      const file = opts.files[index]!;
      const absPath = base + file;
      if (opts.outsideLinks?.has(file)) {
        unreadable.push(index);
        continue;
      }
      // With a cache, a file whose size and change time are as recorded is not read: its hash is
      // known. The stat comes before the read, so a file changed in between is read again next
      // time. The change time is the later of mtime and ctime: `chmod 000` changes only ctime,
      // and such a file must be read (and reported as unreadable) just as without the cache.
      let st: Stats | undefined;
      let changed = 0;
      const replaced = opts.replace?.get(file);
      const known = replaced === undefined ? opts.hashOf?.(file) : undefined;
      const knownFacts = known === undefined ? undefined : cache?.get(known);
      if (known !== undefined && knownFacts) {
        if (!knownFacts.generated) documents[index] = { ...knownFacts, file, absPath, hash: known };
        continue;
      }
      // Files in memory have no size and mtime to trust: their hash is taken from their bytes.
      const disk = !opts.read || opts.onDisk?.(file) === true;
      if (cache && replaced === undefined && disk) {
        try {
          st = statSync(absPath);
          changed = Math.max(st.mtimeMs, st.ctimeMs);
          const known = cache.knownHash(absPath, st.size, changed);
          const facts = known === undefined ? undefined : cache.get(known);
          if (known !== undefined && facts) {
            cache.stamp(absPath, { size: st.size, mtimeMs: changed, hash: known });
            if (!facts.generated) documents[index] = { ...facts, file, absPath, hash: known };
            continue;
          }
        } catch {
          // Not stat-able: reading it below reports why.
        }
      }
      let bytes: Buffer;
      try {
        bytes =
          replaced !== undefined
            ? Buffer.from(replaced, 'utf8')
            : !disk && opts.read
              ? Buffer.from(opts.read(file))
              : readFileSync(absPath);
      } catch {
        unreadable.push(index);
        continue;
      }
      const hash = contentHash(bytes);
      if (cache && st) cache.stamp(absPath, { size: st.size, mtimeMs: changed, hash });
      if (isGenerated(bytes)) {
        cache?.set(hash, GENERATED);
        continue;
      }
      const facts = cache?.get(hash);
      if (facts) documents[index] = { ...facts, file, absPath, hash };
      else misses.push({ index, hash, item: { file, absPath, bytes }, cached: replaced === undefined });
    }
    if (unreadable.length) {
      const { loadDocument, outsideLinkDocument } = await import('./load.js');
      // loadDocument records why the file cannot be read (a broken link, a loop, no permission).
      for (const index of unreadable) {
        const file = opts.files[index]!;
        const target = opts.outsideLinks?.get(file);
        const doc = target === undefined ? await loadDocument(base + file, file) : outsideLinkDocument(base + file, file, target);
        doc.findings = opts.local(doc);
        documents[index] = doc;
      }
    }
  } catch (e) {
    // Threads started for nothing would keep the process alive.
    await started?.close();
    throw e;
  }
  // The parsers (yaml, markdown-it, the validators) are loaded only when a file must be parsed.
  const { parseAll, workerCount } =
    misses.length || started ? await import('./pool.js') : { parseAll: async () => [], workerCount: () => 0 };
  const workers = workerCount(misses.length, opts.workers);
  const parsed: ParsedDocument[] = await parseAll(
    misses.map((m) => m.item),
    workers,
    opts.bodyHook,
    started,
  );
  parsed.forEach((doc, i) => {
    const m = misses[i]!; // parseAll gives one document per miss, in order
    doc.findings = opts.local(doc);
    doc.hash = m.hash;
    documents[m.index] = doc;
    if (m.cached) cache?.set(m.hash, factsOf(doc));
  });
  // A cache that cannot be written (read-only checkout) only costs speed next time; the
  // caller decides whether to say so.
  let cacheError: unknown;
  if (cache && !opts.shared) await cache.save().catch((e: unknown) => (cacheError = e ?? new Error('cache')));
  // Files lsys generated left holes: they are no documents.
  const loaded = documents.filter((d) => d !== undefined);
  return cacheError === undefined ? { documents: loaded } : { documents: loaded, cacheError };
}

/**
 * lsys's own Markdown report (`lsys report --format md`, e.g. kvalitetsberattelse-2026.md
 * beside lsys.yaml when `dokument: .`) starts with its generator mark,
 * `<!-- generator: lsys 0.1.0 -->`: such a file is never a document, whatever its name. A
 * look at the first bytes of bytes already read; from the cache, the mark is in the facts.
 */
const MARK = Buffer.from(GENERATOR_COMMENT_PREFIX);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
export function isGenerated(bytes: Buffer): boolean {
  const start = bytes.subarray(0, 3).equals(BOM) ? 3 : 0;
  const next = bytes[start + MARK.length];
  return bytes.subarray(start, start + MARK.length).equals(MARK) && (next === 0x20 || next === 0x2d);
}

/** What the cache keeps for a generated file: only that it is one. */
const GENERATED: Facts = { generated: true, personalNumbers: [], slugs: [], links: '', findings: [], positions: { keys: '', at: '' } };

/** What the cache keeps of a parsed document: the fields of LoadedDocument, nothing more. */
function factsOf(doc: ParsedDocument): Facts {
  const facts: Facts = {
    personalNumbers: doc.personalNumbers,
    slugs: doc.slugs,
    links: doc.links,
    findings: doc.findings,
    positions: doc.positions,
  };
  if (doc.data !== undefined) facts.data = doc.data;
  if (doc.frontmatterHash !== undefined) facts.frontmatterHash = doc.frontmatterHash;
  if (doc.id !== undefined) facts.id = doc.id;
  if (doc.typ !== undefined) facts.typ = doc.typ;
  return facts;
}
