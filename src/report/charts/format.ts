/**
 * Numbers as readers expect them: Swedish `12 345,5` (thousands separated by U+00A0
 * NO-BREAK SPACE, decimal comma, U+2212 minus), English `12,345.5`.
 *
 * Why U+00A0 and not the typographically thinner U+202F: it is what `Intl` gives for sv-SE,
 * every font has it (U+202F is missing from some fonts and then prints as a box), and it
 * still never breaks a number across lines. Done by hand rather than with `Intl` so the
 * output does not change with Node's ICU version (golden files stay stable).
 */

export type Lang = 'sv' | 'en';

/** Non-breaking space used between groups of thousands and before `%` in Swedish. */
const NBSP = '\u00a0';

/**
 * Format `n` with at most `maxFractionDigits` decimals (default 2, trailing zeros dropped).
 * Non-finite numbers give an en dash.
 */
export function formatNumber(n: number, lang: Lang, maxFractionDigits = 2): string {
  if (!Number.isFinite(n)) return '–';
  const digits = Math.max(0, Math.min(10, Math.trunc(maxFractionDigits)));
  const fixed = Math.abs(n).toFixed(digits);
  let [int = '', frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  const negative = n < 0 && (/[1-9]/.test(int) || frac !== '');
  const group = lang === 'sv' ? NBSP : ',';
  const decimal = lang === 'sv' ? ',' : '.';
  // Grouped from four digits (1 234), as in the brief and in tables, so columns line up.
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const minus = negative ? (lang === 'sv' ? '\u2212' : '-') : '';
  return minus + int + (frac ? decimal + frac : '');
}

/**
 * A share as a percentage: `75 %` in Swedish (with a no-break space), `75%` in English. Rounded
 * down, as the handbook does, so that "100 %" means all and 263 of 264 is "99 %" (the epsilon
 * keeps 0.29 × 100 = 28.999… at 29).
 */
export function formatPercent(share: number, lang: Lang): string {
  const value = formatNumber(Math.floor(share * 100 + 1e-9), lang, 0);
  return lang === 'sv' ? `${value}${NBSP}%` : `${value}%`;
}
