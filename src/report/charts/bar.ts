/**
 * Bar charts: deviations per category for the year and the year before (grouped bars),
 * complaints per source (one series). Every bar carries its value as text, series differ in
 * lightness and texture, and the value axis starts at 0 with steps of 1, 2 or 5 × 10^n.
 *
 * Orientation: vertical when every category name fits under its bar on at most two lines of
 * at most 14 characters and the value labels fit above their bars; otherwise horizontal, with
 * names up to 28 characters per line on the left (two lines, then cut with `…` and the full
 * name in a `<title>` tooltip). Long Swedish category names ("Beviljad insats felaktigt
 * utförd") therefore get a horizontal chart by default; `horizontal` forces either way.
 */
import { formatNumber, type Lang } from './format.js';
import { say } from '../../core/messages.js';
import { CHART_MESSAGES } from './messages.js';
import { seriesStyle, type SeriesStyle } from './palette.js';
import { niceScale, type ValueScale } from './scale.js';
import {
  axisTitle,
  AXIS,
  CHART_WIDTH,
  FONT_LABEL,
  FONT_VALUE,
  GRID,
  INK,
  emptySvg,
  escapeXml,
  joinList,
  line,
  middleBaseline,
  rect,
  safeId,
  svgRoot,
  text,
  textWidth,
  titleBlock,
  wrapText,
} from './svg.js';

interface BarSeries {
  /** Shown in the legend and the text alternative; a four-digit name reads as a year ("120 år 2026"). */
  name: string;
  /** One value per category, in category order. */
  values: number[];
}

export interface GroupedBarOptions {
  categories: string[];
  series: BarSeries[];
  title: string;
  /** What the categories are (e.g. "Kategori"), whatever the orientation. */
  xLabel: string;
  /** What the values are (e.g. "Antal"), whatever the orientation. */
  yLabel: string;
  lang: Lang;
  /** Unique prefix for the ids inside the SVG. */
  id: string;
  /** Force horizontal (true) or vertical (false) bars; default: chosen from the label lengths. */
  horizontal?: boolean;
}

/** One series: the grouped chart's options with `values` in place of `series`. */
export type BarOptions = Omit<GroupedBarOptions, 'series'> & { values: number[] };

const VERTICAL_LABEL_CHARS = 14;
const HORIZONTAL_LABEL_CHARS = 28;
const LINE = FONT_LABEL + 2;
const PLOT_HEIGHT = 200;

/** One series of bars; no legend. */
export function barSvg(opts: BarOptions): string {
  return groupedBarSvg({ ...opts, series: [{ name: opts.yLabel, values: opts.values }] });
}

/** Bars for several series side by side per category, with a legend. */
export function groupedBarSvg(opts: GroupedBarOptions): string {
  const { categories, series, lang } = opts;
  if (categories.length === 0 || series.length === 0) return emptySvg(opts.id, opts.title, lang);
  const id = safeId(opts.id);
  const values = series.map((s) => categories.map((_, i) => s.values[i] ?? 0));
  const drawn = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const integers = values.every((vs) => vs.every((v) => !Number.isFinite(v) || Number.isInteger(v)));
  const scale = niceScale(Math.max(0, ...values.flat().map(drawn)), integers);
  const labels = values.map((vs) => vs.map((v) => formatNumber(v, lang)));
  const styles = series.map((_, k) => seriesStyle(k, id));

  const head = titleBlock(opts.title, CHART_WIDTH);
  const legend =
    series.length > 1
      ? legendBlock(
          series.map((s) => s.name),
          styles,
          head.bottom,
        )
      : { markup: '', bottom: head.bottom };
  const ctx: Layout = { categories, labels, values, drawn, scale, styles, opts, top: legend.bottom, lang };
  const horizontal = opts.horizontal ?? !verticalFits(ctx);
  const plot = horizontal ? horizontalBars(ctx) : verticalBars(ctx);

  const defs = styles
    .map((s) => s.pattern)
    .filter((p): p is string => p !== undefined)
    .join('\n');
  return svgRoot({
    id,
    width: CHART_WIDTH,
    height: plot.height,
    text: { title: opts.title, description: describe(opts.title, categories, series, values, lang) },
    defs,
    body: [head.markup, legend.markup, plot.markup].filter((m) => m !== '').join('\n'),
  });
}

