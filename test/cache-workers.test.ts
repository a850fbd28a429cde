/**
 * The facts cache and the worker threads change speed, never results: the same repository
 * gives byte-identical JSON with and without cache, cold and warm, on one thread or many.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { gitOnPath } from '../src/core/git.js';
import { notGenerated } from './helpers/example-copy.js';

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
  cpSync(EXAMPLE, dir, { recursive: true, filter: notGenerated });
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
  return execFileSync(
    process.execPath,
    [BIN, 'validate', '--cwd', dir, '--today', '2026-12-01', '--no-git', '--format', 'json', ...extra],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
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
    // The cache (which CI uploads) keeps the personnummer masked, as every output does.
    expect(readFileSync(cache, 'utf8')).not.toContain('19121212-1212');
    expect(readFileSync(cache, 'utf8')).toContain('19121212-****');
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
    writeFileSync(
      config,
      `${before.replace(/^rubriker:.*\n( {2}.*\n)*/m, '').replace(/^risk:.*\n( {2}.*\n)*/m, '')}\nrubriker:\n  rutin: [Syfte, Bakgrund]\nrisk:\n  åtgärdsgräns: 2\n`,
    );
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
    const header = JSON.parse(readFileSync(cache, 'latin1').split('\n')[0]!);
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
    const tampered = JSON.parse(head!);
    tampered.config.value.roller = 'ingen lista';
    writeFileSync(cache, [JSON.stringify(tampered), ...rest].join('\n'), 'latin1');
    expect(await json(dir, '--cache-location', cache)).toBe(plain);
  });

  it('appends a changed file to the cache, reads the updates back, and writes afresh in time', async () => {
    const own = join(tmp('lsys-cw-upd-'), 'facts.json');
    const lines = () =>
      readFileSync(own, 'latin1')
        .split('\n')
        .filter((l) => l !== '').length;
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

  it.skipIf(!existsSync(GENERATOR))(
    'a generated corpus: identical all ways, and clean',
    async () => {
      const corpus = tmp('lsys-cw-corpus-');
      execFileSync(process.execPath, [GENERATOR, '--out', corpus, '--n', '400', '--seed', '7'], { stdio: 'ignore' });
      const corpusCache = join(corpus, '..', `${corpus.split('/').pop()}-facts.jsonl`);
      dirs.push(corpusCache);
      const one = await json(corpus, '--no-cache', '--workers', '0');
      expect(JSON.parse(one).summary).toMatchObject({ errors: 0, warnings: 0 });
      expect(await json(corpus, '--no-cache', '--workers', '2')).toBe(one);
      expect(await json(corpus, '--cache-location', corpusCache, '--workers', '2')).toBe(one);
      expect(await json(corpus, '--cache-location', corpusCache)).toBe(one);
    },
    120_000,
  );
});

/**
 * Cases where the cache once changed the findings: git missing from PATH (a warm run took
 * the log from the cache and then crashed starting git for the blobs, while --no-cache
 * skipped silently), and a document made unreadable after it was cached (chmod 000 changes
 * only ctime, so a warm run served it from the cache).
 */
describe('cache parity: no git, unreadable document', () => {
  const gitEnv = (date: string) => ({
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.invalid',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.invalid',
    GIT_AUTHOR_DATE: `${date}T12:00:00+01:00`,
    GIT_COMMITTER_DATE: `${date}T12:00:00+01:00`,
  });
  /** Run the installed command; `env` replaces the environment (PATH included), `uid` runs it as that user. */
  function bin(args: string[], env: NodeJS.ProcessEnv, uid?: number): { code: number; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, ...(uid !== undefined ? { uid, gid: uid } : {}) });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  it.skipIf(!gitOnPath())(
    'without git on PATH, cold, warm and --no-cache all give the same findings and say once that git is missing',
    () => {
      const dir = tmp('lsys-nogit-');
      cpSync(join(EXAMPLE, 'lsys.yaml'), join(dir, 'lsys.yaml'));
      // The example's läskvittens folder too: without it lsys says the folder is missing.
      cpSync(join(EXAMPLE, 'data'), join(dir, 'data'), { recursive: true });
      mkdirSync(join(dir, 'ledningssystem'));
      cpSync(join(EXAMPLE, 'ledningssystem/rutiner/RUT-004-avvikelser.md'), join(dir, 'ledningssystem/RUT-004.md'));
      const file = join(dir, 'ledningssystem/RUT-004.md');
      const git = (args: string[], date: string) => execFileSync('git', args, { cwd: dir, env: gitEnv(date), stdio: 'ignore' });
      git(['init', '-q'], '2026-01-01');
      git(['add', '.'], '2026-01-01');
      git(['commit', '-qm', 'add'], '2026-01-01');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nEn ändring efter fastställelsen.\n`);
      git(['commit', '-qam', 'change'], '2026-11-20');
      const cacheDir = tmp('lsys-nogit-cache-');
      const cacheLocation = join(cacheDir, 'facts.jsonl');
      const args = (...extra: string[]) => ['validate', '--cwd', dir, '--today', '2026-12-01', '--format', 'json', ...extra];
      // With git: the rule finds the change (and the log is kept beside the cache).
      const withGit = bin(args('--cache-location', cacheLocation), process.env);
      expect(withGit.stdout).toContain('review/changed-after-approval');
      expect(existsSync(`${cacheLocation}.git`)).toBe(true);
      // Without git: an empty folder as PATH (node runs by its full path).
      const noPath = { ...process.env, PATH: tmp('lsys-empty-path-') };
      const plain = bin(args('--no-cache'), noPath);
      const warm = bin(args('--cache-location', cacheLocation), noPath);
      const cold = bin(args('--cache-location', join(cacheDir, 'other.jsonl')), noPath);
      const notice =
        'lsys: obs: git hittades inte (inte installerat eller inte i PATH), så regeln review/changed-after-approval hoppas över. Installera git, eller kör med --no-git.\n';
      for (const r of [plain, warm, cold]) {
        expect(r.stderr).toBe(notice);
        expect(r.stdout).toBe(plain.stdout);
        expect(r.code).toBe(plain.code);
        expect(r.stdout).not.toContain('kraschade');
        expect(r.stdout).not.toContain('review/changed-after-approval');
      }
      expect(bin(args('--cache-location', cacheLocation, '--lang', 'en'), noPath).stderr).toMatch(
        /^lsys: note: git was not found .* is skipped\./,
      );
      // Nothing to say when git is not asked for, or the rule is off.
      expect(bin(args('--cache-location', cacheLocation, '--no-git'), noPath).stderr).toBe('');
      expect(bin(args('--no-cache', '--rule', 'review/changed-after-approval=off'), noPath).stderr).toBe('');
    },
  );

  // As root, chmod 000 does not stop reading: the runs then drop to the user nobody (65534),
  // for whom the mode does count. The folders are opened up so that nobody can use them.
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? 65534 : undefined;
  it.skipIf(process.platform === 'win32')('a document made unreadable after it was cached is reported, as without the cache', () => {
    const dir = brokenExample();
    const cacheDir = tmp('lsys-eacces-cache-');
    if (asRoot) {
      execFileSync('chmod', ['-R', 'a+rX', dir]);
      execFileSync('chmod', ['777', cacheDir]);
    }
    // Old enough that the cache trusts size and mtime (it re-reads files changed in the last two seconds).
    const old = new Date('2026-01-01T12:00:00Z');
    const target = join(dir, 'ledningssystem/rutiner/RUT-007-hot-och-vald.md');
    for (const f of [target, join(dir, 'ledningssystem/rutiner/RUT-001-handlaggning-dokumentation.md')]) utimesSync(f, old, old);
    const cacheLocation = join(cacheDir, 'facts.jsonl');
    const args = (...extra: string[]) => ['validate', '--cwd', dir, '--today', '2026-12-01', '--no-git', '--format', 'json', ...extra];
    const readable = bin(args('--cache-location', cacheLocation), process.env, uid); // cold: caches RUT-007
    expect(readable.stderr).toBe('');
    expect(readable.stdout).not.toContain('EACCES');
    chmodSync(target, 0o000);
    try {
      const plain = bin(args('--no-cache'), process.env, uid);
      expect(plain.stdout).toContain('Filen kunde inte läsas: behörighet saknas (EACCES)');
      expect(bin(args('--cache-location', cacheLocation), process.env, uid).stdout).toBe(plain.stdout); // warm
      expect(bin(args('--cache-location', cacheLocation), process.env, uid).stdout).toBe(plain.stdout); // and again
    } finally {
      chmodSync(target, 0o644);
    }
    utimesSync(target, old, old);
    expect(bin(args('--cache-location', cacheLocation), process.env, uid).stdout).toBe(readable.stdout);
  });
});
