/** The command line as a user meets it: exit codes, one-line errors, formats, options. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

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
    aktiviteter: [{ id: 'A1', namn: 'Rapportera', ansvarig: 'medarbetare', rutiner: ['RUT-001', 'RUT-002'] }],
  },
  '# Process\n\n## Syfte\n\nText.\n\n## Omfattning\n\nText.\n',
);

const repo = makeRepo({
  'ledningssystem/PRO-001.md': PROCESS,
  // An error (overdue review) and a warning (due soon).
  'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { fastställd: '2025-01-10', revideras: '2025-12-31' }), RUTIN_BODY),
  'ledningssystem/rutiner/RUT-002.md': doc(rutin('RUT-002', { fastställd: '2026-01-10', revideras: '2026-12-20' }), RUTIN_BODY),
});
const clean = makeRepo({
  'ledningssystem/PRO-001.md': PROCESS.replace(", 'RUT-002'", '').replace(
    'rutiner:\n      - RUT-001\n      - RUT-002',
    'rutiner:\n      - RUT-001',
  ),
  'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY),
});
const temps: string[] = [];
/** A temp folder removed after the tests. */
const tmp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  repo.cleanup();
  clean.cleanup();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const at = (r: { root: string }, ...args: string[]) => ['validate', '--cwd', r.root, '--today', TODAY, '--no-git', ...args];

