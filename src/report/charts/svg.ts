/**
 * Shared SVG building blocks for the report's charts: escaping, coordinates, the root
 * element with its title and text alternative, text wrapping and the "no data" picture.
 * Everything returns strings and is deterministic: the same input gives the same bytes.
 */
import type { Lang } from './format.js';
import { CHART_MESSAGES } from './messages.js';

/** What every chart says about itself: a visible and accessible title and the data in words. */
interface ChartText {
  title: string;
  /** Text alternative: the data in words, so a screen reader (or a reader in grey) misses nothing. */
  description: string;
}

/** Width of every chart in px: about the 170 mm text width of an A4 page at 96 dpi. */
export const CHART_WIDTH = 640;

export const INK = '#1a1a1a';
export const AXIS = '#4d4d4d';
export const GRID = '#d9d9d9';
const MUTED = '#595959';

const FONT_TITLE = 14;
export const FONT_LABEL = 12;
export const FONT_VALUE = 11;

// XML 1.0 forbids these code points even as character references; drop them.
const INVALID_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Escape text for XML element content and double- or single-quoted attributes
 * (`& < > " '`), and drop characters XML 1.0 does not allow (control characters, lone surrogates).
 */
export function escapeXml(s: string): string {
  return String(s)
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A coordinate with at most one decimal, never `-0`. */
function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return String(r === 0 ? 0 : r);
}

/**
 * The id prefix made safe for XML ids and `url(#…)` references: characters other than
 * letters, digits, `-`, `_` and `.` become `-`; a prefix not starting with a letter gets `c-`.
 */
