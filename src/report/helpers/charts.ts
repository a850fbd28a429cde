/**
 * Chart adapters: the report model's figures turned into the chart functions' input (HTML:
 * an SVG, returned as markup for a SafeString) or into a GFM table with the same figures
 * (Markdown). Their wording is the report catalogue's: titles `diagram.…`, axis and column
 * words shared with the templates' tables (`kategori`, `antal` …), sources `ord.källa.…`.
 */
import { formatNumber, formatPercent, groupedBarSvg, progressSvg, riskMatrixSvg } from '../charts/index.js';
import { reportText, type ReportMessages } from '../messages.js';
import type { DeviationSection, ReadingSection, RiskSection, SelfInspectionSection } from '../types.js';
import { escapeMd, escapeMdCell, formatCount, formatDate, mdTable, type HelperFormat, type HelperLang } from './format.js';
import { word } from './words.js';

/** What every chart needs: language, format, wording, the report's years and the chart's id. */
export interface ChartContext {
  lang: HelperLang;
  format: HelperFormat;
  messages: ReportMessages;
  year: number | undefined;
  previous: number | undefined;
  id: string | undefined;
}

/** A chart: SVG markup (html) or Markdown (md). */
export interface ChartOutput {
  svg?: string;
  md?: string;
}

const say = (c: ChartContext, id: string, data?: Record<string, string | number>) => reportText(c.messages, id, c.lang, data);

/** The 4×4 heat map (html) or the matrix as a table (md). */
export function riskMatrixChart(risks: unknown, c: ChartContext): ChartOutput {
  const { lang } = c;
  const r = (risks ?? {}) as Partial<RiskSection>;
  const counts = r.matrix ?? [];
  const threshold = typeof r.threshold === 'number' ? r.threshold : 0;
  const title = say(c, 'diagram.riskmatris.titel', { year: c.year ?? '' });
  if (c.format === 'html') {
    return {
      svg: riskMatrixSvg({
        counts,
        threshold,
        lang,
        title,
        xLabel: say(c, 'konsekvens'),
        yLabel: say(c, 'sannolikhet'),
        id: c.id ?? 'riskmatris',
      }),
    };
  }
  const rows: string[][] = [];
  for (let s = 4; s >= 1; s--) {
    const cells = [1, 2, 3, 4].map((k) => {
      const n = formatCount(counts?.[s - 1]?.[k - 1] ?? 0, lang);
      return s * k >= threshold && threshold > 0 ? `**${n}**` : n;
    });
    rows.push([String(s), ...cells]);
  }
  const note = say(c, 'diagram.riskmatris.not', { titel: title, gräns: formatNumber(threshold, lang) });
  return { md: `${note}\n\n${mdTable([say(c, 'diagram.riskmatris.hörn'), '1', '2', '3', '4'], rows, ['l', 'r', 'r', 'r', 'r'])}` };
}

/** Deviations by category or complaints by source, the year beside the year before. */
export function countChart(kind: 'avvikelser' | 'klagomål', deviations: unknown, c: ChartContext): ChartOutput {
  const { lang, year, previous } = c;
  const d = (deviations ?? {}) as Partial<DeviationSection>;
  const rows = (kind === 'avvikelser' ? d.avvikelser : d.klagomål) ?? [];
  const label = (namn: string) => (kind === 'klagomål' ? word(c.messages, 'källa', namn, lang) : namn);
  const categories = rows.map((r) => label(r.namn));
  // No compilation for the year before: no comparison (a column of zeros would read as "none").
  const compare = !(d.föregående && Array.isArray(d.föregående.källor) && d.föregående.källor.length === 0);
  const years = compare ? say(c, 'diagram.år-och-föregående', { year: year ?? '', previousYear: previous ?? '' }) : `${year ?? ''}`;
  const title = say(c, kind === 'avvikelser' ? 'diagram.avvikelser.titel' : 'diagram.klagomål.titel', { år: years });
  const xLabel = say(c, kind === 'avvikelser' ? 'kategori' : 'diagram.klagomål.källa');
  if (c.format === 'html') {
    return {
      svg: groupedBarSvg({
        categories,
        series: [
          { name: String(year ?? ''), values: rows.map((r) => r.år) },
          ...(compare ? [{ name: String(previous ?? ''), values: rows.map((r) => r.föregående) }] : []),
        ],
        title,
        xLabel,
        yLabel: say(c, 'antal'),
        lang,
        id: c.id ?? (kind === 'avvikelser' ? 'avvikelser-diagram' : 'klagomal-diagram'),
      }),
    };
  }
  const body = rows.map((r) => [
    escapeMdCell(label(r.namn)),
    formatNumber(r.år, lang),
    ...(compare ? [formatNumber(r.föregående, lang)] : []),
  ]);
  const header = [xLabel, String(year ?? ''), ...(compare ? [String(previous ?? '')] : [])];
  return { md: `*${escapeMd(title)}*\n\n${mdTable(header, body, compare ? ['l', 'r', 'r'] : ['l', 'r'])}` };
}

/** Performed vs planned per egenkontroll. */
export function selfInspectionChart(section: unknown, c: ChartContext): ChartOutput {
  const { lang } = c;
  const rows = (section as Partial<SelfInspectionSection> | undefined)?.rows ?? [];
  const title = say(c, 'diagram.egenkontroll.titel', { year: c.year ?? '' });
  const label = (r: (typeof rows)[number]) => r.område || r.document.titel;
  const done = say(c, 'genomforda');
  const planned = say(c, 'planerade');
  if (c.format === 'html') {
    return {
      svg: progressSvg({
        rows: rows.map((r) => ({ label: label(r), done: r.genomförda, planned: r.planerade })),
        title,
        lang,
        id: c.id ?? 'egenkontroll-diagram',
        doneLabel: done,
        plannedLabel: planned,
      }),
    };
  }
  const body = rows.map((r) => [
    escapeMdCell(label(r)),
    formatNumber(r.genomförda, lang),
    formatNumber(r.planerade, lang),
    r.planerade > 0 ? formatPercent(r.genomförda / r.planerade, lang) : '–',
  ]);
  return { md: `*${escapeMd(title)}*\n\n${mdTable([say(c, 'egenkontroll'), done, planned, say(c, 'andel')], body, ['l', 'r', 'r', 'r'])}` };
}

/** Läskvittens per unit (all document types): confirmations made of those required, at the section's date. */
export function readingChart(section: unknown, c: ChartContext): ChartOutput {
  const { lang } = c;
  const r = (section ?? {}) as Partial<ReadingSection>;
  const units = r.units ?? [];
  const title = say(c, 'diagram.kannedom.titel', { datum: formatDate(r.date, lang) });
  const done = say(c, 'kannedom.bekraftade');
  const required = say(c, 'kannedom.kravs');
  if (c.format === 'html') {
    return {
      svg: progressSvg({
        rows: units.map((u) => ({ label: u.unit.namn, done: u.confirmed, planned: u.required })),
        title,
        lang,
        id: c.id ?? 'kannedom-diagram',
        doneLabel: done,
        plannedLabel: required,
        axisLabel: say(c, 'andel'),
      }),
    };
  }
  const body = units.map((u) => [
    escapeMdCell(u.unit.namn),
    formatNumber(u.confirmed, lang),
    formatNumber(u.required, lang),
    u.required > 0 ? formatPercent(u.confirmed / u.required, lang) : '–',
  ]);
  return { md: `*${escapeMd(title)}*\n\n${mdTable([say(c, 'enhet'), done, required, say(c, 'andel')], body, ['l', 'r', 'r', 'r'])}` };
}