interface Layout {
  categories: string[];
  labels: string[][];
  values: number[][];
  drawn: (v: number) => number;
  scale: ValueScale;
  styles: SeriesStyle[];
  opts: GroupedBarOptions;
  top: number;
  lang: Lang;
}

/** "Avvikelser per kategori: Fall 120 år 2026 och 98 år 2025; Läkemedel 101 år 2026 och …". */
// values, labels and styles are parallel arrays: one entry per series, each with one per category.
function describe(title: string, categories: string[], series: BarSeries[], values: number[][], lang: Lang): string {
  const parts = categories.map((cat, i) => {
    if (series.length === 1) return `${cat} ${formatNumber(values[0]![i]!, lang)}`;
    const each = series.map((s, k) => {
      const v = formatNumber(values[k]![i]!, lang);
      if (/^\d{4}$/.test(s.name.trim())) return say(CHART_MESSAGES.valueInYear, lang, { value: v, year: s.name.trim() });
      return `${v} (${s.name})`;
    });
    return `${cat} ${joinList(each, lang)}`;
  });
  return `${title}: ${parts.join('; ')}.`;
}

/** Legend row(s) under the title: the same swatch (fill, pattern, outline) as the bars. */
function legendBlock(names: string[], styles: SeriesStyle[], top: number): { markup: string; bottom: number } {
  const out: string[] = [];
  let x = 8;
  let y = top;
  for (let k = 0; k < names.length; k++) {
    const w = 14 + 6 + textWidth(names[k]!, FONT_LABEL) + 18;
    if (x > 8 && x + w > CHART_WIDTH - 8) {
      x = 8;
      y += 20;
    }
    out.push(
      rect({
        x: x + 0.5,
        y: y + 0.5,
        width: 14,
        height: 14,
        fill: styles[k]!.fill,
        stroke: styles[k]!.stroke,
        'stroke-width': styles[k]!.strokeWidth,
      }),
      text(names[k]!, { x: x + 20, y: middleBaseline(y + 7.5, FONT_LABEL), 'font-size': FONT_LABEL, fill: INK }),
    );
    x += w;
  }
  return { markup: `<g class="legend">\n${out.join('\n')}\n</g>`, bottom: y + 14 + 12 };
}

function verticalGeometry(ctx: Layout) {
  const tickWidth = Math.max(...ctx.scale.ticks.map((t) => textWidth(formatNumber(t, ctx.lang), FONT_VALUE)));
  const left = 8 + FONT_LABEL + 8 + tickWidth + 6;
  const right = CHART_WIDTH - 12;
  const n = ctx.categories.length;
  const nS = ctx.values.length;
  const band = (right - left) / n;
  const gap = nS > 1 ? 2 : 0;
  const barWidth = Math.min(44, (band * 0.72 - gap * (nS - 1)) / nS);
  const maxChars = Math.min(VERTICAL_LABEL_CHARS, Math.floor((band - 6) / (FONT_LABEL * 0.6)));
  return { left, right, band, gap, barWidth, maxChars };
}

/** Vertical bars fit when names wrap uncut in their slot and value labels are no wider than their bar. */
function verticalFits(ctx: Layout): boolean {
  const g = verticalGeometry(ctx);
  if (g.maxChars < 4) return false;
  if (ctx.categories.some((c) => wrapText(c, g.maxChars, 2).truncated)) return false;
  const widest = Math.max(...ctx.labels.flat().map((l) => textWidth(l, FONT_VALUE)));
  return widest <= g.barWidth + g.gap + (ctx.values.length === 1 ? g.band * 0.28 - 4 : 0);
}

