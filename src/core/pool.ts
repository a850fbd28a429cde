/**
 * Spread document parsing over worker threads when a repository is large enough to pay for
 * them (each worker loads the parser modules and warms its own JIT: ≈ 0.2 s). Results come
 * back in input order, so the output is the same with one thread or many.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBodyHook, loadItem, type WorkItem } from './load.js';
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

/**
 * Start `workers` parsing threads now (when more than one), so that they load their modules
 * while the main thread still reads the files; give them to parseAll. Undefined without the
 * compiled worker.
 */
export function startParsers(workers: number): Worker[] | undefined {
  const file = workers > 1 ? workerFile() : undefined;
  return file === undefined ? undefined : Array.from({ length: workers }, () => new Worker(file));
}

/**
 * Parse every item, on `workers` threads when more than one (or on `started`, from
 * startParsers, which parseAll stops); `hook`: a body hook module's URL.
 */
export async function parseAll(items: WorkItem[], workers: number, hook?: string, started?: Worker[]): Promise<ParsedDocument[]> {
  const file = started === undefined && workers > 1 ? workerFile() : undefined;
  if ((!file && !started) || items.length === 0) {
    if (started) await Promise.all(started.map((w) => w.terminate()));
    const h = hook === undefined || items.length === 0 ? undefined : await loadBodyHook(hook);
    return items.map((it) => loadItem(it, h));
  }
  const results: ParsedDocument[][] = [];
  const batches: Array<{ id: number; items: WorkItem[]; hook?: string }> = [];
  for (let i = 0; i < items.length; i += BATCH)
    batches.push({ id: batches.length, items: items.slice(i, i + BATCH), ...(hook !== undefined ? { hook } : {}) });
  let next = 0;
  const pool = started ?? Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(file!));
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
