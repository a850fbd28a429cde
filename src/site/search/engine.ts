/**
 * The search itself, shared by the index builder (Node) and the browser script: MiniSearch's
 * options (both sides must use the same ones), the query (each word's keys OR-ed, the words
 * AND-ed), the merge of the shards' results, and the snippet with the matched words marked.
 * No DOM and no Node here, so it is tested in Node and bundled into `assets/sok.js` as it is.
 */
import MiniSearch, { type Options, type Query, type SearchResult } from 'minisearch';
import { termKeys, tokenize } from './terms.js';

/** One document as the index holds it. `x` is the excerpt kept for the snippet. */
export interface IndexedDocument {
  page: string;
  id: string;
  title: string;
  type: string;
  headings: string;
  text: string;
  x: string;
  draft?: true;
}

/** What a result shows. */
export interface Hit {
  page: string;
  title: string;
  type: string;
  draft: boolean;
  /** The excerpt, in pieces; `mark` pieces are matched words. */
  snippet: Array<{ text: string; mark: boolean }>;
  /** The title, in pieces, likewise. */
  titleParts: Array<{ text: string; mark: boolean }>;
  score: number;
  /** The document terms (keys) that matched. */
  terms: string[];
}

/** The options of every shard: the index is loaded with exactly those it was built with. */
export const INDEX_OPTIONS: Options<IndexedDocument> = {
  idField: 'page',
  fields: ['title', 'headings', 'id', 'text'],
  storeFields: ['title', 'type', 'x', 'draft'],
  tokenize,
  processTerm: termKeys,
  searchOptions: {
    boost: { title: 4, id: 3, headings: 2 },
    // A query's keys are already keys: they are used as they are.
    tokenize: (s: string) => [s],
    processTerm: (t: string) => t,
  },
};

/** Characters of a document's text kept for its snippet (the index at 10,000 documents stays reasonable). */
export const EXCERPT_CHARS = 240;

/**
 * The query for what a person typed: every word must match (AND); a word matches by any of its
 * keys (OR), its primary key also as the start of a longer word (compounds: "läkemedel" finds
 * "läkemedelshantering"). Stop words are dropped (the index does not have them).
 * With `fuzzy`, the primary key of a longer word may also differ by a letter or two (see leeway).
 * `undefined` for a query without words.
 */
export function buildQuery(q: string, fuzzy = false): Query | undefined {
  const queries: Query[] = [];
  for (const w of tokenize(q)) {
    const [primary, ...rest] = termKeys(w);
    if (primary === undefined) continue;
    const alternatives: Query[] = [
      { queries: [primary], prefix: primary.length >= 3, fuzzy: fuzzy ? leeway(primary) : false },
      ...rest.map((k): Query => ({ queries: [k], prefix: false, fuzzy: false })),
    ];
    queries.push({ combineWith: 'OR', queries: alternatives });
  }
  return queries.length === 0 ? undefined : { combineWith: 'AND', queries };
}

/**
 * Letters a word may differ by in the second try: one in words of five letters or more, two
 * in words of eight or more with two a's or o's (typed for å, ä, ö: "forradet" for "förrådet").
 */
function leeway(key: string): number | false {
  if (key.length < 5) return false;
  return key.length >= 8 && (key.match(/[ao]/g) ?? []).length >= 2 ? 2 : 1;
}

/** Whether a word of a text matched: one of its keys is a matched document term. */
function matched(word: string, terms: ReadonlySet<string>): boolean {
  return termKeys(word).some((k) => terms.has(k));
}

/** A text in pieces, with the matched words marked. */
function marked(text: string, terms: ReadonlySet<string>): Array<{ text: string; mark: boolean }> {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!matched(m[0], terms)) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return parts;
}

/** Characters of snippet shown before the first matched word. */
const LEAD = 60;
/** Characters of snippet in all. */
const SNIPPET = 180;

/** The snippet: a window of the excerpt that starts shortly before its first matched word. */
export function snippet(excerpt: string, terms: ReadonlySet<string>): Array<{ text: string; mark: boolean }> {
  let start = 0;
  for (const m of excerpt.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (matched(m[0], terms)) {
      start = Math.max(0, m.index - LEAD);
      break;
    }
  }
  // Cut at word boundaries.
  if (start > 0) start = excerpt.indexOf(' ', start) + 1;
  let end = Math.min(excerpt.length, start + SNIPPET);
  if (end < excerpt.length) end = Math.max(excerpt.lastIndexOf(' ', end), start + 1);
  const window = `${start > 0 ? '…' : ''}${excerpt.slice(start, end).trim()}${end < excerpt.length ? ' …' : ''}`;
  return marked(window, terms);
}

/**
 * Search every loaded shard and merge the results, best first (ties by page, so the order is
 * stable); the first `limit` get their snippet. When nothing is found, the query is tried once
 * more with a letter or two of leeway in longer words ("lakemedel", "läkemdel").
 */
export function searchShards(shards: readonly MiniSearch<IndexedDocument>[], q: string, limit = 100): { total: number; hits: Hit[] } {
  const run = (fuzzy: boolean): SearchResult[] => {
    const query = buildQuery(q, fuzzy);
    if (!query) return [];
    return shards.flatMap((s) => s.search(query));
  };
  let results = run(false);
  if (results.length === 0) results = run(true);
  results.sort((a, b) => b.score - a.score || String(a.id).localeCompare(String(b.id)));
  const hits = results.slice(0, limit).map((r) => {
    const terms = new Set(r.terms);
    const title = String(r.title ?? '');
    return {
      page: String(r.id),
      title,
      type: String(r.type ?? ''),
      draft: r.draft === true,
      snippet: snippet(String(r.x ?? ''), terms),
      titleParts: marked(title, terms),
      score: r.score,
      terms: r.terms,
    };
  });
  return { total: results.length, hits };
}
