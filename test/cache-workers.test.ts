/**
 * The facts cache and the worker threads change speed, never results: the same repository
 * gives byte-identical JSON with and without cache, cold and warm, on one thread or many.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../examples/solbacka/', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../bench/generate.mjs', import.meta.url));
const dirs: string[] = [];
const tmp = (p: string) => {
  const d = mkdtempSync(join(tmpdir(), p));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The example with findings of many kinds (so there is something to compare). */
function brokenExample(): string {
  const dir = tmp('lsys-cw-');
  cpSync(EXAMPLE, dir, { recursive: true });
  const edit = (f: string, a: string, b: string) => {
    const p = join(dir, f);
    writeFileSync(p, readFileSync(p, 'utf8').replace(a, b));
  };
  edit('ledningssystem/rutiner/RUT-006-fallprevention.md', 'ägare: mas\n', '');
  edit('ledningssystem/rutiner/RUT-004-avvikelser.md', '## Uppföljning', '## Uppföljningen');
  edit('ledningssystem/rutiner/RUT-008-basal-hygien.md', 'status: fastställd', 'status: godkänd');
  edit('ledningssystem/sammanstallningar/SAM-002-2026-halvar-1.md', 'period 2025.', 'period 2025. Brukare 19121212-1212.');
  writeFileSync(join(dir, 'ledningssystem/rutiner/RUT-099.md'), Buffer.from('---\nid: RUT-099\ntitel: Bem\xf6tande\n---\n', 'latin1'));
  return dir;
}

const BIN = fileURLToPath(new URL('../bin/lsys.js', import.meta.url));

