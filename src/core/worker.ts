/**
 * A worker thread that turns file bytes into document facts. The main thread reads and
 * hashes the files; only the ones the cache does not have are sent here, in batches.
 */
import { parentPort } from 'node:worker_threads';
import { loadItem, type WorkItem } from './load.js';

parentPort?.on('message', (msg: { id: number; items: WorkItem[] }) => {
  parentPort!.postMessage({ id: msg.id, facts: msg.items.map(loadItem) });
});
