/**
 * A worker thread that turns file bytes into document facts. The main thread reads and
 * hashes the files; only the ones the cache does not have are sent here, in batches. A batch
 * may name a body hook module (LoadAllOptions.bodyHook), loaded once.
 */
import { parentPort } from 'node:worker_threads';
import { loadBodyHook, loadItem, type BodyHook, type WorkItem } from './load.js';

/** The body hook module of the batches (the same in every batch of a run), loaded once. */
let loaded: { url: string; hook: Promise<BodyHook> } | undefined;

parentPort?.on('message', (msg: { id: number; items: WorkItem[]; hook?: string }) => {
  void (async () => {
    if (msg.hook !== undefined && loaded?.url !== msg.hook) loaded = { url: msg.hook, hook: loadBodyHook(msg.hook) };
    const hook = msg.hook === undefined ? undefined : await loaded!.hook;
    parentPort!.postMessage({ id: msg.id, facts: msg.items.map((it) => loadItem(it, hook)) });
  })();
});
