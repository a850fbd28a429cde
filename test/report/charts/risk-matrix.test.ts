import { describe, expect, it } from 'vitest';
import { riskMatrixSvg, type RiskMatrixOptions } from '../../../src/report/charts/index.js';
import { RISK_BANDS, riskBand } from '../../../src/report/charts/palette.js';
import { all, byClass, checkChart, n, parseXml, textContent } from './svg-check.js';

/** counts[sannolikhet - 1][konsekvens - 1] */
const typical: RiskMatrixOptions = {
  counts: [
    [2, 1, 0, 0],
    [1, 3, 2, 0],
    [0, 2, 1, 2],
    [5, 0, 1, 0],
  ],
  threshold: 8,
  lang: 'sv',
  title: 'Riskmatris 2026',
  xLabel: 'Konsekvens',
  yLabel: 'Sannolikhet',
  id: 'risk',
};
const zero = [0, 0, 0, 0].map(() => [0, 0, 0, 0]);

const cases: Record<string, [string, string]> = {
  'risk-matrix': [riskMatrixSvg(typical), 'risk'],
  'risk-matrix-empty': [riskMatrixSvg({ ...typical, counts: zero, id: 'tom' }), 'tom'],
  'risk-matrix-en': [
    riskMatrixSvg({ ...typical, lang: 'en', title: 'Risk matrix 2026', xLabel: 'Consequence', yLabel: 'Likelihood', id: 'en' }),
    'en',
  ],
  'risk-matrix-threshold-12-large-counts': [
    riskMatrixSvg({
      ...typical,
      threshold: 12,
      counts: [
        [1234, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 0, 0, 17],
      ],
      id: 'stor',
    }),
    'stor',
  ],
};

/** The cell rect at sannolikhet s, konsekvens k, found by position (top row = highest sannolikhet). */
function cellAt(svg: string, s: number, k: number) {
  const cells = byClass(parseXml(svg), 'cell');
  const xs = [...new Set(cells.map((c) => n(c, 'x')))].sort((a, b) => a - b);
  const ys = [...new Set(cells.map((c) => n(c, 'y')))].sort((a, b) => a - b);
  return cells.find((c) => n(c, 'x') === xs[k - 1] && n(c, 'y') === ys[4 - s])!;
}

describe('risk matrix: golden files', () => {
  for (const [name, [svg]] of Object.entries(cases)) {
    it(name, async () => {
      await expect(svg).toMatchFileSnapshot(`./__golden__/${name}.svg`);
    });
  }
});

