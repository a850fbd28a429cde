/** The cache file's format (src/core/cache-file.ts): written atomically as Latin-1 JSON lines, read back only when it is exactly ours. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appendCacheUpdate, readCacheFile, readCacheHeader, writeCacheFile, type CacheBody } from '../../src/core/cache-file.js';
import { VERSION } from '../../src/core/version.js';

const dir = mkdtempSync(join(tmpdir(), 'lsys-cache-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `cache-${n++}.jsonl`);

const body = (path: string, hash: string, entry: unknown): CacheBody => ({
  files: { path: [path], size: [10], mtimeMs: [1000], hash: [hash] },
  entries: [[hash, entry]],
});

describe('cache file', () => {
  it('round-trips header, stamps and entries; text beyond Latin-1 is written as \\u escapes', async () => {
    const file = fresh();
    await writeCacheFile(file, 'stamp-1', { hash: 'h', value: { organisation: 'Åby' } }, body('a.md', 'aaa', { titel: 'Rutin – Åtgärd' }));
    const bytes = readFileSync(file);
    expect(bytes.toString('latin1')).toBe(
      `{"magic":"lsys-facts-cache","format":11,"version":"${VERSION}","stamp":"stamp-1","config":{"hash":"h","value":{"organisation":"\xc5by"}}}\n` +
        '{"files":{"path":["a.md"],"size":[10],"mtimeMs":[1000],"hash":["aaa"]},"entries":[["aaa",{"titel":"Rutin \\u2013 \xc5tg\xe4rd"}]]}\n',
    );
    const read = await readCacheFile(file, 'stamp-1');
    expect(read).toMatchObject({ files: { path: ['a.md'], hash: ['aaa'] }, updates: 0, damaged: false });
    expect(read?.entries.get('aaa')).toEqual({ titel: 'Rutin – Åtgärd' });
    expect(readCacheHeader(file)?.config).toEqual({ hash: 'h', value: { organisation: 'Åby' } });
  });

  it('appended updates are read after the body, the later entry winning', async () => {
    const file = fresh();
    await writeCacheFile(file, 's', undefined, body('a.md', 'aaa', 1));
    await appendCacheUpdate(file, body('b.md', 'bbb', 2));
    await appendCacheUpdate(file, body('a.md', 'aaa', 3));
    const read = await readCacheFile(file, 's');
    expect(read?.updates).toBe(2);
    expect(read?.files.path).toEqual(['a.md', 'b.md', 'a.md']);
    expect([...(read?.entries ?? [])]).toEqual([
      ['aaa', 3],
      ['bbb', 2],
    ]);
  });

  it('an interrupted append is marked damaged; the lines before it still count', async () => {
    const file = fresh();
    await writeCacheFile(file, 's', undefined, body('a.md', 'aaa', 1));
    appendFileSync(file, '{"files":{"path":["b.md"');
    const read = await readCacheFile(file, 's');
    expect(read).toMatchObject({ damaged: true, updates: 0 });
    expect(read?.entries.get('aaa')).toBe(1);
  });

  it('a missing, foreign, truncated or differently stamped file is not read', async () => {
    const file = fresh();
    expect(await readCacheFile(file, 's')).toBeUndefined();
    expect(readCacheHeader(file)).toBeUndefined();
    await writeCacheFile(file, 's', undefined, body('a.md', 'aaa', 1));
    expect(await readCacheFile(file, 'other-stamp')).toBeUndefined();
    const text = readFileSync(file, 'latin1');
    writeFileSync(file, text.slice(0, text.length - 20));
    expect(await readCacheFile(file, 's')).toBeUndefined();
    writeFileSync(file, text.replace(`"version":"${VERSION}"`, '"version":"0.0.0-old"'));
    expect(await readCacheFile(file, 's')).toBeUndefined();
    expect(readCacheHeader(file)).toBeUndefined();
    writeFileSync(file, 'organisation: Åby\n');
    expect(await readCacheFile(file, 's')).toBeUndefined();
    expect(readCacheHeader(file)).toBeUndefined();
  });
});
