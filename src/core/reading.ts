/**
 * Läskvittens data (issue 13): the roster (`personal.csv`: läsare;enhet;roll) and the read
 * confirmations (every other `*.csv`: dokument;version;läsare;datum) in lsys.yaml's
 * `läskvittens.mapp`, read in every run that builds the model (never cached).
 *
 * Privacy: a reader key (`läsare`) lives only in the Reader and Confirmation records below; the
 * model only counts them. No problem, message or output carries one.
 */
import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { parseCsv } from './csv.js';
import { isDate } from './dates.js';
import { LsysError } from './errors.js';
import { say } from './messages.js';
import { READING_MESSAGES } from './reading-messages.js';
import type { Config, Lang } from './types.js';
import type { ReadingData, ReadingProblem } from './reading-data.js';

const ROSTER_FILE = 'personal.csv';

const ROSTER_COLUMNS = ['läsare', 'enhet', 'roll'] as const;
const CONFIRMATION_COLUMNS = ['dokument', 'version', 'läsare', 'datum'] as const;
/** Columns read as `datum` when a file has none: the completion time of a Microsoft Forms export. */
const DATE_FALLBACKS = ['sluttid', 'slutförandetid', 'completion time'];

/** `YYYY-MM-DD`, optionally followed by a time (`10:15`, `10:15:00`, `T10:15:00.000Z`…): the date part is taken. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date of a `datum` field (see DATE_TIME), or undefined when it is none. */
export function readingDate(value: string): string | undefined {
  const m = DATE_TIME.exec(value);
  return m && isDate(m[1]) ? m[1] : undefined;
}

/** A path as diagnostics name it: relative to the root with `/` when inside, else absolute. */
export function shownPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? abs : rel.split(sep).join('/');
}

/**
 * A reader key as compared: NFC, upper case, so that "p0012" typed into a form is the roster's
 * "P0012" (fields are trimmed already). Employee numbers and pseudonyms do not differ by case.
 */
function readerKey(s: string): string {
  return s.normalize('NFC').toUpperCase();
}

/** A header name as compared: trimmed, NFC, lower case ("Läsare " = "läsare"). */
function columnName(s: string): string {
  return s.trim().normalize('NFC').toLowerCase();
}

/** Read one file's text into readers or confirmations, adding what cannot be read to `problems`. */
export function readReadingText(text: string, file: string, kind: ReadingProblem['kind'], out: ReadingData): void {
  const { rows, unclosed } = parseCsv(text);
  for (const line of unclosed) out.problems.push({ kind, file, line, code: 'unclosed-quote' });
  const header = rows[0];
  if (!header) return; // an empty file: nothing to count
  const index = new Map<string, number>();
  header.fields.forEach((f, i) => {
    const name = columnName(f);
    if (!index.has(name)) index.set(name, i);
  });
  const wanted: readonly string[] = kind === 'roster' ? ROSTER_COLUMNS : CONFIRMATION_COLUMNS;
  if (kind === 'confirmations' && !index.has('datum')) {
    const fallback = DATE_FALLBACKS.find((c) => index.has(c));
    if (fallback !== undefined) index.set('datum', index.get(fallback)!);
  }
  const missing = wanted.filter((c) => !index.has(c));
  if (missing.length > 0) {
    out.problems.push({
      kind,
      file,
      line: header.line,
      code: 'missing-columns',
      data: { columns: missing.join(', '), wanted: wanted.join(';') },
    });
    return;
  }
  const cols = wanted.map((c) => index.get(c)!);
  const width = Math.max(...cols) + 1;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const { fields, line } = row;
    if (fields.length < width) {
      out.problems.push({ kind, file, line, code: 'short-row', data: { found: fields.length, expected: header.fields.length } });
      continue;
    }
    const values = cols.map((c) => fields[c]!.trim());
    if (kind === 'roster') {
      const [rawKey, unit, role] = values as [string, string, string];
      const key = readerKey(rawKey);
      // An empty unit or role is ref/unresolved's, as an unknown one: the row is kept for it.
      if (key === '') out.problems.push({ kind, file, line, code: 'empty-field', data: { column: 'läsare' } });
      else out.readers.push({ key, unit, role, file, line });
      continue;
    }
    const [document, version, rawKey, datum] = values as [string, string, string, string];
    const key = readerKey(rawKey);
    const empty = document === '' || version === '' || key === '' || datum === '' ? CONFIRMATION_COLUMNS[values.indexOf('')] : undefined;
    if (empty !== undefined) {
      out.problems.push({ kind, file, line, code: 'empty-field', data: { column: empty } });
      continue;
    }
    // Most dates are plain YYYY-MM-DD: checked without the pattern.
    const date = datum.length === 10 && isDate(datum) ? datum : readingDate(datum);
    if (date === undefined) {
      out.problems.push({ kind, file, line, code: 'bad-date', data: { value: datum } });
      continue;
    }
    // Ids are upper case by the format: "rut-001" typed into a form is RUT-001.
    out.confirmations.push({
      document: document.toUpperCase(),
      version: version.includes(',') ? version.replace(',', '.') : version,
      key,
      date,
      file,
      line,
    });
  }
}

