/**
 * The handbook's search index (issue 10 point 3): MiniSearch with Swedish term keys (terms.ts),
 * split into shards by a stable hash of each page, each shard a JavaScript file under `sok/`
 * that registers itself (`lsysSokShard(n, '<the index as JSON>')`), so the index loads by `<script>` also when
 * the site is opened straight from disk (file://, where fetch() is refused). Each shard's
 * serialised index is cached in `cacheDir` by a hash of its documents' search text: after one
 * changed document only its shard is indexed again. Same documents → same bytes.
 */
// crypto.hash: one call, several times faster than createHash().update() on large strings.
import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { startThreads, type Threads } from '../../core/threads.js';
import { writeFileAtomic } from '../../core/fs-write.js';
import type { BuildSearch, SearchDocument, SiteFile } from '../types.js';
import { EXCERPT_CHARS, INDEX_OPTIONS, type IndexedDocument } from './engine.js';
import { indexShard, indexed } from './shard.js';
import type { RenderJob, RenderedShard } from './render-shard.js';
import { termKeys } from './terms.js';

/** Documents per shard aimed at: a rebuild after one change indexes about this many again. */
const PER_SHARD = 300;

/**
 * The number of shards for `n` documents: a power of two, so it changes seldom (a changed
 * number re-indexes everything) — 1 up to 300 documents, 32 at 10,000.
 */
export function shardCount(n: number): number {
  let k = 1;
  while (n / k > PER_SHARD && k < 1024) k *= 2;
  return k;
}

/** FNV-1a (32 bit) of a string's UTF-16 units: a stable, fast spread of pages over shards. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard of a page among `k`. */
export function shardOf(page: string, k: number): number {
  return fnv1a(page) % k;
}

/**
 * What makes a cached shard stale besides its documents: the index format, and the term keys
 * (their output for words of every rule, so a change to terms.ts changes the cache key).
 */
const FORMAT =
  'lsys-sok-2 ' +
  JSON.stringify([EXCERPT_CHARS, INDEX_OPTIONS.fields, INDEX_OPTIONS.storeFields]) +
  ['läkemedlet', 'nyckeln', 'tecken', 'vattens', 'numret', 'dokumentet', 'avvikelserna', 'och'].map((w) => termKeys(w).join(',')).join(';');

const CACHE_FILE = /^sok-[0-9a-f]{32}\.js(?:on)?$/;

/** A shard's documents, where its cache is, and (once known) its index as the inside of a JavaScript string. */
interface Shard {
  docs: IndexedDocument[];
  hash: string;
  file?: string;
  body?: Uint8Array;
  /** The previous site has this shard's file: neither read nor written. */
  reused?: boolean;
  /** Indexed in this build (by indexMissing or a RenderPool): written to the cache. */
  fresh?: boolean;
}

/**
 * Hash each shard's documents and take what the cache has. SHA-1 (a cache key, not a defence):
 * it reads a JavaScript string twice as fast as SHA-256 here, and the hashing is most of a rebuild.
 * The cache holds the shard's file body as bytes, so a cached shard is never decoded or re-quoted.
 */
async function fromCache(
  shards: SearchDocument[][],
  cacheDir: string | undefined,
  inPreviousSite?: (i: number, hash: string) => boolean,
  prebuilt?: ReadonlyMap<number, string>,
): Promise<Shard[]> {
  return Promise.all(
    shards.map(async (source, i) => {
      // Documents that carry a key are hashed by it, so an unchanged shard never needs their text
      // (which the pipeline may then never render); the others by everything they hold.
      const keyed = source.every((d) => d.key !== undefined);
      const indexedDocs = keyed ? undefined : source.map(indexed);
      const what = keyed ? source.map((d) => `${d.page}\0${d.key!}`).join('\n') : JSON.stringify(indexedDocs);
      const key = hash('sha1', `${FORMAT}\0${keyed ? 'k' : 'j'}\0${what}`).slice(0, 32);
      const file = cacheDir === undefined ? undefined : join(cacheDir, `sok-${key}.js`);
      if (inPreviousSite?.(i, key)) return { docs: [], hash: key, reused: true };
      const built = prebuilt?.get(i);
      if (built !== undefined)
        return { docs: [], hash: key, body: Buffer.from(quote(built)), fresh: true, ...(file !== undefined ? { file } : {}) };
      const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
      // Only a shard that must be indexed reads its documents' text.
      const docs = body !== undefined ? [] : (indexedDocs ?? source.map(indexed));
      return { docs, hash: key, ...(file !== undefined ? { file } : {}), ...(body !== undefined ? { body } : {}) };
    }),
  );
}

/** Below this many documents to index, one thread is faster than starting workers. */
const WORKER_THRESHOLD = 2000;

/** How many worker threads for `n` documents to index in `shards` shards (0: this thread). */
export function searchWorkers(n: number, shards: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), shards));
  if (n < WORKER_THRESHOLD || shards < 2) return 0;
  return Math.min(availableParallelism(), 4, shards);
}