function categoryLabel(lines: string[], full: string, truncated: boolean, a: Parameters<typeof text>[1]): string {
  const t = text(lines, a, LINE);
  return truncated ? `<g><title>${escapeXml(full)}</title>${t}</g>` : t;
}

function verticalBars(ctx: Layout): { markup: string; height: number } {
  const { scale, values, styles, opts } = ctx;
  const g = verticalGeometry(ctx);
  const plotTop = ctx.top + 16;
  const bottom = plotTop + PLOT_HEIGHT;
  const yOf = (v: number) => bottom - (ctx.drawn(v) / scale.max) * PLOT_HEIGHT;
  const out: string[] = [];

  const grid: string[] = [];
  for (const t of scale.ticks) {
    const y = Math.round(yOf(t)) + 0.5;
    grid.push(line(g.left, y, g.right, y, t === 0 ? AXIS : GRID));
    grid.push(
      text(formatNumber(t, ctx.lang), {
        x: g.left - 6,
        y: middleBaseline(y, FONT_VALUE),
        'font-size': FONT_VALUE,
        'text-anchor': 'end',
        fill: INK,
      }),
    );
  }
  out.push(`<g class="axis">\n${grid.join('\n')}\n</g>`);

  const wrapped = ctx.categories.map((c) => wrapText(c, Math.max(4, g.maxChars), 2));
  const maxLines = Math.max(...wrapped.map((w) => w.lines.length));
  const nS = values.length;
  const groupWidth = g.barWidth * nS + g.gap * (nS - 1);
  const bars: string[] = [];
  const valueLabels: string[] = [];
  const catLabels: string[] = [];
  ctx.categories.forEach((cat, i) => {
    const centre = g.left + g.band * (i + 0.5);
    const x0 = centre - groupWidth / 2;
    values.forEach((vs, k) => {
      const x = x0 + k * (g.barWidth + g.gap);
      const y = yOf(vs[i]!);
      const h = bottom - y;
      if (h > 0) {
        bars.push(
          rect({
            class: 'bar',
            x,
            y,
            width: g.barWidth,
            height: h,
            fill: styles[k]!.fill,
            stroke: styles[k]!.stroke,
            'stroke-width': styles[k]!.strokeWidth,
          }),
        );
      }
      valueLabels.push(
        text(ctx.labels[k]![i]!, {
          class: 'value',
          x: x + g.barWidth / 2,
          y: y - 4,
          'font-size': FONT_VALUE,
          'text-anchor': 'middle',
          fill: INK,
        }),
      );
    });
    catLabels.push(
      categoryLabel(wrapped[i]!.lines, cat, wrapped[i]!.truncated, {
        class: 'category',
        x: centre,
        y: bottom + 6 + FONT_LABEL,
        'font-size': FONT_LABEL,
        'text-anchor': 'middle',
        fill: INK,
      }),
    );
  });
  out.push(`<g class="bars">\n${bars.join('\n')}\n</g>`);
  out.push(`<g class="values">\n${valueLabels.join('\n')}\n</g>`);
  out.push(`<g class="categories">\n${catLabels.join('\n')}\n</g>`);

  const mid = plotTop + PLOT_HEIGHT / 2;
  const yTitleX = 8 + FONT_LABEL;
  out.push(axisTitle(opts.yLabel, yTitleX, mid, { vertical: true }));
  const xTitleY = bottom + 6 + FONT_LABEL + (maxLines - 1) * LINE + 8 + FONT_LABEL;
  out.push(axisTitle(opts.xLabel, (g.left + g.right) / 2, xTitleY));
  return { markup: out.join('\n'), height: Math.ceil(xTitleY + 10) };
}

