/**
 * Writing many new files off the main thread. A first build of a large handbook creates 10,000
 * pages while the main thread makes the next ones; creating a file is a system call that often
 * waits on the file system (the journal, other writers), and on the main thread each wait held
 * up the pages behind it: on the 2-core bench machine `open` took 2 of the main thread's 7
 * seconds after the load. A thread that does nothing but write lets the main thread go on.
 *
 * The thread is started only when a build writes many files (a rebuild writes few and does not
 * pay for a thread). The first error stops the writing; `drain` gives it back with the path, as
 * the synchronous write would have thrown it.
 */
import { writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** The thread: write each file of a batch; after an error, nothing more; answer a drain with the error. */
const THREAD = `
const { parentPort } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
let error;
parentPort.on('message', (m) => {
  if (m.drain) return parentPort.postMessage({ error });
  if (error) return;
  for (const [path, bytes] of m.files) {
    try {
      writeFileSync(path, bytes);
    } catch (e) {
      error = { message: String(e && e.message), code: e && e.code, errno: e && e.errno, syscall: e && e.syscall, path };
      return;
    }
  }
});
`;

/** Files written on this thread before the writer starts its own (a rebuild never gets there). */
const SYNC_FILES = 256;
/** Files sent to the thread in one message. */
const BATCH = 32;

export interface FileWriter {
  /**
   * Write `bytes` to `path` (its folder exists): now, or soon on the writer thread. With `handOver`
   * the thread may take the bytes' memory over (the caller made them and does not use them again).
   */
  write(path: string, bytes: Uint8Array, handOver?: boolean): void;
  /** Wait until every file is written; throws the first write error. */
  drain(): Promise<void>;
  /** Stop the thread without waiting for what is left (the build failed). */
  close(): Promise<void>;
}

export function fileWriter(): FileWriter {
  let count = 0;
  let thread: Worker | undefined;
  let failed: Error | undefined;
  let batch: Array<[string, Uint8Array]> = [];
  // A file's own memory is handed over, not copied (a page's bytes are not used again here).
  let transfer: ArrayBuffer[] = [];
  const send = (): void => {
    if (batch.length === 0 || thread === undefined) return;
    thread.postMessage({ files: batch }, transfer);
    batch = [];
    transfer = [];
  };
  return {
    write(path, bytes, handOver = false) {
      if (failed) throw failed;
      if (++count <= SYNC_FILES) {
        writeFileSync(path, bytes);
        return;
      }
      if (thread === undefined) {
        thread = new Worker(THREAD, { eval: true });
        thread.on('error', (e) => (failed ??= e));
      }
      batch.push([path, bytes]);
      // Only memory that is the file's alone (small buffers share Node's pool).
      const own = bytes.buffer;
      if (
        handOver &&
        own instanceof ArrayBuffer &&
        bytes.byteOffset === 0 &&
        bytes.byteLength === own.byteLength &&
        !transfer.includes(own)
      )
        transfer.push(own);
      if (batch.length >= BATCH) send();
    },
    async drain() {
      if (failed) throw failed;
      if (thread === undefined) return;
      send();
      const w = thread;
      const reply = await new Promise<{ error?: { message: string; code?: string; errno?: number; syscall?: string; path: string } }>(
        (resolve, reject) => {
          w.once('message', resolve);
          w.once('error', reject);
          w.postMessage({ drain: true });
        },
      );
      thread = undefined;
      await w.terminate();
      if (reply.error) {
        const e = Object.assign(new Error(reply.error.message), reply.error) as NodeJS.ErrnoException;
        throw e;
      }
    },
    async close() {
      const w = thread;
      thread = undefined;
      batch = [];
      await w?.terminate();
    },
  };
}
