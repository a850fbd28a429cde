/**
 * `lsys validate --fix` and `--fix-dry-run`: rewrite only one-to-one, high-confidence SoL
 * citations, edit only that string, print each change, and then print the findings that remain.
 */
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { doc, makeRepo, PROCESS_BODY, processDoc, rutin, type TestRepo } from './helpers/repo.js';

const TODAY = '2025-09-01';
const body = (title: string): string =>
  `# ${title}\n\n## Syfte\n\nEnligt SoL 14:3 och SoL 14:1 ska personalen agera.\n\n## Ansvar\n\nText.\n\n## Genomförande\n\nText.\n\n## Uppföljning\n\nText.\n`;

/** RUT-010 is written by hand: comments, quoting and CRLF-free block style as a coordinator writes it. */
const RUT_010 = `---
# Lex Sarah – reviderad efter nya SoL
id: RUT-010
typ: rutin
titel: "Rapportering enligt lex Sarah"
status: fastställd
version: '2.0'
ägare: enhetschef
fastställd_av: förvaltningschef
fastställd: 2025-08-01   # nämndens beslut
revideras: 2026-07-31
process: PRO-001
lagrum:
  - SOSFS 2011:5   # föreskriften
  - SoL 14:3       # rapportera
  - "SoL 14:6"
---
${body('Rapportering enligt lex Sarah')}`;

const RUT_001 = `---
id: RUT-001
typ: rutin
titel: Orosanmälan
status: fastställd
version: 1.0
ägare: enhetschef
fastställd_av: förvaltningschef
fastställd: 2025-03-01
revideras: 2026-02-28
process: PRO-001
lagrum: [SoL 2001:453 11:6, 'SoL 14:1']   # gamla lagen
---
${body('Orosanmälan')}`;

const files = (): Record<string, string> => ({
  'ledningssystem/PRO-001.md': doc(processDoc('PRO-001', { fastställd: '2025-08-01', revideras: '2026-07-31' }), PROCESS_BODY),
  'ledningssystem/RUT-010.md': RUT_010,
  'ledningssystem/RUT-001.md': RUT_001,
  // A routine about documentation that rightly cites the new 14 kap. 3 §: nothing to say.
  'ledningssystem/RUT-020.md': doc(
    rutin('RUT-020', { titel: 'Social dokumentation', fastställd: '2025-08-15', revideras: '2026-08-14', lagrum: ['SoL 14:3'] }),
    body('Social dokumentation'),
  ),
});

const repos: TestRepo[] = [];
const dirs: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((r) => r.cleanup());
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});
const repo = (f = files()): TestRepo => {
  const r = makeRepo(f);
  repos.push(r);
  return r;
};
const read = (r: TestRepo, f: string): string => readFileSync(join(r.root, f), 'utf8');
const validate = (r: TestRepo, ...args: string[]) =>
  runCli(['validate', '--cwd', r.root, '--today', TODAY, '--no-git', '--no-cache', ...args]);
/** The rule:line pairs of the findings in stylish output (`  17:3  varning  …  rule`). */
const findings = (stdout: string): string[] =>
  stdout
    .split('\n')
    .map((l) => /^\s+(\d+):\d+\s+\S+\s+.*\s(\S+\/\S+)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `${m[2]}:${m[1]}`);

