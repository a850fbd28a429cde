/**
 * CLI scenarios as a table over fixture repositories (markdownlint-cli2's test cases): each
 * row runs `lsys` in-process (main(), as bin/lsys.js does) in a folder under test/fixtures/
 * and compares the exit code and the whole output, stdout and stderr, normalised (the
 * fixture's path, the version), with a golden file in test/golden/cli/. Update goldens
 * deliberately with `npx vitest run test/cli-scenarios.test.ts -u` and review the diff.
 * The fixtures are only read: every row runs with --no-git and --no-cache.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/core/version.js';
import { runCli } from './helpers/cli.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Scenario {
  name: string;
  args: string[];
  /** The fixture folder the command runs in. */
  cwd: string;
  exitCode: number;
  /** Checked besides the golden, so that `-u` cannot quietly accept a different message. */
  stderr?: RegExp;
  stdout?: RegExp;
}

const V = ['validate', '--today', '2026-11-25', '--no-git', '--no-cache'];

const SCENARIOS: Scenario[] = [
  { name: 'clean', cwd: 'clean', args: V, exitCode: 0, stdout: /^✔ Inga problem i 3 filer \(2 dokument\)\n$/ },
  { name: 'clean-en', cwd: 'clean', args: [...V, '--lang', 'en'], exitCode: 0, stdout: /^✔ No problems in 3 files \(2 documents\)\n$/ },
  { name: 'clean-from-subfolder', cwd: 'clean/ledningssystem/rutiner', args: V, exitCode: 0 },
  { name: 'broken', cwd: 'broken', args: V, exitCode: 1, stdout: /review\/overdue[\s\S]*✖ 10 problem \(9 fel, 1 varning\) i 7 filer\n$/ },
  { name: 'broken-en', cwd: 'broken', args: [...V, '--lang', 'en'], exitCode: 1 },
  { name: 'broken-json', cwd: 'broken', args: [...V, '--format', 'json'], exitCode: 1 },
  { name: 'broken-github', cwd: 'broken', args: [...V, '--format', 'github'], exitCode: 1 },
  { name: 'broken-quiet', cwd: 'broken', args: [...V, '--quiet'], exitCode: 1 },
  {
    name: 'broken-rules-off',
    cwd: 'broken',
    args: [...V, '--rule', 'review/due-soon=off', '--rule', 'review/overdue=warning'],
    exitCode: 1,
  },
  { name: 'broken-one-path', cwd: 'broken', args: [...V, 'ledningssystem/rutiner/RUT-002.md'], exitCode: 0 },
  { name: 'bad-encoding', cwd: 'bad-encoding', args: V, exitCode: 1, stdout: /file\/encoding/ },
  { name: 'ekbacka-2026', cwd: 'ekbacka-2026', args: ['validate', '--today', '2026-12-01', '--no-git', '--no-cache'], exitCode: 1 },
  // lsys.yaml errors: exit 2 with one line on stderr naming the place (moved here from test/cli.test.ts).
  {
    name: 'config-unknown-key',
    cwd: 'config-unknown-key',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:14:1: okänd nyckel "revidering".*tillåtna nycklar: organisation/,
  },
  {
    name: 'config-nested-typo',
    cwd: 'config-nested-typo',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:15:3: okänd nyckel "varna_dag" \(revision\)/,
  },
  { name: 'config-yaml-syntax', cwd: 'config-yaml-syntax', args: V, exitCode: 2, stderr: /^lsys: lsys\.yaml:\d+:\d+: YAML-fel/ },
  {
    name: 'config-missing-key',
    cwd: 'config-missing-key',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:1:1: nyckeln "roller" saknas\. Lägg till den\./,
  },
  {
    name: 'config-wrong-sector',
    cwd: 'config-wrong-sector',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:2:\d+: "verksamhetsformer post 2" har ett otillåtet värde\. Tillåtna värden: sol, lss, hsl\./,
  },
  {
    name: 'config-unknown-rule',
    cwd: 'config-unknown-rule',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:14:3: Okänd regel "review\/overdu"/,
  },
  {
    name: 'config-bad-exemption',
    cwd: 'config-bad-exemption',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:15:5: undantaget gäller 4:9/,
  },
  {
    name: 'config-not-mapping',
    cwd: 'config-not-mapping',
    args: V,
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:1:1: filen ska vara en mappning/,
  },
  {
    name: 'config-unknown-key-en',
    cwd: 'config-unknown-key',
    args: [...V, '--lang', 'en'],
    exitCode: 2,
    stderr: /^lsys: lsys\.yaml:14:1: unknown key "revidering"/,
  },
];

/** The output with what differs between machines and releases replaced: the fixtures' path, the version. */
function normalise(text: string): string {
  return text.split(FIXTURES).join('<fixtures>/').split(FIXTURES.replace(/\/$/, '')).join('<fixtures>').split(VERSION).join('<version>');
}

describe('CLI scenarios over test/fixtures', () => {
  it.each(SCENARIOS)('$name', async (s) => {
    const cwd = FIXTURES + s.cwd;
    const r = await runCli(s.args, { cwd });
    const golden = `$ lsys ${s.args.join(' ')}   (in ${s.cwd})\nexit ${r.code}\n--- stdout\n${normalise(r.stdout)}--- stderr\n${normalise(r.stderr)}`;
    await expect(golden).toMatchFileSnapshot(`./golden/cli/${s.name}.txt`);
    expect(r.code).toBe(s.exitCode);
    if (s.stdout) expect(r.stdout).toMatch(s.stdout);
    if (s.stderr) expect(r.stderr).toMatch(s.stderr);
    if (s.exitCode === 2) {
      // A configuration or usage error: one line, no stack trace, nothing on stdout.
      expect(r.stderr.endsWith('\n')).toBe(true);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
      expect(r.stdout).toBe('');
    }
  });
});
