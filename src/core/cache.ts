/**
 * A content-addressed cache of per-document facts (everything a run computes from one
 * file's bytes: frontmatter, schema errors, headings, links, positions). The key is the
 * SHA-1 of the file's content; the whole cache is stamped with the lsys version and the
 * schemas' hash, so a cache from another version or schema is ignored and rebuilt. Rules
 * always run again on the facts (they depend on lsys.yaml, --today and other documents),
 * so the configuration need not be part of the key. A corrupt or foreign file is never
 * trusted: it is ignored and replaced.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { writeFileAtomic } from './fs-write.js';
import type { LoadedDocument } from './types.js';

/** The facts of a document, without where the file is (the same bytes anywhere give the same facts). */
export type Facts = Omit<LoadedDocument, 'file' | 'absPath'>;

const MAGIC = 'lsys-facts-cache';

/** What a file looked like when its hash was taken: a file with the same size and mtime is not read again. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface FactsCache {
  get(hash: string): Facts | undefined;
  set(hash: string, facts: Facts): void;
  /** The hash recorded for `path` when its size and mtime are unchanged (ESLint's "metadata" strategy). */
  knownHash(path: string, size: number, mtimeMs: number): string | undefined;
  /** Record a file's size, mtime and hash for the next run. */
  stamp(path: string, stamp: FileStamp): void;
  /** Write the entries used in this run (stale ones are dropped), if anything changed. */
  save(): Promise<void>;
  readonly hits: number;
  readonly misses: number;
}

export function contentHash(buf: Buffer): string {
  return createHash('sha1').update(buf).digest('hex');
}

export async function openCache(file: string, stamp: string): Promise<FactsCache> {
  let old = new Map<string, Facts>();
  let oldFiles = new Map<string, FileStamp>();
  try {
    const raw = deserialize(await readFile(file)) as { magic?: unknown; stamp?: unknown; entries?: unknown; files?: unknown };
    if (raw && raw.magic === MAGIC && raw.stamp === stamp && raw.entries instanceof Map && raw.files instanceof Map) {
      old = raw.entries as Map<string, Facts>;
      oldFiles = raw.files as Map<string, FileStamp>;
    }
  } catch {
    // Missing, unreadable, truncated or not ours: start afresh.
  }
  const used = new Map<string, Facts>();
  const files = new Map<string, FileStamp>();
  let hits = 0;
  let misses = 0;
  let changed = false;
  return {
    get(hash) {
      const f = old.get(hash);
      if (f && typeof f === 'object' && Array.isArray((f as Facts).headings)) {
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
      const f = oldFiles.get(path);
      // An mtime in the last two seconds may still change without a new mtime: read the file.
      return f && f.size === size && f.mtimeMs === mtimeMs && Date.now() - mtimeMs > 2000 ? f.hash : undefined;
    },
    stamp(path, s) {
      const f = oldFiles.get(path);
      if (!f || f.size !== s.size || f.mtimeMs !== s.mtimeMs || f.hash !== s.hash) changed = true;
      files.set(path, s);
    },
    async save() {
      if (!changed && used.size === old.size && files.size === oldFiles.size) return;
      await writeFileAtomic(file, serialize({ magic: MAGIC, stamp, entries: used, files }));
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
