/**
 * Formatting helpers of the report: Swedish and English dates, periods, paragraph references
 * and counts, and the escaping of user text for Markdown. Plain functions of their input.
 */
import { isDate } from '../../core/dates.js';
import { valueText } from '../../core/messages.js';
import { formatParagraph as formatParagraphText } from '../../core/paragraph.js';
import { formatNumber } from '../charts/index.js';

export type HelperLang = 'sv' | 'en';
export type HelperFormat = 'html' | 'md';

const MONTHS: Record<HelperLang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2026-03-01` → `1 mars 2026` / `1 March 2026`; anything that is not a date is returned as written. */
export function formatDate(date: unknown, lang: HelperLang): string {
  if (date === undefined || date === null || date === '') return '';
  if (!isDate(date)) return valueText(date);
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return `${d} ${MONTHS[lang][m - 1] ?? ''} ${y}`;
}

/** A period: `1 januari–30 april 2026`, `1 december 2025–31 januari 2026`. */
export function formatPeriod(from: unknown, to: unknown, lang: HelperLang): string {
  if (!isDate(from) || !isDate(to)) return [formatDate(from, lang), formatDate(to, lang)].filter((s) => s !== '').join('–');
  if (from.slice(0, 4) === to.slice(0, 4)) {
    const [d, m] = [Number(from.slice(8, 10)), Number(from.slice(5, 7))];
    return `${d} ${MONTHS[lang][m - 1] ?? ''}–${formatDate(to, lang)}`;
  }
  return `${formatDate(from, lang)}–${formatDate(to, lang)}`;
}

/** No-break space: a paragraph reference never wraps inside itself ("3 kap. 1" ⏎ "§"). */
const NBSP = '\u00a0';

/** `5:1` → `5 kap. 1 §` / `Chapter 5, Section 1`, with no-break spaces (HTML and Markdown alike). */
export function formatParagraph(p: unknown, lang: HelperLang): string {
  return formatParagraphText(p, lang).replace(/ /g, NBSP);
}

export function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A number in the reader's format; not a number → an en dash. */
export function formatCount(v: unknown, lang: HelperLang): string {
  const n = toNumber(v);
  return n === undefined ? '–' : formatNumber(n, lang);
}

/** Escape text for a GFM table cell: `|` and line breaks would end the cell or the row. */
export function escapeMdCell(v: unknown): string {
  return escapeMd(v)
    .replace(/\|/g, '\\|')
    .replace(/\s*\r?\n\s*/g, '<br>')
    .trim();
}

/**
 * Escape user text for Markdown: a `<` that would start an HTML tag and a `&` that would start
 * an entity become entities, so a title like `<script>` is shown as written and never turns
 * into HTML. Everything else stays as typed (the file is also read as plain text).
 */
export function escapeMd(v: unknown): string {
  if (v === undefined || v === null) return '';
  return valueText(v)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/\r\n?/g, '\n');
}

/**
 * A document's own Markdown, ready to be placed inside the Markdown report: ATX headings moved
 * down `shift` levels (so a `#` in a sammanställning never becomes a second h1), raw HTML
 * tags outside code neutralised (`<script>` → `&lt;script>`), as rehype-sanitize does for HTML,
 * and images turned into links (`![x](http://…)` → `\![x](http://…)`): nothing is fetched.
 */
export function embedMarkdown(markdown: unknown, shift = 2): string {
  if (typeof markdown !== 'string') return '';
  let fence: string | undefined;
  let comment = false;
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line): string | undefined => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      const mark = f?.[1];
      if (fence) {
        if (mark !== undefined && mark[0] === fence[0] && mark.length >= fence.length) fence = undefined;
        return line;
      }
      // An HTML comment block (CommonMark's type 2: a line that starts with <!--, up to the line
      // with -->) is invisible in the HTML report and the handbook: left out here too, not shown
      // as escaped text (lsys new writes its hints so).
      if (comment) {
        if (line.includes('-->')) comment = false;
        return undefined;
      }
      if (/^\s{0,3}<!--/.test(line)) {
        comment = !line.slice(line.indexOf('<!--') + 4).includes('-->');
        return undefined;
      }
      if (mark !== undefined) {
        fence = mark;
        return line;
      }
      if (/^ {4,}|^\t/.test(line)) return line; // indented code
      const heading = /^(\s{0,3})(#{1,6})(?=\s|$)/.exec(line);
      const shifted = heading
        ? `${heading[1] ?? ''}${'#'.repeat(Math.min(6, (heading[2] ?? '').length + shift))}${line.slice(heading[0].length)}`
        : line;
      // Outside inline code spans, a "<" that starts a tag, comment or declaration is escaped,
      // and an image (`![alt](url)`) becomes a link ("!" + link), so a reader of the report
      // never fetches anything (as in the HTML report).
      return shifted
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/<(?=[A-Za-z/!?])/g, '&lt;').replace(/(?<!\\)!\[/g, '\\![')))
        .join('');
    })
    .filter((line) => line !== undefined)
    .join('\n')
    .trim();
}

/** A GFM table from a header row and body rows whose cells are already escaped (escapeMdCell). */
export function mdTable(header: string[], rows: string[][], align: Array<'l' | 'r'>): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(escapeMdCell)), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}
