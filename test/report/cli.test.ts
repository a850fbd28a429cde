/** `lsys report` as a user meets it: files written, never overwritten, exit codes, formats. */
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lsys-report-'));
  cpSync(EXAMPLE, dir, { recursive: true, filter: notGenerated });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = () => ['report', '--cwd', dir, '--today', '2027-01-20', '--no-git'];

describe('lsys report', () => {
  it('writes kvalitetsberattelse-<year before today>.html in the repository, with the generator mark', async () => {
    const r = await runCli(base());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skrev .*kvalitetsberattelse-2026\.html \(kvalitetsberättelse 2026, \d+ ms\)\./);
    const html = readFileSync(join(dir, 'kvalitetsberattelse-2026.html'), 'utf8');
    expect(html).toMatch(/<meta name="generator" content="lsys \d+\.\d+\.\d+">/);
    expect(html).toContain('Solbacka kommun');
    expect(html).not.toMatch(/<script/i);
    // No temp file is left behind by the atomic write.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces its own file on a second run, but never a file it did not write (exit 2, file untouched) unless --force', async () => {
    expect((await runCli(base())).code).toBe(0);
    const mine = join(dir, 'egen.html');
    writeFileSync(mine, '<p>Min egen text</p>\n');
    const r = await runCli([...base(), '--output', mine]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lsys: .*egen\.html finns redan och är inte skriven av lsys\. .*--force\.\n$/);
    expect(readFileSync(mine, 'utf8')).toBe('<p>Min egen text</p>\n');
    expect((await runCli([...base(), '--output', mine, '--force'])).code).toBe(0);
    expect(readFileSync(mine, 'utf8')).toContain('name="generator"');
  });

  it('writes Markdown with the generator comment, and the model as JSON', async () => {
    const md = join(dir, 'berattelse.md');
    expect((await runCli([...base(), '--format', 'md', '--output', md])).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^<!-- generator: lsys \d/);
    expect(text).toMatch(/\n\|.*\|\n\|[ :-]*-{3}/); // a GFM table
    const json = join(dir, 'modell.json');
    expect((await runCli([...base(), '--format', 'json', '--output', json, '--year', '2026'])).code).toBe(0);
    const model = JSON.parse(readFileSync(json, 'utf8'));
    expect(model).toMatchObject({
      kind: 'kvalitetsberattelse',
      year: 2026,
      previousYear: 2025,
      organisation: expect.stringContaining('Solbacka'),
    });
    expect(model.deviations.år.avvikelser).toBeGreaterThan(0);
    expect(model.deviations.föregående.avvikelser).toBeGreaterThan(0);
  });

  it('writes a patientsäkerhetsberättelse with --kind', async () => {
    const r = await runCli([...base(), '--kind', 'patientsakerhetsberattelse']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'patientsakerhetsberattelse-2026.html'))).toBe(true);
    expect(readFileSync(join(dir, 'patientsakerhetsberattelse-2026.html'), 'utf8')).toMatch(/Patientsäkerhetsberättelse/);
  });

  it('still reports a repository with validation errors, summarised in the appendix', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'lsys-report-broken-'));
    try {
      cpSync(EXAMPLE, broken, { recursive: true, filter: notGenerated });
      const f = join(broken, 'ledningssystem/rutiner/RUT-008-basal-hygien.md');
      writeFileSync(f, readFileSync(f, 'utf8').replace('status: fastställd', 'status: godkänd'));
      const r = await runCli(['report', '--cwd', broken, '--today', '2027-01-20', '--no-git']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/1 fel/);
      expect(readFileSync(join(broken, 'kvalitetsberattelse-2026.html'), 'utf8')).toContain('schema/enum');
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });

  it('sanitises raw HTML from documents: a script in an analysis never reaches the report', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'lsys-report-xss-'));
    try {
      cpSync(EXAMPLE, copy, { recursive: true, filter: notGenerated });
      const f = join(copy, 'ledningssystem/sammanstallningar/SAM-002-2026-halvar-1.md');
      writeFileSync(
        f,
        readFileSync(f, 'utf8') +
          '\n<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)"> <a href="javascript:alert(3)">länk</a> <b>fet</b>\n',
      );
      const out = join(copy, 'berattelse.html');
      expect((await runCli(['report', '--cwd', copy, '--today', '2027-01-20', '--no-git', '--output', out])).code).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/onerror/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).toContain('<b>fet</b>'); // harmless markup is kept
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('uses the repository’s templates/ folder to override one section, and --template DIR', async () => {
    mkdirSync(join(dir, 'templates/md/partials/sections'), { recursive: true });
    writeFileSync(
      join(dir, 'templates/md/partials/sections/risker.hbs'),
      '## Risker enligt vår egen mall\n\nAntal analyser: {{risks.analyses.length}}\n',
    );
    const out = join(dir, 'egen-mall.md');
    expect((await runCli([...base(), '--format', 'md', '--output', out])).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('## Risker enligt vår egen mall\n\nAntal analyser: 2');
    expect(text).toMatch(/Egenkontroll/); // the other sections stay built-in
    rmSync(join(dir, 'templates'), { recursive: true, force: true });
  });

  it.each([
    [
      'html',
      '<!doctype html>\n<html lang="sv">\n<head>\n<title>{{organisation}}</title>\n</head>\n<body><h1>Vår egen berättelse {{year}}</h1></body>\n</html>\n',
    ],
    ['md', '# Vår egen berättelse {{year}}\n\n{{organisation}}\n'],
  ])('a custom %s layout without the generator mark: the second run replaces its own file without --force', async (format, layout) => {
    const copy = mkdtempSync(join(tmpdir(), 'lsys-report-layout-'));
    try {
      cpSync(EXAMPLE, copy, { recursive: true, filter: notGenerated });
      mkdirSync(join(copy, 'templates', format), { recursive: true });
      writeFileSync(join(copy, 'templates', format, 'layout.hbs'), layout);
      const args = ['report', '--cwd', copy, '--today', '2027-01-20', '--no-git', '--format', format];
      const first = await runCli(args);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      const file = join(copy, `kvalitetsberattelse-2026.${format}`);
      const text = readFileSync(file, 'utf8');
      expect(text).toContain('Vår egen berättelse 2026');
      if (format === 'md') expect(text.split('\n')[0]).toMatch(/^<!-- generator: lsys \d/);
      else
        expect(text).toMatch(
          /^<!doctype html>\n<html lang="sv">\n<head>\n<meta name="generator" content="lsys \d[^"]*"><meta http-equiv="Content-Security-Policy"/,
        );
      const second = await runCli(args);
      expect(second.stderr).toBe('');
      expect(second.code).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.each([
    [
      'sv',
      /^lsys: Ingen patientsäkerhetsberättelse: lsys\.yaml anger inte hsl i verksamhetsformer, så organisationen bedriver ingen hälso- och sjukvård, och berättelsen krävs bara av vårdgivare \(3 kap\. 10 § patientsäkerhetslagen\)\. Skriv kvalitetsberättelsen med --kind kvalitetsberattelse/,
    ],
    [
      'en',
      /^lsys: No patient safety report: lsys\.yaml lists no hsl in verksamhetsformer, so the organisation runs no health care, .*\(Chapter 3, Section 10 of the Patient Safety Act\)/,
    ],
  ])('a provider without hsl gets no patientsäkerhetsberättelse but one clear line, exit 2 (%s)', async (lang, expected) => {
    const copy = mkdtempSync(join(tmpdir(), 'lsys-report-nohsl-'));
    try {
      cpSync(EXAMPLE, copy, { recursive: true, filter: notGenerated });
      const cfg = join(copy, 'lsys.yaml');
      const yaml = readFileSync(cfg, 'utf8').replace(/verksamhetsformer: \[[^\]]*\]/g, 'verksamhetsformer: [sol, lss]');
      expect(yaml).not.toMatch(/hsl/);
      writeFileSync(cfg, yaml);
      const r = await runCli([
        'report',
        '--cwd',
        copy,
        '--today',
        '2027-01-20',
        '--no-git',
        '--kind',
        'patientsakerhetsberattelse',
        '--lang',
        lang,
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(existsSync(join(copy, 'patientsakerhetsberattelse-2026.html'))).toBe(false);
      // The kvalitetsberättelse is still written.
      expect((await runCli(['report', '--cwd', copy, '--today', '2027-01-20', '--no-git'])).code).toBe(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it.each([
    [['--year', '26'], /--year "26" är inget år/],
    [['--kind', 'arsrapport'], /--kind "arsrapport" finns inte/],
    [['--format', 'pdf'], /--format "pdf" finns inte för report/],
    [['--template', '/finns/inte'], /--template \/finns\/inte: mappen finns inte/],
  ])('usage error %j exits 2 with one line', async (args, expected) => {
    const r = await runCli([...base(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(expected);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
