/** One shard of the search index, serialised: what the main thread and the worker threads both do. */
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type IndexedDocument } from './engine.js';

export function indexShard(docs: readonly IndexedDocument[]): string {
  const ms = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
  ms.addAll(docs);
  return JSON.stringify(ms);
}
