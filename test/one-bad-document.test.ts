/**
 * One bad document gives errors on itself, not in the files that name it: an unknown typ, a
 * file that cannot be read (not UTF-8, UTF-16, a dangling link) and an id with an invisible
 * character each leave the process that lists it quiet — or, for the invisible character,
 * point at the file that holds it.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, doc, makeRepo, processDoc, PROCESS_BODY, rutin, RUTIN_BODY, validate } from './helpers/repo.js';

/** PRO-001 lists RUT-004 and links to its #genomförande heading. */
const PRO = doc(
  processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-004'] }] }),
  PROCESS_BODY + '\nSe [rutinen](RUT-004.md#genomförande).\n',
);
const inPro = (diags: Awaited<ReturnType<typeof check>>) =>
  diags.filter((d) => d.file === 'ledningssystem/PRO-001.md').map((d) => `${d.rule} ${d.message} | ${d.hint ?? ''}`);

describe('one bad document', () => {
  it.each([['rutiin'], ['42']])('typ: %s is reported on the document only, not in the files that name it', async (typ) => {
    const diags = await check(
      {
        'ledningssystem/PRO-001.md': PRO,
        'ledningssystem/RUT-004.md': doc(rutin('RUT-004', { typ, process: 'PRO-001' }), RUTIN_BODY),
        'ledningssystem/RUT-005.md': doc(rutin('RUT-005', { process: 'RUT-004' }), RUTIN_BODY),
      },
      { cache: false },
    );
    expect(inPro(diags)).toEqual([]);
    expect(diags.filter((d) => d.file === 'ledningssystem/RUT-005.md')).toEqual([]);
    expect(diags.filter((d) => d.file === 'ledningssystem/RUT-004.md').map((d) => d.rule)).toContain('schema/enum');
  });

  it('a known typ of the wrong kind is still reported', async () => {
    const diags = await check(
      {
        'ledningssystem/PRO-001.md': PRO,
        'ledningssystem/RUT-004.md': doc({ ...rutin('RUT-004'), typ: 'policy', process: undefined }, RUTIN_BODY),
      },
      { cache: false },
    );
    expect(inPro(diags)).toEqual(['ref/unresolved ”RUT-004” är en policy, inte en rutin | ']);
  });

  it.each([
    ['saved as Windows-1252', Buffer.from(doc(rutin('RUT-004', { titel: 'Rutin för åtgärder' }), RUTIN_BODY), 'latin1')],
    ['saved as UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc(rutin('RUT-004'), RUTIN_BODY), 'utf16le')])],
    // Big-endian with a stray last byte: Buffer.swap16 threw on the odd length and took the run down.
    [
      'saved as UTF-16 big-endian, cut off mid-character',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(doc(rutin('RUT-004'), RUTIN_BODY), 'utf16le').swap16(), Buffer.from([0x00])]),
    ],
  ])('a document %s: its id is read leniently and links into it are not checked', async (_name, bytes) => {
    for (const cache of [false, true]) {
      const r = makeRepo({ 'ledningssystem/PRO-001.md': PRO, 'ledningssystem/RUT-004.md': bytes });
      const diags = await validate(r.root, cache ? { cacheLocation: join(r.root, '.c') } : { cache: false });
      if (cache) expect(await validate(r.root, { cacheLocation: join(r.root, '.c') })).toEqual(diags);
      r.cleanup();
      expect(inPro(diags)).toEqual([]);
      expect(diags.map((d) => `${d.file} ${d.rule}`)).toEqual(['ledningssystem/RUT-004.md file/encoding']);
    }
  });

  it('a dangling link named after an id: the link is the one error', async () => {
    const r = makeRepo({ 'ledningssystem/PRO-001.md': PRO });
    symlinkSync(join(r.root, 'nowhere.md'), join(r.root, 'ledningssystem/RUT-004.md'));
    const diags = await validate(r.root, { cache: false });
    const en = await validate(r.root, { cache: false, lang: 'en' });
    r.cleanup();
    // In words, with the code for whoever searches for it.
    expect(diags.map((d) => `${d.file} ${d.rule} ${d.message}`)).toEqual([
      'ledningssystem/RUT-004.md file/encoding Filen kunde inte läsas: länken pekar på en fil som inte finns (ENOENT)',
    ]);
    expect(en.map((d) => d.message)).toEqual(['The file could not be read: the link points at a file that does not exist (ENOENT)']);
  });

  it('an unreadable file named after its id and a title keeps the id: references to it resolve', async () => {
    const r = makeRepo({
      'ledningssystem/PRO-001.md': doc(
        processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-004'] }] }),
        PROCESS_BODY,
      ),
    });
    symlinkSync(join(r.root, 'nowhere.md'), join(r.root, 'ledningssystem/RUT-004-avvikelser.md'));
    const diags = await validate(r.root, { cache: false });
    r.cleanup();
    expect(diags.map((d) => `${d.file} ${d.rule}`)).toEqual(['ledningssystem/RUT-004-avvikelser.md file/encoding']);
  });

  it('an id with an invisible character: the reference names the file that holds it', async () => {
    const files = {
      'ledningssystem/PRO-001.md': PRO,
      'ledningssystem/rutiner/RUT-004.md': doc(rutin('RUT\u200b-004', { process: undefined }), RUTIN_BODY),
    };
    const sv = await check(files, { cache: false });
    expect(sv.filter((d) => d.rule === 'ref/unresolved').map((d) => d.hint)).toEqual([
      'ledningssystem/rutiner/RUT-004.md har id RUT⟨U+200B⟩-004, med ett osynligt tecken; ta bort tecknet där.',
    ]);
    const en = await check(files, { cache: false, lang: 'en' });
    expect(en.filter((d) => d.rule === 'ref/unresolved').map((d) => d.hint)).toEqual([
      'ledningssystem/rutiner/RUT-004.md has the id RUT⟨U+200B⟩-004, with an invisible character; remove the character there.',
    ]);
  });
});
