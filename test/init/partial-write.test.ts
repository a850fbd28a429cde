/**
 * A write that fails part-way through `lsys init` (a full disk, say) must not claim that
 * nothing has been written: it names the files that are already there.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/core/fs-write.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/fs-write.js')>();
  let calls = 0;
  return {
    ...real,
    writeFileAtomic: async (path: string, content: string | Uint8Array) => {
      calls += 1;
      if (calls === 3) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      return real.writeFileAtomic(path, content);
    },
  };
});

const { initRepository } = await import('../../src/init/index.js');
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('lsys init, a write failing part-way', () => {
  it('says how many files were written and which, not "Inget har skrivits"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lsys-init-partial-'));
    dirs.push(dir);
    const result = await initRepository({ dir, today: '2026-12-01', sectors: ['sol', 'lss', 'hsl'], force: false, lang: 'sv' }).catch((e: unknown) => e);
    expect(result).toBeInstanceOf(Error);
    const err = result as Error;
    expect(err.message).toMatch(/^lsys init kunde inte skriva .+ färdigt: .+\. 2 av \d+ filer hann skrivas \(.+, .+\)\. Rätta felet och kör lsys init --force i samma mapp\.$/);
    expect(err.message).not.toContain('Inget har skrivits');
    expect((await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.md') || f.endsWith('.yml') || f.endsWith('.yaml') || f === '.gitignore').length).toBe(2);
  });
});