export function safeId(id: string): string {
  const cleaned = String(id).replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

/** Attributes from a record, in the given order; `undefined` values are left out. */
export function attrs(a: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

export function rect(a: Record<string, string | number | undefined>): string {
  return `<rect${attrs(a)}/>`;
}

export function line(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  stroke: string,
  extra: Record<string, string | number | undefined> = {},
): string {
  return `<line${attrs({ x1, y1, x2, y2, stroke, ...extra })}/>`;
}

/** One `<text>` element; several lines become `<tspan>`s stacked `lineHeight` apart. */
export function text(
  lines: string | string[],
  a: Record<string, string | number | undefined> & { x: number; y: number },
  lineHeight = 0,
): string {
  const list = Array.isArray(lines) ? lines : [lines];
  if (list.length === 1) return `<text${attrs(a)}>${escapeXml(list[0]!)}</text>`;
  const spans = list.map((l, i) => `<tspan${attrs({ x: a.x, y: a.y + i * lineHeight })}>${escapeXml(l)}</tspan>`).join('');
  return `<text${attrs(a)}>${spans}</text>`;
}

/** An axis title centred on (x, y); `vertical` turns it to read upwards, as a y-axis title does. */
export function axisTitle(label: string, x: number, y: number, o: { vertical?: boolean; bold?: boolean } = {}): string {
  return text(label, {
    class: 'axis-title',
    x,
    y,
    'font-size': FONT_LABEL,
    'font-weight': o.bold ? 'bold' : undefined,
    'text-anchor': 'middle',
    fill: INK,
    transform: o.vertical ? `rotate(-90 ${num(x)} ${num(y)})` : undefined,
  });
}

/** Baseline that centres a line of `fontSize` text vertically on `y` (no reliance on dominant-baseline). */
export function middleBaseline(y: number, fontSize: number): number {
  return y + fontSize * 0.35;
}

/** Characters, counting a surrogate pair as one. */
function charCount(s: string): number {
  return Array.from(s).length;
}

/**
 * Rough width of a line of text. Without font metrics we assume 0.6 em per character,
 * wide enough for DejaVu Sans (Debian's default sans-serif) so labels are never clipped.
 */
export function textWidth(s: string, fontSize: number, bold = false): number {
  return charCount(s) * fontSize * (bold ? 0.66 : 0.6);
}

export interface Wrapped {
  lines: string[];
  /** True when text had to be cut (the full text then goes into a `<title>`). */
  truncated: boolean;
}

/**
 * Break `s` at spaces (not no-break spaces; and after `-` or `/`) into at most `maxLines` lines of at most
 * `maxChars` characters. A word longer than a line, or text left over after the last line,
 * is cut with `…`. Words are never hyphenated by us: Swedish compounds split in the
 * wrong place read worse than a truncation whose full text is in a tooltip and in `<desc>`.
 */
export function wrapText(s: string, maxChars: number, maxLines: number): Wrapped {
  const limit = Math.max(2, Math.floor(maxChars));
  // Tokens: words, and parts of words after a hyphen or slash, which join without a space.
  const tokens: Array<{ text: string; glued: boolean }> = [];
  // Only ordinary spaces break: a no-break space (U+00A0) keeps "≥ 8" or "12 345" together.
  for (const word of s.trim().split(/[ \t\r\n]+/)) {
    word.split(/(?<=[-/])(?=.)/).forEach((part, k) => {
      if (part !== '') tokens.push({ text: part, glued: k > 0 });
    });
  }
  const lines: string[] = [];
  let current = '';
  let truncated = false;
  let overflow = -1;
  for (const [i, { text: w, glued }] of tokens.entries()) {
    const candidate = current === '' ? w : current + (glued ? '' : ' ') + w;
    if (charCount(candidate) <= limit) {
      current = candidate;
      continue;
    }
    if (current !== '') {
      lines.push(current);
      current = '';
      if (lines.length === maxLines) {
        overflow = i;
        break;
      }
    }
    if (charCount(w) <= limit) current = w;
    else {
      current = cut(w, limit);
      truncated = true;
    }
  }
  if (current !== '') lines.push(current);
  if (overflow >= 0) {
    truncated = true;
    // overflow is set only after a line was pushed, and it is the index of a token.
    const last = lines.length - 1;
    if (!lines[last]!.endsWith('…')) lines[last] = cut(`${lines[last]!} ${tokens[overflow]!.text}`, limit);
  }
  if (lines.length === 0) lines.push('');
  return { lines, truncated };
}

/** `s` cut to `limit` characters including a trailing ellipsis. */
function cut(s: string, limit: number): string {
  const chars = Array.from(s);
  if (chars.length <= limit) return s;
  return `${chars
    .slice(0, limit - 1)
    .join('')
    .trimEnd()}…`;
}

export interface SvgShell {
  id: string;
  width: number;
  height: number;
  text: ChartText;
  /** `<defs>` content (patterns), if any. */
  defs?: string;
  body: string;
}

/**
 * The root `<svg>`: explicit size (so it never collapses to 0×0), a viewBox, role="img"
 * with the title and description as its accessible name, and a generic sans-serif font
 * that the report's own CSS may override.
 */
export function svgRoot(s: SvgShell): string {
  const id = safeId(s.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc"` +
    ` viewBox="0 0 ${num(s.width)} ${num(s.height)}" width="${num(s.width)}" height="${num(s.height)}"` +
    ` font-family="sans-serif" style="max-width:100%;height:auto">\n` +
    `<title id="${id}-title">${escapeXml(s.text.title)}</title>\n` +
    `<desc id="${id}-desc">${escapeXml(s.text.description)}</desc>\n` +
    (s.defs ? `<defs>\n${s.defs}\n</defs>\n` : '') +
    `${s.body}\n</svg>\n`
  );
}

/** The visible chart title at the top, wrapped to the chart width; returns markup and the y below it. */
export function titleBlock(title: string, width: number): { markup: string; bottom: number } {
  const maxChars = Math.floor((width - 16) / (FONT_TITLE * 0.66));
  const { lines } = wrapText(title, maxChars, 2);
  const lineHeight = FONT_TITLE + 4;
  const markup = text(lines, { x: 8, y: 8 + FONT_TITLE, 'font-size': FONT_TITLE, 'font-weight': 'bold', fill: INK }, lineHeight);
  return { markup, bottom: 8 + FONT_TITLE + (lines.length - 1) * lineHeight + 8 };
}

/** A chart with nothing to show: the title and a centred "Inga uppgifter" / "No data". */
export function emptySvg(id: string, title: string, lang: Lang): string {
  const message = CHART_MESSAGES.noData[lang];
  const head = titleBlock(title, CHART_WIDTH);
  const height = head.bottom + 72;
  const body = [
    head.markup,
    rect({ x: 8.5, y: head.bottom + 0.5, width: CHART_WIDTH - 17, height: 63, fill: 'none', stroke: GRID }),
    text(message, {
      x: CHART_WIDTH / 2,
      y: middleBaseline(head.bottom + 32, FONT_LABEL),
      'font-size': FONT_LABEL,
      'text-anchor': 'middle',
      fill: MUTED,
    }),
  ].join('\n');
  return svgRoot({ id, width: CHART_WIDTH, height, text: { title, description: `${title}: ${message.toLowerCase()}.` }, body });
}

/** "a, b och c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'sv' ? 'och' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
