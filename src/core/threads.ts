/**
 * A few worker threads of one script that answer messages: the load's parsing threads
 * (core/pool.ts) and lsys site's render and search threads (site/search/index.ts) both send
 * their work through it. Each message gets one answer carrying the message's index (`id`).
 */
import { Worker } from 'node:worker_threads';

export interface Threads {
  /** Send every message (`id` added); `done` is told each answer as it comes (in any order). */
  run<R>(messages: readonly object[], done: (i: number, result: R) => void): Promise<void>;
  /** Stop the threads (after run, or when they are not needed after all). */
  close(): Promise<void>;
}

/** Start `n` (at least one) threads of `file` now, so that they load their modules before run. */
export function startThreads(file: string, n: number): Threads {
  const pool = Array.from({ length: Math.max(1, n) }, () => new Worker(file));
  let failed: Error | undefined;
  // A thread that fails before run() is said so by run(), never as an unhandled error.
  for (const w of pool) w.on('error', (e) => (failed ??= e));
  return {
    run: async <R>(messages: readonly object[], done: (i: number, result: R) => void) => {
      let next = 0;
      await Promise.all(
        pool.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              if (failed !== undefined) return reject(failed);
              let pending = 0;
              const send = (): void => {
                if (next >= messages.length) return;
                pending++;
                const id = next++;
                w.postMessage({ id, ...messages[id] });
              };
              w.on('message', (msg: R & { id: number }) => {
                pending--;
                // The next message first: the thread works on it while this one's answer is used here.
                send();
                try {
                  done(msg.id, msg);
                } catch (e) {
                  reject(e instanceof Error ? e : new Error(String(e)));
                  return;
                }
                if (pending === 0) resolve();
              });
              w.on('error', reject);
              w.on('exit', (code) => {
                if (code !== 0) reject(new Error(`worker exited with code ${code}`));
              });
              // Two messages each from the start, so that a thread never waits for this one to send it work.
              send();
              send();
              if (pending === 0) resolve();
            }),
        ),
      );
    },
    close: async () => {
      await Promise.all(pool.map((w) => w.terminate()));
    },
  };
}
