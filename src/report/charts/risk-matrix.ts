/**
 * The 4×4 risk matrix as a heat map: konsekvens 1–4 left to right, sannolikhet 1–4 bottom to
 * top, each cell coloured by its riskvärde (sannolikhet × konsekvens) and showing how many of
 * the year's risks sit there. Cells at or above the threshold get a thick dark frame with a
 * white inner line (visible on every fill, in colour and in grey). A legend on the right
 * explains colours, frame and numbers.
 */
import { formatNumber, type Lang } from './format.js';
import { RISK_BANDS, riskBand } from './palette.js';
import {
  axisTitle,
  CHART_WIDTH,
  FONT_LABEL,
  INK,
  middleBaseline,
  rect,
  safeId,
  svgRoot,
  text,
  textWidth,
  titleBlock,
  wrapText,
} from './svg.js';

export interface RiskMatrixOptions {
  /** counts[sannolikhet - 1][konsekvens - 1]; missing or non-finite entries count as 0. */
  counts: number[][];
  /** Riskvärde at or above which a risk needs action (cells get a thick frame). */
  threshold: number;
  lang: Lang;
  title: string;
  /** Horizontal axis, e.g. "Konsekvens". */
  xLabel: string;
  /** Vertical axis, e.g. "Sannolikhet". */
  yLabel: string;
  id: string;
}

const SIZE = 4;
const CELL_W = 88;
const CELL_H = 56;
const FONT_COUNT = 18;

const WORDS = {
  sv: {
    risk: (n: number) => (n === 1 ? 'risk' : 'risker'),
    none: 'inga risker',
    value: 'riskvärde',
    legendHead: (y: string, x: string) => `Riskvärde = ${y} × ${x}`,
    frame: (t: string) => `Tjock ram: riskvärde ≥\u00a0${t} (tröskel)`,
    number: 'Siffran i rutan: antal risker',
    above: (n: number, t: string) => `${n} ${n === 1 ? 'risk' : 'risker'} på eller över tröskeln ${t}`,
  },
  en: {
    risk: (n: number) => (n === 1 ? 'risk' : 'risks'),
    none: 'no risks',
    value: 'risk value',
    legendHead: (y: string, x: string) => `Risk value = ${y} × ${x}`,
    frame: (t: string) => `Thick frame: risk value ≥\u00a0${t} (threshold)`,
    number: 'Number in a cell: count of risks',
    above: (n: number, t: string) => `${n} ${n === 1 ? 'risk' : 'risks'} at or above the threshold ${t}`,
  },
};

/** The risk matrix heat map with counts per cell. */
export function riskMatrixSvg(opts: RiskMatrixOptions): string {
  const { lang, threshold } = opts;
  const id = safeId(opts.id);
  const count = (s: number, k: number) => {
    const v = opts.counts?.[s - 1]?.[k - 1];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  };
  const above = (s: number, k: number) => s * k >= threshold;

  const head = titleBlock(opts.title, CHART_WIDTH);
  const top = head.bottom + 4;
  const tickWidth = textWidth('4', FONT_LABEL);
  const left = 8 + FONT_LABEL + 10 + tickWidth + 8;
  const bottom = top + SIZE * CELL_H;
  const right = left + SIZE * CELL_W;
  const out: string[] = [head.markup];

  const cells: string[] = [];
  const frames: string[] = [];
  const numbers: string[] = [];
  for (let s = SIZE; s >= 1; s--) {
    for (let k = 1; k <= SIZE; k++) {
      const x = left + (k - 1) * CELL_W;
      const y = top + (SIZE - s) * CELL_H;
      const band = riskBand(s * k);
      cells.push(rect({ class: 'cell', x, y, width: CELL_W, height: CELL_H, fill: band.fill, stroke: '#ffffff', 'stroke-width': 1 }));
      if (above(s, k)) {
        frames.push(
          rect({
            class: 'threshold',
            x: x + 2.5,
            y: y + 2.5,
            width: CELL_W - 5,
            height: CELL_H - 5,
            fill: 'none',
            stroke: INK,
            'stroke-width': 3,
          }),
        );
        frames.push(
          rect({ x: x + 4.5, y: y + 4.5, width: CELL_W - 9, height: CELL_H - 9, fill: 'none', stroke: '#ffffff', 'stroke-width': 1 }),
        );
      }
      const n = count(s, k);
      if (n > 0) {
        numbers.push(
          text(formatNumber(n, lang), {
            class: 'count',
            x: x + CELL_W / 2,
            y: middleBaseline(y + CELL_H / 2, FONT_COUNT),
            'font-size': FONT_COUNT,
            'font-weight': 'bold',
            'text-anchor': 'middle',
            fill: band.ink,
          }),
        );
      }
    }
  }
  out.push(`<g class="cells">\n${cells.join('\n')}\n</g>`);
  if (frames.length) out.push(`<g class="thresholds">\n${frames.join('\n')}\n</g>`);
  if (numbers.length) out.push(`<g class="counts">\n${numbers.join('\n')}\n</g>`);

  const ticks: string[] = [];
  for (let i = 1; i <= SIZE; i++) {
    ticks.push(
      text(String(i), {
        x: left + (i - 0.5) * CELL_W,
        y: bottom + 6 + FONT_LABEL,
        'font-size': FONT_LABEL,
        'text-anchor': 'middle',
        fill: INK,
      }),
    );
    ticks.push(
      text(String(i), {
        x: left - 8,
        y: middleBaseline(top + (SIZE - i + 0.5) * CELL_H, FONT_LABEL),
        'font-size': FONT_LABEL,
        'text-anchor': 'end',
        fill: INK,
      }),
    );
  }
  out.push(`<g class="ticks">\n${ticks.join('\n')}\n</g>`);
  const mid = (top + bottom) / 2;
  const yTitleX = 8 + FONT_LABEL;
  out.push(axisTitle(opts.yLabel, yTitleX, mid, { vertical: true, bold: true }));
  const xTitleY = bottom + 6 + FONT_LABEL + 8 + FONT_LABEL;
  out.push(axisTitle(opts.xLabel, (left + right) / 2, xTitleY, { bold: true }));

  const legend = legendBlock(opts, right + 24, top);
  out.push(legend.markup);
  const height = Math.ceil(Math.max(xTitleY, legend.bottom) + 10);

  return svgRoot({ id, width: CHART_WIDTH, height, text: { title: opts.title, description: describe(opts, count) }, body: out.join('\n') });
}

