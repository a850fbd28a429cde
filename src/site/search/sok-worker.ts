/**
 * A worker thread that builds shards of the search index (index.ts sends the shards whose
 * cache is missing when there are enough documents to pay for a thread).
 */
import { parentPort } from 'node:worker_threads';
import { indexShard } from './shard.js';
import type { IndexedDocument } from './engine.js';

parentPort?.on('message', (msg: { id: number; docs: IndexedDocument[] }) => {
  parentPort!.postMessage({ id: msg.id, json: indexShard(msg.docs) });
});
