/**
 * The läskvittens data a run reads from `läskvittens.mapp` (issue 13), as types only: a leaf
 * module, so that types.ts (RunFacts.reading) and reading.ts (which reads it) do not import
 * each other.
 *
 * Privacy: a reader key (`läsare`) lives only in the Reader and Confirmation records; the
 * model only counts them. No problem, message or output carries one.
 */

/** A person of the roster: an opaque key, a unit id and a role id as written (trimmed; maybe empty). */
interface Reader {
  key: string;
  unit: string;
  role: string;
  /** Where the row stands (file as in diagnostics, 1-based line). */
  file: string;
  line: number;
}

/** A read confirmation: who (key) read which version of which document, when. */
interface Confirmation {
  document: string;
  /** The version as written (trimmed; a decimal comma read as a point). */
  version: string;
  key: string;
  /** The date part, `YYYY-MM-DD`. */
  date: string;
  file: string;
  line: number;
}

/** The roster's or a confirmation file's rows that could not be read; no reader key in it. */
export interface ReadingProblem {
  /** Whose rule words it: the roster's (ref/unresolved) or the confirmations' (reading/unknown-document). */
  kind: 'roster' | 'confirmations';
  file: string;
  line: number;
  code: 'unreadable' | 'not-utf8' | 'utf16' | 'missing-columns' | 'unclosed-quote' | 'short-row' | 'empty-field' | 'bad-date';
  /** Values for the message: column names, a date as written, counts. Never a reader key. */
  data?: Record<string, string | number>;
}

/** What a run read from `läskvittens.mapp`. */
export interface ReadingData {
  /** The folder as diagnostics name files in it (relative to the root when inside, else absolute). */
  folder: string;
  /** False when the folder does not exist: no roster, so no reader and no obligation. */
  found: boolean;
  /** Whether the folder has a `personal.csv` (without one nobody must read anything). */
  roster: boolean;
  /** Every CSV file read, with its text (privacy/personal-number scans the ones outside data/). */
  files: Array<{ file: string; text: string }>;
  readers: Reader[];
  confirmations: Confirmation[];
  problems: ReadingProblem[];
}

/** The roster's file name (matched without regard to case). */
