/**
 * A worker thread that turns file bytes into document facts. The main thread reads and
 * hashes the files; only the ones the cache does not have are sent here, in batches. A batch
 * may name a body hook module (LoadAllOptions.bodyHook), loaded once.
 */
import { parentPort } from 'node:worker_threads';
import { loadBodyHook, loadItem, type BodyHook, type WorkItem } from './load.js';

let hooks = new Map<string, Promise<BodyHook>>();

parentPort?.on('message', (msg: { id: number; items: WorkItem[]; hook?: string }) => {
  void (async () => {
    let hook: BodyHook | undefined;
    if (msg.hook !== undefined) {
      if (!hooks.has(msg.hook)) hooks = new Map([[msg.hook, loadBodyHook(msg.hook)]]);
      hook = await hooks.get(msg.hook)!;
    }
    parentPort!.postMessage({ id: msg.id, facts: msg.items.map((it) => loadItem(it, hook)) });
  })();
});