/** The text of a file's bytes, or the problem that keeps it from being read as UTF-8. */
function decode(bytes: Uint8Array): { text: string } | { problem: 'utf16' | 'not-utf8' } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { problem: 'utf16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: 'not-utf8' };
  }
}

/** The CSV files of a folder listing, sorted, the roster first. */
function csvFiles(names: readonly string[]): string[] {
  return names
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort((a, b) => Number(b.toLowerCase() === ROSTER_FILE) - Number(a.toLowerCase() === ROSTER_FILE) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Read `läskvittens.mapp` (undefined when lsys.yaml has no `läskvittens`). `memory` is the
 * in-memory repository of the rule tester: a folder inside the root is read from it.
 * A folder that cannot be listed (a file, no permission) is a configuration error.
 */
export async function readReading(
  config: Pick<Config, 'root' | 'läskvittens' | 'file'>,
  lang: Lang,
  memory?: ReadonlyMap<string, string | Uint8Array>,
): Promise<ReadingData | undefined> {
  const l = config.läskvittens;
  if (!l) return undefined;
  const folder = shownPath(config.root, l.mapp);
  const out: ReadingData = { folder, found: false, roster: false, files: [], readers: [], confirmations: [], problems: [] };
  let entries: Array<{ name: string; read: () => Promise<Uint8Array> }>;
  const inside = folder !== l.mapp || l.mapp === config.root;
  if (memory && inside) {
    const prefix = folder + '/';
    entries = [...memory.keys()]
      .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
      .map((f) => ({ name: f.slice(prefix.length), read: async () => bytes(memory.get(f)) }));
    if (entries.length === 0) return out;
  } else {
    let names: string[];
    try {
      const dirents = await readdir(l.mapp, { withFileTypes: true });
      names = dirents.filter((d) => d.isFile() || d.isSymbolicLink()).map((d) => d.name);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      if (code === 'ENOENT') return out;
      const message = code === 'ENOTDIR' ? READING_MESSAGES.folderIsFile : READING_MESSAGES.folderUnreadable;
      throw new LsysError('config-invalid', say(message, lang, { file: config.file, mapp: l.mappText, reason: code }));
    }
    entries = names.map((name) => ({ name, read: () => readFile(join(l.mapp, name)) }));
  }
  out.found = true;
  const files = csvFiles(entries.map((e) => e.name));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const texts = await Promise.all(
    files.map(async (name) => {
      try {
        return decode(await byName.get(name)!.read());
      } catch (e) {
        return { reason: (e as NodeJS.ErrnoException).code ?? String(e) };
      }
    }),
  );
  files.forEach((name, i) => {
    const file = `${folder}/${name}`;
    const kind = name.toLowerCase() === ROSTER_FILE ? 'roster' : 'confirmations';
    if (kind === 'roster') out.roster = true;
    const read = texts[i]!;
    if ('reason' in read) out.problems.push({ kind, file, line: 1, code: 'unreadable', data: read });
    else if ('problem' in read) out.problems.push({ kind, file, line: 1, code: read.problem });
    else {
      out.files.push({ file, text: read.text });
      readReadingText(read.text, file, kind, out);
    }
  });
  return out;
}

function bytes(content: string | Uint8Array | undefined): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : (content ?? new Uint8Array());
}
