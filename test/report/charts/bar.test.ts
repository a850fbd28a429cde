import { describe, expect, it } from 'vitest';
import { barSvg, groupedBarSvg } from '../../../src/report/charts/index.js';
import { all, byClass, checkChart, n, parseXml, textContent } from './svg-check.js';

const NB = '\u00a0';

/** Deviations per category in the example repository (Solbacka), the year and the year before. */
const deviations = {
  categories: [
    'Fall',
    'Läkemedel',
    'Beviljad insats inte utförd',
    'Beviljad insats felaktigt utförd',
    'Bemötande',
    'Hot och våld',
    'Informationsöverföring',
    'Rättssäkerhet',
    'Övrigt',
  ],
  series: [
    { name: '2026', values: [154, 101, 53, 19, 11, 19, 12, 5, 10] },
    { name: '2025', values: [212, 148, 41, 27, 12, 23, 19, 8, 14] },
  ],
  title: 'Avvikelser per kategori 2026 och 2025',
  xLabel: 'Kategori',
  yLabel: 'Antal avvikelser',
  lang: 'sv' as const,
  id: 'avvikelser',
};

const short = {
  categories: ['Fall', 'Läkemedel', 'Bemötande', 'Övrigt'],
  series: [
    { name: '2026', values: [120, 98, 7, 12] },
    { name: '2025', values: [98, 101, 0, 14] },
  ],
  title: 'Avvikelser per kategori',
  xLabel: 'Kategori',
  yLabel: 'Antal',
  lang: 'sv' as const,
  id: 'kort',
};

const complaints = {
  categories: ['Vård- och omsorgstagare', 'Närstående', 'Personal', 'Vårdgivare', 'Socialtjänst'],
  values: [16, 26, 3, 3, 0],
  title: 'Klagomål per källa 2026',
  xLabel: 'Källa',
  yLabel: 'Antal klagomål',
  lang: 'sv' as const,
  id: 'klagomal',
};

const fifteen = Array.from({ length: 15 }, (_, i) => `Kategori ${i + 1}`);

/** name → [svg, id]: every case gets a golden file and the structural checks. */
const cases: Record<string, [string, string]> = {
  'grouped-deviations': [groupedBarSvg(deviations), 'avvikelser'],
  'grouped-vertical': [groupedBarSvg(short), 'kort'],
  'grouped-forced-vertical-long-labels': [groupedBarSvg({ ...deviations, id: 'tvang', horizontal: false }), 'tvang'],
  'grouped-en': [
    groupedBarSvg({ ...short, lang: 'en', title: 'Deviations by category', xLabel: 'Category', yLabel: 'Count', id: 'en' }),
    'en',
  ],
  'grouped-empty': [groupedBarSvg({ ...short, categories: [], series: [], id: 'tom' }), 'tom'],
  'grouped-all-zero': [
    groupedBarSvg({
      ...short,
      series: [
        { name: '2026', values: [0, 0, 0, 0] },
        { name: '2025', values: [0, 0, 0, 0] },
      ],
      id: 'noll',
    }),
    'noll',
  ],
  'grouped-one-category': [
    groupedBarSvg({
      ...short,
      categories: ['Fall'],
      series: [
        { name: '2026', values: [3] },
        { name: '2025', values: [5] },
      ],
      id: 'en-kategori',
    }),
    'en-kategori',
  ],
  'grouped-fifteen-categories': [
    groupedBarSvg({
      ...short,
      categories: fifteen,
      series: [
        { name: '2026', values: fifteen.map((_, i) => i * 3) },
        { name: '2025', values: fifteen.map((_, i) => 45 - i * 2) },
      ],
      id: 'femton',
    }),
    'femton',
  ],
  'grouped-large-numbers': [
    groupedBarSvg({
      ...short,
      series: [
        { name: '2026', values: [12345, 9800, 7, 120] },
        { name: '2025', values: [9000, 10101, 0, 99] },
      ],
      id: 'stora',
    }),
    'stora',
  ],
  'grouped-three-series': [
    groupedBarSvg({ ...short, series: [...short.series, { name: '2024', values: [80, 90, 3, 10] }], id: 'tre' }),
    'tre',
  ],
  'bar-complaints': [barSvg(complaints), 'klagomal'],
  'bar-complaints-horizontal': [barSvg({ ...complaints, horizontal: true, id: 'liggande' }), 'liggande'],
  'bar-empty-en': [barSvg({ ...complaints, categories: [], values: [], lang: 'en', title: 'Complaints by source', id: 'empty' }), 'empty'],
  'bar-escaping': [
    barSvg({ ...complaints, categories: ['<Fall & "risk">', "Tom's"], values: [1, 2], title: 'A & B <c>', id: 'esc' }),
    'esc',
  ],
};

describe('bar charts: golden files', () => {
  for (const [name, [svg]] of Object.entries(cases)) {
    it(name, async () => {
      await expect(svg).toMatchFileSnapshot(`./__golden__/${name}.svg`);
    });
  }
});

