/**
 * What a reader of the finished report sees: the units of a patientsäkerhetsberättelse when no
 * unit runs hsl, paragraphs that stay paragraphs in Markdown, and a fresh `lsys init`
 * repository whose egenkontroll is not yet due.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

/** Text of a report without tags and with whitespace (also no-break spaces) collapsed. */
const words = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Run `lsys report` into a file of its own and return the file's text. */
async function report(repo: string, args: string[], format = 'md'): Promise<string> {
  const out = join(repo, `rapport-${Math.random().toString(36).slice(2)}.${format}`);
  const r = await runCli(['report', '--cwd', repo, '--no-git', '--format', format, '--output', out, ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('a patientsäkerhetsberättelse where hsl is run by the organisation but by no unit', () => {
  const repo = tmp('lsys-psb-units-');
  cpSync(EXAMPLE, repo, { recursive: true, filter: notGenerated });
  const yaml = readFileSync(join(repo, 'lsys.yaml'), 'utf8').replace(
    /enheter:\n(?: {2}- .*\n)+/,
    'enheter:\n  - { id: solgläntan, namn: Solgläntans särskilda boende, verksamhetsformer: [sol] }\n',
  );
  writeFileSync(join(repo, 'lsys.yaml'), yaml.replace(/verksamhetsformer: \[sol, lss, hsl\]/, 'verksamhetsformer: [sol, hsl]'));

  it.each([
    [
      'md',
      'sv',
      'Enheter:** Ingen enhet bedriver hälso- och sjukvård (hsl)',
      'Ingen av enheterna i lsys.yaml bedriver hälso- och sjukvård (hsl)',
    ],
    ['md', 'en', 'Units:** No unit runs health care (hsl)', 'None of the units in lsys.yaml runs health care (hsl)'],
    [
      'html',
      'sv',
      'Enheter Ingen enhet bedriver hälso- och sjukvård (hsl)',
      'Ingen av enheterna i lsys.yaml bedriver hälso- och sjukvård (hsl)',
    ],
    ['html', 'en', 'Units No unit runs health care (hsl)', 'None of the units in lsys.yaml runs health care (hsl)'],
  ] as const)('%s, %s: says that no unit runs health care, not that there are no units', async (format, lang, facts, section) => {
    const out = join(repo, `psb-${lang}.${format}`);
    const r = await runCli([
      'report',
      '--cwd',
      repo,
      '--today',
      '2027-01-20',
      '--no-git',
      '--kind',
      'patientsakerhetsberattelse',
      '--format',
      format,
      '--lang',
      lang,
      '--output',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const w = words(readFileSync(out, 'utf8'));
    expect(w).toContain(facts);
    expect(w).toContain(section);
    expect(w).not.toMatch(/Inga enheter|No units (are )?listed/);
  });

  it('a kvalitetsberättelse of the same repository still lists the unit', async () => {
    expect(await report(repo, ['--today', '2027-01-20'])).toContain('**Enheter:** Solgläntans särskilda boende');
  });
});

describe('the Markdown report', () => {
  const repo = tmp('lsys-md-paragraphs-');
  cpSync(EXAMPLE, repo, { recursive: true, filter: notGenerated });

  it.each(['kvalitetsberattelse', 'patientsakerhetsberattelse'])(
    '%s: the introduction is two paragraphs, separated by a blank line',
    async (kind) => {
      const lines = (await report(repo, ['--today', '2027-01-20', '--kind', kind])).split('\n');
      const first = lines.findIndex((l) => /^(Kvalitetsberättelsen|Patientsäkerhetsberättelsen) beskriver/.test(l));
      expect(first).toBeGreaterThan(0);
      expect(lines[first + 1]).toBe('');
      expect(lines[first + 2]).toMatch(/^Uppgifterna är hämtade/);
    },
  );

  it('a paragraph reference never breaks before "§" (no-break spaces)', async () => {
    const out = await report(repo, ['--today', '2027-01-20']);
    expect(out).toMatch(/\| 3\u00a0kap\.\u00a01\u00a0§ \|/);
    expect(out).not.toMatch(/\| \d+ kap\. \d+ §/);
  });
});

describe('a fresh lsys init repository', () => {
  it('an egenkontroll approved on the report date has no planned occasion yet (nothing missed)', async () => {
    const repo = join(tmp('lsys-init-report-'), 'ls');
    const init = await runCli(['init', repo, '--today', '2026-12-01']);
    expect(init.code).toBe(0);
    expect(await report(repo, ['--year', '2026', '--today', '2026-12-01'])).not.toMatch(/0 av 1 \(0\s%\)/);
    const model = JSON.parse(await report(repo, ['--year', '2026', '--today', '2026-12-01'], 'json')) as {
      selfInspection: { planerade: number };
    };
    expect(model.selfInspection.planerade).toBe(0);
  });
});
