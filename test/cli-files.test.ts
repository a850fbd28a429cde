/**
 * lsys never harms a file (issue 8, point 4): `--output` to devices, FIFOs, symbolic links,
 * folders and read-only places, `--cache-location` on a file that is not a cache, an unwritable
 * $GITHUB_STEP_SUMMARY, `lsys init` into an impossible place, a closed pipe, bare `lsys`.
 *
 * Every device-like target is made here, in a temp folder (a FIFO, a symbolic link, and as
 * root a character device made with mknod); the only system file used is /dev/null, and only
 * when not root (then it cannot be replaced anyway). What could hang or spin is run as a child
 * process of the built bin with a time limit, so a regression fails instead of stalling the run.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

const BIN = fileURLToPath(new URL('../bin/lsys.js', import.meta.url));
const isRoot = process.getuid?.() === 0;
const OTHER_USER = 65534; // nobody: as root, permissions only bind another user

const PROCESS = doc(
  {
    id: 'PRO-001',
    typ: 'process',
    titel: 'Avvikelsehantering',
    status: 'fastställd',
    version: '1.0',
    ägare: 'enhetschef',
    fastställd_av: 'nämnd',
    fastställd: '2026-09-01',
    revideras: '2027-08-31',
    aktiviteter: [{ id: 'A1', namn: 'Rapportera', ansvarig: 'medarbetare', rutiner: ['RUT-001'] }],
  },
  '# Process\n\n## Syfte\n\nText.\n\n## Omfattning\n\nText.\n',
);
// One error (overdue review), so the normal exit code is 1.
const repo = makeRepo({
  'ledningssystem/PRO-001.md': PROCESS,
  'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { fastställd: '2025-01-10', revideras: '2025-12-31' }), RUTIN_BODY),
});
chmodSync(repo.root, 0o755); // readable by the other user in the permission tests

const temps: string[] = [];
const tmp = (prefix = 'lsys-files-'): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  repo.cleanup();
  for (const d of temps) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

const validate = (...args: string[]) => ['validate', '--cwd', repo.root, '--today', TODAY, '--no-git', '--no-cache', ...args];

const oneLine = (s: string): void => {
  expect(s.endsWith('\n'), s).toBe(true);
  expect(s.trimEnd().split('\n'), s).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /); // no stack trace
};

interface BinRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Run the built bin as a child process, killed after `timeoutMs` (a hang fails the test rather
 * than stalling the run). `asOtherUser`: as root, run as nobody so that permissions apply.
 * `closeStdout`: the reader of stdout is gone before lsys writes a byte.
 */