function legendBlock(opts: RiskMatrixOptions, x: number, top: number): { markup: string; bottom: number } {
  const w = WORDS[opts.lang];
  const maxChars = Math.floor((CHART_WIDTH - 8 - x) / (FONT_LABEL * 0.6));
  const out: string[] = [];
  let y = top;
  const para = (s: string, bold = false) => {
    const { lines } = wrapText(s, maxChars, 3);
    out.push(
      text(lines, { x, y: y + FONT_LABEL, 'font-size': FONT_LABEL, 'font-weight': bold ? 'bold' : undefined, fill: INK }, FONT_LABEL + 3),
    );
    y += lines.length * (FONT_LABEL + 3) + 6;
  };
  para(w.legendHead(opts.yLabel, opts.xLabel), true);
  for (const band of RISK_BANDS) {
    out.push(rect({ x: x + 0.5, y: y + 0.5, width: 28, height: 18, fill: band.fill, stroke: '#808080', 'stroke-width': 1 }));
    out.push(
      text(`${formatNumber(band.from, opts.lang)}–${formatNumber(band.to, opts.lang)}`, {
        x: x + 38,
        y: middleBaseline(y + 9.5, FONT_LABEL),
        'font-size': FONT_LABEL,
        fill: INK,
      }),
    );
    y += 24;
  }
  y += 6;
  out.push(rect({ x: x + 1.5, y: y + 1.5, width: 26, height: 16, fill: '#ffffff', stroke: INK, 'stroke-width': 3 }));
  const frameLines = wrapText(w.frame(formatNumber(opts.threshold, opts.lang)), maxChars - 6, 3).lines;
  out.push(text(frameLines, { x: x + 38, y: y + FONT_LABEL, 'font-size': FONT_LABEL, fill: INK }, FONT_LABEL + 3));
  y += Math.max(24, frameLines.length * (FONT_LABEL + 3) + 8);
  para(w.number);
  return { markup: `<g class="legend">\n${out.join('\n')}\n</g>`, bottom: y };
}

/** "Riskmatris 2026: 7 risker. Sannolikhet 3, Konsekvens 4 (riskvärde 12): 2 risker; …". */
function describe(opts: RiskMatrixOptions, count: (s: number, k: number) => number): string {
  const w = WORDS[opts.lang];
  const cells: Array<{ s: number; k: number; n: number }> = [];
  for (let s = 1; s <= SIZE; s++) for (let k = 1; k <= SIZE; k++) if (count(s, k) > 0) cells.push({ s, k, n: count(s, k) });
  const total = cells.reduce((sum, c) => sum + c.n, 0);
  if (total === 0) return `${opts.title}: ${w.none}.`;
  cells.sort((a, b) => b.s * b.k - a.s * a.k || b.s - a.s);
  const f = (n: number) => formatNumber(n, opts.lang);
  const list = cells.map((c) => `${opts.yLabel} ${c.s}, ${opts.xLabel} ${c.k} (${w.value} ${c.s * c.k}): ${f(c.n)} ${w.risk(c.n)}`);
  const aboveCount = cells.filter((c) => c.s * c.k >= opts.threshold).reduce((sum, c) => sum + c.n, 0);
  return `${opts.title}: ${f(total)} ${w.risk(total)}. ${list.join('; ')}. ${w.above(aboveCount, f(opts.threshold))}.`;
}
