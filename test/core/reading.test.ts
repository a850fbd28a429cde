/** Reading läskvittens.mapp (core/reading.ts): the folder inside or outside the repository, encodings, headers, broken rows. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { readReading, readReadingText, readingDate, shownPath } from '../../src/core/reading.js';
import type { ReadingData } from '../../src/core/reading-data.js';
import { CONFIG_HEAD } from '../helpers/config-error.js';

const tmp = mkdtempSync(join(tmpdir(), 'lsys-reading-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const configAt = (root: string, mapp?: string): ReturnType<typeof parseConfig> =>
  parseConfig(`${CONFIG_HEAD}läskvittens:\n${mapp ? `  mapp: ${mapp}\n` : '  dagar: 30\n'}`, root, 'sv');

const empty = (): ReadingData => ({ folder: 'x', found: true, roster: true, files: [], readers: [], confirmations: [], problems: [] });

describe('readReading', () => {
  it('reads nothing without the block', async () => {
    expect(await readReading(parseConfig(CONFIG_HEAD, tmp, 'sv'), 'sv')).toBeUndefined();
  });

  it('reads a folder outside the repository, naming its files by absolute path; the roster whatever its case; no subfolders', async () => {
    const outside = join(tmp, 'utanför');
    mkdirSync(join(outside, 'arkiv'), { recursive: true });
    writeFileSync(join(outside, 'Personal.csv'), '\uFEFFläsare,enhet,roll\r\nP1,solgläntan,medarbetare\r\n');
    writeFileSync(join(outside, '2026.CSV'), 'dokument;version;läsare;datum\nRUT-001;1.0;P1;2026-03-04\n');
    writeFileSync(join(outside, 'läsmig.txt'), 'inte en csv');
    writeFileSync(join(outside, 'arkiv', '2020.csv'), 'dokument;version;läsare;datum\nRUT-001;1.0;P1;2020-03-04\n');
    const root = join(tmp, 'repo');
    mkdirSync(root);
    const r = (await readReading(configAt(root, outside), 'sv'))!;
    expect(r.folder).toBe(outside);
    expect(r.found).toBe(true);
    expect(r.files.map((f) => f.file)).toEqual([`${outside}/Personal.csv`, `${outside}/2026.CSV`]);
    expect(r.readers).toEqual([{ key: 'P1', unit: 'solgläntan', role: 'medarbetare', file: `${outside}/Personal.csv`, line: 2 }]);
    expect(r.confirmations).toEqual([
      { document: 'RUT-001', version: '1.0', key: 'P1', date: '2026-03-04', file: `${outside}/2026.CSV`, line: 2 },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('a folder that does not exist is no roster; a file in its place is a configuration error', async () => {
    const root = join(tmp, 'repo2');
    mkdirSync(root);
    expect(await readReading(configAt(root), 'sv')).toEqual({
      folder: 'data/läskvittenser',
      found: false,
      roster: false,
      files: [],
      readers: [],
      confirmations: [],
      problems: [],
    });
    writeFileSync(join(root, 'fil'), '');
    await expect(readReading(configAt(root, 'fil'), 'sv')).rejects.toThrow('lsys.yaml: läskvittens.mapp: "fil" är en fil, inte en mapp.');
    await expect(readReading(configAt(root, 'fil'), 'en')).rejects.toMatchObject({ code: 'config-invalid' });
  });

  it('reports a file saved as UTF-16 or in another encoding than UTF-8 on line 1, and reads the others', async () => {
    const root = join(tmp, 'repo3');
    mkdirSync(join(root, 'data', 'läskvittenser'), { recursive: true });
    writeFileSync(join(root, 'data', 'läskvittenser', 'a.csv'), Buffer.from([0xff, 0xfe, 0x64, 0x00]));
    writeFileSync(join(root, 'data', 'läskvittenser', 'b.csv'), Buffer.from('dokument;version;l\xe4sare;datum\n', 'latin1'));
    writeFileSync(join(root, 'data', 'läskvittenser', 'c.csv'), 'dokument;version;läsare;datum\nRUT-001;1;P1;2026-01-01\n');
    const r = (await readReading(configAt(root), 'sv'))!;
    expect(r.problems).toEqual([
      { kind: 'confirmations', file: 'data/läskvittenser/a.csv', line: 1, code: 'utf16' },
      { kind: 'confirmations', file: 'data/läskvittenser/b.csv', line: 1, code: 'not-utf8' },
    ]);
    expect(r.confirmations).toHaveLength(1);
  });

  it('reads from the in-memory repository when the folder is inside it', async () => {
    const files = new Map([['data/läskvittenser/personal.csv', 'läsare;enhet;roll\nP1;a;b\n']]);
    const r = (await readReading(configAt('/mem'), 'sv', files))!;
    expect(r.readers).toHaveLength(1);
    expect((await readReading(configAt('/mem'), 'sv', new Map()))!.found).toBe(false);
  });
});

describe('readReadingText', () => {
  it('matches headers case-insensitively and trimmed, in any order, extra columns ignored', () => {
    const out = empty();
    readReadingText(' DATUM ;Läsare;Version;Dokument;Namn\n2026-03-04;P9;2.0;RUT-002;x\n', 'f.csv', 'confirmations', out);
    expect(out.confirmations).toEqual([{ document: 'RUT-002', version: '2.0', key: 'P9', date: '2026-03-04', file: 'f.csv', line: 2 }]);
  });

  it('takes a Forms export’s Sluttid when there is no Datum column', () => {
    const out = empty();
    readReadingText(
      'Id;Starttid;Sluttid;Dokument;Version;Läsare\n1;2026-03-04 10:00;2026-03-04 10:15:22;RUT-1;1;P1\n',
      'f.csv',
      'confirmations',
      out,
    );
    expect(out.confirmations[0]?.date).toBe('2026-03-04');
  });

  it('a header without the required columns is one problem on its line', () => {
    const out = empty();
    readReadingText('namn;enhet\nAnna;x\n', 'personal.csv', 'roster', out);
    expect(out.problems).toEqual([
      {
        kind: 'roster',
        file: 'personal.csv',
        line: 1,
        code: 'missing-columns',
        data: { columns: 'läsare, roll', wanted: 'läsare;enhet;roll' },
      },
    ]);
    expect(out.readers).toEqual([]);
  });

  it('a roster row without a key is a problem; an empty file is nothing', () => {
    const out = empty();
    readReadingText('läsare;enhet;roll\n;solgläntan;medarbetare\n', 'personal.csv', 'roster', out);
    expect(out.problems).toEqual([{ kind: 'roster', file: 'personal.csv', line: 2, code: 'empty-field', data: { column: 'läsare' } }]);
    const none = empty();
    readReadingText('', 'x.csv', 'confirmations', none);
    expect(none).toEqual(empty());
  });

  it('reports an open quote at its row', () => {
    const out = empty();
    readReadingText('dokument;version;läsare;datum\n"RUT-1;1;P1;2026-01-01\nRUT-1;1;P2;2026-01-01\n', 'x.csv', 'confirmations', out);
    expect(out.problems).toEqual([{ kind: 'confirmations', file: 'x.csv', line: 2, code: 'unclosed-quote' }]);
    expect(out.confirmations).toHaveLength(1);
  });
});

describe('readingDate and shownPath', () => {
  it('takes the date part of a date, a date and time, or an ISO timestamp; nothing else', () => {
    expect(readingDate('2026-03-04')).toBe('2026-03-04');
    expect(readingDate('2026-03-04 10:15')).toBe('2026-03-04');
    expect(readingDate('2026-03-04 10:15:00')).toBe('2026-03-04');
    expect(readingDate('2026-03-04T10:15:00')).toBe('2026-03-04');
    expect(readingDate('2026-03-04T10:15:00.123Z')).toBe('2026-03-04');
    expect(readingDate('2026-03-04T10:15:00+01:00')).toBe('2026-03-04');
    for (const bad of ['2026-02-30', '4/3/2026', '2026-03-04 kl 10', '20260304', '']) expect(readingDate(bad), bad).toBeUndefined();
  });

  it('names a path relative to the root when inside, else absolute', () => {
    expect(shownPath('/repo', '/repo/data/x')).toBe('data/x');
    expect(shownPath('/repo', '/srv/x')).toBe('/srv/x');
    expect(shownPath('/repo', '/repo')).toBe('/repo');
  });
});