function runBin(
  args: string[],
  o: { env?: Record<string, string>; timeoutMs?: number; asOtherUser?: boolean; closeStdout?: boolean } = {},
): Promise<BinRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(o.asOtherUser && isRoot ? { uid: OTHER_USER, gid: OTHER_USER } : {}),
  });
  let stdout = '';
  let stderr = '';
  if (o.closeStdout) child.stdout.destroy();
  else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 15_000);
  return new Promise((res) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      res({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** A character device of our own: as root a null device made in a temp folder, else /dev/null. */
function characterDevice(): string {
  if (!isRoot) return '/dev/null';
  const p = join(tmp(), 'null');
  execFileSync('mknod', ['-m', '666', p, 'c', '1', '3']);
  return p;
}

describe('--output to something that is not a regular file', () => {
  it('writes through a character device and leaves it a device, with and without --force', async () => {
    const dev = characterDevice();
    for (const force of [[], ['--force']]) {
      const r = await runCli(validate('--format', 'json', '--output', dev, ...force));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(lstatSync(dev).isCharacterDevice()).toBe(true);
      expect(lstatSync(dev).rdev).toBe(statSync('/dev/null').rdev);
    }
  });

  it('writes through a symbolic link to a device; the link stays a link', async () => {
    const dev = characterDevice();
    const link = join(tmp(), 'ut.json');
    symlinkSync(dev, link);
    const r = await runCli(validate('--format', 'json', '--output', link));
    expect(r.code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(dev);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
  });

  it('a FIFO with no reader: says so at once and exits 2, the FIFO untouched', async () => {
    const fifo = join(tmp(), 'ror');
    execFileSync('mkfifo', [fifo]);
    const r = await runBin(validate('--output', fifo));
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^lsys: .*ror är en namngiven pipe \(FIFO\) som ingen läser från/);
    expect(r.ms).toBeLessThan(10_000);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const en = await runCli(validate('--output', fifo, '--lang', 'en'));
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/is a named pipe \(FIFO\) that nothing reads from/);
  });

  it('a FIFO with a reader: the reader gets the whole output, the FIFO stays', async () => {
    const fifo = join(tmp(), 'ror');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let got = '';
    reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
    const closed = new Promise((res) => reader.on('close', res));
    try {
      // cat opens the FIFO once it runs; lsys finds the reader when it opens it without waiting.
      let r = await runCli(validate('--format', 'json', '--output', fifo));
      for (let i = 0; r.code === 2 && i < 50; i++) {
        await new Promise((res) => setTimeout(res, 100));
        r = await runCli(validate('--format', 'json', '--output', fifo));
      }
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      await closed;
    } finally {
      if (reader.exitCode === null) reader.kill();
    }
    expect(JSON.parse(got).summary.errors).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('/dev/stdout into a pipe (also behind a link of the user’s) is written through, without hanging', async () => {
    const link = join(tmp(), 'till-skarmen');
    symlinkSync('/dev/stdout', link);
    for (const out of ['/dev/stdout', link]) {
      const r = await runBin(validate('--format', 'json', '--output', out));
      expect(r.signal).toBeNull();
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).summary.errors).toBe(1);
    }
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    // In-process: the text goes to main's own stdout.
    const r = await runCli(validate('--format', 'json', '--output', '/dev/stdout'));
    expect(JSON.parse(r.stdout).summary.errors).toBe(1);
  });

  it('a folder: one line, exit 2', async () => {
    const dir = tmp();
    const r = await runCli(validate('--output', dir));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/är en mapp\. Ange en fil/);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('a folder that cannot be made (under /proc): one line, exit 2, no spinning', async () => {
    const r = await runBin(validate('--output', '/proc/lsys-test-finns-inte/ut.json'));
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^lsys: Kan inte skriva \/proc\/lsys-test-finns-inte\/ut\.json: mappen finns inte och kan inte skapas där\./);
  });

  it('a read-only folder and an unreadable file: one line, exit 2, nothing changed', async () => {
    const dir = tmp();
    chmodSync(dir, 0o755);
    const locked = join(dir, 'last');
    mkdirSync(locked, { mode: 0o555 });
    chmodSync(locked, 0o555);
    const r = await runBin(validate('--output', join(locked, 'ut.json')), { asOtherUser: true });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^lsys: Kan inte skriva .*ut\.json: behörighet saknas\.\n$/);
    const secret = join(dir, 'hemlig.txt');
    writeFileSync(secret, 'inte läsbar\n');
    chmodSync(secret, 0o000);
    chmodSync(dir, 0o777);
    const u = await runBin(validate('--output', secret), { asOtherUser: true });
    expect(u.code).toBe(2);
    oneLine(u.stderr);
    expect(u.stderr).toMatch(/hemlig\.txt finns redan och är inte skriven av lsys/);
    chmodSync(secret, 0o644);
    expect(readFileSync(secret, 'utf8')).toBe('inte läsbar\n');
  });
});

describe('--output to a regular file: only lsys’s own marker allows a replace', () => {
  it('an empty file is not lsys’s', async () => {
    const f = join(tmp(), 'tom.json');
    writeFileSync(f, '');
    const r = await runCli(validate('--format', 'json', '--output', f));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/tom\.json finns redan och är inte skriven av lsys/);
    expect(readFileSync(f, 'utf8')).toBe('');
  });

  it('a large foreign file is kept, unread', async () => {
    const dir = tmp();
    const foreign = join(dir, 'stor.txt');
    writeFileSync(foreign, 'x'.repeat(20 * 1024 * 1024));
    const r = await runCli(validate('--output', foreign));
    expect(r.code).toBe(2);
    expect(statSync(foreign).size).toBe(20 * 1024 * 1024);
  });

  it('a file that only looks like lsys’s output is not lsys’s: notes ending in a summary line, a JSON file written by hand', async () => {
    const dir = tmp();
    // `lsys validate >> logg.txt` appended to a file of the user's own notes.
    const log = join(dir, 'kontroll-logg.txt');
    const notes = 'Mina anteckningar om kontrollen\nRing MAS om RUT-003\n✔ Inga problem i 16 filer (15 dokument)\n';
    writeFileSync(log, notes);
    const r = await runCli(validate('--output', log));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/kontroll-logg\.txt finns redan och är inte skriven av lsys/);
    expect(readFileSync(log, 'utf8')).toBe(notes);
    const json = join(dir, 'egen.json');
    const handWritten = '{\n  "version": 1,\n  "today": "2026-01-01",\n  "anteckning": "min egen fil"\n}\n';
    writeFileSync(json, handWritten);
    expect((await runCli(validate('--format', 'json', '--output', json))).code).toBe(2);
    expect(readFileSync(json, 'utf8')).toBe(handWritten);
  });

  it('lsys replaces what it wrote, until someone changes the file', async () => {
    const dir = tmp();
    for (const format of ['stylish', 'json', 'github', 'junit', 'sarif']) {
      const out = join(dir, `resultat-${format}.txt`);
      expect((await runCli(validate('--format', format, '--output', out))).code).toBe(1);
      const first = readFileSync(out, 'utf8');
      // A re-run replaces its own file without --force, for every format.
      const again = await runCli(validate('--format', format, '--output', out));
      expect(again.stderr, format).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(first);
      // Once the user has added a line, the file is theirs too.
      writeFileSync(out, `${first}Kommentar från kvalitetssamordnaren\n`);
      const edited = await runCli(validate('--format', format, '--output', out));
      expect(edited.code, format).toBe(2);
      expect(readFileSync(out, 'utf8')).toBe(`${first}Kommentar från kvalitetssamordnaren\n`);
      expect((await runCli(validate('--format', format, '--output', out, '--force'))).code).toBe(1);
      expect(readFileSync(out, 'utf8')).toBe(first);
    }
  });

  it('a symbolic link is written through: its target is replaced when it is lsys’s, the link stays', async () => {
    const dir = tmp();
    const real = join(dir, 'resultat.json');
    const link = join(dir, 'senaste.json');
    expect((await runCli(validate('--format', 'json', '--output', real))).code).toBe(1);
    symlinkSync('resultat.json', link);
    const r = await runCli([
      'validate',
      '--cwd',
      repo.root,
      '--today',
      '2026-11-26',
      '--no-git',
      '--no-cache',
      '--format',
      'json',
      '--output',
      link,
    ]);
    expect(r.stderr).toBe('');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('resultat.json');
    expect(JSON.parse(readFileSync(real, 'utf8')).today).toBe('2026-11-26');
  });

  it('a symbolic link to a file lsys did not write: refused, link and file untouched', async () => {
    const dir = tmp();
    const real = join(dir, 'anteckningar.txt');
    const link = join(dir, 'ut.json');
    writeFileSync(real, 'mina anteckningar\n');
    symlinkSync(real, link);
    const r = await runCli(validate('--format', 'json', '--output', link));
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/ut\.json finns redan och är inte skriven av lsys/);
    expect(readFileSync(real, 'utf8')).toBe('mina anteckningar\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('a dangling symbolic link: the file it names is created, the link stays', async () => {
    const dir = tmp();
    const link = join(dir, 'ut.json');
    symlinkSync(join(dir, 'rapporter', 'resultat.json'), link);
    expect((await runCli(validate('--format', 'json', '--output', link))).code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'rapporter', 'resultat.json'), 'utf8')).version).toBe(1);
  });

  it('report --output follows the same rules (a device is written through, a folder refused)', async () => {
    const dev = characterDevice();
    const base = ['report', '--cwd', repo.root, '--today', TODAY, '--no-git', '--no-cache', '--year', '2026', '--format', 'md'];
    const r = await runCli([...base, '--output', dev]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lstatSync(dev).isCharacterDevice()).toBe(true);
    const d = await runCli([...base, '--output', tmp()]);
    expect(d.code).toBe(2);
    oneLine(d.stderr);
    // To stdout: the report alone on stdout, the note beside it on stderr.
    const o = await runCli([...base, '--output', '/dev/stdout']);
    expect(o.code).toBe(0);
    expect(o.stdout).toMatch(/^<!-- generator: lsys /);
    expect(o.stderr).toMatch(/^Skrev \/dev\/stdout \(kvalitetsberättelse 2026/);
  });
});