/** The same through the installed command: the bundle in dist/bundle/, its chunks and its worker. */
function binJson(dir: string, ...extra: string[]): string {
  return execFileSync(process.execPath, [BIN, 'validate', '--cwd', dir, '--today', '2026-12-01', '--no-git', '--format', 'json', ...extra], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function json(dir: string, ...extra: string[]): Promise<string> {
  const today = extra.includes('--today') ? [] : ['--today', '2026-12-01'];
  const r = await runCli(['validate', '--cwd', dir, ...today, '--no-git', '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  return r.stdout;
}

describe('cache and workers', () => {
  let dir: string;
  let cache: string;
  beforeAll(() => {
    dir = brokenExample();
    cache = join(tmp('lsys-cw-cache-'), 'facts.jsonl');
  });

  it('gives identical output without cache, cold, warm, and after a file changed', async () => {
    const plain = await json(dir, '--no-cache');
    expect(JSON.parse(plain).summary.errors).toBeGreaterThan(3);
    expect(await json(dir, '--cache-location', cache)).toBe(plain); // cold: writes the cache
    expect(existsSync(cache)).toBe(true);
    expect(await json(dir, '--cache-location', cache)).toBe(plain); // warm
    const f = join(dir, 'ledningssystem/rutiner/RUT-007-hot-och-vald.md');
    const before = readFileSync(f, 'utf8');
    writeFileSync(f, before.replace('status: fastställd', 'status: klar'));
    const changed = await json(dir, '--cache-location', cache);
    expect(changed).toBe(await json(dir, '--no-cache'));
    expect(changed).toContain('RUT-007');
    writeFileSync(f, before);
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
  });

  it('places findings on cached documents at their frontmatter keys, as a fresh parse does', async () => {
    // Years later nearly every document is overdue: findings at `revideras`, `genomförda`,
    // `klart_senast` … of documents whose facts (without positions) come from the cache.
    const later = ['--today', '2031-06-01'];
    const plain = await json(dir, '--no-cache', ...later);
    const overdue = JSON.parse(plain).diagnostics.filter((d: { rule: string }) => d.rule === 'review/overdue');
    expect(overdue.length).toBeGreaterThan(10);
    expect(new Set(overdue.map((d: { line: number }) => d.line)).size).toBeGreaterThan(1);
    expect(await json(dir, '--cache-location', cache, ...later)).toBe(plain);
    expect(await json(dir, '--cache-location', cache, ...later)).toBe(plain);
  });

  it('checks again when lsys.yaml changes what the local checks read', async () => {
    const plain = await json(dir, '--no-cache');
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
    const config = join(dir, 'lsys.yaml');
    const before = readFileSync(config, 'utf8');
    // A required heading no document has, and a lower action threshold.
    writeFileSync(config, `${before.replace(/^rubriker:.*\n(  .*\n)*/m, '').replace(/^risk:.*\n(  .*\n)*/m, '')}\nrubriker:\n  rutin: [Syfte, Bakgrund]\nrisk:\n  åtgärdsgräns: 2\n`);
    try {
      const changed = await json(dir, '--no-cache');
      expect(changed).toContain('Bakgrund');
      expect(await json(dir, '--cache-location', cache)).toBe(changed);
    } finally {
      writeFileSync(config, before);
    }
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
  });

  it('keeps lsys.yaml in the cache only while its text is unchanged, and never trusts it blindly', async () => {
    const plain = await json(dir, '--no-cache');
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
    const header = JSON.parse(readFileSync(cache, 'latin1').split('\n')[0]);
    expect(header.config.value.organisation).toBe('Solbacka kommun, socialförvaltningen');
    const config = join(dir, 'lsys.yaml');
    const before = readFileSync(config, 'utf8');
    try {
      // A broken lsys.yaml is a configuration error even right after a good one was cached.
      writeFileSync(config, before.replace('verksamhetsformer: [sol, lss, hsl]', 'verksamhetsformer: [sol, lss, hsl, vård]'));
      const r = await runCli(['validate', '--cwd', dir, '--today', '2026-12-01', '--no-git', '--cache-location', cache]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^lsys: lsys\.yaml:4:\d+: /);
    } finally {
      writeFileSync(config, before);
    }
    // A cached configuration of the wrong shape is parsed afresh instead.
    const [head, ...rest] = readFileSync(cache, 'latin1').split('\n');
    const tampered = JSON.parse(head);
    tampered.config.value.roller = 'ingen lista';
    writeFileSync(cache, [JSON.stringify(tampered), ...rest].join('\n'), 'latin1');
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
  });

  it('appends a changed file to the cache, reads the updates back, and writes afresh in time', async () => {
    const own = join(tmp('lsys-cw-upd-'), 'facts.json');
    const lines = () => readFileSync(own, 'latin1').split('\n').filter((l) => l !== '').length;
    const plain = await json(dir, '--no-cache');
    expect(await json(dir, '--cache-location', own)).toBe(plain);
    expect(lines()).toBe(2); // header and body
    const f = join(dir, 'ledningssystem/rutiner/RUT-007-hot-och-vald.md');
    const before = readFileSync(f, 'utf8');
    try {
      for (let i = 1; i <= 3; i++) {
        writeFileSync(f, `${before}\nTillägg ${i}.\n`);
        const out = await json(dir, '--cache-location', own);
        expect(out).toBe(await json(dir, '--no-cache'));
        expect(lines()).toBe(2 + i); // one update line a run, the body untouched
        expect(await json(dir, '--cache-location', own)).toBe(out); // read back with its updates
        expect(lines()).toBe(2 + i); // nothing new: nothing written
      }
      // Updates do not pile up: after 20 the file is written afresh.
      const counts: number[] = [];
      for (let i = 4; i <= 25; i++) {
        writeFileSync(f, `${before}\nTillägg ${i}.\n`);
        await json(dir, '--cache-location', own);
        counts.push(lines());
      }
      expect(Math.max(...counts)).toBe(22);
      expect(counts).toContain(2);
      writeFileSync(f, `${before}\nTillägg 3.\n`);
      await json(dir, '--cache-location', own);
      // An interrupted append (half a line): ignored, and the next write is a fresh file.
      expect(lines()).toBeGreaterThan(2);
      writeFileSync(own, readFileSync(own, 'latin1').slice(0, -40), 'latin1');
      writeFileSync(f, `${before}\nTillägg 4.\n`);
      expect(await json(dir, '--cache-location', own)).toBe(await json(dir, '--no-cache'));
      expect(lines()).toBe(2);
    } finally {
      writeFileSync(f, before);
    }
    expect(await json(dir, '--cache-location', own)).toBe(plain);
    // A file gone: written afresh, so its stamp does not linger.
    const extra = join(dir, 'ledningssystem/rutiner/RUT-098.md');
    writeFileSync(extra, before.replace(/^id: .*$/m, 'id: RUT-098'));
    await json(dir, '--cache-location', own);
    rmSync(extra);
    expect(await json(dir, '--cache-location', own)).toBe(plain);
    expect(lines()).toBe(2);
    expect(readFileSync(own, 'latin1')).not.toContain('RUT-098.md');
  });

  it('ignores a corrupt cache file of its own and replaces it, but never a file that is not an lsys cache', async () => {
    const plain = await json(dir, '--no-cache');
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
    writeFileSync(cache, readFileSync(cache).subarray(0, 100)); // truncated
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
    expect(readFileSync(cache, 'latin1').split('\n').length).toBeGreaterThan(2);
    // Someone else's file, or lsys.yaml itself: refused, untouched (it was overwritten before).
    const foreign = join(tmp('lsys-cw-foreign-'), 'anteckningar.txt');
    writeFileSync(foreign, 'inte en cache');
    for (const file of [foreign, join(dir, 'lsys.yaml')]) {
      const before = readFileSync(file, 'utf8');
      const r = await runCli(['validate', '--cwd', dir, '--today', '2026-12-01', '--no-git', '--cache-location', file]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^lsys: --cache-location .*finns redan och är ingen cache som lsys har skrivit.*\n$/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(readFileSync(file, 'utf8')).toBe(before);
    }
    expect(existsSync(`${foreign}.git`)).toBe(false);
  });

  it('gives identical output on one thread and on worker threads', async () => {
    const one = await json(dir, '--no-cache', '--workers', '0');
    expect(await json(dir, '--no-cache', '--workers', '2')).toBe(one);
    expect(await json(dir, '--no-cache', '--workers', '3')).toBe(one);
  });

  it('gives the same output through bin/lsys.js (the bundle), also on workers and from its cache', async () => {
    const one = await json(dir, '--no-cache', '--workers', '0');
    let out: string;
    try {
      out = binJson(dir, '--no-cache', '--workers', '2');
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? ''; // exit 1: the broken example has errors
    }
    expect(out).toBe(one);
    const binCache = join(tmp('lsys-cw-bin-'), 'facts.json');
    for (let i = 0; i < 2; i++) {
      try {
        out = binJson(dir, '--cache-location', binCache);
      } catch (e) {
        out = (e as { stdout?: string }).stdout ?? '';
      }
      expect(out).toBe(one);
    }
  });

  it.skipIf(!existsSync(GENERATOR))('a generated corpus: identical all ways, and clean', async () => {
    const corpus = tmp('lsys-cw-corpus-');
    execFileSync(process.execPath, [GENERATOR, '--out', corpus, '--n', '400', '--seed', '7'], { stdio: 'ignore' });
    const corpusCache = join(corpus, '..', `${corpus.split('/').pop()}-facts.jsonl`);
    dirs.push(corpusCache);
    const one = await json(corpus, '--no-cache', '--workers', '0');
    expect(JSON.parse(one).summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(await json(corpus, '--no-cache', '--workers', '2')).toBe(one);
    expect(await json(corpus, '--cache-location', corpusCache, '--workers', '2')).toBe(one);
    expect(await json(corpus, '--cache-location', corpusCache)).toBe(one);
  }, 120_000);
});