describe('bar charts: structure', () => {
  it.each(Object.entries(cases))('%s is a well-formed, accessible, self-contained SVG', (_, [svg, id]) => {
    checkChart(svg, id);
  });

  it('is deterministic', () => {
    expect(groupedBarSvg(deviations)).toBe(groupedBarSvg(deviations));
  });

  it('draws bar heights proportional to the values (vertical)', () => {
    const root = checkChart(barSvg({ ...complaints, categories: ['a', 'b', 'c'], values: [10, 20, 40], id: 'p' }), 'p');
    const bars = byClass(root, 'bar');
    expect(bars).toHaveLength(3);
    const h = bars.map((b) => n(b, 'height'));
    expect(h[1]! / h[0]!).toBeCloseTo(2, 1);
    expect(h[2]! / h[0]!).toBeCloseTo(4, 1);
    // All bars stand on the same baseline.
    const base = bars.map((b) => n(b, 'y') + n(b, 'height'));
    expect(new Set(base.map((b) => Math.round(b))).size).toBe(1);
  });

  it('draws bar lengths proportional to the values (horizontal), the year before beside the year', () => {
    const root = checkChart(groupedBarSvg(deviations), 'avvikelser');
    const bars = byClass(root, 'bar');
    expect(bars).toHaveLength(18);
    // Order: per category, this year then the year before.
    const fall2026 = n(bars[0]!, 'width');
    const fall2025 = n(bars[1]!, 'width');
    expect(fall2025 / fall2026).toBeCloseTo(212 / 154, 2);
    expect(n(bars[2]!, 'width') / fall2026).toBeCloseTo(101 / 154, 2);
    expect(new Set(bars.map((b) => n(b, 'x'))).size).toBe(1);
  });

  it('puts a value label beside every bar, zero values included', () => {
    const root = parseXml(groupedBarSvg(short));
    const values = byClass(root, 'value').map(textContent);
    expect(values).toEqual(['120', '98', '98', '101', '7', '0', '12', '14']);
    // The zero gets a label but no bar.
    expect(byClass(root, 'bar')).toHaveLength(7);
  });

  it('chooses horizontal bars for long Swedish category names and vertical ones for short names', () => {
    const long = parseXml(groupedBarSvg(deviations));
    const bar = byClass(long, 'bar')[0];
    expect(n(bar!, 'height')).toBeLessThan(n(bar!, 'width'));
    // Horizontal: names on the left, right-aligned, uncut up to 28 characters per line.
    const names = byClass(long, 'category');
    expect(names.every((c) => c.attrs['text-anchor'] === 'end')).toBe(true);
    expect(names.map(textContent)).toContain('Beviljad insats felaktigt utförd');

    const vertical = parseXml(groupedBarSvg(short));
    expect(byClass(vertical, 'category').every((c) => c.attrs['text-anchor'] === 'middle')).toBe(true);
    const v = byClass(vertical, 'bar')[0];
    expect(n(v!, 'height')).toBeGreaterThan(n(v!, 'width'));
  });

  it('cuts names that do not fit under a forced vertical bar, keeping the full name in a tooltip and in desc', () => {
    const svg = groupedBarSvg({ ...deviations, id: 'tvang', horizontal: false });
    const root = parseXml(svg);
    const cut = byClass(root, 'category').filter((c) => textContent(c).includes('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const c of cut) {
      const tip = c.parent!.children.find((e) => e.name === 'title');
      expect(tip, `tooltip for ${textContent(c)}`).toBeDefined();
      expect(deviations.categories).toContain(tip!.text);
    }
    // Each line of a wrapped name is at most 14 characters.
    for (const t of all(root, 'tspan')) expect(Array.from(t.text).length).toBeLessThanOrEqual(14);
    expect(root.children.find((c) => c.name === 'desc')!.text).toContain('Beviljad insats felaktigt utförd 19 år 2026 och 27 år 2025');
  });

  it('describes the data in words', () => {
    const root = parseXml(groupedBarSvg(deviations));
    const desc = root.children.find((c) => c.name === 'desc')!.text;
    expect(desc).toBe(
      'Avvikelser per kategori 2026 och 2025: Fall 154 år 2026 och 212 år 2025; Läkemedel 101 år 2026 och 148 år 2025; ' +
        'Beviljad insats inte utförd 53 år 2026 och 41 år 2025; Beviljad insats felaktigt utförd 19 år 2026 och 27 år 2025; ' +
        'Bemötande 11 år 2026 och 12 år 2025; Hot och våld 19 år 2026 och 23 år 2025; Informationsöverföring 12 år 2026 och 19 år 2025; ' +
        'Rättssäkerhet 5 år 2026 och 8 år 2025; Övrigt 10 år 2026 och 14 år 2025.',
    );
    const en = parseXml(groupedBarSvg({ ...short, lang: 'en', id: 'e' })).children.find((c) => c.name === 'desc')!.text;
    expect(en).toContain('Fall 120 in 2026 and 98 in 2025');
    const single = parseXml(barSvg(complaints)).children.find((c) => c.name === 'desc')!.text;
    expect(single).toBe('Klagomål per källa 2026: Vård- och omsorgstagare 16; Närstående 26; Personal 3; Vårdgivare 3; Socialtjänst 0.');
  });

  it('gives multi-series charts a legend whose swatches look like the bars; one series has none', () => {
    const root = parseXml(groupedBarSvg(short));
    const legend = byClass(root, 'legend')[0];
    const swatches = all(legend!, 'rect');
    expect(swatches).toHaveLength(2);
    expect(all(legend!, 'text').map(textContent)).toEqual(['2026', '2025']);
    const bars = byClass(root, 'bar');
    for (const k of [0, 1]) {
      expect(swatches[k]!.attrs.fill).toBe(bars[k]!.attrs.fill);
      expect(swatches[k]!.attrs.stroke).toBe(bars[k]!.attrs.stroke);
    }
    // The year before is hatched (a pattern), not only a different hue.
    expect(bars[1]!.attrs.fill).toBe('url(#kort-s1)');
    expect(all(root, 'pattern').map((p) => p.attrs.id)).toEqual(['kort-s1']);
    expect(byClass(parseXml(barSvg(complaints)), 'legend')).toHaveLength(0);
  });

  it('starts the value axis at 0 with steps of 1, 2 or 5 × 10^n and formats large numbers the Swedish way', () => {
    const root = parseXml(groupedBarSvg({ ...short, series: [{ name: '2026', values: [12345, 9800, 7, 120] }], id: 's' }));
    const ticks = all(byClass(root, 'axis')[0]!, 'text').map(textContent);
    expect(ticks).toEqual(['0', `5${NB}000`, `10${NB}000`, `15${NB}000`]);
    expect(byClass(root, 'value').map(textContent)[0]).toBe(`12${NB}345`);
    const lines = all(byClass(root, 'axis')[0]!, 'line');
    expect(lines[0]!.attrs.stroke).not.toBe(lines[1]!.attrs.stroke); // baseline dark, gridlines light
  });

  it('draws an axis from 0 to 1 and zero labels when all values are zero', () => {
    const root = parseXml(cases['grouped-all-zero']![0]);
    expect(byClass(root, 'bar')).toHaveLength(0);
    expect(byClass(root, 'value').map(textContent)).toEqual(Array(8).fill('0'));
    expect(all(byClass(root, 'axis')[0]!, 'text').map(textContent)).toEqual(['0', '1']);
  });

  it('handles one category and fifteen categories', () => {
    expect(byClass(parseXml(cases['grouped-one-category']![0]), 'bar')).toHaveLength(2);
    const many = parseXml(cases['grouped-fifteen-categories']![0]);
    expect(byClass(many, 'category')).toHaveLength(15);
    expect(byClass(many, 'value')).toHaveLength(30);
    // Fifteen groups of two do not fit side by side: horizontal, one row per category.
    const ys = byClass(many, 'category').map((c) => n(c, 'y'));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('says "Inga uppgifter" / "No data" in the middle when there are no categories, still with title and desc', () => {
    const sv = parseXml(cases['grouped-empty']![0]);
    const message = all(sv, 'text').find((t) => t.text === 'Inga uppgifter')!;
    expect(message.attrs['text-anchor']).toBe('middle');
    expect(n(message, 'x')).toBe(Number(sv.attrs.width) / 2);
    expect(sv.children.find((c) => c.name === 'desc')!.text).toBe('Avvikelser per kategori: inga uppgifter.');
    expect(all(parseXml(cases['bar-empty-en']![0]), 'text').map(textContent)).toContain('No data');
    expect(groupedBarSvg({ ...short, series: [], id: 'x' })).toContain('Inga uppgifter');
  });

  it('escapes <, &, > and quotes in names and titles', () => {
    const [svg] = cases['bar-escaping']!;
    expect(svg).toContain('&lt;Fall &amp; &quot;risk&quot;&gt;');
    expect(svg).not.toContain('<Fall');
    const root = parseXml(svg);
    expect(byClass(root, 'category').map(textContent)).toEqual(['<Fall & "risk">', "Tom's"]);
    expect(root.children.find((c) => c.name === 'title')!.text).toBe('A & B <c>');
  });

  it('makes an unsafe id prefix safe and keeps ids of two charts apart', () => {
    const svg = groupedBarSvg({ ...short, id: 'diagram 1"<' });
    const root = parseXml(svg);
    expect(root.attrs['aria-labelledby']).toBe('diagram-1---title diagram-1---desc');
    const a = groupedBarSvg({ ...short, id: 'a' });
    const b = groupedBarSvg({ ...short, id: 'b' });
    const ids = (s: string) =>
      all(parseXml(s))
        .map((e) => e.attrs.id)
        .filter(Boolean);
    expect(ids(a).filter((i) => ids(b).includes(i))).toEqual([]);
  });
});
