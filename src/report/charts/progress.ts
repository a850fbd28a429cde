/**
 * Egenkontroll done vs planned: one horizontal bar per egenkontroll, the planned occasions as
 * an outline and the done ones as a dark fill inside it, with "3 av 4 (75 %)" beside it.
 *
 * Why a share of planned and not a common count axis: frequencies differ by two orders of
 * magnitude (daily temperature checks: 365; the yearly review: 1), so on one count axis the
 * yearly rows would be invisible. Every outline is therefore 100 % of its own plan; the counts
 * are in the label. More done than planned draws the fill past the outline (axis up to 200 %).
 */
import { formatNumber, formatPercent, type Lang } from './format.js';
import { CHART_MESSAGES } from './messages.js';
import { NAVY } from './palette.js';
import { niceScale } from './scale.js';
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

interface ProgressRow {
  label: string;
  done: number;
  planned: number;
}

export interface ProgressOptions {
  rows: ProgressRow[];
  title: string;
  lang: Lang;
  id: string;
  /** Legend text for the filled bar, e.g. "Genomförda". */
  doneLabel: string;
  /** Legend text for the outline, e.g. "Planerade". */
  plannedLabel: string;
  /** Title of the percentage axis; default "Andel av planerade" / "Share of planned". */
  axisLabel?: string;
}

const LABEL_CHARS = 28;
const BAR_HEIGHT = 18;
const BAND = 34;
const LINE = FONT_LABEL + 2;

