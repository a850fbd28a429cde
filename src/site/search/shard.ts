/**
 * One shard of the search index, serialised: what the main thread and the worker threads both do.
 *
 * The shard is written in MiniSearch's own serialisation (what `JSON.stringify(miniSearch)`
 * gives, `serializationVersion` 2), which the browser loads with `MiniSearch.loadJSON` and
 * searches with MiniSearch as before. It is built here with plain maps rather than by adding
 * each document to a MiniSearch instance: MiniSearch walks its radix tree once for every word
 * of every text, which made the search index the largest part of a cold build (3 s of CPU at
 * 10,000 documents); counting words in a map and writing the list once costs a third of that.
 * The counting follows MiniSearch's `add` exactly (a field's length is its number of distinct
 * words; the average is updated as MiniSearch updates it), and test/site/search-shard.test.ts
 * holds the result to MiniSearch's own on generated documents, so an upgrade of MiniSearch that
 * changes the format fails there.
 */
import { EXCERPT_CHARS, INDEX_OPTIONS, type IndexedDocument } from './engine.js';
import type { SearchDocument } from '../types.js';
import { termKeys, tokenize } from './terms.js';

/** The indexed fields, in INDEX_OPTIONS's order (MiniSearch numbers them so). */
const FIELDS = INDEX_OPTIONS.fields as ReadonlyArray<keyof IndexedDocument>;
const STORED = INDEX_OPTIONS.storeFields as ReadonlyArray<keyof IndexedDocument>;

export function indexShard(docs: readonly IndexedDocument[]): string {
  // term → per field (by field id) → the documents (short ids, ascending) and their occurrences,
  // flat: [id, count, id, count …]. Documents are added in id order, so a term met again in the
  // same document is always the list's last entry.
  const index = new Map<string, Array<number[] | undefined>>();
  const fieldLength: Record<number, number[]> = {};
  const averageFieldLength: number[] = [];
  const documentIds: Record<number, string> = {};
  const storedFields: Record<number, Record<string, unknown>> = {};
  const seen = new Set<string>();
  // Each distinct word of a field once, with its number of occurrences, in order of first
  // occurrence (so terms enter the index in the order MiniSearch's word-by-word adding gives).
  const words = new Map<string, number>();
  docs.forEach((doc, id) => {
    if (seen.has(doc.page)) throw new Error(`MiniSearch: duplicate ID ${doc.page}`);
    seen.add(doc.page);
    documentIds[id] = doc.page;
    const stored: Record<string, unknown> = {};
    for (const f of STORED) if (doc[f] !== undefined) stored[f] = doc[f];
    storedFields[id] = stored;
    const lengths: number[] = [];
    FIELDS.forEach((field, fieldId) => {
      const value = doc[field];
      if (value === undefined || value === null) return;
      words.clear();
      for (const word of tokenize(String(value))) words.set(word, (words.get(word) ?? 0) + 1);
      const length = words.size;
      lengths[fieldId] = length;
      averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * id + length) / (id + 1);
      for (const [word, n] of words) {
        for (const term of termKeys(word)) {
          let fields = index.get(term);
          if (fields === undefined) index.set(term, (fields = []));
          const counts = fields[fieldId];
          if (counts === undefined) fields[fieldId] = [id, n];
          else if (counts[counts.length - 2] === id) counts[counts.length - 1]! += n;
          else counts.push(id, n);
        }
      }
    });
    fieldLength[id] = lengths;
  });
  // The term list written directly: the same text JSON.stringify gives for MiniSearch's
  // `[term, { fieldId: { id: count } }]` (integer keys in ascending order), without the objects.
  const terms: string[] = [];
  for (const [term, fields] of index) {
    const parts: string[] = [];
    fields.forEach((counts, fieldId) => {
      if (counts === undefined) return;
      const pairs: string[] = [];
      for (let i = 0; i < counts.length; i += 2) pairs.push(`"${counts[i]}":${counts[i + 1]}`);
      parts.push(`"${fieldId}":{${pairs.join(',')}}`);
    });
    terms.push(`[${JSON.stringify(term)},{${parts.join(',')}}]`);
  }
  const head = JSON.stringify({
    documentCount: docs.length,
    nextId: docs.length,
    documentIds,
    fieldIds: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    fieldLength,
    averageFieldLength,
    storedFields,
    dirtCount: 0,
  });
  return `${head.slice(0, -1)},"index":[${terms.join(',')}],"serializationVersion":2}`;
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
