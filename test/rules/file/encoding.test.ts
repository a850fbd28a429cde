/**
 * file/encoding: a document that is not valid UTF-8 text (error), at the first bad byte.
 * Serves 7:1: documentation must be readable.
 */
import { describe, expect, it } from 'vitest';
import { doc, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'file/encoding';
const D = 'ledningssystem/';
const utf8 = doc(rutin('RUT-001'), RUTIN_BODY);
// "Bemötande" saved as Windows-1252: ö is the single byte 0xF6.
const latin1 = Buffer.concat([Buffer.from('---\nid: RUT-002\ntitel: Bem'), Buffer.from([0xf6]), Buffer.from('tande\n---\n')]);

describe(RULE, () => {
  it('flags a Latin-1 file at the line and column of the bad byte; UTF-8 (with or without BOM, CRLF) passes', async () => {
    const diags = await check({
      [`${D}RUT-001.md`]: utf8,
      [`${D}RUT-002.md`]: latin1,
      [`${D}RUT-003.md`]: '\uFEFF' + doc(rutin('RUT-003'), RUTIN_BODY).replace(/\n/g, '\r\n'),
    });
    expect(positions(diags, RULE)).toEqual([`${D}RUT-002.md:3:11`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
    expect(messages(diags, RULE)).toEqual(['Filen är inte giltig UTF-8 (troligen sparad som Windows-1252/Latin-1)']);
  });

  it('counts the column in characters, not bytes, when Swedish letters precede the bad byte', async () => {
    const prefix = 'titel: Åtgärd för Bem';
    const buf = Buffer.concat([Buffer.from(`---\nid: RUT-006\n${prefix}`), Buffer.from([0xf6]), Buffer.from('tande\n---\n')]);
    expect(Buffer.byteLength(prefix)).toBeGreaterThan(prefix.length);
    expect(positions(await check({ [`${D}RUT-006.md`]: buf }), RULE)).toEqual([`${D}RUT-006.md:3:${prefix.length + 1}`]);
  });

  it('flags a file with NUL bytes, at the NUL', async () => {
    const diags = await check({ [`${D}RUT-004.md`]: '---\nid: RUT-004\n---\ntext\u0000mer\n' });
    expect(positions(diags, RULE)).toEqual([`${D}RUT-004.md:4:5`]);
    expect(messages(diags, RULE)).toEqual(['Filen innehåller NUL-tecken och är ingen textfil']);
  });

  it('still checks the other files', async () => {
    const diags = await check({ [`${D}RUT-002.md`]: latin1, [`${D}RUT-005.md`]: doc(rutin('RUT-005', { revideras: '2026-01-01' }), RUTIN_BODY) });
    expect(pairs(diags, 'review/overdue')).toHaveLength(1);
  });

  it('speaks English with lang en', async () => {
    expect(messages(await check({ [`${D}RUT-002.md`]: latin1 }, { lang: 'en' }), RULE)).toEqual(['The file is not valid UTF-8 (probably saved as Windows-1252/Latin-1)']);
  });
});
