/**
 * Spread document parsing over worker threads when a repository is large enough to pay for
 * them (each worker loads the parser modules and warms its own JIT: ≈ 0.2 s). Results come
 * back in input order, so the output is the same with one thread or many.
 */
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBodyHook, loadItem, type WorkItem } from './load.js';
import { startThreads, type Threads } from './threads.js';
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
export function startParsers(workers: number): Threads | undefined {
  const file = workers > 1 ? workerFile() : undefined;
  return file === undefined ? undefined : startThreads(file, workers);
}

/**
 * Parse every item, on `workers` threads when more than one (or on `started`, from
 * startParsers, which parseAll stops); `hook`: a body hook module's URL.
 */
export async function parseAll(items: WorkItem[], workers: number, hook?: string, started?: Threads): Promise<ParsedDocument[]> {
  const batches: Array<{ items: WorkItem[]; hook?: string }> = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push({ items: items.slice(i, i + BATCH), ...(hook !== undefined ? { hook } : {}) });
  const threads = started ?? (items.length > 0 ? startParsers(Math.min(workers, batches.length)) : undefined);
  if (!threads || items.length === 0) {
    await threads?.close();
    const h = hook === undefined || items.length === 0 ? undefined : await loadBodyHook(hook);
    return items.map((it) => loadItem(it, h));
  }
  const results: ParsedDocument[][] = [];
  try {
    await threads.run<{ facts: ParsedDocument[] }>(batches, (i, r) => (results[i] = r.facts));
  } finally {
    await threads.close();
  }
  return results.flat();
}