describe('risk matrix: structure', () => {
  it.each(Object.entries(cases))('%s is a well-formed, accessible, self-contained SVG', (_, [svg, id]) => {
    checkChart(svg, id);
  });

  it('draws 4×4 cells coloured by riskvärde, sannolikhet 4 at the top', () => {
    const svg = cases['risk-matrix']![0];
    expect(byClass(parseXml(svg), 'cell')).toHaveLength(16);
    for (let s = 1; s <= 4; s++) for (let k = 1; k <= 4; k++) expect(cellAt(svg, s, k).attrs.fill).toBe(riskBand(s * k).fill);
    expect(n(cellAt(svg, 4, 1), 'y')).toBeLessThan(n(cellAt(svg, 1, 1), 'y'));
    expect(n(cellAt(svg, 1, 4), 'x')).toBeGreaterThan(n(cellAt(svg, 1, 1), 'x'));
  });

  it('writes the count in each non-empty cell and nothing in empty ones', () => {
    const svg = cases['risk-matrix']![0];
    const counts = byClass(parseXml(svg), 'count');
    expect(counts).toHaveLength(typical.counts.flat().filter((c) => c > 0).length);
    // The 5 risks at sannolikhet 4, konsekvens 1 are written in that cell.
    const cell = cellAt(svg, 4, 1);
    const five = counts.find((c) => textContent(c) === '5')!;
    expect(n(five, 'x')).toBeGreaterThan(n(cell, 'x'));
    expect(n(five, 'x')).toBeLessThan(n(cell, 'x') + n(cell, 'width'));
    expect(n(five, 'y')).toBeGreaterThan(n(cell, 'y'));
    expect(n(five, 'y')).toBeLessThan(n(cell, 'y') + n(cell, 'height'));
    expect(byClass(parseXml(cases['risk-matrix-empty']![0]), 'count')).toHaveLength(0);
  });

  it('frames exactly the cells at or above the threshold', () => {
    const cellsAbove = (t: number) => [1, 2, 3, 4].flatMap((s) => [1, 2, 3, 4].filter((k) => s * k >= t)).length;
    for (const threshold of [1, 8, 12, 17]) {
      const root = parseXml(riskMatrixSvg({ ...typical, threshold, id: 't' }));
      expect(byClass(root, 'threshold'), `threshold ${threshold}`).toHaveLength(cellsAbove(threshold));
      for (const f of byClass(root, 'threshold')) expect(n(f, 'stroke-width')).toBeGreaterThanOrEqual(3);
    }
    expect(cellsAbove(8)).toBe(6);
  });

  it('has axis ticks 1–4 on both axes and both axis titles', () => {
    const root = parseXml(cases['risk-matrix']![0]);
    const ticks = all(byClass(root, 'ticks')[0]!, 'text').map(textContent);
    expect([...ticks].sort()).toEqual(['1', '1', '2', '2', '3', '3', '4', '4']);
    expect(byClass(root, 'axis-title').map(textContent)).toEqual(['Sannolikhet', 'Konsekvens']);
  });

  it('explains colours, frame and numbers in a legend', () => {
    const root = parseXml(cases['risk-matrix']![0]);
    const legend = all(byClass(root, 'legend')[0]!, 'text').map(textContent).join(' | ');
    expect(legend).toContain('1–3');
    expect(legend).toContain('12–16');
    expect(legend).toContain('≥\u00a08');
    expect(legend).toContain('antal risker');
  });

  it('describes the data in words, highest riskvärde first (then highest sannolikhet)', () => {
    const desc = parseXml(cases['risk-matrix']![0]).children.find((c) => c.name === 'desc')!.text;
    expect(desc).toBe(
      'Riskmatris 2026: 20 risker. Sannolikhet 4, Konsekvens 3 (riskvärde 12): 1 risk; Sannolikhet 3, Konsekvens 4 (riskvärde 12): 2 risker; ' +
        'Sannolikhet 3, Konsekvens 3 (riskvärde 9): 1 risk; Sannolikhet 3, Konsekvens 2 (riskvärde 6): 2 risker; ' +
        'Sannolikhet 2, Konsekvens 3 (riskvärde 6): 2 risker; Sannolikhet 4, Konsekvens 1 (riskvärde 4): 5 risker; ' +
        'Sannolikhet 2, Konsekvens 2 (riskvärde 4): 3 risker; Sannolikhet 2, Konsekvens 1 (riskvärde 2): 1 risk; ' +
        'Sannolikhet 1, Konsekvens 2 (riskvärde 2): 1 risk; Sannolikhet 1, Konsekvens 1 (riskvärde 1): 2 risker. ' +
        '4 risker på eller över tröskeln 8.',
    );
    expect(parseXml(cases['risk-matrix-empty']![0]).children.find((c) => c.name === 'desc')!.text).toBe('Riskmatris 2026: inga risker.');
  });

  it('treats missing rows, short rows and non-numbers as 0', () => {
    const svg = riskMatrixSvg({ ...typical, counts: [[1], [], [NaN, -2, 3]] as number[][], id: 'trasig' });
    checkChart(svg, 'trasig');
    expect(byClass(parseXml(svg), 'count').map(textContent).sort()).toEqual(['1', '3']);
  });

  it('uses colours whose lightness falls with risk and text with at least 7:1 contrast', () => {
    const lum = (hex: string) => {
      const c = [1, 3, 5]
        .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const l = RISK_BANDS.map((b) => lum(b.fill));
    for (let i = 1; i < l.length; i++) expect(l[i - 1]! - l[i]!, `band ${i} darker than band ${i - 1}`).toBeGreaterThan(0.1);
    for (const b of RISK_BANDS) {
      const [hi, lo] = [lum(b.fill), lum(b.ink)].sort((a, c) => c - a);
      expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(7);
    }
    // Every product of a 4×4 matrix falls in a band.
    for (let s = 1; s <= 4; s++)
      for (let k = 1; k <= 4; k++) {
        const b = riskBand(s * k);
        expect(s * k).toBeGreaterThanOrEqual(b.from);
        expect(s * k).toBeLessThanOrEqual(b.to);
      }
  });
});
