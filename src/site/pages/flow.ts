/**
 * The flow of a process as inline SVG: one box per activity in order, arrows between them,
 * rows that wrap. Two drawings: three boxes a row for wide screens, one a row for phones
 * (the stylesheet shows one of them), so the text stays readable at 320 px. Each is
 * `role="img"` with a title and a description that lists the steps as text.
 */
import { esc } from './html.js';

const BOX_W = 220;
const BOX_H = 96;
const GAP_X = 44;
const GAP_Y = 44;
const PAD = 8;
const LINE_H = 17;
const CHARS = 24;
const MAX_LINES = 4;

/** Words into lines of at most `CHARS` characters (a longer word is cut), at most `MAX_LINES` lines. */
export function wrapText(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    let word = raw;
    while (word.length > CHARS) {
      if (line) lines.push(line);
      lines.push(word.slice(0, CHARS));
      word = word.slice(CHARS);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= CHARS) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > MAX_LINES) {
    const kept = lines.slice(0, MAX_LINES);
    kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]!.slice(0, CHARS - 1)}…`;
    return kept;
  }
  return lines;
}

/** One drawing of the flow with `cols` boxes a row; `key` makes the ids of its title and description unique. */
export function flowSvg(steps: readonly string[], cols: number, key: string, title: string, desc: string): string {
  const n = steps.length;
  const perRow = Math.max(1, Math.min(cols, n));
  const rows = Math.ceil(n / perRow);
  const width = PAD * 2 + perRow * BOX_W + (perRow - 1) * GAP_X;
  const height = PAD * 2 + rows * BOX_H + (rows - 1) * GAP_Y;
  const pos = (i: number): [number, number] => [PAD + (i % perRow) * (BOX_W + GAP_X), PAD + Math.floor(i / perRow) * (BOX_H + GAP_Y)];
  const parts: string[] = [];
  for (const [i, step] of steps.entries()) {
    const [x, y] = pos(i);
    const lines = wrapText(`${i + 1}. ${step}`);
    const top = y + BOX_H / 2 - ((lines.length - 1) * LINE_H) / 2 + 5;
    const tspans = lines.map((l, j) => `<tspan x="${x + BOX_W / 2}" y="${top + j * LINE_H}">${esc(l)}</tspan>`).join('');
    parts.push(
      `<rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="6" fill="#ffffff" stroke="#1d4e89" stroke-width="2"/><text font-size="14" fill="#1b1b1b" text-anchor="middle">${tspans}</text>`,
    );
    if (i + 1 < n) {
      const [nx, ny] = pos(i + 1);
      if (ny === y) {
        parts.push(
          `<line x1="${x + BOX_W}" y1="${y + BOX_H / 2}" x2="${nx - 3}" y2="${ny + BOX_H / 2}" fill="none" stroke="#1b1b1b" stroke-width="2" marker-end="url(#${key}-pil)"/>`,
        );
      } else {
        // To the next row: down from this box, across to above the next one, down into it.
        const midY = y + BOX_H + GAP_Y / 2;
        parts.push(
          `<polyline points="${x + BOX_W / 2},${y + BOX_H} ${x + BOX_W / 2},${midY} ${nx + BOX_W / 2},${midY} ${nx + BOX_W / 2},${ny - 3}" fill="none" stroke="#1b1b1b" stroke-width="2" marker-end="url(#${key}-pil)"/>`,
        );
      }
    }
  }
  return (
    `<svg class="flode flode-${cols === 1 ? 'smal' : 'bred'}" role="img" aria-labelledby="${key}-titel ${key}-besk" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${key}-titel">${esc(title)}</title><desc id="${key}-besk">${esc(desc)}</desc>` +
    `<defs><marker id="${key}-pil" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M0,0 L10,5 L0,10 z" fill="#1b1b1b"/></marker></defs>${parts.join('')}</svg>`
  );
}
