import { describe, expect, it } from 'vitest';
import { escapeXml, formatNumber, formatPercent, niceScale } from '../../../src/report/charts/index.js';
import { wrapText } from '../../../src/report/charts/svg.js';

const NB = '\u00a0';

describe('formatNumber', () => {
  it.each([
    [12345.5, 'sv', `12${NB}345,5`],
    [12345.5, 'en', '12,345.5'],
    [1234, 'sv', `1${NB}234`],
    [999, 'sv', '999'],
    [1234567, 'sv', `1${NB}234${NB}567`],
    [1234567, 'en', '1,234,567'],
    [0, 'sv', '0'],
    [-0, 'sv', '0'],
    [2.5, 'sv', '2,5'],
    [2.50001, 'sv', '2,5'],
    [-1234, 'sv', `\u22121${NB}234`],
    [-1234, 'en', '-1,234'],
    [-0.001, 'sv', '0'],
    [NaN, 'sv', '–'],
    [Infinity, 'en', '–'],
  ] as const)('%s in %s is %j', (value, lang, expected) => {
    expect(formatNumber(value, lang)).toBe(expected);
  });

  it('matches Intl for Swedish (no-break space, decimal comma)', () => {
    expect(formatNumber(12345.5, 'sv')).toBe(new Intl.NumberFormat('sv-SE').format(12345.5));
  });

  it('rounds to the number of decimals asked for', () => {
    expect(formatNumber(2 / 3, 'sv', 0)).toBe('1');
    expect(formatNumber(2 / 3, 'sv', 1)).toBe('0,7');
  });

  it('formats percentages', () => {
    expect(formatPercent(0.75, 'sv')).toBe(`75${NB}%`);
    expect(formatPercent(0.75, 'en')).toBe('75%');
    expect(formatPercent(340 / 365, 'sv')).toBe(`93${NB}%`);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom's & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;');
  });
  it('drops characters XML 1.0 forbids and keeps everything else', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\ttab\nnl')).toBe('abcd\ttab\nnl');
    expect(escapeXml('åäö – ≥ 😀')).toBe('åäö – ≥ 😀');
    expect(escapeXml('x\ud800y')).toBe('xy');
  });
  it('does not double-escape on purpose: & in an entity is escaped again', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('niceScale', () => {
  it.each([
    [0, 1, [0, 1]],
    [1, 1, [0, 1]],
    [7, 2, [0, 2, 4, 6, 8]],
    [10, 2, [0, 2, 4, 6, 8, 10]],
    [26, 10, [0, 10, 20, 30]],
    [25, 5, [0, 5, 10, 15, 20, 25]],
    [212, 50, [0, 50, 100, 150, 200, 250]],
    [12345, 5000, [0, 5000, 10000, 15000]],
  ])('max %s gives step %s', (max, step, ticks) => {
    expect(niceScale(max)).toEqual({ max: ticks[ticks.length - 1], step, ticks });
  });

  it('uses fractional steps only for non-integer data, without drift', () => {
    expect(niceScale(0.37, false).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceScale(0.37, true).ticks).toEqual([0, 1]);
  });

  it('always uses 1, 2 or 5 × 10^n', () => {
    for (let v = 1; v < 100000; v = Math.ceil(v * 1.37)) {
      const { step, max } = niceScale(v);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      expect([1, 2, 5]).toContain(Math.round(mantissa));
      expect(max).toBeGreaterThanOrEqual(v);
      expect(max / step).toBeLessThanOrEqual(10);
    }
  });
});

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Fall', 14, 2)).toEqual({ lines: ['Fall'], truncated: false });
  });
  it('wraps at spaces', () => {
    expect(wrapText('Vård- och omsorgstagare', 14, 2)).toEqual({ lines: ['Vård- och', 'omsorgstagare'], truncated: false });
    expect(wrapText('Beviljad insats felaktigt utförd', 28, 2)).toEqual({
      lines: ['Beviljad insats felaktigt', 'utförd'],
      truncated: false,
    });
  });
  it('breaks after a hyphen inside a word', () => {
    expect(wrapText('Hälso-och-sjukvårdsansvarig', 14, 2)).toEqual({ lines: ['Hälso-och-', 'sjukvårdsansv…'], truncated: true });
  });
  it('cuts a word longer than a line and text beyond the last line with …', () => {
    expect(wrapText('Informationsöverföring', 14, 2)).toEqual({ lines: ['Informationsö…'], truncated: true });
    expect(wrapText('Beviljad insats felaktigt utförd', 14, 2)).toEqual({ lines: ['Beviljad', 'insats felakt…'], truncated: true });
  });
  it('never breaks at a no-break space', () => {
    expect(wrapText(`riskvärde ≥${NB}8 tröskel`, 11, 3).lines).toEqual(['riskvärde', `≥${NB}8 tröskel`]);
  });
});
