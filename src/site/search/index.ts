/**
 * The handbook's search index (issue 10 point 3): MiniSearch with Swedish term keys (terms.ts),
 * split into shards by a stable hash of each page, each shard a JavaScript file under `sok/`
 * that registers itself (`lsysSokShard(n, {…})`), so the index loads by `<script>` also when
 * the site is opened straight from disk (file://, where fetch() is refused). Each shard's
 * serialised index is cached in `cacheDir` by a hash of its documents' search text: after one
 * changed document only its shard is indexed again. Same documents → same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { writeFileAtomic } from '../../core/fs-write.js';
import type { BuildSearch, SearchDocument, SiteFile } from '../types.js';
import { EXCERPT_CHARS, INDEX_OPTIONS, type IndexedDocument } from './engine.js';
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

/** The start of a text, cut at a word boundary, for the snippet. */
function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= EXCERPT_CHARS) return t;
  const cut = t.lastIndexOf(' ', EXCERPT_CHARS);
  return t.slice(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS);
}

function indexed(d: SearchDocument): IndexedDocument {
  return {
    page: d.page,
    id: d.id,
    title: d.title,
    type: d.type,
    headings: d.headings.join('\n'),
    text: d.text,
    x: excerpt(d.text),
    ...(d.draft ? { draft: true as const } : {}),
  };
}

/**
 * What makes a cached shard stale besides its documents: the index format, and the term keys
 * (their output for words of every rule, so a change to terms.ts changes the cache key).
 */
const FORMAT =
  'lsys-sok-1 ' +
  JSON.stringify([EXCERPT_CHARS, INDEX_OPTIONS.fields, INDEX_OPTIONS.storeFields]) +
  ['läkemedlet', 'nyckeln', 'tecken', 'vattens', 'numret', 'dokumentet', 'avvikelserna', 'och'].map((w) => termKeys(w).join(',')).join(';');

const CACHE_FILE = /^sok-[0-9a-f]{32}\.json$/;

/** The serialised index of one shard: from the cache when its documents are unchanged. */
async function shardJson(docs: IndexedDocument[], cacheDir: string | undefined): Promise<{ json: string; hash: string }> {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(JSON.stringify(docs)).digest('hex').slice(0, 32);
  const file = cacheDir === undefined ? undefined : join(cacheDir, `sok-${hash}.json`);
  if (file !== undefined) {
    const cached = await readFile(file, 'utf8').catch(() => undefined);
    if (cached !== undefined) return { json: cached, hash };
  }
  const ms = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
  ms.addAll(docs);
  const json = JSON.stringify(ms);
  // A cache that cannot be written costs the next build time, never this one.
  if (file !== undefined) await writeFileAtomic(file, json).catch(() => undefined);
  return { json, hash };
}

/** The bundled browser script (scripts/bundle.mjs builds it from client.ts into dist/bundle/sok.js). */
async function clientScript(): Promise<string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const file = join(dir, 'dist', 'bundle', 'sok.js');
  return readFile(file, 'utf8').catch(() => {
    throw new Error(`the search script ${file} is missing: run \`npm run build\``);
  });
}

export const buildSearch: BuildSearch = async (docs, o) => {
  const k = shardCount(docs.length);
  const shards: IndexedDocument[][] = Array.from({ length: k }, () => []);
  for (const d of docs) shards[shardOf(d.page, k)]!.push(indexed(d));
  for (const s of shards) s.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
  const built = await Promise.all(shards.map((s) => shardJson(s, o.cacheDir)));
  const files: SiteFile[] = [];
  const names: string[] = [];
  built.forEach(({ json, hash }, i) => {
    const name = `index-${String(i).padStart(2, '0')}-${hash.slice(0, 12)}.js`;
    names.push(name);
    files.push({ path: `sok/${name}`, content: `lsysSokShard(${i},${json});\n` });
  });
  if (o.cacheDir !== undefined) await prune(o.cacheDir, new Set(built.map((b) => `sok-${b.hash}.json`)));
  const config = JSON.stringify({ shards: names, lang: o.lang });
  files.push({ path: 'assets/sok.js', content: `window.lsysSokConfig=${config};\n${await clientScript()}` });
  return files;
};

/** Remove the cached shards this build did not use (the folder is lsys's own; other files stay). */
async function prune(cacheDir: string, used: ReadonlySet<string>): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  await Promise.all(names.filter((n) => CACHE_FILE.test(n) && !used.has(n)).map((n) => rm(join(cacheDir, n), { force: true })));
}
