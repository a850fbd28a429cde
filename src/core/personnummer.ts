/**
 * Find Swedish personal identity numbers (personnummer) and coordination numbers
 * (samordningsnummer) in free text, for `privacy/personal-number`. A hit needs a real
 * calendar date (day + 60 for samordningsnummer) and a valid Luhn check digit, so dates,
 * timestamps, SFS numbers and most other digit runs do not match.
 */

type PersonalNumberKind = 'personnummer' | 'samordningsnummer';

export interface PersonalNumberMatch {
  /** UTF-16 offset of the first character in the text. */
  index: number;
  /** The number as written, e.g. "121212-1212". */
  match: string;
  kind: PersonalNumberKind;
}

// YYYYMMDD[-]NNNN or YYMMDD[-+]NNNN, not part of a longer number: no digit (or digit and
// "-", or the colon of an SFS number such as "2010:659") before, no digit or "-digit" after.
const CANDIDATE = /(?<!\d)(?<!\d[-:])(?:(\d{2})(\d{2})(\d{2})(\d{2})(-?)(\d{4})|(\d{2})(\d{2})(\d{2})([-+]?)(\d{4}))(?!\d)(?!-\d)/g;

/**
 * Every valid personnummer or samordningsnummer in `text`, in order of appearance.
 * Forms: YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN.
 */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  const found: PersonalNumberMatch[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    let centuries: number[];
    let yy: string, mm: string, dd: string, serial: string;
    if (m[1] !== undefined) {
      // 12-digit form: the century is written (and must be a plausible one).
      centuries = [18, 19, 20].filter((c) => c === Number(m[1]));
      // Groups 2–6 are not optional in this branch of CANDIDATE, nor 7–11 in the other.
      [yy, mm, dd, serial] = [m[2]!, m[3]!, m[4]!, m[6]!];
    } else {
      // 10-digit form: "+" means born 100 or more years ago, otherwise the last hundred years.
      centuries = m[10] === '+' ? [18, 19] : [19, 20];
      [yy, mm, dd, serial] = [m[7]!, m[8]!, m[9]!, m[11]!];
    }
    const day = Number(dd);
    const kind: PersonalNumberKind = day > 60 ? 'samordningsnummer' : 'personnummer';
    const realDay = kind === 'samordningsnummer' ? day - 60 : day;
    const year2 = Number(yy);
    const month = Number(mm);
    if (!centuries.some((c) => isValidDate(c * 100 + year2, month, realDay))) continue;
    if (!luhnValid(`${yy}${mm}${dd}${serial}`)) continue;
    found.push({ index: m.index, match: m[0], kind });
  }
  return found;
}

/**
 * A number as `privacy/personal-number` shows it: the last four digits (serial and check
 * digit) replaced by `****`, e.g. "19121212-1212" → "19121212-****".
 */
export function maskPersonalNumber(match: string): string {
  return match.slice(0, match.length - 4) + '****';
}

/** `text` with every valid personnummer or samordningsnummer masked as `maskPersonalNumber` does. */
export function maskPersonalNumbers(text: string): string {
  const hits = findPersonalNumbers(text);
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.index) + maskPersonalNumber(h.match);
    at = h.index + h.match.length;
  }
  return out + text.slice(at);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Luhn check of a 10-digit personnummer (YYMMDDNNNC): is C the check digit of the first nine? */
export function luhnValid(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

/**
 * The Luhn check digit for a personnummer's first nine digits (YYMMDDNNN): weights 2,1,2,…
 * from the left, digit sum of each product.
 */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    const p = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += p > 9 ? p - 9 : p;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A number found in a file, with its 1-based line and column. Only the masked form is kept: the
 * hit goes into the facts cache (which CI uploads), and no output may show the whole number.
 */
export interface PersonalNumberHit {
  line: number;
  column: number;
  masked: string;
  kind: PersonalNumberKind;
}

/** The numbers in `text` with where they stand (documents and data files alike). */
export function personalNumbersIn(text: string): PersonalNumberHit[] {
  const hits = findPersonalNumbers(text);
  if (hits.length === 0) return [];
  let line = 1;
  let lineStart = 0;
  return hits.map((h) => {
    // Hits come in text order: count the lines from the previous one.
    for (let i = text.indexOf('\n', lineStart); i !== -1 && i < h.index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    return { line, column: h.index - lineStart + 1, masked: maskPersonalNumber(h.match), kind: h.kind };
  });
}
