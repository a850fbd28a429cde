/** Bytes → text (src/core/decode.ts): UTF-8 with BOM and CRLF normalised, or a code and the position of the first bad byte. */
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, lenientText } from '../../src/core/decode.js';

const bytes = (...parts: Array<string | number[]>): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeBytes', () => {
  it('drops a BOM and turns CRLF into LF (line numbers stay the same)', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '---\r\nid: RUT-001\r\n---\r\n'))).toEqual({ text: '---\nid: RUT-001\n---\n' });
  });

  it('keeps a lone CR and Swedish letters as they are', () => {
    expect(decodeBytes(bytes('Åtgärd\rö\n'))).toEqual({ text: 'Åtgärd\rö\n' });
  });

  it('reports NUL bytes at their line and column', () => {
    expect(decodeBytes(bytes('ett\ntvå', [0], '\n'))).toEqual({ problem: 'nul-bytes', at: { line: 2, column: 4 } });
  });

  it('reports bytes that are not UTF-8 at the first bad one, columns in characters', () => {
    // "Åtgärd " in UTF-8, then Windows-1252 "ä" (0xE4).
    expect(decodeBytes(bytes('rad 1\nÅtgärd ', [0xe4], 'r\n'))).toEqual({ problem: 'not-utf8', at: { line: 2, column: 8 } });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    ['valid text', bytes('åäö'), 6],
    ['a lone continuation byte', bytes('a', [0x80]), 1],
    ['a truncated sequence at the end', bytes('ab', [0xe2, 0x82]), 2],
    ['an overlong encoding', bytes([0xc0, 0xaf]), 0],
    ['a surrogate', bytes('x', [0xed, 0xa0, 0x80]), 1],
  ])('%s', (_name, buf, offset) => {
    expect(firstInvalidUtf8(buf)).toBe(offset);
  });
});

describe('lenientText', () => {
  it('reads UTF-16 with either BOM, and Windows-1252 as Latin-1, normalising line ends', () => {
    const text = '---\r\nid: RUT-004\r\n---\r\n';
    expect(lenientText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe('---\nid: RUT-004\n---\n');
    expect(lenientText(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]))).toBe('---\nid: RUT-004\n---\n');
    expect(lenientText(Buffer.from('titel: Åtgärd\r\n', 'latin1'))).toBe('titel: Åtgärd\n');
  });

  it('reads a UTF-16 file whose length is odd (a byte cut off at the end) without throwing', () => {
    // Found by the loader property test: Buffer.swap16 throws on an odd length (FE FF 00).
    expect(lenientText(Buffer.from([0xfe, 0xff, 0x00]))).toBe('');
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('id: X\n', 'utf16le').swap16(), Buffer.from([0x00])]);
    expect(lenientText(big)).toBe('id: X\n');
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id: X\n', 'utf16le'), Buffer.from([0x41])]);
    expect(lenientText(little)).toBe('id: X\n');
  });
});