describe('lsys validate --fix', () => {
  it('before: four lagrum warnings, two of them safely fixable', async () => {
    const r = repo();
    const run = await validate(r);
    expect(run.code).toBe(0);
    expect(findings(run.stdout).sort()).toEqual(
      ['lagrum/renumbered:15', 'lagrum/renumbered:16', 'lagrum/repealed:12', 'lagrum/repealed:12'].sort(),
    );
  });

  it('rewrites only the one-to-one, high-confidence citations, prints each change, then what remains', async () => {
    const r = repo();
    const run = await validate(r, '--fix');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Rättade 2 hänvisningar i 2 filer:\n' +
        '  ledningssystem/RUT-001.md:12  "SoL 14:1" → "SoL 2025:400 19:1"  (lagrum/repealed)\n' +
        '  ledningssystem/RUT-010.md:15  "SoL 14:3" → "SoL 2025:400 27:2"  (lagrum/renumbered)\n',
    );
    // What needs a human remains: 11:6 went to two paragraphs, 14:6 is of medium confidence.
    expect(findings(run.stdout).sort()).toEqual(['lagrum/renumbered:16', 'lagrum/repealed:12'].sort());
    expect(run.stdout).toMatch(/”SoL 2001:453 11:6”[^\n]*14 kap\. 6–7 §§/);
    // Exactly the strings changed: comments, quoting, order and the body stay.
    expect(read(r, 'ledningssystem/RUT-010.md')).toBe(
      RUT_010.replace('  - SoL 14:3       # rapportera', '  - SoL 2025:400 27:2       # rapportera'),
    );
    expect(read(r, 'ledningssystem/RUT-001.md')).toBe(RUT_001.replace("'SoL 14:1'", "'SoL 2025:400 19:1'"));
    expect(read(r, 'ledningssystem/RUT-020.md')).toBe(files()['ledningssystem/RUT-020.md']);
    // A second run finds nothing more to fix.
    const again = await validate(r, '--fix');
    expect(again.stdout).toMatch(/^Inget att rätta automatiskt\.\n/);
  });

  it('--fix-dry-run prints the same changes and writes nothing', async () => {
    const r = repo();
    const run = await validate(r, '--fix-dry-run');
    expect(run.stdout).toContain('Skulle rätta 2 hänvisningar i 2 filer (--fix-dry-run: inget har skrivits):\n');
    expect(run.stdout).toContain('  ledningssystem/RUT-010.md:15  "SoL 14:3" → "SoL 2025:400 27:2"  (lagrum/renumbered)\n');
    expect(findings(run.stdout)).toHaveLength(4);
    for (const [f, text] of Object.entries(files())) expect(read(r, f)).toBe(text);
    // Both options: the dry run wins.
    const both = await validate(r, '--fix', '--fix-dry-run');
    expect(both.stdout).toContain('Skulle rätta 2 hänvisningar');
    for (const [f, text] of Object.entries(files())) expect(read(r, f)).toBe(text);
  });

  it('keeps JSON on stdout valid: the changes go to stderr; English with --lang en', async () => {
    const r = repo();
    const run = await validate(r, '--fix', '--format', 'json', '--lang', 'en');
    const json = JSON.parse(run.stdout) as { diagnostics: Array<{ rule: string; file: string }> };
    expect(json.diagnostics.map((d) => `${d.file} ${d.rule}`).sort()).toEqual([
      'ledningssystem/RUT-001.md lagrum/repealed',
      'ledningssystem/RUT-010.md lagrum/renumbered',
    ]);
    expect(run.stderr).toContain('Fixed 2 references in 2 files:\n');
    expect(run.stderr).toContain('  ledningssystem/RUT-001.md:12  "SoL 14:1" → "SoL 2025:400 19:1"  (lagrum/repealed)\n');
  });

  it('fixes only under the paths given, and not what a rule turned off reports', async () => {
    const r = repo();
    await validate(r, '--fix', join(r.root, 'ledningssystem/RUT-001.md'));
    expect(read(r, 'ledningssystem/RUT-010.md')).toBe(RUT_010);
    expect(read(r, 'ledningssystem/RUT-001.md')).not.toBe(RUT_001);
    const off = repo();
    const run = await validate(off, '--fix', '--rule', 'lagrum/renumbered=off');
    expect(read(off, 'ledningssystem/RUT-010.md')).toBe(RUT_010);
    expect(run.stdout).toContain('Rättade 1 hänvisning i 1 fil:');
  });

  it('never replaces a symbolic link: the document behind it is left as it was, and the reason is said', async () => {
    const { 'ledningssystem/RUT-010.md': _own, ...rest } = files();
    const r = repo(rest);
    // The link's target is inside the repository (a link that leads out is not read at all).
    mkdirSync(join(r.root, 'arkiv'));
    const target = join(r.root, 'arkiv/RUT-010.md');
    writeFileSync(target, RUT_010);
    symlinkSync(target, join(r.root, 'ledningssystem/RUT-010.md'));
    const run = await validate(r, '--fix');
    expect(lstatSync(join(r.root, 'ledningssystem/RUT-010.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(r.root, 'ledningssystem/RUT-010.md'))).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe(RUT_010);
    expect(run.stdout).toContain(
      'Rättades inte:\n  ledningssystem/RUT-010.md:15  "SoL 14:3": filen är ingen vanlig fil (t.ex. en symbolisk länk) och skrivs inte om\n',
    );
    expect(findings(run.stdout)).toContain('lagrum/renumbered:15');
  });

  it('keeps a document’s file mode', async () => {
    const r = repo();
    const f = join(r.root, 'ledningssystem/RUT-010.md');
    const { chmodSync } = await import('node:fs');
    chmodSync(f, 0o640);
    await validate(r, '--fix');
    expect(lstatSync(f).mode & 0o777).toBe(0o640);
  });

  it('prints the same remaining findings with the cache, cold and warm, as without it', async () => {
    const a = repo();
    const b = repo();
    const cache = join(mkdtempSync(join(tmpdir(), 'lsys-fix-cache-')), 'facts.jsonl');
    dirs.push(join(cache, '..'));
    const args = ['validate', '--today', TODAY, '--no-git', '--format', 'json'];
    // Warm the cache with the unfixed files first: the fixed files must not be read from it.
    await runCli([...args, '--cwd', a.root, '--cache-location', cache]);
    const cached = await runCli([...args, '--cwd', a.root, '--cache-location', cache, '--fix']);
    const plain = await runCli([...args, '--cwd', b.root, '--no-cache', '--fix']);
    expect(cached.stdout).toBe(plain.stdout.replaceAll(b.root, a.root));
    const warm = await runCli([...args, '--cwd', a.root, '--cache-location', cache]);
    expect(warm.stdout).toBe(cached.stdout);
    expect(existsSync(cache)).toBe(true);
  });

  it('is described in validate --help, in Swedish and English', async () => {
    // Help is wrapped to the terminal width: compare with the wrapping undone.
    const unwrap = (s: string): string => s.replace(/\s+/g, ' ');
    const sv = await runCli(['validate', '--help']);
    expect(unwrap(sv.stdout)).toMatch(/--fix\s+skriv om lagrum som kan rättas säkert/);
    expect(unwrap(sv.stdout)).toMatch(/--fix-dry-run\s+visa vad --fix skulle ändra, utan att skriva något/);
    expect(sv.stdout).toMatch(/lagrum\/renumbered\s+warning/);
    const en = await runCli(['validate', '--help', '--lang', 'en']);
    expect(unwrap(en.stdout)).toMatch(/--fix\s+rewrite legal references that can be fixed safely/);
    expect(unwrap(en.stdout)).toMatch(/--fix-dry-run\s+show what --fix would change, without writing anything/);
  });
});

describe('a municipality in 2026, halfway through the new SoL', () => {
  it('gives the expected findings, and --fix leaves only those that need a human', async () => {
    const r = repo();
    cpSync(join(r.root, 'ledningssystem/RUT-020.md'), join(r.root, 'ledningssystem/RUT-021.md'));
    writeFileSync(
      join(r.root, 'ledningssystem/RUT-021.md'),
      read(r, 'ledningssystem/RUT-021.md')
        .replace('RUT-020', 'RUT-021')
        .replace('Social dokumentation', 'Kvalitetsarbete')
        .replace('- SoL 14:3', '- SoL 3:3'),
    );
    const before = await validate(r);
    expect(findings(before.stdout).sort()).toEqual(
      ['lagrum/renumbered:15', 'lagrum/renumbered:16', 'lagrum/repealed:12', 'lagrum/repealed:12', 'lagrum/renumbered:13'].sort(),
    );
    const after = await validate(r, '--fix');
    // 3:3 was split in three: the human chooses.
    expect(findings(after.stdout).sort()).toEqual(['lagrum/renumbered:13', 'lagrum/renumbered:16', 'lagrum/repealed:12'].sort());
  });
});
