/**
 * A repository written as a real municipality would have it in December 2026
 * (test/fixtures/ekbacka-2026): some routines rewritten for the new Socialtjänstlag
 * (2025:400), some still citing the old one with or without its number, one on the repealed
 * SOSFS 2009:6, one correct new citation of 14 kap. 3 § in a dokumentation routine, one
 * routine past its review date and one paragraph not covered. It gives exactly the expected
 * findings; `--fix` rewrites only the one-to-one, certain citations (nothing else in any
 * file), and what is left needs a human.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/ekbacka-2026/', import.meta.url));
const TODAY = '2026-12-01';
const R = 'ledningssystem/rutiner/';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsys-ekbacka-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

async function findings(dir: string, ...extra: string[]): Promise<{ code: number; list: string[]; stdout: string }> {
  const r = await runCli(['validate', '--cwd', dir, '--today', TODAY, '--no-git', '--format', 'json', ...extra]);
  const json = JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string; severity: string }> };
  return { code: r.code, stdout: r.stdout, list: json.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.severity}`) };
}

/** Findings that stay whatever --fix does: dates, coverage and the citations that need a human. */
const HUMAN = [
  'ledningssystem/ansvar/ANS-001-ansvarsfordelning.md:10 review/due-soon warning',
  'ledningssystem/egenkontroll/EGK-001-journalgranskning.md:10 review/due-soon warning',
  'ledningssystem/processer/PRO-001-utredning-beslut-insats.md:10 review/due-soon warning',
  `${R}RUT-001-lex-sarah-rapportering.md:10 review/overdue error`,
  // 14 kap. 6 § → 27 kap. 5 § is of medium confidence: the coordinator decides.
  `${R}RUT-004-lex-sarah-utredning.md:13 lagrum/renumbered warning`,
  // SOSFS 2009:6 was replaced by a law, not renumbered: the routine must be rewritten.
  `${R}RUT-005-egenvard.md:13 lagrum/repealed warning`,
  `${R}RUT-007-handlaggning.md:10 review/due-soon warning`,
  // 11 kap. 5 § went to 14 kap. 3 § with exceptions in 4–5 §§: not one-to-one.
  `${R}RUT-008-dokumentation-handlaggning.md:14 lagrum/repealed warning`,
  'lsys.yaml:4 coverage/missing warning',
];

/** Citations --fix rewrites: file, line, the line before and after. */
const FIXED: Array<[string, number, string, string, string]> = [
  [`${R}RUT-001-lex-sarah-rapportering.md`, 13, '  - SoL 14:3', '  - SoL 2025:400 27:2', 'lagrum/repealed'],
  [
    `${R}RUT-001-lex-sarah-rapportering.md`,
    14,
    '  - "SoL 14:7"   # anmälan till IVO',
    '  - "SoL 2025:400 27:6"   # anmälan till IVO',
    'lagrum/repealed',
  ],
  [`${R}RUT-003-orosanmalan.md`, 13, '  - SoL 14:1', '  - SoL 2025:400 19:1', 'lagrum/renumbered'],
  [`${R}RUT-004-lex-sarah-utredning.md`, 14, '  - SoL 14:7', '  - SoL 2025:400 27:6', 'lagrum/renumbered'],
  [`${R}RUT-008-dokumentation-handlaggning.md`, 13, '  - SoL 2001:453 11:1', '  - SoL 2025:400 14:2', 'lagrum/repealed'],
];

describe('Ekbacka kommun, December 2026', () => {
  it('gives exactly the expected findings', async () => {
    const dir = copy();
    const before = await findings(dir);
    const fixable = FIXED.map(([file, line, , , rule]) => `${file}:${line} ${rule} warning`);
    expect(before.list.sort()).toEqual([...HUMAN, ...fixable].sort());
    expect(before.code).toBe(1);
    // The dokumentation routine cites 14 kap. 3 § and 14 kap. 6 § in their new meaning.
    expect(before.list.filter((f) => f.includes('RUT-002'))).toEqual([]);
  });

  it('names the new place, the successor law and the doubt in Swedish', async () => {
    const r = await runCli(['validate', '--cwd', copy(), '--today', TODAY, '--no-git']);
    expect(r.stdout).toContain(
      '14 kap. 3 § (lex Sarah: rapporteringsskyldighet) motsvaras enligt innehållet av SoL 2025:400 27 kap. 2 §; kontrollera',
    );
    expect(r.stdout).toContain('den ersätts av Lag (2022:1250) om egenvård (Egenvårdslagen)');
    expect(r.stdout).toContain('motsvaras enligt innehållet troligen av SoL 2025:400 27 kap. 5 §, men jämförelsen är osäkrare');
    // The sign of the old meaning is shown as the words of the title, not as lsys's word stems.
    expect(r.stdout).toContain('Tecken på den gamla betydelsen: titeln (”orosanmälan”).');
  });

  it('--fix-dry-run lists the changes and writes nothing', async () => {
    const dir = copy();
    const r = await runCli(['validate', '--cwd', dir, '--today', TODAY, '--no-git', '--fix-dry-run']);
    for (const [file, line, from, to] of FIXED) {
      expect(r.stdout).toContain(
        `${file}:${line}  ${JSON.stringify(from.replace(/^ {2}- "?|"?( {3}#.*)?$/g, ''))} → ${JSON.stringify(to.replace(/^ {2}- "?|"?( {3}#.*)?$/g, ''))}`,
      );
    }
    for (const f of files(FIXTURE)) expect(readFileSync(join(dir, f), 'utf8')).toBe(readFileSync(join(FIXTURE, f), 'utf8'));
  });

  it('--fix changes only the certain citations, and leaves the findings that need a human', async () => {
    const dir = copy();
    const fixed = await findings(dir, '--fix');
    expect(fixed.list.sort()).toEqual([...HUMAN].sort());
    // Every file is byte for byte as before except the fixed lines.
    for (const f of files(FIXTURE)) {
      const was = readFileSync(join(FIXTURE, f), 'utf8').split('\n');
      const now = readFileSync(join(dir, f), 'utf8').split('\n');
      const expected = [...was];
      for (const [file, line, from, to] of FIXED) {
        if (file !== relative('.', f)) continue;
        expect(was[line - 1]).toBe(from);
        expected[line - 1] = to;
      }
      expect(now, f).toEqual(expected);
    }
    // A second --fix finds nothing more to do and gives the same findings.
    const again = await runCli(['validate', '--cwd', dir, '--today', TODAY, '--no-git', '--fix-dry-run']);
    expect(again.stdout).toContain('Inget att rätta automatiskt.');
    expect(again.stdout).not.toMatch(/" → "/);
    expect((await findings(dir)).list.sort()).toEqual([...HUMAN].sort());
  });
});