describe('--cache-location', () => {
  it('refuses a file that is not an lsys cache (lsys.yaml above all), a link, a folder or a FIFO', async () => {
    const dir = tmp();
    const before = readFileSync(join(repo.root, 'lsys.yaml'), 'utf8');
    const notes = join(dir, 'anteckningar.txt');
    writeFileSync(notes, 'mina anteckningar\n');
    const link = join(dir, 'cache.jsonl');
    symlinkSync(join(dir, 'riktig.jsonl'), link);
    const fifo = join(dir, 'ror');
    execFileSync('mkfifo', [fifo]);
    const cases: Array<[string, RegExp]> = [
      [join(repo.root, 'lsys.yaml'), /lsys\.yaml finns redan och är ingen cache som lsys har skrivit/],
      [notes, /anteckningar\.txt finns redan och är ingen cache/],
      [link, /cache\.jsonl är en symbolisk länk/],
      [dir, /är en mapp/],
    ];
    for (const [file, expected] of cases) {
      const r = await runCli(['validate', '--cwd', repo.root, '--today', TODAY, '--no-git', '--cache-location', file]);
      expect(r.code, file).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/^lsys: --cache-location /);
      expect(r.stderr).toMatch(expected);
    }
    const f = await runBin(['validate', '--cwd', repo.root, '--today', TODAY, '--no-git', '--cache-location', fifo]);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/ror är ingen vanlig fil/);
    expect(readFileSync(join(repo.root, 'lsys.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(notes, 'utf8')).toBe('mina anteckningar\n');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'riktig.jsonl'))).toBe(false);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('a cache in a folder that cannot be made (under /proc) only costs speed: no spinning, one notice', async () => {
    const r = await runBin([
      'validate',
      '--cwd',
      repo.root,
      '--today',
      TODAY,
      '--cache-location',
      '/proc/lsys-test-finns-inte/facts.jsonl',
    ]);
    expect(r.signal).toBeNull();
    expect(r.stderr).toMatch(
      /^lsys: obs: cachen kunde inte skrivas till \/proc\/lsys-test-finns-inte\/facts\.jsonl \([^)]+\); nästa körning blir inte snabbare\. .*\n$/,
    );
    expect(r.code).toBe(1);
  });

  it('accepts a new file and its own cache, and refuses a foreign file beside it where the git log goes', async () => {
    const dir = tmp();
    const cache = join(dir, 'facts.jsonl');
    const args = ['validate', '--cwd', repo.root, '--today', TODAY, '--cache-location', cache];
    expect((await runCli(args)).code).toBe(1);
    expect(readFileSync(cache, 'latin1')).toMatch(/^\{"magic":"lsys-facts-cache"/);
    expect((await runCli(args)).code).toBe(1);
    writeFileSync(`${cache}.git`, 'mitt eget git-arkiv\n');
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/facts\.jsonl\.git finns redan och är ingen cache/);
    expect(readFileSync(`${cache}.git`, 'utf8')).toBe('mitt eget git-arkiv\n');
  });

  it('takes the git log an older lsys left beside the cache (an older format) as its own instead of refusing the cache', async () => {
    const dir = tmp();
    const cache = join(dir, 'facts.jsonl');
    // What lsys wrote before the log kept commit subjects: a CI cache restored after an upgrade.
    writeFileSync(`${cache}.git`, '{"magic":"lsys-git-log","version":"0.1.0","key":"x","changes":[]}');
    const r = await runCli(['validate', '--cwd', repo.root, '--today', TODAY, '--cache-location', cache]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(readFileSync(cache, 'latin1')).toMatch(/^\{"magic":"lsys-facts-cache"/);
  });
});

describe('$GITHUB_STEP_SUMMARY that cannot be written', () => {
  it('a folder or a missing folder: the findings are printed, then one line and exit 2', async () => {
    const dir = tmp();
    for (const summary of [dir, join(dir, 'finns-inte', 'summary.md')]) {
      const r = await runCli(validate('--format', 'github'), { env: { GITHUB_STEP_SUMMARY: summary } });
      expect(r.code).toBe(2);
      expect(r.stdout).toMatch(/^::error file=/);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(/^lsys: Kan inte skriva stegsammanfattningen GITHUB_STEP_SUMMARY=.*: .*\. Resultatet ovan är komplett/);
    }
  });

  it('a FIFO with no reader: exit 2 at once, not a hang', async () => {
    const fifo = join(tmp(), 'ror');
    execFileSync('mkfifo', [fifo]);
    const r = await runBin(validate('--format', 'github'), { env: { GITHUB_STEP_SUMMARY: fifo } });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/ingen läser i andra änden/);
  });
});

describe('lsys init into an impossible place', () => {
  it('/proc/x: one line, exit 2, at once (it used to spin at 100 % CPU)', async () => {
    for (const [lang, expected] of [
      ['sv', /^lsys: lsys init kan inte skriva i \/proc\/lsys-test-x: mappen finns inte och kan inte skapas där\. Inget har skrivits\./],
      [
        'en',
        /^lsys: lsys init cannot write in \/proc\/lsys-test-x: the folder does not exist and cannot be created there\. Nothing has been written\./,
      ],
    ] as const) {
      const r = await runBin(['init', '/proc/lsys-test-x', '--lang', lang]);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(2);
      oneLine(r.stderr);
      expect(r.stderr).toMatch(expected);
      expect(r.ms).toBeLessThan(10_000);
    }
  });

  it('a file instead of a folder, or a folder under a file: one line, exit 2', async () => {
    const dir = tmp();
    const file = join(dir, 'fil.txt');
    writeFileSync(file, 'text\n');
    const a = await runCli(['init', file, '--today', TODAY]);
    expect(a.code).toBe(2);
    oneLine(a.stderr);
    expect(a.stderr).toMatch(/fil\.txt finns redan och är inte en mapp/);
    const b = await runCli(['init', join(file, 'ny'), '--today', TODAY, '--lang', 'en']);
    expect(b.code).toBe(2);
    oneLine(b.stderr);
    expect(b.stderr).toMatch(/cannot write in .*ny: part of the path is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('text\n');
  });

  it('a read-only folder: one line, exit 2, nothing written', async () => {
    const dir = tmp();
    chmodSync(dir, 0o555);
    const r = await runBin(['init', dir, '--today', TODAY], { asOtherUser: true });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^lsys: lsys init kan inte skriva i .*: behörighet saknas\. Inget har skrivits\./);
    chmodSync(dir, 0o755);
    expect(execFileSync('ls', ['-A', dir], { encoding: 'utf8' })).toBe('');
  });
});

describe('a closed pipe ends quietly', () => {
  it('the reader gone before lsys writes: no message, no stack, the normal exit code', async () => {
    const help = await runBin(['validate', '--help'], { closeStdout: true });
    expect(help.stderr).toBe('');
    expect(help.signal).toBeNull();
    expect(help.code).toBe(0);
    const run = await runBin(validate('--format', 'json'), { closeStdout: true });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('lsys validate --help | head -1', async () => {
    const out = execFileSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate --help 2>&1 | head -1`], { encoding: 'utf8' });
    expect(out).toBe('Användning: lsys validate [flaggor] [sökvägar...]\n');
  });
});
