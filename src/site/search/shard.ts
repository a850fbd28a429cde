/** One shard of the search index, serialised: what the main thread and the worker threads both do. */
import MiniSearch from 'minisearch';
import type { SearchDocument } from '../types.js';
import { EXCERPT_CHARS, INDEX_OPTIONS, type IndexedDocument } from './engine.js';

export function indexShard(docs: readonly IndexedDocument[]): string {
  const ms = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
  ms.addAll(docs);
  return JSON.stringify(ms);
}

/** The start of a text, cut at a word boundary, for the snippet. */
function excerpt(text: string): string {
  const t = text
    .slice(0, EXCERPT_CHARS * 2)
    .replace(/\s+/g, ' ')
    .trim();
  if (t.length <= EXCERPT_CHARS) return t;
  const cut = t.lastIndexOf(' ', EXCERPT_CHARS);
  return t.slice(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS);
}

export function indexed(d: Omit<SearchDocument, 'key'>): IndexedDocument {
  return {
    page: d.page,
    id: d.id,
    title: d.title,
    type: d.type,
    headings: d.headings.join('\n'),
    text: d.text,
    x: excerpt(d.text),
    ...(d.draft ? { draft: true as const } : {}),
  };
}
