import { describe, expect, it } from 'vitest';
import { findPersonalNumbers, luhnCheckDigit, luhnValid } from '../../src/core/personnummer.js';

// Only Skatteverket's well-known test number 19121212-1212 ("Tolvan Tolvansson") and numbers
// generated here from obviously artificial dates; never a real-looking person's number.
const TOLVAN = '121212-1212';

/** A valid 10-digit number (YYMMDDNNNC) for a date and a 3-digit serial, with its Luhn digit. */
function generate(yymmdd: string, serial: string): string {
  return `${yymmdd}${serial}${luhnCheckDigit(yymmdd + serial)}`;
}

/** The same number with a wrong check digit. */
function wrongCheck(tenDigits: string): string {
  return tenDigits.slice(0, 9) + String((Number(tenDigits[9]) + 1) % 10);
}

const matches = (text: string) => findPersonalNumbers(text).map((m) => m.match);

describe('Luhn', () => {
  it('Skatteverket’s test number 121212-1212 has a valid check digit', () => {
    expect(luhnCheckDigit('121212121')).toBe(2);
    expect(luhnValid('1212121212')).toBe(true);
    expect(luhnValid('1212121213')).toBe(false);
  });

  it('the check digit of a generated number is valid and no other digit is', () => {
    const n = generate('000101', '123');
    for (let d = 0; d <= 9; d++) expect(luhnValid(n.slice(0, 9) + d)).toBe(String(d) === n[9]);
  });
});

describe('findPersonalNumbers: finds', () => {
  it.each([
    ['YYMMDD-NNNN', '121212-1212'],
    ['YYMMDD+NNNN', '121212+1212'],
    ['YYMMDDNNNN', '1212121212'],
    ['YYYYMMDD-NNNN', '19121212-1212'],
    ['YYYYMMDDNNNN', '191212121212'],
    ['YYYYMMDD-NNNN (2000s)', '20121212-1212'],
  ])('%s', (_form, number) => {
    expect(findPersonalNumbers(`Patient ${number} föll.`)).toEqual([{ index: 8, match: number, kind: 'personnummer' }]);
  });

  it('a samordningsnummer (day + 60)', () => {
    const n = generate('121272', '123'); // 12 December 2012 as samordningsnummer
    const text = `samordningsnr ${n.slice(0, 6)}-${n.slice(6)}`;
    expect(findPersonalNumbers(text)).toEqual([{ index: 14, match: `${n.slice(0, 6)}-${n.slice(6)}`, kind: 'samordningsnummer' }]);
  });

  it('every number in a text, at its offset, with any punctuation around it', () => {
    const other = generate('000229', '456'); // 29 February 2000
    const text = `(${TOLVAN}), pnr:${other}\n"19121212-1212".`;
    expect(findPersonalNumbers(text).map((m) => [m.index, m.match])).toEqual([
      [1, TOLVAN],
      [19, other],
      [31, '19121212-1212'],
    ]);
  });

  it('in a CSV data file and in YAML', () => {
    expect(matches(`kategori;antal\nfall;${TOLVAN}\n`)).toEqual([TOLVAN]);
    expect(matches(`x_notering: "${TOLVAN}"`)).toEqual([TOLVAN]);
  });

  it('29 February in a leap year, also for samordningsnummer', () => {
    expect(matches(generate('040229', '111'))).toHaveLength(1);
    expect(matches(generate('040289', '111'))).toHaveLength(1);
  });
});

describe('findPersonalNumbers: does not find', () => {
  it('a wrong check digit', () => {
    expect(matches('121212-1213')).toEqual([]);
    expect(matches('19121212-1213')).toEqual([]);
    expect(matches(wrongCheck(generate('121272', '123')))).toEqual([]);
  });

  it('30 February, 31 April, month 13, day 0, day 32, a samordningsnummer day 92', () => {
    for (const date of ['120230', '120431', '121312', '121200', '121232', '121292', '120290']) {
      expect(matches(generate(date, '123')), date).toEqual([]);
    }
  });

  it('29 February outside leap years (1900 and 2100 are not leap years)', () => {
    expect(matches(generate('030229', '123'))).toEqual([]);
    const n = generate('000229', '123');
    expect(matches(`19${n}`)).toEqual([]); // 1900-02-29
    expect(matches(`20${n}`)).toHaveLength(1); // 2000-02-29
    expect(matches(`${n.slice(0, 6)}+${n.slice(6)}`)).toEqual([]); // "+" means 1900 (or 1800)
  });

  it('a 12-digit form with an implausible century', () => {
    expect(matches('99121212-1212')).toEqual([]);
    expect(matches('05121212-1212')).toEqual([]);
  });

  it('a number inside a longer number', () => {
    expect(matches('1191212121212')).toEqual([]); // 13 digits
    expect(matches('91212121212')).toEqual([]); // 11 digits
    expect(matches('12121212121')).toEqual([]); // 11 digits
    expect(matches('121212-12121')).toEqual([]);
    expect(matches('1121212-1212')).toEqual([]);
    expect(matches('5-121212-1212')).toEqual([]);
    expect(matches('121212-1212-3')).toEqual([]);
    expect(matches('1212121212-3')).toEqual([]);
    expect(matches('2010:1212121212')).toEqual([]);
  });

  it('phone numbers, dates, timestamps and SFS numbers', () => {
    const text = [
      'Ring 070-123 45 67 eller 08-123 456 78.',
      'Fastställd 2026-11-25, kl. 2026-11-25T12:12:12Z.',
      'Enligt SoL 2025:400 11:1 och PSL 2010:659 3:10.',
      'Period 2026-01-01 till 2026-12-31.',
    ].join('\n');
    expect(findPersonalNumbers(text)).toEqual([]);
  });

  it('other separators than "-" or "+"', () => {
    expect(matches('121212 1212')).toEqual([]);
    expect(matches('12-12-12-1212')).toEqual([]);
  });
});
