/**
 * Bytes → text: a document is UTF-8 (a BOM is allowed and dropped, CRLF becomes LF). A file
 * with NUL bytes or bytes that are not UTF-8 is not decoded; the problem comes back as a code
 * with the line and column of the first bad byte, for the rule file/encoding to word.
 */
import { isUtf8 } from 'node:buffer';
import type { Position } from './types.js';

/** Why bytes are not a document's text. */
type DecodeProblem = 'nul-bytes' | 'not-utf8';

export type Decoded = { text: string } | { problem: DecodeProblem; at: Position };

/** The text of a file's bytes, or why they are not UTF-8 text and where. */
export function decodeBytes(buf: Buffer): Decoded {
  const nul = buf.indexOf(0);
  if (nul !== -1) return { problem: 'nul-bytes', at: lineOfByte(buf, nul) };
  if (!isUtf8(buf)) return { problem: 'not-utf8', at: lineOfByte(buf, firstInvalidUtf8(buf)) };
  return { text: decode(buf) };
}

/** UTF-8 text with the BOM dropped and CRLF → LF: line numbers stay the same, and no value keeps a stray \r. */
function decode(buf: Buffer): string {
  return normalise(buf.toString('utf8'));
}

function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/**
 * The text of a file that is not UTF-8 (saved as Windows-1252, or UTF-16), read leniently: good
 * enough to find its id, never used as the document's content.
 */
export function lenientText(buf: Buffer): string {
  let text: string;
  // UTF-16 is read in whole code units: a stray last byte (a file cut off mid-unit) is dropped,
  // since Buffer.swap16 throws on an odd length.
  const units = (): Buffer => buf.subarray(2, buf.length - (buf.length % 2));
  if (buf[0] === 0xff && buf[1] === 0xfe) text = units().toString('utf16le');
  else if (buf[0] === 0xfe && buf[1] === 0xff) text = Buffer.from(units()).swap16().toString('utf16le');
  else
    text = buf
      .subarray(0, 200_000)
      .toString('latin1')
      .replace(/\u0000/g, '');
  return normalise(text);
}

function lineOfByte(buf: Buffer, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < offset; i = buf.indexOf(10, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Columns count characters, as everywhere else: "Åtgärd" is 6 columns, not 8 bytes.
  return { line, column: buf.subarray(lineStart, offset).toString('utf8').length + 1 };
}

/** Offset of the first byte that breaks UTF-8. */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i] ?? 0;
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    if (i + n >= buf.length + (n === 0 ? 1 : 0) && n > 0) return i;
    for (let k = 1; k <= n; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    if (n > 0 && !isUtf8(buf.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return buf.length;
}