/** The compiled worker: beside this file in dist/ (and the bundle), in dist/ under vitest. */
function workerFile(): string | undefined {
  for (const u of ['./sok-worker.js', '../../../dist/site/search/sok-worker.js']) {
    const f = fileURLToPath(new URL(u, import.meta.url));
    if (existsSync(f)) return f;
  }
  return undefined;
}

/** Index the shards the cache did not have, on `workers` threads (or this one), and cache them. */
async function indexMissing(shards: Shard[], workers: number): Promise<void> {
  const todo = shards.filter((s) => s.body === undefined && !s.reused);
  for (const s of todo) s.fresh = true;
  const threads = todo.length < 2 ? undefined : sokThreads(Math.min(workers, todo.length));
  if (threads === undefined) {
    for (const s of todo) s.body = Buffer.from(quote(indexShard(s.docs)));
  } else {
    try {
      await threads.run<{ json: string }>(
        todo.map((s) => ({ docs: s.docs })),
        (i, r) => (todo[i]!.body = Buffer.from(quote(r.json))),
      );
    } finally {
      await threads.close();
    }
  }
  // A cache that cannot be written costs the next build time, never this one.
  await Promise.all(
    shards.flatMap((s) => (s.file === undefined || !s.fresh ? [] : [writeFileAtomic(s.file, s.body!).catch(() => undefined)])),
  );
}

/** The documents of each shard, as the index files hold them: spread by page, sorted by page. */
export function groupShards<T extends { page: string }>(docs: readonly T[]): T[][] {
  const k = shardCount(docs.length);
  const grouped: T[][] = Array.from({ length: k }, () => []);
  for (const d of docs) grouped[shardOf(d.page, k)]!.push(d);
  for (const s of grouped) s.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  return grouped;
}

/** Worker threads that render and index whole shards (a first build): see render-shard.ts. */
export interface RenderPool {
  /** Render and index every shard; `done` is told each shard's result as it comes (in any order). */
  run(shards: readonly RenderJob[][], done: (i: number, result: RenderedShard) => void): Promise<void>;
  /** Stop the threads (after run, or when they are not needed after all). */
  close(): Promise<void>;
}

/**
 * Start `n` worker threads for a RenderPool now, so that they load their modules while the
 * main thread prepares the build. Undefined without the compiled worker (then the main thread
 * renders as it goes).
 */
export function startRenderPool(n: number): RenderPool | undefined {
  const threads = sokThreads(n);
  return (
    threads && {
      run: (shards, done) =>
        threads.run(
          shards.map((render) => ({ render })),
          done,
        ),
      close: () => threads.close(),
    }
  );
}

/** Start `n` threads of sok-worker.ts; undefined without the compiled worker or for n < 1. */
function sokThreads(n: number): Threads | undefined {
  const file = workerFile();
  return file === undefined || n < 1 ? undefined : startThreads(file, n);
}

/** The bundled browser script (scripts/bundle.mjs builds it from client.ts into dist/bundle/sok.js). */
async function clientScript(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const file = join(dir, 'dist', 'bundle', 'sok.js');
  if (!existsSync(file)) throw new Error(`the search script ${file} is missing: run \`npm run build\``);
  return readFile(file, 'utf8');
}

export const buildSearch: BuildSearch = async (docs, o) => {
  const grouped = groupShards(docs);
  const nameOf = (i: number, hash: string): string => `index-${String(i).padStart(2, '0')}-${hash.slice(0, 12)}.js`;
  // A rebuild takes an index file the previous site has (its name is its documents' keys) as it is.
  const shards = await fromCache(
    grouped,
    o.cacheDir,
    o.reuse ? (i, hash) => o.reuse!.has(`sok/${nameOf(i, hash)}`) : undefined,
    o.prebuilt,
  );
  const missing = shards.filter((s) => s.body === undefined && !s.reused);
  await indexMissing(
    shards,
    searchWorkers(
      missing.reduce((n, s) => n + s.docs.length, 0),
      missing.length,
      o.workers,
    ),
  );
  const files: SiteFile[] = [];
  const names: string[] = [];
  const end = Buffer.from("');\n");
  shards.forEach(({ body, hash, reused }, i) => {
    const name = nameOf(i, hash);
    names.push(name);
    if (reused) o.reuse!.out.push(`sok/${name}`);
    else files.push({ path: `sok/${name}`, content: Buffer.concat([Buffer.from(`lsysSokShard(${i},'`), body!, end]) });
  });
  if (o.cacheDir !== undefined) await prune(o.cacheDir, new Set(shards.map((s) => `sok-${s.hash}.js`)));
  const config = JSON.stringify({ shards: names, lang: o.lang });
  files.push({ path: 'assets/sok.js', content: `window.lsysSokConfig=${config};\n${await clientScript()}` });
  return files;
};

/**
 * JSON as the inside of a single-quoted JavaScript string: the browser's JSON.parse reads a large
 * index about three times as fast as the same data written as an object literal.
 */
function quote(json: string): string {
  return json.replace(/[\\']/g, (c) => `\\${c}`);
}

/** Remove the cached shards this build did not use (the folder is lsys's own; other files stay). */
async function prune(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => CACHE_FILE.test(n) && !used.has(n)).map((n) => rm(join(cacheDir, n), { force: true })));
}
