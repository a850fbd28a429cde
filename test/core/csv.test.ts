/** The läskvittens CSV reader (core/csv.ts): RFC 4180 quoting, ; or , sniffed, BOM, CRLF, lines of rows, an open quote. */
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter } from '../../src/core/csv.js';

const rows = (text: string): string[][] => parseCsv(text).rows.map((r) => r.fields);

describe('parseCsv', () => {
  it('sniffs ; or , from the header line, outside quotes', () => {
    expect(sniffDelimiter('a;b;c\n1,2,3,4')).toBe(';');
    expect(sniffDelimiter('a,b,c\n1;2;3;4')).toBe(',');
    expect(sniffDelimiter('"a;b",c,d\r\n')).toBe(',');
    expect(sniffDelimiter('läsare')).toBe(';');
    expect(parseCsv('a,b\n1,2\n').delimiter).toBe(',');
  });

  it('reads quoted fields: separators, quotes and line breaks inside, with each row’s first line', () => {
    const r = parseCsv('\uFEFFa;b;c\r\n"x;y";"say ""hi""";"two\r\nlines"\r\n1;2;3\r\n');
    expect(r.rows).toEqual([
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x;y', 'say "hi"', 'two\r\nlines'], line: 2 },
      { fields: ['1', '2', '3'], line: 4 },
    ]);
    expect(r.unclosed).toEqual([]);
  });

  it('takes LF, CRLF and CR line ends, keeps empty fields and skips blank rows', () => {
    expect(rows('a;b\r1;\n\n;;\r\n;2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
    expect(parseCsv('a;b\n\n\n1;2').rows.map((r) => r.line)).toEqual([1, 4]);
    expect(rows('')).toEqual([]);
  });

  it('is lenient where spreadsheets are: a quote inside a field, text after a closing quote', () => {
    expect(rows('a;b\n5" skruv;"x"y\n')).toEqual([
      ['a', 'b'],
      ['5" skruv', 'xy'],
    ]);
    expect(rows('"a"')).toEqual([['a']]);
  });

  it('reports a quote never closed at its row’s line and reads on from the next line', () => {
    const r = parseCsv('a;b\n1;"open\n2;3\n');
    expect(r.unclosed).toEqual([2]);
    expect(r.rows).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['2', '3'], line: 3 },
    ]);
    expect(parseCsv('a;b\r\n"x\r\n').unclosed).toEqual([2]);
    expect(parseCsv('a;b\r"x').unclosed).toEqual([2]);
  });
});
