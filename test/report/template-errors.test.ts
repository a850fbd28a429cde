/**
 * A broken template (the repository's templates/ or --template DIR) is a usage error: one
 * line on stderr in --lang, exit 2, naming the file and what is wrong — never a stack trace,
 * never a message cut off after its first line.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
let repo: string;
const dirs: string[] = [];
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'lsys-template-errors-'));
  cpSync(EXAMPLE, repo, { recursive: true, filter: notGenerated });
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** A --template folder with these files (paths relative to it). */
function templates(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsys-templates-'));
  dirs.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  return dir;
}

async function report(template: string, lang: 'sv' | 'en', format = 'html') {
  const out = join(repo, `rapport-${Math.random().toString(36).slice(2)}.${format}`);
  return runCli([
    'report',
    '--cwd',
    repo,
    '--today',
    '2027-01-20',
    '--no-git',
    '--format',
    format,
    '--output',
    out,
    '--template',
    template,
    '--lang',
    lang,
  ]);
}

function oneLine(r: { code: number; stderr: string; stdout: string }): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0]!;
}

describe('an unknown partial ({{> missing}})', () => {
  it.each([
    [
      'sv',
      'html/layout.hbs',
      '<!doctype html><html><head></head><body>\n{{> missing}}\n</body></html>\n',
      /^lsys: .*html\/layout\.hbs, rad 2: delmallen "missing" \(\{\{> missing\}\}\) finns inte\. Delmallar är filerna under html\/partials\//,
    ],
    [
      'en',
      'html/layout.hbs',
      '<!doctype html><html><head></head><body>\n{{> missing}}\n</body></html>\n',
      /^lsys: .*html\/layout\.hbs, line 2: the partial "missing" \(\{\{> missing\}\}\) does not exist\. Partials are the files under html\/partials\//,
    ],
    [
      'sv',
      'md/partials/sections/risker.hbs',
      '## Risker\n\n{{> sections/riskerna}}\n',
      /^lsys: .*md\/partials\/sections\/risker\.hbs, rad 3: delmallen "sections\/riskerna"/,
    ],
  ] as const)('%s, %s: one line naming the file, the line and the partial', async (lang, file, text, expected) => {
    const r = await report(templates({ [file]: text }), lang, file.startsWith('md') ? 'md' : 'html');
    expect(oneLine(r)).toMatch(expected);
  });

  it('an inline partial and a partial block with its fallback are not missing', async () => {
    const dir = templates({
      'md/layout.hbs': '{{#*inline "egen"}}Egen{{/inline}}{{> egen}} {{#> saknas}}Reserv{{/saknas}} {{organisation}}\n',
    });
    const r = await report(dir, 'sv', 'md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a partial named at run time that does not exist: one line too', async () => {
    const r = await report(templates({ 'md/layout.hbs': '{{> (lookup . "organisation")}}\n' }), 'en', 'md');
    expect(oneLine(r)).toMatch(/^lsys: The templates use the partial "Solbacka kommun, socialförvaltningen" .* does not exist\./);
  });
});

describe('an unknown helper ({{foo bar}})', () => {
  it.each([
    [
      'sv',
      'html/layout.hbs',
      '<!doctype html><html><head></head><body>\n<p>\n{{foo bar}}</p>\n</body></html>\n',
      /^lsys: .*html\/layout\.hbs, rad 3: hjälpfunktionen "foo" \(\{\{foo …\}\}\) finns inte i lsys\. Rätta namnet eller ta bort anropet\.$/,
    ],
    [
      'en',
      'html/layout.hbs',
      '<!doctype html><html><head></head><body>\n<p>\n{{foo bar}}</p>\n</body></html>\n',
      /^lsys: .*html\/layout\.hbs, line 3: the helper "foo" \(\{\{foo …\}\}\) does not exist in lsys\. Correct the name or remove the call\.$/,
    ],
    ['sv', 'md/layout.hbs', '# {{okand organisation}}\n', /^lsys: .*md\/layout\.hbs, rad 1: hjälpfunktionen "okand" /],
    // A block helper, a hash-only call and a subexpression are calls too; a near name is suggested.
    [
      'sv',
      'md/partials/sections/risker.hbs',
      '## Risker\n\n{{#varje risks.analyses}}x{{/varje}}\n',
      /^lsys: .*md\/partials\/sections\/risker\.hbs, rad 3: hjälpfunktionen "varje" /,
    ],
    [
      'en',
      'md/layout.hbs',
      '{{#if (eqq kind "x")}}y{{/if}}\n',
      /^lsys: .*md\/layout\.hbs, line 1: the helper "eqq" .* Did you mean "eq"\?$/,
    ],
    ['sv', 'md/layout.hbs', '\n\n{{datun today}}\n', /^lsys: .*md\/layout\.hbs, rad 3: hjälpfunktionen "datun" .* Menade du "datum"\?$/],
    ['sv', 'md/layout.hbs', '{{rubrik nivå=2}}\n', /^lsys: .*md\/layout\.hbs, rad 1: hjälpfunktionen "rubrik" /],
  ] as const)('%s, %s: one line in the language, naming the file, the line and the helper', async (lang, file, text, expected) => {
    const r = await report(templates({ [file]: text }), lang, file.startsWith('md') ? 'md' : 'html');
    const line = oneLine(r);
    expect(line).toMatch(expected);
    expect(line).not.toMatch(/Missing helper/);
  });

  it('values, built-in helpers, @data, this.x and inline partials are not taken for helper calls', async () => {
    const dir = templates({
      'md/layout.hbs':
        '{{#*inline "egen"}}{{organisation}}{{/inline}}{{> egen}} {{#each units}}{{@index}} {{this.namn}} {{lookup ../roles 0}}{{/each}} {{#with validation}}{{errors}}{{/with}} {{#unless units}}-{{/unless}} {{log "x" level="debug"}} {{#if (and year (eq kind "kvalitetsberattelse"))}}{{datum today}}{{/if}}\n',
    });
    const r = await report(dir, 'sv', 'md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('an error while the template is filled in', () => {
  it.each([
    // Now naming the organisation's file and line (was "Mallen kunde inte fyllas i: #with requires exactly one argument").
    ['sv', /^lsys: .*md\/layout\.hbs, rad 1: mallen kunde inte fyllas i: \{\{#with\}\} behöver ett värde/],
    ['en', /^lsys: .*md\/layout\.hbs, line 1: the template could not be filled in: \{\{#with\}\} needs a value/],
  ] as const)('a block helper without its argument (%s): one line', async (lang, expected) => {
    expect(oneLine(await report(templates({ 'md/layout.hbs': '{{#with}}x{{/with}}\n' }), lang, 'md'))).toMatch(expected);
  });
});

describe('a syntax error', () => {
  it.each([
    [
      'sv',
      'x\n{{#each}}',
      /^lsys: .*html\/layout\.hbs: mallen har ett syntaxfel på rad 2, tecken 10 strax efter "x\{\{#each\}\}": ett block \(\{\{#…\}\}\) avslutas aldrig: \{\{\/…\}\} saknas före slutet av filen$/,
    ],
    [
      'en',
      'x\n{{#each}}',
      /^lsys: .*html\/layout\.hbs: the template has a syntax error on line 2, column 10 just after "x\{\{#each\}\}": a block \(\{\{#…\}\}\) is never closed: \{\{\/…\}\} is missing before the end of the file$/,
    ],
    [
      'sv',
      '<p>{{#if organisation}}\n  {{organisation}}\n{{/each}}</p>\n',
      /^lsys: .*html\/layout\.hbs: mallen har ett syntaxfel: blocket \{\{#if\}\} på rad 1, tecken 7, avslutas med \{\{\/each\}\}; avsluta med \{\{\/if\}\}$/,
    ],
    [
      'en',
      '<p>{{#if organisation}}\n  {{organisation}}\n{{/each}}</p>\n',
      /^lsys: .*the template has a syntax error: the block \{\{#if\}\} on line 1, column 7, is closed by \{\{\/each\}\}; close it with \{\{\/if\}\}$/,
    ],
    [
      'sv',
      '<p>{{organisation</p>',
      /^lsys: .*html\/layout\.hbs: mallen har ett syntaxfel på rad 1, tecken 6 strax efter "<p>\{\{": väntade ett namn eller ett värde men fann ett tecken som inte hör hemma där$/,
    ],
    [
      'sv',
      '<p>\n{{/if}}</p>',
      /^lsys: .*rad 2, tecken 1 strax efter "<p>": \{\{\/…\}\} avslutar ett block som aldrig har börjat \(inget \{\{#…\}\} före\)$/,
    ],
    [
      'sv',
      'a\nb {{organisation}\n',
      /^lsys: .*rad 2, tecken 17 strax efter "ab \{\{organisation": taggen avslutas inte med \}\} \(fann ett tecken som inte hör hemma där\)$/,
    ],
    ['en', '{{t "a" x=}}', /^lsys: .*line 1, column 11 just after "\{\{t "a" x=": expected \(, a name or a value but found \}\}$/],
    // A long line: the excerpt is cut ("..."), the column still counts from the line's start.
    ['sv', `${'x'.repeat(40)}\n${'y'.repeat(30)}{{#if a}}`, /^lsys: .*rad 2, tecken 40 strax efter "\.\.\.y+\{\{#if a\}\}": ett block/],
  ] as const)('%s: %j keeps the line, the column, the place and what is wrong in words, in one line', async (lang, text, expected) => {
    const r = await report(templates({ 'html/layout.hbs': text }), lang);
    const line = oneLine(r);
    expect(line).toMatch(expected);
    expect(line).not.toMatch(/'[A-Z_]+'/); // no parser tokens
  });
});

describe('a --template that is not a template folder', () => {
  it.each([
    ['sv', /^lsys: --template .*: är en fil, inte en mapp\./],
    ['en', /^lsys: --template .*: is a file, not a folder\./],
  ] as const)('a file (%s)', async (lang, expected) => {
    const dir = templates({ 'layout.hbs': 'x' });
    expect(oneLine(await report(join(dir, 'layout.hbs'), lang))).toMatch(expected);
  });

  it.each([
    ['sv', /^lsys: --template .*: mappen har varken undermappen html\/, md\/ eller filen messages\.yaml\./],
    ['en', /^lsys: --template .*: the folder has no html\/ or md\/ subfolder and no messages\.yaml\./],
  ] as const)('a folder without html/, md/ or messages.yaml (%s), e.g. the html/ folder itself', async (lang, expected) => {
    const dir = templates({ 'html/layout.hbs': 'x' });
    expect(oneLine(await report(join(dir, 'html'), lang))).toMatch(expected);
  });

  it('a folder with only a messages.yaml rewords the built-in templates', async () => {
    const dir = templates({ 'messages.yaml': 'totalt:\n  sv: "Summa summarum"\n  en: "All in all"\n' });
    const out = join(dir, 'rapport.md');
    const argv = ['report', '--cwd', repo, '--today', '2027-01-20', '--no-git', '--format', 'md', '--output', out, '--template', dir];
    const r = await runCli(argv);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Summa summarum');
  });

  it('a missing folder (en)', async () => {
    expect(oneLine(await report('/finns/inte', 'en'))).toBe('lsys: --template /finns/inte: no such folder.');
  });
});

describe("an organisation's messages.yaml that cannot be read", () => {
  it.each([
    ['sv', /^lsys: .*messages\.yaml:2:1: YAML-fel: [^:]+\. Kontrollera indrag/],
    ['en', /^lsys: .*messages\.yaml:2:1: YAML error: [^:]+\. Check indentation/],
  ] as const)('a YAML error (%s): file:line:column and the reason in the user language, no dangling colon', async (lang, expected) => {
    const dir = templates({ 'messages.yaml': 'totalt:\n[sv, en]\n' });
    const line = oneLine(await report(dir, lang));
    expect(line).toMatch(expected);
    if (lang === 'sv') expect(line).not.toMatch(/Flow sequence|at line/);
  });

  it.each([
    ['sv', /^lsys: .*messages\.yaml: texterna kan inte läsas: det är en mapp$/],
    ['en', /^lsys: .*messages\.yaml: the texts cannot be read: it is a folder$/],
  ] as const)('a folder named messages.yaml (%s)', async (lang, expected) => {
    const dir = templates({ 'messages.yaml/x.txt': 'x' });
    expect(oneLine(await report(dir, lang))).toMatch(expected);
  });
});

describe("an organisation's template that fails while it is filled in", () => {
  it.each([
    [
      'sv',
      /^lsys: .*html\/partials\/egen\.hbs, rad 2: mallen kunde inte fyllas i: ett hjälpord fick fel eller för få argument, t\.ex\. lookup/,
    ],
    ['en', /^lsys: .*html\/partials\/egen\.hbs, line 2: the template could not be filled in: a helper got wrong or too few arguments/],
  ] as const)('{{lookup}} without arguments in its own partial (%s): one line, no stack', async (lang, expected) => {
    const dir = templates({
      'html/layout.hbs': '<!doctype html><html><head></head><body>{{> egen}}</body></html>\n',
      'html/partials/egen.hbs': '<p>\n{{lookup}}</p>\n',
    });
    const line = oneLine(await report(dir, lang));
    expect(line).toMatch(expected);
    expect(line).not.toMatch(/TypeError|Detta är ett fel i lsys|This is a bug/);
  });

  it.each([
    [
      'sv',
      /^lsys: .*md\/layout\.hbs, rad 3: mallen kunde inte fyllas i: \{\{#each\}\} behöver ett värde att arbeta med, t\.ex\. \{\{#each avvikelser\}\}\.$/,
    ],
    ['en', /^lsys: .*md\/layout\.hbs, line 3: the template could not be filled in: \{\{#each\}\} needs a value to work on/],
  ] as const)('{{#each}} without a list (%s): the file, the line and the reason in the user language', async (lang, expected) => {
    const dir = templates({ 'md/layout.hbs': '# Rapport\n\n{{#each}}x{{/each}}\n' });
    const line = oneLine(await report(dir, lang, 'md'));
    expect(line).toMatch(expected);
    expect(line).not.toMatch(/Must pass iterator/);
  });
});