describe('lsys validate', () => {
  it('exits 0 on a clean repository and says so in Swedish', async () => {
    const r = await runCli(at(clean));
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('✔ Inga problem i 3 filer (2 dokument)');
    expect(r.code).toBe(0);
  });

  it('exits 1 with errors, grouped by file with line and rule', async () => {
    const r = await runCli(at(repo));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ledningssystem/rutiner/RUT-001.md\n');
    expect(r.stdout).toMatch(
      / 10:1\s+fel\s+Revisionsdatum 2025-12-31 har passerat \(fastställd 2025-01-10, ägare: enhetschef\)\s+review\/overdue/,
    );
    expect(r.stdout).toMatch(/varning\s+Dokumentet ska revideras senast 2026-12-20, om 25 dagar/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('✖ 2 problem (1 fel, 1 varning) i 4 filer');
  });

  it('speaks English with --lang en and with LSYS_LANG=en', async () => {
    const a = await runCli(at(repo, '--lang', 'en'));
    expect(a.stdout).toContain('Review date 2025-12-31 has passed');
    expect(a.stdout.trim().split('\n').at(-1)).toBe('✖ 2 problems (1 error, 1 warning) in 4 files');
    const b = await runCli(at(repo), { env: { LSYS_LANG: 'en' } });
    expect(b.stdout).toBe(a.stdout);
  });

  it('takes the date from LSYS_TODAY when --today is absent', async () => {
    const r = await runCli(['validate', '--cwd', repo.root, '--no-git', '--format', 'json'], { env: { LSYS_TODAY: '2025-06-01' } });
    expect(JSON.parse(r.stdout).today).toBe('2025-06-01');
  });

  it('writes the contract JSON', async () => {
    const r = await runCli(at(repo, '--format', 'json'));
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['version', 'today', 'summary', 'diagnostics']);
    expect(out.summary).toEqual({ files: 4, documents: 3, errors: 1, warnings: 1 });
    expect(out.diagnostics[0]).toEqual({
      file: 'ledningssystem/rutiner/RUT-001.md',
      line: 10,
      column: 1,
      rule: 'review/overdue',
      severity: 'error',
      message: 'Revisionsdatum 2025-12-31 har passerat (fastställd 2025-01-10, ägare: enhetschef)',
      hint: 'Gå igenom dokumentet, höj version, och ange nya datum för fastställd och revideras.',
      documentId: 'RUT-001',
    });
  });

  it('--max-warnings: more warnings than allowed exit 1, within the limit exit per errors', async () => {
    const onlyWarning = ['--rule', 'review/overdue=off'];
    expect((await runCli(at(repo, ...onlyWarning))).code).toBe(0);
    expect((await runCli(at(repo, ...onlyWarning, '--max-warnings', '1'))).code).toBe(0);
    expect((await runCli(at(repo, ...onlyWarning, '--max-warnings', '0'))).code).toBe(1);
  });

  it('--rule changes a severity and wins over lsys.yaml; --quiet drops warnings', async () => {
    const r = await runCli(at(repo, '--format', 'json', '--rule', 'review/due-soon=error', '--rule', 'coverage/missing=off'));
    expect(JSON.parse(r.stdout).summary).toMatchObject({ errors: 2, warnings: 0 });
    const q = await runCli(at(repo, '--format', 'json', '--quiet'));
    expect(JSON.parse(q.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toEqual(['review/overdue']);
  });

  it('checks only the given paths but resolves references against everything', async () => {
    const r = await runCli(at(repo, '--format', 'json', join(repo.root, 'ledningssystem/rutiner/RUT-002.md')));
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics.map((d: { file: string }) => d.file)).toEqual(['ledningssystem/rutiner/RUT-002.md']);
    expect(out.summary.documents).toBe(1);
    expect(r.code).toBe(0);
  });

  it('writes --output atomically, replaces its own output, refuses a foreign file without --force', async () => {
    const out = join(repo.root, 'resultat.sarif');
    expect((await runCli(at(repo, '--format', 'sarif', '--output', out))).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    expect((await runCli(at(repo, '--format', 'sarif', '--output', out))).code).toBe(1);
    const foreign = join(repo.root, 'anteckningar.txt');
    writeFileSync(foreign, 'mina anteckningar\n');
    const r = await runCli(at(repo, '--format', 'json', '--output', foreign));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lsys: .*anteckningar\.txt finns redan och är inte skriven av lsys.*--force\.\n$/);
    expect(readFileSync(foreign, 'utf8')).toBe('mina anteckningar\n');
    expect((await runCli(at(repo, '--format', 'json', '--output', foreign, '--force'))).code).toBe(1);
    expect(JSON.parse(readFileSync(foreign, 'utf8')).version).toBe(1);
  });

  it('github format prints workflow commands and appends a Markdown summary to $GITHUB_STEP_SUMMARY', async () => {
    const summary = join(tmp('lsys-gh-'), 'summary.md');
    const r = await runCli(at(repo, '--format', 'github'), { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).toContain('::error file=');
    expect(r.stdout).toMatch(
      /::error file=[^,]*ledningssystem\/rutiner\/RUT-001\.md,line=10,col=1,title=review\/overdue::Revisionsdatum 2025-12-31 har passerat/,
    );
    expect(readFileSync(summary, 'utf8')).toContain('## lsys validate');
  });

  it('colours stylish output only on a TTY, and never with NO_COLOR', async () => {
    expect((await runCli(at(repo), { isTTY: true })).stdout).toContain('\u001b[');
    expect((await runCli(at(repo), { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
    expect((await runCli(at(repo))).stdout).not.toContain('\u001b[');
  });
});

describe('usage and configuration errors exit 2 with one line', () => {
  const oneLine = (s: string) => {
    expect(s.endsWith('\n')).toBe(true);
    expect(s.trimEnd().split('\n')).toHaveLength(1);
    expect(s).not.toMatch(/at .*\.js:\d+/); // no stack trace
  };

  it('no lsys.yaml anywhere', async () => {
    const dir = tmp('lsys-none-');
    const r = await runCli(['validate', '--cwd', dir]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('Hittade ingen lsys.yaml');
    expect(r.stderr).toContain('lsys init');
  });

  // lsys.yaml errors (unknown key, YAML syntax, wrong sector…) are rows of test/cli-scenarios.test.ts over test/fixtures/config-*.

  it.each([
    [['validate', '--frobnicate'], /^lsys: okänd flagga "--frobnicate"/],
    [['frobnicate'], /^lsys: okänt kommando "frobnicate"/],
    [['validate', '--today', '2026-02-30'], /^lsys: --today "2026-02-30" är inget giltigt datum/],
    [['validate', '--format', 'xml'], /^lsys: --format "xml" finns inte/],
    [['validate', '--max-warnings', 'many'], /^lsys: --max-warnings "many" ska vara ett heltal/],
    [['validate', '--rule', 'review/overdue'], /^lsys: --rule "review\/overdue": skriv regel=nivå/],
    [['validate', '--rule', 'nosuch/rule=off'], /^lsys: Okänd regel "nosuch\/rule"/],
    [['validate', 'finns-inte.md'], /^lsys: finns-inte\.md: sökvägen finns inte/],
    [['validate', '--lang', 'de'], /^lsys: --lang "de"/],
  ])('%j', async (argv, expected) => {
    const r = await runCli([...argv, '--cwd', clean.root], { cwd: clean.root });
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(expected);
  });

  // The English text is now the catalogue's (was commander's raw "unknown option '--frobnicate'").
  it('English one-liners with --lang en', async () => {
    const r = await runCli(['validate', '--frobnicate', '--lang', 'en', '--cwd', clean.root]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/^lsys: unknown option "--frobnicate"\. See "lsys <command> --help"/);
  });

  it.each([
    [
      'sv',
      ['validate', '--forma', 'json'],
      'lsys: okänd flagga "--forma". Menade du --format? Se "lsys <kommando> --help" för flaggorna.\n',
    ],
    [
      'en',
      ['validate', '--forma', 'json'],
      'lsys: unknown option "--forma". Did you mean --format? See "lsys <command> --help" for the options.\n',
    ],
    ['sv', ['valdate'], 'lsys: okänt kommando "valdate". Menade du validate? Kommandon: validate, report, init. Se "lsys --help".\n'],
    ['en', ['valdate'], 'lsys: unknown command "valdate". Did you mean validate? Commands: validate, report, init. See "lsys --help".\n'],
    ['sv', ['init', 'a', 'b'], 'lsys: för många argument. Se "lsys <kommando> --help".\n'],
    ['en', ['init', 'a', 'b'], 'lsys: too many arguments. See "lsys <command> --help".\n'],
  ])('commander errors from the catalogue, one line, with the suggestion (%s %j)', async (lang, argv, expected) => {
    const r = await runCli([...argv, '--lang', lang], { cwd: clean.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(expected);
  });
});

describe('help and version', () => {
  it('describes every option in Swedish, and in English with --lang en', async () => {
    const sv = await runCli(['validate', '--help']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toContain('Användning: lsys validate');
    expect(sv.stdout).toContain('Flaggor:');
    for (const opt of ['--format', '--output', '--max-warnings', '--rule', '--quiet', '--no-git', '--cwd', '--today', '--lang']) {
      expect(sv.stdout).toContain(opt);
    }
    expect(sv.stdout).toContain('review/changed-after-approval');
    const en = await runCli(['validate', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: lsys validate');
    expect(en.stdout).toContain('output format');
    const top = await runCli(['--help']);
    expect(top.stdout).toContain('Kommandon:');
    expect(top.stdout).toContain('init');
  });

  it('bare lsys prints the help on stderr and exits 2; lsys help exits 0', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Användning: lsys [flaggor] <kommando>');
    expect(bare.stderr).toContain('Kommandon:');
    const en = await runCli(['--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Usage: lsys [options] <command>');
    const help = await runCli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Kommandon:');
  });

  it('the English help of lsys and of every command has no Swedish words, only domain terms', async () => {
    // Words of the regulation and of the documents' fields stay Swedish in English text.
    const DOMAIN = new Set([
      'fastställd',
      'åtgärd',
      'åtgärder',
      'ägare',
      'riskvärde',
      'läskvittens',
      'sammanställning',
      'ansvarsfördelning',
      'kvalitetsberättelse',
      'patientsäkerhetsberättelse',
      'årshjul.påminnelse_dagar',
      // lsys approve / withdraw name the fields they set.
      'fastställd_av',
      'defaults.fastställd_av',
      'upphävd',
      'ersätter',
      'revision.max_månader',
    ]);
    const SWEDISH =
      /\b(och|eller|inte|för|med|som|att|mapp|mappen|mappar|fil|filen|filer|antal|sökväg|sökvägar|flagga|flaggor|kommando|kommandon|lista|regel|regler|nivå|visa|hjälp|användning|standard\))\b/i;
    const top = await runCli(['--help', '--lang', 'en']);
    const commands = [...top.stdout.split('Commands:')[1]!.matchAll(/^ {2}(\w+)/gm)].map((x) => x[1]!);
    expect(commands).toEqual(['validate', 'report', 'site', 'new', 'approve', 'withdraw', 'due', 'calendar', 'diff', 'init', 'help']);
    for (const argv of [['--help'], ...commands.map((c) => [c, '--help']), ['help', 'validate']]) {
      const { stdout, code } = await runCli([...argv, '--lang', 'en']);
      expect(code).toBe(0);
      const text = stdout.replace(/--lang <sv\|en>/g, '');
      for (const word of text.match(/[\p{L}_/.-]*[åäöÅÄÖ][\p{L}_/.-]*/gu) ?? [])
        expect(DOMAIN, `${argv.join(' ')}: "${word}"`).toContain(word);
      expect(SWEDISH.exec(text)?.[0], `${argv.join(' ')}`).toBeUndefined();
    }
  });

  it('prints the package version', async () => {
    const r = await runCli(['--version']);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(r.stdout.trim()).toBe(pkg.version);
    expect(r.code).toBe(0);
  });
});

describe('the bin', () => {
  const BIN = fileURLToPath(new URL('../bin/lsys.js', import.meta.url));
  const EXAMPLE = fileURLToPath(new URL('../examples/solbacka/', import.meta.url));

  it('exists and runs the bundled CLI', () => {
    expect(existsSync(BIN)).toBe(true);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });

  it('writes the same report as the sources do (the report chunks, templates and schemas are found)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-bin-'));
    const args = (out: string) => [
      'report',
      '--cwd',
      EXAMPLE,
      '--today',
      '2026-12-01',
      '--year',
      '2026',
      '--no-git',
      '--no-cache',
      '--format',
      'json',
      '--output',
      out,
    ];
    execFileSync(process.execPath, [BIN, ...args(join(dir, 'bin.json'))], { stdio: 'ignore' });
    const r = await runCli(args(join(dir, 'src.json')));
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'bin.json'), 'utf8')).toBe(readFileSync(join(dir, 'src.json'), 'utf8'));
    // From a cache (cold, then warm): the analysis texts are read from their files either way.
    for (const name of ['cold.json', 'warm.json']) {
      const argv = args(join(dir, name)).flatMap((a) => (a === '--no-cache' ? ['--cache-location', join(dir, 'facts.json')] : [a]));
      execFileSync(process.execPath, [BIN, ...argv], { stdio: 'ignore' });
      expect(readFileSync(join(dir, name), 'utf8')).toBe(readFileSync(join(dir, 'src.json'), 'utf8'));
    }
    expect(readFileSync(join(dir, 'src.json'), 'utf8')).toMatch(/"markdown": "[^"]+/);
    execFileSync(process.execPath, [BIN, ...args(join(dir, 'bin.html')).map((a) => (a === 'json' ? 'html' : a))], { stdio: 'ignore' });
    expect(readFileSync(join(dir, 'bin.html'), 'utf8')).toMatch(/<svg[\s\S]*Täckning av SOSFS 2011:9/);
    rmSync(dir, { recursive: true, force: true });
  });
});
