import { mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueProblems } from '../../src/core/messages.js';
import { INDEX_OPTIONS, buildQuery, searchShards, snippet, type IndexedDocument } from '../../src/site/search/engine.js';
import { buildSearch, searchWorkers, shardCount, shardOf } from '../../src/site/search/index.js';
import { SEARCH_MESSAGES } from '../../src/site/search/messages.js';
import { termKeys } from '../../src/site/search/terms.js';
import type { SearchDocument, SiteFile } from '../../src/site/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'lsys-sok-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function doc(id: string, title: string, text: string, extra: Partial<SearchDocument> = {}): SearchDocument {
  return { page: `dokument/${id}.html`, id, title, type: 'Rutin', headings: [], text, draft: false, ...extra };
}

/** Load the shards of a built site in Node as the browser does: run each file with the registration function. */
function load(files: SiteFile[]): MiniSearch<IndexedDocument>[] {
  const shards: MiniSearch<IndexedDocument>[] = [];
  const lsysSokShard = (_n: number, json: string): number => shards.push(MiniSearch.loadJSON(json, INDEX_OPTIONS));
  for (const f of files.filter((x) => x.path.startsWith('sok/'))) runInNewContext(String(f.content), { lsysSokShard });
  return shards;
}

const share = (a: string, b: string): boolean => termKeys(a).some((k) => termKeys(b).includes(k));

describe('termKeys: the Swedish syncope class agrees with itself', () => {
  const families: string[][] = [
    ['läkemedel', 'läkemedlet', 'läkemedlen', 'läkemedlets', 'läkemedlens'],
    ['nyckel', 'nyckeln', 'nycklar', 'nycklarna', 'nyckelns'],
    ['regel', 'regeln', 'regler', 'reglerna', 'regelns'],
    ['exempel', 'exemplet', 'exemplen', 'exemplets'],
    ['tecken', 'tecknet', 'tecknen', 'teckens', 'tecknets'],
    ['vatten', 'vattnet', 'vattnen', 'vattens', 'vattnets'],
    ['fönster', 'fönstret', 'fönstren', 'fönsters'],
    ['mönster', 'mönstret', 'mönstren'],
    ['nummer', 'numret', 'numren', 'numrets'],
    ['handel', 'handeln', 'handelns'],
    ['cykel', 'cykeln', 'cyklar', 'cyklarna'],
    ['medel', 'medlet', 'medlen', 'medlets'],
    ['avvikelse', 'avvikelser', 'avvikelserna', 'avvikelsen'],
    ['hygienrond', 'hygienronder', 'hygienronden'],
    ['dokument', 'dokumentet'],
  ];
  it.each(families.map((f) => [f[0]!, f]))('%s: every form shares a key with the base form and every other form', (_, forms) => {
    const pairs = forms.flatMap((a) => forms.map((b) => [a, b, share(a, b)] as const));
    expect(pairs.filter(([, , ok]) => !ok)).toEqual([]);
  });
  it('lowercases, keeps å/ä/ö, and normalises to NFC', () => {
    expect(termKeys('LÄKEMEDEL')).toEqual(termKeys('läkemedel'));
    expect(termKeys('la\u0308kemedel')).toEqual(termKeys('läkemedel'));
    expect(termKeys('läkemedel')[0]).toBe('läkemedel');
  });
  it('gives no key for a stop word or an empty string', () => {
    expect(termKeys('och')).toEqual([]);
    expect(termKeys('')).toEqual([]);
  });
  it('does not join unrelated words', () => {
    for (const [a, b] of [
      ['barn', 'baren'],
      ['regel', 'rutin'],
      ['medel', 'läkemedel'],
      ['regel', 'regi'],
      ['medel', 'medlem'],
      ['nyckel', 'nytta'],
      ['paket', 'pakt'],
    ] as const)
      expect(share(a, b), `${a} ~ ${b}`).toBe(false);
  });
});

