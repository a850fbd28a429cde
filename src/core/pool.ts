/**
 * Spread document parsing over worker threads when a repository is large enough to pay for
 * them (each worker loads the parser modules and warms its own JIT: ≈ 0.2 s). Results come
 * back in input order, so the output is the same with one thread or many.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadItem, type WorkItem } from './load.js';
import type { ParsedDocument } from './types.js';

/** Below this many files to parse, one thread is faster than starting workers. */
const WORKER_THRESHOLD = 1500;
const BATCH = 200;

/** The compiled worker: next to this file when running from dist/, in dist/ under vitest. */
function workerFile(): string | undefined {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  const built = new URL('../../dist/core/worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? fileURLToPath(built) : undefined;
}

/** How many workers to use for `n` files: `requested` when given (0 or 1 = none). */
export function workerCount(n: number, requested?: number): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (n < WORKER_THRESHOLD) return 0;
  return Math.min(availableParallelism(), 8);
}

export async function parseAll(items: WorkItem[], workers: number): Promise<ParsedDocument[]> {
  const file = workers > 1 ? workerFile() : undefined;
  if (!file || items.length === 0) {
    return items.map(loadItem);
  }
  const results: ParsedDocument[][] = [];
  const batches: Array<{ id: number; items: WorkItem[] }> = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push({ id: batches.length, items: items.slice(i, i + BATCH) });
  let next = 0;
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(file));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              w.postMessage(batches[next++]);
            };
            w.on('message', (msg: { id: number; facts: ParsedDocument[] }) => {
              results[msg.id] = msg.facts;
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) => {
              if (code !== 0) reject(new Error(`worker exited with code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}
