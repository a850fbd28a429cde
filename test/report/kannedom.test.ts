/**
 * "Personalens kännedom om rutiner" (läskvittens, issue 13) in the kvalitetsberättelse: the
 * section's figures from the model's readingShares (summed per unit × type, in lsys.yaml and
 * type order, at the report date and the year before's end), and how the HTML and Markdown
 * templates show them — and the one sentence without the läskvittens block.
 */
import { describe, expect, it } from 'vitest';
import type { ReadingShare } from '../../src/model/reading-types.js';
import { readingChart } from '../../src/report/helpers/charts.js';
import { builtinReportMessages } from '../../src/report/messages.js';
import { renderReport } from '../../src/report/render.js';
import type { SectionContext } from '../../src/report/sections/context.js';
import { readingSection } from '../../src/report/sections/kannedom.js';
import type { ReadingSection, ReportModel } from '../../src/report/types.js';

const ENHETER = [
  { id: 'solgläntan', namn: 'Solgläntan' },
  { id: 'norr', namn: 'Hemtjänst <norr>' },
];

function context(shares: ((date: string) => ReadingShare[]) | undefined, asOf = '2026-12-01'): SectionContext {
  const model = shares ? { reading: [], readingShares: shares } : { reading: undefined, readingShares: () => [] };
  return { model, config: { enheter: ENHETER }, year: 2026, asOf } as unknown as SectionContext;
}

describe('readingSection', () => {
  it('sums the shares per unit × type, in lsys.yaml’s unit order and the types’ order, at the report date and the year before’s end', () => {
    const asked: string[] = [];
    const section = readingSection(
      context((date) => {
        asked.push(date);
        const before = date < '2026-01-01';
        return [
          { unit: 'norr', typ: 'rutin', required: 6, confirmed: before ? 1 : 4 },
          { unit: 'solgläntan', typ: 'rutin', required: 8, confirmed: before ? 0 : 7 },
          { unit: 'solgläntan', typ: 'policy', required: 8, confirmed: before ? 2 : 8 },
          { unit: 'solgläntan', typ: 'rutin', required: 2, confirmed: 1 },
          { unit: 'okänd', typ: 'rutin', required: 1, confirmed: 0 },
          { unit: 'norr', typ: 'process', required: 0, confirmed: 0 },
        ];
      }),
    );
    expect(asked).toEqual(['2026-12-01', '2025-12-31']);
    expect(section.configured).toBe(true);
    expect(section.date).toBe('2026-12-01');
    expect(section.previousDate).toBe('2025-12-31');
    expect(section.rows.map((r) => [r.unit.id, r.typ, r.required, r.confirmed, r.previousRequired, r.previousConfirmed])).toEqual([
      ['solgläntan', 'policy', 8, 8, 8, 2],
      ['solgläntan', 'rutin', 10, 8, 10, 1],
      ['norr', 'rutin', 6, 4, 6, 1],
      ['okänd', 'rutin', 1, 0, 1, 0],
    ]);
    expect(section.units.map((u) => [u.unit.namn, u.required, u.confirmed])).toEqual([
      ['Solgläntan', 18, 16],
      ['Hemtjänst <norr>', 6, 4],
      ['okänd', 1, 0],
    ]);
    expect(section.total).toEqual({ required: 25, confirmed: 20, previousRequired: 25, previousConfirmed: 4 });
  });

  it('without the läskvittens block: not configured, no rows, no shares asked for', () => {
    expect(readingSection(context(undefined))).toMatchObject({ configured: false, rows: [], units: [], total: { required: 0 } });
  });
});

/** A minimal kvalitetsberättelse model with only this section filled. */
function model(reading: ReadingSection): ReportModel {
  const none = { avvikelser: 0, klagomål: 0, lex_sarah: 0, lex_sarah_anmälda: 0, lex_maria: 0, källor: [], dagar: 0, dagarIÅret: 365 };
  return {
    kind: 'kvalitetsberattelse',
    year: 2026,
    previousYear: 2025,
    today: '2026-12-01',
    organisation: 'Solbacka kommun',
    verksamhetsformer: ['sol'],
    generator: 'lsys 0.1.0',
    roles: [],
    units: [],
    responsibility: [],
    processes: [],
    counts: [],
    approved: [],
    overdue: [],
    reading,
    goals: [],
    collaboration: [],
    risks: { analyses: [], threshold: 8, matrix: [0, 1, 2, 3].map(() => [0, 0, 0, 0]), aboveThreshold: [] },
    selfInspection: { rows: [], planerade: 0, genomförda: 0 },
    deviations: { avvikelser: [], klagomål: [], år: none, föregående: none, analyser: [], utelämnade: [] },
    actions: [],
    coverage: [],
    validation: { errors: 0, warnings: 0, byRule: [], diagnostics: [], more: 0 },
  };
}

