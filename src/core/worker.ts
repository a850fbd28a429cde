/**
 * A worker thread that turns file bytes into document facts. The main thread reads and
 * hashes the files; only the ones the cache does not have are sent here, in batches.
 */
import { parentPort } from 'node:worker_threads';
import { loadFromBuffer } from './load.js';

export interface WorkItem {
  file: string;
  absPath: string;
  bytes: Uint8Array;
}

parentPort?.on('message', (msg: { id: number; items: WorkItem[] }) => {
  const facts = msg.items.map((it) => loadFromBuffer(Buffer.from(it.bytes.buffer, it.bytes.byteOffset, it.bytes.byteLength), it.absPath, it.file));
  parentPort!.postMessage({ id: msg.id, facts });
});
