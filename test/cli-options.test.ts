/**
 * Option values are checked by commander as it parses them (Option.choices, argParser, see
 * src/cli/options.ts): a bad value exits 2 with one line in the user's language — the line lsys
 * has always printed, not commander's English "argument 'x' is invalid" — before any work.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
const scratch = mkdtempSync(join(tmpdir(), 'lsys-options-'));
afterAll(() => {
  repo.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const validate = ['validate', '--cwd', repo.root, '--no-git', '--no-cache'];
const report = ['report', '--cwd', repo.root, '--today', TODAY, '--no-git', '--no-cache'];
const init = ['init', join(scratch, 'new-repo')];

const CASES: Array<[name: string, argv: string[], sv: string, en: string]> = [
  [
    'validate --format',
    [...validate, '--format', 'xml'],
    '--format "xml" finns inte. Välj stylish, json, github, junit, sarif, gitlab eller azure.',
    '--format "xml" does not exist. Choose stylish, json, github, junit, sarif, gitlab or azure.',
  ],
  [
    'report --format',
    [...report, '--format', 'pdf'],
    '--format "pdf" finns inte för report. Välj html, md eller json.',
    '--format "pdf" does not exist for report. Choose html, md or json.',
  ],
  [
    '--kind',
    [...report, '--kind', 'arsberattelse'],
    '--kind "arsberattelse" finns inte. Välj kvalitetsberattelse eller patientsakerhetsberattelse.',
    '--kind "arsberattelse" does not exist. Choose kvalitetsberattelse or patientsakerhetsberattelse.',
  ],
  [
    '--today',
    [...validate, '--today', '2026-02-30'],
    '--today "2026-02-30" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.',
    '--today "2026-02-30" is not a valid date. Write YYYY-MM-DD, e.g. 2026-11-25.',
  ],
  [
    'report --today',
    [...report, '--today', '25-11-2026'],
    '--today "25-11-2026" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.',
    '--today "25-11-2026" is not a valid date. Write YYYY-MM-DD, e.g. 2026-11-25.',
  ],
  [
    'init --today',
    [...init, '--today', 'igår'],
    '--today "igår" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.',
    '--today "igår" is not a valid date. Write YYYY-MM-DD, e.g. 2026-11-25.',
  ],
  [
    '--year (two digits)',
    [...report, '--year', '26'],
    '--year "26" är inget år. Skriv fyra siffror, t.ex. --year 2026.',
    '--year "26" is not a year. Write four digits, e.g. --year 2026.',
  ],
  [
    '--year (out of range)',
    [...report, '--year', '1899'],
    '--year "1899" är inget år. Skriv fyra siffror, t.ex. --year 2026.',
    '--year "1899" is not a year. Write four digits, e.g. --year 2026.',
  ],
  [
    '--workers (too many)',
    [...validate, '--workers', '65'],
    '--workers "65" ska vara ett heltal från 0 till 64.',
    '--workers "65" must be a whole number from 0 to 64.',
  ],
  [
    '--workers (not a number)',
    [...report, '--workers', 'två'],
    '--workers "två" ska vara ett heltal från 0 till 64.',
    '--workers "två" must be a whole number from 0 to 64.',
  ],
  [
    '--max-warnings',
    [...validate, '--max-warnings', '-1'],
    '--max-warnings "-1" ska vara ett heltal, 0 eller större.',
    '--max-warnings "-1" must be a whole number, 0 or more.',
  ],
  [
    '--rule severity',
    [...validate, '--rule', 'review/overdue=loud'],
    '--rule "review/overdue=loud": skriv regel=nivå, t.ex. --rule coverage/missing=off (nivå: error, warning eller off).',
    '--rule "review/overdue=loud": write rule=level, e.g. --rule coverage/missing=off (level: error, warning or off).',
  ],
  [
    '--sector',
    [...init, '--sector', 'sol,äldreomsorg'],
    '--sector "äldreomsorg" finns inte. Välj bland sol, lss och hsl, t.ex. --sector sol,hsl.',
    '--sector "äldreomsorg" does not exist. Choose from sol, lss and hsl, e.g. --sector sol,hsl.',
  ],
];

describe('a bad option value exits 2 with one line, in Swedish and in English', () => {
  it.each(CASES)('%s', async (_name, argv, sv, en) => {
    for (const [args, expected] of [
      [argv, sv],
      [[...argv, '--lang', 'en'], en],
    ] as const) {
      const r = await runCli([...args], { cwd: scratch });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(`lsys: ${expected}\n`);
      expect(r.stdout).toBe('');
    }
    // Checked before any work: nothing was written.
    expect(readdirSync(scratch)).toEqual([]);
    expect(readdirSync(repo.root).filter((f) => /berattelse/.test(f))).toEqual([]);
  });

  it('every value given is checked, not only the last', async () => {
    const r = await runCli([...validate, '--today', TODAY, '--format', 'xml', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lsys: --format "xml" finns inte. Välj stylish, json, github, junit, sarif, gitlab eller azure.\n');
  });

  it('LSYS_TODAY is checked like --today', async () => {
    const r = await runCli(validate, { env: { LSYS_TODAY: '2026-13-01' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lsys: --today "2026-13-01" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.\n');
  });
});

describe('good option values reach the command', () => {
  it('--workers, --max-warnings, --rule (the later wins) and --format as parsed values', async () => {
    // The repository's one finding is ref/unresolved (its process is missing): made a warning.
    const args = [
      ...validate,
      '--today',
      TODAY,
      '--workers',
      '0',
      '--rule',
      'ref/unresolved=error',
      '--rule',
      'ref/unresolved=warning',
      '--format',
      'json',
    ];
    const within = await runCli([...args, '--max-warnings', '1']);
    expect(within.stderr).toBe('');
    expect(JSON.parse(within.stdout).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(within.code).toBe(0);
    expect((await runCli([...args, '--max-warnings', '0'])).code).toBe(1);
  });

  it('--sector: repeats dropped, spaces allowed', async () => {
    const dir = join(scratch, 'sectors');
    try {
      const r = await runCli(['init', dir, '--today', TODAY, '--sector', 'sol, hsl,sol']);
      expect(r.code).toBe(0);
      expect(existsSync(join(dir, 'lsys.yaml'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