describe('search over a small index', () => {
  const corpus: SearchDocument[] = [
    doc('RUT-001', 'Läkemedelshantering', 'Hantering av läkemedel i hemtjänsten. Läkemedel förvaras låst.', {
      headings: ['Ansvar för läkemedel'],
    }),
    doc('RUT-002', 'Nyckelhantering', 'Nyckeln till brukarens bostad kvitteras. Förlorade nycklar anmäls.'),
    doc('RUT-003', 'Regler för hygien', 'Reglerna för basal hygien gäller all personal. Hygienronder görs varje kvartal.'),
    doc('RUT-004', 'Avvikelsehantering', 'Alla avvikelser rapporteras i verksamhetssystemet samma dag.'),
    doc('RUT-005', 'Vattenskador', 'Om vattnet läcker: stäng av kranen och ring fastighetsskötaren.'),
    doc('RUT-006', 'Brandskydd', 'Fönstret i sovrummet är en nödutgång. Tecknet för utrymning är grönt.'),
    doc('RUT-007', 'Cykel i tjänsten', 'Cyklarna står i förrådet. Exemplet visar hur en cykel bokas.'),
    doc(
      'RUT-008',
      'Handel med varor',
      'Handeln med brukarens pengar redovisas. Medlen förvaras i kassaskåp. Numret till banken finns i pärmen.',
    ),
    doc('RUT-009', 'Köksrutin', 'Diskmedel och rengöringsmedel förvaras separat. Ingen medicin i köket.', { draft: true }),
    doc('RUT-010', "Brukarens 'egna' pengar \\ kontanter", 'Citat: "kvittot" och \\n är inget radbyte.'),
    doc('PRO-001', 'Processen för vård och omsorg', 'Processen beskriver hela flödet från ansökan till avslut.', { type: 'Process' }),
  ];
  let shards: MiniSearch<IndexedDocument>[] = [];
  const pages = (q: string): string[] => searchShards(shards, q).hits.map((h) => h.page.replace(/^dokument\/(.*)\.html$/, '$1'));

  it('builds', async () => {
    shards = load(await buildSearch(corpus, { lang: 'sv' }));
    expect(shards).toHaveLength(1);
  });
  // Every row of SEARCH-SV.md, then the rest of the syncope class.
  it.each([
    ['läkemedel', 'RUT-001'],
    ['läkemedelshantering', 'RUT-001'],
    ['avvikelserna', 'RUT-004'],
    ['läkemedlet', 'RUT-001'],
    ['läkemedlen', 'RUT-001'],
    ['nycklar', 'RUT-002'],
    ['nyckel', 'RUT-002'],
    ['regel', 'RUT-003'],
    ['regeln', 'RUT-003'],
    ['hygienrond', 'RUT-003'],
    ['vatten', 'RUT-005'],
    ['vattens', 'RUT-005'],
    ['fönster', 'RUT-006'],
    ['tecken', 'RUT-006'],
    ['cykeln', 'RUT-007'],
    ['exempel', 'RUT-007'],
    ['handel', 'RUT-008'],
    ['medel', 'RUT-008'],
    ['nummer', 'RUT-008'],
    ['rut-005', 'RUT-005'],
    ['Läkemedel förvaras', 'RUT-001'],
    ['LÄKEMEDEL', 'RUT-001'],
  ])('"%s" finds %s', (q, id) => {
    expect(pages(q)).toContain(id);
  });
  it('quotes and backslashes survive the index files; the count is of all hits, the hits up to the limit', () => {
    expect(searchShards(shards, 'kvittot').hits[0]).toMatchObject({ title: "Brukarens 'egna' pengar \\ kontanter" });
    expect(
      searchShards(shards, 'kvittot')
        .hits[0]!.snippet.map((p) => p.text)
        .join(''),
    ).toBe('Citat: "kvittot" och \\n är inget radbyte.');
    expect(searchShards(shards, 'förvaras', 1)).toMatchObject({ total: 3, hits: [expect.anything()] });
  });
  it('a compound is found by its first part, not by its last', () => {
    expect(pages('läkemedel')).toEqual(['RUT-001']);
    expect(pages('medel')).not.toContain('RUT-001');
  });
  it('words are AND-ed', () => {
    expect(pages('nyckeln läkemedel')).toEqual([]);
    expect(pages('läkemedlen låst')).toEqual(['RUT-001']);
    expect(pages('förvaras')).toEqual(expect.arrayContaining(['RUT-001', 'RUT-008', 'RUT-009']));
    expect(pages('förvaras kassaskåp')).toEqual(['RUT-008']);
  });
  it('finds nothing unrelated', () => {
    expect(pages('tandvård')).toEqual([]);
    expect(pages('nyckeln')).toEqual(['RUT-002']);
    expect(pages('reglerna')).toEqual(['RUT-003']);
    expect(pages('och')).toEqual([]);
    expect(pages('   ')).toEqual([]);
  });
  it('å, ä and ö are letters of their own, and a query without them still finds the word', () => {
    expect(pages('förrådet')).toEqual(['RUT-007']);
    expect(pages('lakemedel')).toEqual(['RUT-001']);
    expect(pages('forradet')).toEqual(['RUT-007']);
    expect(pages('lakemedel forvaras')).toEqual(['RUT-001']);
    // The second try is only for a query that found nothing.
    expect(pages('handel')).toEqual(['RUT-008']);
  });
  it('ranks a match in the title first and marks the matched words', () => {
    const hits = searchShards(shards, 'läkemedlet').hits;
    expect(hits[0]).toMatchObject({ page: 'dokument/RUT-001.html', title: 'Läkemedelshantering', type: 'Rutin', draft: false });
    expect(hits[0]!.snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(['läkemedel', 'Läkemedel']);
    expect(hits[0]!.titleParts).toEqual([{ text: 'Läkemedelshantering', mark: true }]);
    expect(searchShards(shards, 'diskmedel').hits[0]).toMatchObject({ draft: true });
  });
  it('buildQuery ANDs the words and ORs each word’s keys', () => {
    expect(buildQuery('och')).toBeUndefined();
    expect(buildQuery('Läkemedlet nycklar')).toEqual({
      combineWith: 'AND',
      queries: [
        {
          combineWith: 'OR',
          queries: [
            { queries: ['läkemedel'], prefix: true, fuzzy: false },
            { queries: ['läkemedlet'], prefix: false, fuzzy: false },
          ],
        },
        {
          combineWith: 'OR',
          queries: [
            { queries: ['nyckel'], prefix: true, fuzzy: false },
            { queries: ['nyckl'], prefix: false, fuzzy: false },
          ],
        },
      ],
    });
  });
  it('the snippet starts near the first match and is cut at words', () => {
    const long = `${'Inledning om annat. '.repeat(10)}Här står det om läkemedel och mer text ${'som fortsätter '.repeat(20)}`;
    const s = snippet(long, new Set(termKeys('läkemedel')));
    const text = s.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThan(200);
    expect(s.filter((p) => p.mark).map((p) => p.text)).toEqual(['läkemedel']);
    expect(snippet('Kort text.', new Set(['annat']))).toEqual([{ text: 'Kort text.', mark: false }]);
  });
});

describe('the index files', () => {
  const many = Array.from({ length: 700 }, (_, i) =>
    doc(`RUT-${String(i).padStart(4, '0')}`, `Rutin ${i}`, `Text nummer ${i} om läkemedel och nycklar. ${'Ord '.repeat(i % 50)}`),
  );
  it('shard count is a power of two that grows with the documents; a page always lands in the same shard', () => {
    expect([0, 1, 300, 301, 600, 601, 10_000].map(shardCount)).toEqual([1, 1, 1, 2, 2, 4, 64]);
    expect(shardOf('dokument/RUT-001.html', 4)).toBe(shardOf('dokument/RUT-001.html', 4));
    const spread = new Set(many.map((d) => shardOf(d.page, 4)));
    expect(spread.size).toBe(4);
  });
  it('are deterministic: the same documents give the same bytes, in any order', async () => {
    const a = await buildSearch(many, { lang: 'sv' });
    const b = await buildSearch([...many].reverse(), { lang: 'sv' });
    expect(b).toEqual(a);
    expect(a.map((f) => f.path)).toEqual([
      ...Array.from({ length: 4 }, (_, i) => expect.stringMatching(new RegExp(`^sok/index-0${i}-[0-9a-f]{12}\\.js$`)) as unknown),
      'assets/sok.js',
    ]);
    const script = String(a.at(-1)!.content);
    expect(script.startsWith('window.lsysSokConfig={"shards":["index-00-')).toBe(true);
    expect(load(a).reduce((n, s) => n + s.documentCount, 0)).toBe(700);
  });
  it('a rebuild with one changed document indexes one shard again (the cache holds the rest)', async () => {
    const cacheDir = join(tmp, 'cache');
    const first = await buildSearch(many, { lang: 'sv', cacheDir });
    const cached = (): Map<string, number> => new Map(readdirSync(cacheDir).map((n) => [n, statSync(join(cacheDir, n)).mtimeMs]));
    const before = cached();
    expect(before.size).toBe(4);
    // Backdate the cache, so a file written again shows.
    for (const n of before.keys()) utimesSync(join(cacheDir, n), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const old = cached();
    // The same documents: nothing is indexed again, the output is the same.
    expect(await buildSearch(many, { lang: 'sv', cacheDir })).toEqual(first);
    expect(cached()).toEqual(old);
    // One changed document: one new cache file, the stale one removed, the other three untouched.
    const changed = many.map((d, i) => (i === 123 ? { ...d, text: `${d.text} Ändrad: hygienronder.` } : d));
    const second = await buildSearch(changed, { lang: 'sv', cacheDir });
    const after = cached();
    const kept = [...after].filter(([n, t]) => old.get(n) === t);
    expect(kept).toHaveLength(3);
    expect(after.size).toBe(4);
    const differ = second.filter((f, i) => !Buffer.from(f.content).equals(Buffer.from(first[i]!.content))).map((f) => f.path);
    expect(differ).toEqual([expect.stringMatching(new RegExp(`^sok/index-0${shardOf(many[123]!.page, 4)}-`)), 'assets/sok.js']);
    expect(searchShards(load(second), 'hygienrond').hits.map((h) => h.page)).toEqual([many[123]!.page]);
    // The cached result equals a fresh one.
    expect(await buildSearch(changed, { lang: 'sv' })).toEqual(second);
  });
  it('worker threads give the same bytes as one thread; the number of workers follows the work', async () => {
    expect(await buildSearch(many, { lang: 'sv', workers: 2 })).toEqual(await buildSearch(many, { lang: 'sv', workers: 0 }));
    expect(searchWorkers(1999, 8)).toBe(0);
    expect(searchWorkers(10_000, 1)).toBe(0);
    expect(searchWorkers(10_000, 64)).toBeGreaterThanOrEqual(1);
    expect(searchWorkers(10_000, 64)).toBeLessThanOrEqual(4);
    expect(searchWorkers(10, 2, 3)).toBe(2);
    expect(searchWorkers(10, 2, -1)).toBe(0);
  });
  it('a cache folder that cannot be written does not fail the build', async () => {
    const files = await buildSearch(many.slice(0, 3), { lang: 'sv', cacheDir: join(tmp, 'not-a-dir', '\0') });
    expect(load(files)[0]!.documentCount).toBe(3);
  });
  it('no documents: one empty shard, and the script still loads', async () => {
    const files = await buildSearch([], { lang: 'en' });
    expect(files.map((f) => f.path)).toEqual([expect.stringMatching(/^sok\/index-00-/), 'assets/sok.js']);
    expect(String(files[1]!.content)).toContain('"lang":"en"');
  });
  it('the search page’s texts are in both languages with the same placeholders', () => {
    expect(catalogueProblems(SEARCH_MESSAGES, 'search')).toEqual([]);
  });
});