const SECTION = readingSection(
  context((date) =>
    date < '2026-01-01'
      ? [{ unit: 'norr', typ: 'rutin', required: 6, confirmed: 3 }]
      : [
          { unit: 'solgläntan', typ: 'rutin', required: 8, confirmed: 6 },
          { unit: 'norr', typ: 'rutin', required: 6, confirmed: 6 },
        ],
  ),
);
const section = (out: string) => /<section id="kannedom"[\s\S]*?<\/section>/.exec(out)?.[0] ?? '';
const text = (out: string) =>
  out
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('the section in the report', () => {
  it('HTML: after Dokumentstyrning as section 4, a sentence, the chart per unit and the table with the year before', () => {
    const out = renderReport(model(SECTION), { format: 'html', lang: 'sv', overrideDirs: [] });
    expect(out.indexOf('id="dokumentstyrning"')).toBeLessThan(out.indexOf('id="kannedom"'));
    expect(out.indexOf('id="kannedom"')).toBeLessThan(out.indexOf('id="mal"'));
    const s = section(out);
    const words = text(s);
    expect(words).toContain('4 Personalens kännedom om rutiner');
    expect(words).toContain('Den 1 december 2026 hade personalen lämnat 12 av 14 läskvittenser (85');
    expect(s).toContain('<title id="kannedom-diagram-title">');
    expect(words).toMatch(/Solgläntan Rutin(er)? 8 6 75\s%\s–/);
    expect(words).toMatch(/Hemtjänst <norr> Rutin(er)? 6 6 100\s%\s50\s%/);
    expect(s).not.toContain('<norr>');
    expect(words).toContain('Året före räknas med dagens personallista');
    expect(out).toContain('<a href="#kannedom"><span class="nr">4</span> Personalens kännedom om rutiner</a>');
    expect(out).toContain('<span class="nr">5</span> Mål och resultat');
  });

  it('Markdown: the same figures in a table, numbered 4 in the contents', () => {
    const out = renderReport(model(SECTION), { format: 'md', lang: 'sv', overrideDirs: [] });
    expect(out).toContain('## 4 Personalens kännedom om rutiner');
    expect(out).toContain('- [4 Personalens kännedom om rutiner](#4-personalens-kännedom-om-rutiner)');
    expect(out).toContain('- [5 Mål och resultat](#5-mål-och-resultat)');
    expect(out).toMatch(/\| Solgläntan \| Rutin(er)? \| 8 \| 6 \| 75\s% \| – \|/);
    expect(out).toMatch(/\| \*\*Totalt\*\* \| \| \*\*14\*\* \| \*\*12\*\* \| \*\*85\s%\*\* \| \*\*50\s%\*\* \|/);
  });

  it('without the block: one sentence, in both formats and languages', () => {
    const none = readingSection(context(undefined));
    expect(text(section(renderReport(model(none), { format: 'html', lang: 'sv', overrideDirs: [] })))).toBe(
      '4 Personalens kännedom om rutiner Ledningssystemet följer inte upp läskvittenser (lsys.yaml har inget block läskvittens), så personalens kännedom om rutinerna redovisas inte här.',
    );
    expect(renderReport(model(none), { format: 'md', lang: 'en', overrideDirs: [] })).toContain(
      '## 4 Staff awareness of routines\n\nThe management system does not follow up read confirmations (lsys.yaml has no läskvittens block), so staff awareness of routines is not reported here.',
    );
  });

  it('configured but no document has readers: says so', () => {
    const empty = readingSection(context(() => []));
    expect(text(section(renderReport(model(empty), { format: 'html', lang: 'sv', overrideDirs: [] })))).toContain(
      'Inget fastställt dokument har läsare enligt personallistan.',
    );
  });
});

describe('readingChart', () => {
  const c = (format: 'html' | 'md') => ({
    lang: 'sv' as const,
    format,
    messages: builtinReportMessages(),
    year: 2026,
    previous: 2025,
    id: undefined,
  });
  it('html: a progress bar per unit, made of required; md: the same figures as a table', () => {
    const svg = readingChart(SECTION, c('html')).svg!;
    expect(svg).toContain(
      '<title id="kannedom-diagram-title">Läskvittenser per enhet den 1 december 2026: lämnade av de som ska lämnas</title>',
    );
    expect(svg).toContain('Hemtjänst &lt;norr&gt;');
    const md = readingChart(SECTION, c('md')).md!;
    expect(md).toContain('*Läskvittenser per enhet den 1 december 2026: lämnade av de som ska lämnas*');
    expect(md).toMatch(/\| Solgläntan \| 6 \| 8 \| 75\s% \|/);
    expect(md).toMatch(/\| Hemtjänst &lt;norr> \| 6 \| 6 \| 100\s% \|/);
  });
  it('a unit with nothing required shows a dash, and no section at all draws an empty chart', () => {
    const zero = {
      ...SECTION,
      units: [{ unit: { id: 'x', namn: 'X' }, required: 0, confirmed: 0, previousRequired: 0, previousConfirmed: 0 }],
    };
    expect(readingChart(zero, c('md')).md).toContain('| X | 0 | 0 | – |');
    expect(readingChart(undefined, c('html')).svg).toContain('<svg');
  });
});
