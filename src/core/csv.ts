/**
 * A small RFC 4180 reader for the läskvittens files (issue 13): the header row first, fields
 * separated by `;` or `,` (which one is sniffed from the header line), quoted fields with `""`
 * for a quote and line breaks inside, CRLF, LF or CR line ends, a leading BOM. Lenient where
 * spreadsheets are sloppy: a quote inside an unquoted field is text, characters after a closing
 * quote are kept. A quote left open does not swallow the rest of the file: the row is reported
 * and reading starts again on the next line.
 *
 * Written here rather than taken from a library: see bench/reading.mjs and the commit that added
 * it (csv-parse reads the same rows several times slower and cannot sniff the separator or
 * resume after an open quote with the row's line).
 */

/** One record of the file with the 1-based line where it starts. */
interface CsvRow {
  fields: string[];
  line: number;
}

export interface CsvResult {
  /** The separator used: `;` or `,`. */
  delimiter: ';' | ',';
  /** Every record, the header first; rows whose fields are all blank are left out. */
  rows: CsvRow[];
  /** The lines where a quoted field was never closed (that row is left out). */
  unclosed: number[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The separator of a file: the one of `;` and `,` that its first line has more of outside quotes (`;` on a tie). */
export function sniffDelimiter(text: string): ';' | ',' {
  let semi = 0;
  let comma = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) break;
    else if (c === 59) semi++;
    else if (c === 44) comma++;
  }
  return comma > semi ? ',' : ';';
}

/** Read a CSV text (see the module comment). */
export function parseCsv(source: string): CsvResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const delimiter = sniffDelimiter(text);
  const sep = delimiter.charCodeAt(0);
  const rows: CsvRow[] = [];
  const unclosed: number[] = [];
  const n = text.length;
  // A line without a quote is split in one go (the common case); the character loop below
  // reads the rest. Lone CR line ends (old Mac files) always take the loop.
  const fast = !/\r(?!\n)/.test(text);
  // A row with something besides separators and blanks (Excel writes ";;;" for an empty row).
  const content = delimiter === ';' ? /[^;\s]/ : /[^,\s]/;
  let nextQuote = text.indexOf('"');
  let i = 0;
  let line = 1;
  while (i < n) {
    if (fast) {
      const nl = text.indexOf('\n', i);
      const next = nl === -1 ? n : nl + 1;
      let end = nl === -1 ? n : nl;
      if (end > i && text.charCodeAt(end - 1) === CR) end--;
      if (nextQuote !== -1 && nextQuote < i) nextQuote = text.indexOf('"', i);
      if (nextQuote === -1 || nextQuote >= next) {
        const record = text.slice(i, end);
        if (content.test(record)) rows.push({ fields: record.split(delimiter), line });
        line++;
        i = next;
        continue;
      }
    }
    // One record from i, starting on `line`.
    const start = line;
    const recordStart = i;
    const fields: string[] = [];
    let field = '';
    let open = false;
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = text.charCodeAt(i);
      if (c === QUOTE && field === '' && !open) {
        // A quoted field: up to the closing quote, "" is a quote.
        let j = i + 1;
        let value = '';
        let closed = false;
        while (j < n) {
          const q = text.indexOf('"', j);
          if (q === -1) break;
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
          } else {
            j = q + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          open = true;
          break;
        }
        line += countLineBreaks(value);
        field = value;
        i = j;
        // Anything up to the separator or the line end after the closing quote is kept.
        const rest = endOfField(text, i, sep);
        field += text.slice(i, rest);
        i = rest;
        continue;
      }
      if (c === sep) {
        fields.push(field);
        field = '';
        i++;
        continue;
      }
      if (c === LF || c === CR) {
        fields.push(field);
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        line++;
        break;
      }
      const end = endOfField(text, i, sep);
      field += text.slice(i, end);
      i = end;
    }
    if (open) {
      // Report the row and read on from the line after the one it started on.
      unclosed.push(start);
      i = lineAfter(text, recordStart);
      line = start + 1;
      continue;
    }
    if (fields.some((f) => f.trim() !== '')) rows.push({ fields, line: start });
  }
  return { delimiter, rows, unclosed };
}

/** The index of the next separator or line end at or after `i` (or the text's end). */
function endOfField(text: string, i: number, sep: number): number {
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === sep || c === LF || c === CR) return j;
  }
  return text.length;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** The index where the line after the one holding `recordStart` begins (or the text's end). */
function lineAfter(text: string, recordStart: number): number {
  for (let j = recordStart; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) return j + 1;
    if (c === CR) return text.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
  }
  return text.length;
}