/** Horizontal progress bars, planned as outline and done filled. */
export function progressSvg(opts: ProgressOptions): string {
  const { rows, lang } = opts;
  if (rows.length === 0) return emptySvg(opts.id, opts.title, lang);
  const id = safeId(opts.id);
  const clean = (v: number) => (Number.isFinite(v) && v > 0 ? v : 0);
  const ratio = (r: ProgressRow) => (clean(r.planned) > 0 ? clean(r.done) / clean(r.planned) : clean(r.done) > 0 ? 1 : 0);
  const scale = niceScale(Math.min(200, Math.max(100, ...rows.map((r) => ratio(r) * 100))));
  const of = lang === 'sv' ? 'av' : 'of';
  const percent = (r: ProgressRow) =>
    clean(r.planned) > 0 ? ` (${formatPercent(honestShare(clean(r.done), clean(r.planned)), lang)})` : '';
  const valueText = (r: ProgressRow) => `${formatNumber(r.done, lang)} ${of} ${formatNumber(r.planned, lang)}${percent(r)}`;

  const head = titleBlock(opts.title, CHART_WIDTH);
  const out: string[] = [head.markup];

  // Legend: the same two marks as in the bars.
  const lx = 8;
  const ly = head.bottom;
  const doneWidth = 14 + 6 + textWidth(opts.doneLabel, FONT_LABEL) + 18;
  out.push(
    `<g class="legend">\n${[
      rect({ x: lx + 0.5, y: ly + 0.5, width: 14, height: 14, fill: NAVY, stroke: NAVY, 'stroke-width': 1 }),
      text(opts.doneLabel, { x: lx + 20, y: middleBaseline(ly + 7.5, FONT_LABEL), 'font-size': FONT_LABEL, fill: INK }),
      rect({ x: lx + doneWidth + 0.75, y: ly + 0.75, width: 13.5, height: 13.5, fill: '#ffffff', stroke: NAVY, 'stroke-width': 1.5 }),
      text(opts.plannedLabel, { x: lx + doneWidth + 20, y: middleBaseline(ly + 7.5, FONT_LABEL), 'font-size': FONT_LABEL, fill: INK }),
    ].join('\n')}\n</g>`,
  );

  const wrapped = rows.map((r) => wrapText(r.label, LABEL_CHARS, 2));
  const labelWidth = Math.max(...wrapped.flatMap((w) => w.lines.map((l) => textWidth(l, FONT_LABEL))));
  const labelRight = 8 + labelWidth;
  const left = labelRight + 10;
  const values = rows.map(valueText);
  const valueWidth = Math.max(...values.map((v) => textWidth(v, FONT_VALUE)));
  const right = CHART_WIDTH - 8 - valueWidth - 6;
  const plotTop = ly + 14 + 14;
  const bottom = plotTop + BAND * rows.length;
  const xOf = (pct: number) => left + (Math.min(pct, scale.max) / scale.max) * (right - left);

  const grid: string[] = [];
  for (const t of scale.ticks) {
    const x = Math.round(xOf(t)) + 0.5;
    grid.push(line(x, plotTop, x, bottom, t === 0 ? AXIS : GRID));
    grid.push(
      text(formatPercent(t / 100, lang), { x, y: bottom + 4 + FONT_VALUE, 'font-size': FONT_VALUE, 'text-anchor': 'middle', fill: INK }),
    );
  }
  out.push(`<g class="axis">\n${grid.join('\n')}\n</g>`);

  const bars: string[] = [];
  const labels: string[] = [];
  const valueLabels: string[] = [];
  rows.forEach((r, i) => {
    const centre = plotTop + BAND * (i + 0.5);
    const y = centre - BAR_HEIGHT / 2;
    const plannedEnd = xOf(clean(r.planned) > 0 ? 100 : 0);
    const doneEnd = xOf(ratio(r) * 100);
    if (plannedEnd > left) {
      bars.push(
        rect({
          class: 'planned',
          x: left + 0.75,
          y: y + 0.75,
          width: plannedEnd - left - 1.5,
          height: BAR_HEIGHT - 1.5,
          fill: '#ffffff',
          stroke: NAVY,
          'stroke-width': 1.5,
        }),
      );
    }
    if (doneEnd > left) bars.push(rect({ class: 'done', x: left, y, width: doneEnd - left, height: BAR_HEIGHT, fill: NAVY }));
    // More done than planned: a white mark where the plan ends, inside the fill.
    if (doneEnd > plannedEnd && plannedEnd > left)
      bars.push(line(plannedEnd - 1, y + 2, plannedEnd - 1, y + BAR_HEIGHT - 2, '#ffffff', { 'stroke-width': 2 }));
    valueLabels.push(
      text(values[i]!, {
        class: 'value',
        x: Math.max(plannedEnd, doneEnd) + 6,
        y: middleBaseline(centre, FONT_VALUE),
        'font-size': FONT_VALUE,
        fill: INK,
      }),
    );
    const lines = wrapped[i]!.lines; // one entry per row, like values
    const t = text(
      lines,
      {
        class: 'category',
        x: labelRight,
        y: middleBaseline(centre - ((lines.length - 1) * LINE) / 2, FONT_LABEL),
        'font-size': FONT_LABEL,
        'text-anchor': 'end',
        fill: INK,
      },
      LINE,
    );
    labels.push(wrapped[i]!.truncated ? `<g><title>${escapeXml(r.label)}</title>${t}</g>` : t);
  });
  out.push(`<g class="bars">\n${bars.join('\n')}\n</g>`);
  out.push(`<g class="values">\n${valueLabels.join('\n')}\n</g>`);
  out.push(`<g class="categories">\n${labels.join('\n')}\n</g>`);

  const axisLabel = opts.axisLabel ?? CHART_MESSAGES.shareOfPlanned[lang];
  const axisY = bottom + 4 + FONT_VALUE + 8 + FONT_LABEL;
  out.push(axisTitle(axisLabel, (left + right) / 2, axisY));

  const description = `${opts.title}: ${rows
    .map((r) => {
      return `${r.label}: ${opts.doneLabel} ${formatNumber(r.done, lang)}, ${opts.plannedLabel} ${formatNumber(r.planned, lang)}${percent(r)}`;
    })
    .join('; ')}.`;
  return svgRoot({ id, width: CHART_WIDTH, height: Math.ceil(axisY + 10), text: { title: opts.title, description }, body: out.join('\n') });
}

/**
 * done / planned, nudged so rounding to whole percent never claims 100 % for an unfinished
 * plan (409 of 410 is 99 %, not 100 %) nor 0 % when something was done.
 */
function honestShare(done: number, planned: number): number {
  const share = done / planned;
  if (done < planned && share >= 0.995) return 0.99;
  if (done > 0 && share < 0.005) return 0.01;
  return share;
}
