import { describe, expect, it } from 'vitest';
import { progressSvg, type ProgressOptions } from '../../../src/report/charts/index.js';
import { byClass, checkChart, n, parseXml, textContent } from './svg-check.js';

const NB = '\u00a0';

const typical: ProgressOptions = {
  rows: [
    { label: 'Läkemedelsgenomgång', done: 3, planned: 4 },
    { label: 'Kontroll av temperatur i läkemedelsförråd', done: 340, planned: 365 },
    { label: 'Hygienrond', done: 1, planned: 1 },
    { label: 'Journalgranskning', done: 0, planned: 2 },
  ],
  title: 'Egenkontroller 2026: genomförda av planerade',
  lang: 'sv',
  id: 'egenkontroll',
  doneLabel: 'Genomförda',
  plannedLabel: 'Planerade',
};

const cases: Record<string, [string, string]> = {
  progress: [progressSvg(typical), 'egenkontroll'],
  'progress-empty': [progressSvg({ ...typical, rows: [], id: 'tom' }), 'tom'],
  'progress-en': [
    progressSvg({ ...typical, lang: 'en', title: 'Self-inspections 2026', doneLabel: 'Done', plannedLabel: 'Planned', id: 'en' }),
    'en',
  ],
  'progress-over-and-unplanned': [
    progressSvg({
      ...typical,
      rows: [
        { label: 'Brandskyddsrond', done: 3, planned: 2 },
        { label: 'Extra kontroll utan plan', done: 2, planned: 0 },
        { label: 'Ingenting', done: 0, planned: 0 },
        { label: 'Daglig kontroll av kylskåpstemperatur på samtliga avdelningar', done: 12345, planned: 12410 },
      ],
      id: 'over',
    }),
    'over',
  ],
};

describe('progress chart: golden files', () => {
  for (const [name, [svg]] of Object.entries(cases)) {
    it(name, async () => {
      await expect(svg).toMatchFileSnapshot(`./__golden__/${name}.svg`);
    });
  }
});

describe('progress chart: structure', () => {
  it.each(Object.entries(cases))('%s is a well-formed, accessible, self-contained SVG', (_, [svg, id]) => {
    checkChart(svg, id);
  });

  it('draws planned as an outline and done as a fill, done in proportion to planned', () => {
    const root = parseXml(cases.progress![0]);
    const planned = byClass(root, 'planned');
    const done = byClass(root, 'done');
    expect(planned).toHaveLength(4);
    expect(planned.every((p) => p.attrs.fill === '#ffffff' && p.attrs.stroke !== undefined)).toBe(true);
    expect(done).toHaveLength(3); // 0 of 2 has no fill
    const full = n(planned[0]!, 'width') + n(planned[0]!, 'stroke-width');
    expect(n(done[0]!, 'width') / full).toBeCloseTo(3 / 4, 2);
    expect(n(done[1]!, 'width') / full).toBeCloseTo(340 / 365, 2);
    expect(n(done[2]!, 'width') / full).toBeCloseTo(1, 2);
  });

  it('labels every row with done of planned and the share', () => {
    const root = parseXml(cases.progress![0]);
    expect(byClass(root, 'value').map(textContent)).toEqual([
      `3 av 4 (75${NB}%)`,
      `340 av 365 (93${NB}%)`,
      `1 av 1 (100${NB}%)`,
      `0 av 2 (0${NB}%)`,
    ]);
    expect(byClass(parseXml(cases['progress-en']![0]), 'value').map(textContent)[0]).toBe('3 of 4 (75%)');
    expect(byClass(parseXml(cases['progress-over-and-unplanned']![0]), 'value').map(textContent)).toEqual([
      `3 av 2 (150${NB}%)`,
      '2 av 0',
      '0 av 0',
      `12${NB}345 av 12${NB}410 (99${NB}%)`,
    ]);
  });

  it('never rounds an unfinished plan up to 100 % or a started one down to 0 %', () => {
    const root = parseXml(
      progressSvg({
        ...typical,
        rows: [
          { label: 'a', done: 409, planned: 410 },
          { label: 'b', done: 1, planned: 365 },
        ],
        id: 'r',
      }),
    );
    expect(byClass(root, 'value').map(textContent)).toEqual([`409 av 410 (99${NB}%)`, `1 av 365 (1${NB}%)`]);
  });

  it('lets more than planned run past the outline, with the axis extended', () => {
    const root = parseXml(cases['progress-over-and-unplanned']![0]);
    const [planned] = byClass(root, 'planned');
    const [done] = byClass(root, 'done');
    expect(n(done!, 'width')).toBeGreaterThan(n(planned!, 'width'));
    expect(byClass(root, 'axis').flatMap((a) => a.children.filter((c) => c.name === 'text').map(textContent))).toContain(`150${NB}%`);
  });

  it('has a legend with the same two marks', () => {
    const root = parseXml(cases.progress![0]);
    const legend = byClass(root, 'legend')[0];
    const [filled, outline] = legend!.children.filter((c) => c.name === 'rect');
    expect(filled!.attrs.fill).toBe(byClass(root, 'done')[0]!.attrs.fill);
    expect(outline!.attrs.fill).toBe('#ffffff');
    expect(legend!.children.filter((c) => c.name === 'text').map(textContent)).toEqual(['Genomförda', 'Planerade']);
  });

  it('describes the data in words', () => {
    const desc = parseXml(cases.progress![0]).children.find((c) => c.name === 'desc')!.text;
    expect(desc).toBe(
      `Egenkontroller 2026: genomförda av planerade: Läkemedelsgenomgång: Genomförda 3, Planerade 4 (75${NB}%); ` +
        `Kontroll av temperatur i läkemedelsförråd: Genomförda 340, Planerade 365 (93${NB}%); Hygienrond: Genomförda 1, Planerade 1 (100${NB}%); ` +
        `Journalgranskning: Genomförda 0, Planerade 2 (0${NB}%).`,
    );
    expect(cases['progress-empty']![0]).toContain('Inga uppgifter');
  });
});
