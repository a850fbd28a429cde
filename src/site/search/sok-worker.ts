/**
 * A worker thread that builds shards of the search index (index.ts sends the shards whose
 * cache is missing when there are enough documents to pay for a thread), or, in a first build,
 * renders a shard's bodies and indexes them (`render`: see render-shard.ts).
 */
import { parentPort } from 'node:worker_threads';
import { indexShard } from './shard.js';
import { renderShard, type RenderJob } from './render-shard.js';
import type { IndexedDocument } from './engine.js';

parentPort?.on('message', (msg: { id: number; docs: IndexedDocument[] } | { id: number; render: RenderJob[] }) => {
  if ('render' in msg) parentPort!.postMessage({ id: msg.id, ...renderShard(msg.render) });
  else parentPort!.postMessage({ id: msg.id, json: indexShard(msg.docs) });
});
