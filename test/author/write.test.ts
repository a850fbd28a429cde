import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readForEdit, writeAll } from '../../src/author/write.js';
import type { LoadedDocument } from '../../src/core/types.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const folder = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'lsys-author-'));
  dirs.push(d);
  return d;
};
const docAt = (absPath: string, file = 'ledningssystem/x.md'): LoadedDocument => ({ file, absPath }) as LoadedDocument;

describe('readForEdit', () => {
  it('refuses what is missing, a folder, and a file that is not UTF-8 text', async () => {
    const d = folder();
    await expect(readForEdit(docAt(join(d, 'missing.md')), 'sv')).rejects.toThrow('går inte att läsa');
    mkdirSync(join(d, 'mapp.md'));
    await expect(readForEdit(docAt(join(d, 'mapp.md')), 'en')).rejects.toThrow('is not a regular file');
    writeFileSync(join(d, 'bin.md'), Buffer.from([0x2d, 0xff, 0xfe, 0x00]));
    await expect(readForEdit(docAt(join(d, 'bin.md')), 'sv')).rejects.toThrow('går inte att läsa');
  });
});

describe('writeAll', () => {
  it('writes nothing when a temp file cannot be made, and leaves no temp file behind', async () => {
    const d = folder();
    writeFileSync(join(d, 'a.md'), 'a');
    const a = { doc: docAt(join(d, 'a.md'), 'a.md'), text: 'a', mode: 0o644, newText: 'A' };
    const b = { doc: docAt(join(d, 'saknas', 'b.md'), 'saknas/b.md'), text: 'b', mode: 0o644, newText: 'B' };
    await expect(writeAll([a, b], 'sv')).rejects.toThrow('saknas/b.md kunde inte skrivas: mappen finns inte');
    expect(readdirSync(d).sort()).toEqual(['a.md']);
    await writeAll([a], 'sv');
    expect(readdirSync(d)).toEqual(['a.md']);
  });
});
