/**
 * A broken template (the repository's templates/ or --template DIR) is a usage error: one
 * line on stderr in --lang, exit 2, naming the file and what is wrong — never a stack trace,
 * never a message cut off after its first line.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
let repo: string;
const dirs: string[] = [];
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'lsys-template-errors-'));
  cpSync(EXAMPLE, repo, { recursive: true });
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
  return runCli(['report', '--cwd', repo, '--today', '2027-01-20', '--no-git', '--format', format, '--output', out, '--template', template, '--lang', lang]);
}

function oneLine(r: { code: number; stderr: string; stdout: string }): string {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  return lines[0];
}

describe('an unknown partial ({{> missing}})', () => {
  it.each([
    ['sv', 'html/layout.hbs', '<!doctype html><html><head></head><body>\n{{> missing}}\n</body></html>\n', /^lsys: .*html\/layout\.hbs, rad 2: delmallen "missing" \(\{\{> missing\}\}\) finns inte\. Delmallar är filerna under html\/partials\//],
    ['en', 'html/layout.hbs', '<!doctype html><html><head></head><body>\n{{> missing}}\n</body></html>\n', /^lsys: .*html\/layout\.hbs, line 2: the partial "missing" \(\{\{> missing\}\}\) does not exist\. Partials are the files under html\/partials\//],
    ['sv', 'md/partials/sections/risker.hbs', '## Risker\n\n{{> sections/riskerna}}\n', /^lsys: .*md\/partials\/sections\/risker\.hbs, rad 3: delmallen "sections\/riskerna"/],
  ] as const)('%s, %s: one line naming the file, the line and the partial', async (lang, file, text, expected) => {
    const r = await report(templates({ [file]: text }), lang, file.startsWith('md') ? 'md' : 'html');
    expect(oneLine(r)).toMatch(expected);
  });

  it('an inline partial and a partial block with its fallback are not missing', async () => {
    const dir = templates({ 'md/layout.hbs': '{{#*inline "egen"}}Egen{{/inline}}{{> egen}} {{#> saknas}}Reserv{{/saknas}} {{organisation}}\n' });
    const r = await report(dir, 'sv', 'md');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a partial named at run time that does not exist: one line too', async () => {
    const r = await report(templates({ 'md/layout.hbs': '{{> (lookup . "organisation")}}\n' }), 'en', 'md');
    expect(oneLine(r)).toMatch(/^lsys: The templates use the partial "Solbacka kommun, socialförvaltningen" .* does not exist\./);
  });
});

describe('an error while the template is filled in', () => {
  it.each([
    ['sv', /^lsys: Mallen kunde inte fyllas i: Missing helper: "okand"$/],
    ['en', /^lsys: The template could not be filled in: Missing helper: "okand"$/],
  ] as const)('an unknown helper (%s): one line', async (lang, expected) => {
    expect(oneLine(await report(templates({ 'md/layout.hbs': '# {{okand organisation}}\n' }), lang, 'md'))).toMatch(expected);
  });
});

describe('a syntax error', () => {
  it.each([
    ['sv', 'x\n{{#each}}', /^lsys: .*html\/layout\.hbs: mallen har ett syntaxfel på rad 2 strax efter "x\{\{#each\}\}": väntade 'COMMENT', .*'OPEN_ENDBLOCK'.*, fick 'EOF'$/],
    ['en', 'x\n{{#each}}', /^lsys: .*html\/layout\.hbs: the template has a syntax error on line 2 just after "x\{\{#each\}\}": expected 'COMMENT', .*'OPEN_ENDBLOCK'.*, got 'EOF'$/],
    ['sv', '<p>{{#if organisation}}\n  {{organisation}}\n{{/each}}</p>\n', /^lsys: .*html\/layout\.hbs: mallen har ett syntaxfel: blocket \{\{#if\}\} på rad 1, tecken 7, avslutas med \{\{\/each\}\}; avsluta med \{\{\/if\}\}$/],
    ['en', '<p>{{#if organisation}}\n  {{organisation}}\n{{/each}}</p>\n', /^lsys: .*the template has a syntax error: the block \{\{#if\}\} on line 1, column 7, is closed by \{\{\/each\}\}; close it with \{\{\/if\}\}$/],
    ['sv', '<p>{{organisation</p>', /^lsys: .*html\/layout\.hbs: mallen har ett syntaxfel på rad 1 strax efter "<p>\{\{": väntade 'ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA', fick 'INVALID'$/],
  ] as const)('%s: %j keeps the line, the place and what was expected, in one line', async (lang, text, expected) => {
    const r = await report(templates({ 'html/layout.hbs': text }), lang);
    expect(oneLine(r)).toMatch(expected);
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
    ['sv', /^lsys: --template .*: mappen har ingen undermapp html\/ eller md\/\./],
    ['en', /^lsys: --template .*: the folder has no html\/ or md\/ subfolder\./],
  ] as const)('a folder without html/ or md/ (%s), e.g. the html/ folder itself', async (lang, expected) => {
    const dir = templates({ 'html/layout.hbs': 'x' });
    expect(oneLine(await report(join(dir, 'html'), lang))).toMatch(expected);
  });

  it('a missing folder (en)', async () => {
    expect(oneLine(await report('/finns/inte', 'en'))).toBe('lsys: --template /finns/inte: no such folder.');
  });
});
