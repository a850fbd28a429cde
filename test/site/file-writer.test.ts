/** The site's file writer (src/site/file-writer.ts): many files go to a thread, every one arrives, an error comes back from drain. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileWriter } from '../../src/site/file-writer.js';

const tmp = mkdtempSync(join(tmpdir(), 'lsys-writer-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('fileWriter', () => {
  it('writes every file, the first ones at once and the rest on its thread by drain', async () => {
    const dir = join(tmp, 'many');
    mkdirSync(dir);
    const w = fileWriter();
    for (let i = 0; i < 1000; i++) w.write(join(dir, `f${i}.html`), Buffer.from(`sida ${i} – å ä ö`));
    // The first files are written before write returns (a rebuild that writes few never starts a thread).
    expect(readFileSync(join(dir, 'f0.html'), 'utf8')).toBe('sida 0 – å ä ö');
    await w.drain();
    expect(readdirSync(dir)).toHaveLength(1000);
    expect(readFileSync(join(dir, 'f999.html'), 'utf8')).toBe('sida 999 – å ä ö');
  });

  it('gives the first error of the thread back from drain, with its code and path', async () => {
    const dir = join(tmp, 'fails');
    mkdirSync(dir);
    mkdirSync(join(dir, 'f700.html')); // a folder where a file should go
    const w = fileWriter();
    for (let i = 0; i < 1000; i++) w.write(join(dir, `f${i}.html`), Buffer.from(String(i)));
    await expect(w.drain()).rejects.toMatchObject({ code: 'EISDIR', path: join(dir, 'f700.html') });
  });

  it('a synchronous write error is thrown by write itself', () => {
    const w = fileWriter();
    expect(() => w.write(join(tmp, 'no-such-folder', 'x.html'), Buffer.from('x'))).toThrow(/ENOENT/);
  });

  it('close stops the thread without waiting', async () => {
    const dir = join(tmp, 'closed');
    mkdirSync(dir);
    const w = fileWriter();
    for (let i = 0; i < 400; i++) w.write(join(dir, `f${i}.html`), Buffer.from('x'));
    await w.close();
    await expect(w.drain()).resolves.toBeUndefined();
  });
});
