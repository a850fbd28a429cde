/**
 * The search shard (src/site/search/shard.ts) is written in MiniSearch's serialisation without
 * going through a MiniSearch instance: it must be exactly what MiniSearch itself serialises for
 * the same documents (the list of terms may come in another order, which loadJSON does not
 * mind), and a shard loaded in the browser's way must answer every query as MiniSearch's own.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { INDEX_OPTIONS, searchShards, type IndexedDocument } from '../../src/site/search/engine.js';
import { indexShard, indexed } from '../../src/site/search/shard.js';

/** MiniSearch's own serialisation of the documents. */
function reference(docs: IndexedDocument[]): string {
  const ms = new MiniSearch<IndexedDocument>(INDEX_OPTIONS);
  ms.addAll(docs);
  return JSON.stringify(ms);
}

/** A serialised shard with its terms in one order, for comparison. */
function normalised(json: string): unknown {
  const o = JSON.parse(json) as { index: Array<[string, unknown]> };
  return { ...o, index: [...o.index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) };
}

const WORDS = [
  'läkemedel',
  'läkemedlet',
  'Läkemedelshantering',
  'avvikelse',
  'avvikelserna',
  'och',
  'att',
  'nyckeln',
  'nycklar',
  'brand',
  'Brandskydd',
  'hygien',
  'fallrisk',
  'ÅTGÄRD',
  'åtgärder',
  'ö',
  '2026',
  '3:1',
  'lex',
  'Sarah',
  'e-post',
  'x',
];
const text = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-zåäö]{1,8}$/)), { maxLength: 40 }).map((w) => w.join(' '));
const document = fc.record({
  title: text,
  type: fc.constantFrom('Rutin', 'Process', 'Policy'),
  headings: fc.array(text, { maxLength: 4 }),
  text,
  draft: fc.boolean(),
});

function docs(raw: Array<{ title: string; type: string; headings: string[]; text: string; draft: boolean }>): IndexedDocument[] {
  return raw.map((d, i) => indexed({ page: `dokument/RUT-${String(i).padStart(3, '0')}.html`, id: `RUT-${i}`, ...d }));
}

describe('search shard', () => {
  it('is MiniSearch’s own serialisation of the same documents', () => {
    fc.assert(
      fc.property(fc.array(document, { maxLength: 12 }), (raw) => {
        const d = docs(raw);
        expect(normalised(indexShard(d))).toEqual(normalised(reference(d)));
      }),
      { numRuns: 300 },
    );
  });

  it('answers queries exactly as a MiniSearch index of the same documents', () => {
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(...WORDS, 'läkemedlen', 'lakemedel', 'brand hygien'),
        (raw, q) => {
          const d = docs(raw);
          const ours = MiniSearch.loadJSON(indexShard(d), INDEX_OPTIONS);
          const theirs = MiniSearch.loadJSON(reference(d), INDEX_OPTIONS);
          expect(searchShards([ours], q)).toEqual(searchShards([theirs], q));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes for the same documents, and refuses a page twice', () => {
    const d = docs([{ title: 'Läkemedel', type: 'Rutin', headings: ['Syfte'], text: 'Läkemedlet ges av sjuksköterska.', draft: false }]);
    expect(indexShard(d)).toBe(indexShard(d));
    expect(() => indexShard([...d, ...d])).toThrow(/duplicate/);
  });
});
