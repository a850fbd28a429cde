/**
 * Calendar dates as the user wrote them: `YYYY-MM-DD` text, never converted to time zones.
 * Comparison is plain string comparison, which is correct for this format.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(Number(m[1]), mo);
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1] ?? new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

function parts(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function fmt(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Add calendar months; the day is clamped to the month's length (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return fmt(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000);
}

/** Today's date in the local time zone, as `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  return fmt(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export type Frekvens = 'vecka' | 'månad' | 'kvartal' | 'halvår' | 'år' | 'vartannat_år';

/** Months in one `frekvens` (a week is counted in days). */
const MONTHS: Record<Exclude<Frekvens, 'vecka'>, number> = { månad: 1, kvartal: 3, halvår: 6, år: 12, vartannat_år: 24 };

/**
 * The date `times` × `frekvens` after `date` (default once), counted from `date` itself so that
 * a series of occasions does not drift at month ends.
 */
export function addFrekvens(date: string, frekvens: Frekvens, times = 1): string {
  return frekvens === 'vecka' ? addDays(date, 7 * times) : addMonths(date, MONTHS[frekvens] * times);
}

export const FREKVENSER: readonly Frekvens[] = ['vecka', 'månad', 'kvartal', 'halvår', 'år', 'vartannat_år'];