function horizontalBars(ctx: Layout): { markup: string; height: number } {
  const { scale, values, styles, opts } = ctx;
  const nS = values.length;
  const wrapped = ctx.categories.map((c) => wrapText(c, HORIZONTAL_LABEL_CHARS, 2));
  const labelWidth = Math.max(...wrapped.flatMap((w) => w.lines.map((l) => textWidth(l, FONT_LABEL))));
  const labelRight = 8 + FONT_LABEL + 8 + labelWidth;
  const left = labelRight + 8;
  const valueWidth = Math.max(...ctx.labels.flat().map((l) => textWidth(l, FONT_VALUE)));
  const tickHalf = textWidth(formatNumber(scale.max, ctx.lang), FONT_VALUE) / 2;
  const right = CHART_WIDTH - 8 - Math.max(valueWidth + 4, tickHalf);
  const barHeight = nS === 1 ? 18 : 14;
  const gap = nS > 1 ? 2 : 0;
  const groupHeight = barHeight * nS + gap * (nS - 1);
  const band = Math.max(groupHeight + 10, 2 * LINE + 4);
  const plotTop = ctx.top + 4;
  const bottom = plotTop + band * ctx.categories.length;
  const xOf = (v: number) => left + (ctx.drawn(v) / scale.max) * (right - left);
  const out: string[] = [];

  const grid: string[] = [];
  for (const t of scale.ticks) {
    const x = Math.round(xOf(t)) + 0.5;
    grid.push(line(x, plotTop, x, bottom, t === 0 ? AXIS : GRID));
    grid.push(
      text(formatNumber(t, ctx.lang), { x, y: bottom + 4 + FONT_VALUE, 'font-size': FONT_VALUE, 'text-anchor': 'middle', fill: INK }),
    );
  }
  out.push(`<g class="axis">\n${grid.join('\n')}\n</g>`);

  const bars: string[] = [];
  const valueLabels: string[] = [];
  const catLabels: string[] = [];
  ctx.categories.forEach((cat, i) => {
    const centre = plotTop + band * (i + 0.5);
    const y0 = centre - groupHeight / 2;
    values.forEach((vs, k) => {
      const y = y0 + k * (barHeight + gap);
      const w = xOf(vs[i]!) - left;
      if (w > 0) {
        bars.push(
          rect({
            class: 'bar',
            x: left,
            y,
            width: w,
            height: barHeight,
            fill: styles[k]!.fill,
            stroke: styles[k]!.stroke,
            'stroke-width': styles[k]!.strokeWidth,
          }),
        );
      }
      valueLabels.push(
        text(ctx.labels[k]![i]!, {
          class: 'value',
          x: left + w + 4,
          y: middleBaseline(y + barHeight / 2, FONT_VALUE),
          'font-size': FONT_VALUE,
          fill: INK,
        }),
      );
    });
    const lines = wrapped[i]!.lines;
    catLabels.push(
      categoryLabel(lines, cat, wrapped[i]!.truncated, {
        class: 'category',
        x: labelRight,
        y: middleBaseline(centre - ((lines.length - 1) * LINE) / 2, FONT_LABEL),
        'font-size': FONT_LABEL,
        'text-anchor': 'end',
        fill: INK,
      }),
    );
  });
  out.push(`<g class="bars">\n${bars.join('\n')}\n</g>`);
  out.push(`<g class="values">\n${valueLabels.join('\n')}\n</g>`);
  out.push(`<g class="categories">\n${catLabels.join('\n')}\n</g>`);

  const mid = (plotTop + bottom) / 2;
  const xTitleX = 8 + FONT_LABEL;
  out.push(axisTitle(opts.xLabel, xTitleX, mid, { vertical: true }));
  const yTitleY = bottom + 4 + FONT_VALUE + 8 + FONT_LABEL;
  out.push(axisTitle(opts.yLabel, (left + right) / 2, yTitleY));
  return { markup: out.join('\n'), height: Math.ceil(yTitleY + 10) };
}
