/**
 * The contract between the registry, the rule files, their tests, docs/rules.md and the rule
 * table of CLI.md (ESLint's checkRuleFiles): a check cannot be added, renamed or re-levelled in
 * one place only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/rules/index.js';
import type { Rule, SeveritySetting } from '../../src/core/types.js';
import { skipTestWithout } from '../helpers/prerequisites.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI_MD = join(REPO, '..', 'shared', 'spec', 'CLI.md');
const DOCS = join(REPO, 'docs', 'rules.md');
const ids = rules.map((r) => r.meta.id);

/** The path of a check under src/rules/ and test/rules/: its id (schema → schema/schema). */
const stem = (id: string): string => (id === 'schema' ? 'schema/schema' : id);
/** The id a user sees and the docs use as the section heading. */
const shownId = (id: string): string => (id === 'schema' ? 'schema/<nyckelord>' : id);
const SEVERITY_SV: Record<SeveritySetting, string> = { error: 'fel', warning: 'varning', off: 'av' };

/** `## \`id\`` sections of docs/rules.md with their text. */
function docSections(): Map<string, string> {
  const text = readFileSync(DOCS, 'utf8');
  const sections = new Map<string, string>();
  const parts = text.split(/^## /m).slice(1);
  for (const part of parts) {
    const m = /^`([^`]+)`[^\n]*\n/.exec(part);
    if (m) sections.set(m[1]!, part);
  }
  return sections;
}

/** A row of CLI.md's rule table: the default severity, and the issue that brings the rule ("warning, from issue 5"). */
interface CliRow {
  severity: string;
  fromIssue?: number;
}

/** The rule table of CLI.md: `| \`id\` | default | what |`, the default optionally "…, from issue N". */
function cliTable(text: string): Map<string, CliRow> {
  const table = new Map<string, CliRow>();
  for (const line of text.split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|\s*(error|warning|off)(?:,\s*from issue (\d+))?\s*\|/.exec(line);
    if (m) table.set(m[1]!, m[3] === undefined ? { severity: m[2]! } : { severity: m[2]!, fromIssue: Number(m[3]) });
  }
  return table;
}

describe('rule registry', () => {
  it('has unique ids, in alphabetical order', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(ids.length).toBeGreaterThan(0);
  });

  it('gives every check a description in Swedish and English and a default severity', () => {
    for (const r of rules) {
      expect(r.meta.description.sv, r.meta.id).not.toBe('');
      expect(r.meta.description.en, r.meta.id).not.toBe('');
      expect(['error', 'warning', 'off'], r.meta.id).toContain(r.meta.defaultSeverity);
    }
  });

  it.each(ids)('%s has its file src/rules/<id>.ts and test file test/rules/<id>.test.ts', (id) => {
    expect(existsSync(join(REPO, 'src', 'rules', `${stem(id)}.ts`)), `src/rules/${stem(id)}.ts`).toBe(true);
    expect(existsSync(join(REPO, 'test', 'rules', `${stem(id)}.test.ts`)), `test/rules/${stem(id)}.test.ts`).toBe(true);
  });

  it('registers every check that a file under src/rules/<category>/ exports, under its file’s id', async () => {
    const root = join(REPO, 'src', 'rules');
    const found: string[] = [];
    for (const dir of readdirSync(root, { withFileTypes: true })) {
      if (!dir.isDirectory()) continue;
      for (const f of readdirSync(join(root, dir.name))) {
        if (!f.endsWith('.ts')) continue;
        const mod = (await import(pathToFileURL(join(root, dir.name, f)).href)) as { default?: Rule };
        const rule = mod.default;
        if (!rule || typeof rule !== 'object' || !('meta' in rule)) continue; // a helper, e.g. lagrum/resolve.ts
        const fileStem = relative(root, join(root, dir.name, f)).replace(/\.ts$/, '');
        expect(stem(rule.meta.id), `${fileStem}.ts exports ${rule.meta.id}`).toBe(fileStem);
        expect(rules, `${fileStem}.ts is not in src/rules/index.ts`).toContain(rule);
        found.push(rule.meta.id);
      }
    }
    expect(found.sort()).toEqual([...ids].sort());
  });
});

describe('docs/rules.md', () => {
  it.each(ids)('has a section for %s that states its default severity and how to change it', (id) => {
    const section = docSections().get(shownId(id));
    expect(section, `## \`${shownId(id)}\` in docs/rules.md`).toBeDefined();
    const rule = rules.find((r) => r.meta.id === id)!;
    expect(section).toContain(`Standardnivå: **${SEVERITY_SV[rule.meta.defaultSeverity]}**`);
    const configurable = id === 'schema' ? 'schema/' : id;
    expect(section).toContain(`--rule ${configurable}`);
    expect(section).toMatch(/regler:/);
  });

  it('has no section for a rule that does not exist', () => {
    const known = new Set(ids.map(shownId));
    expect([...docSections().keys()].filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('CLI.md rule table', () => {
  const cliMdMissing = existsSync(CLI_MD) ? undefined : `CLI.md not found at ${CLI_MD} (CI checks out shared/ beside the repository)`;

  it('lists every rule id with the default severity the registry gives it', (ctx) => {
    skipTestWithout(ctx, 'CLI.md rule table', cliMdMissing);
    const table = cliTable(readFileSync(CLI_MD, 'utf8'));
    expect(table.size).toBeGreaterThan(20);
    for (const [id, row] of table) {
      const registered = id.startsWith('schema/') ? 'schema' : id;
      const rule = rules.find((r) => r.meta.id === registered);
      // A rule that a later issue brings may not exist yet; once it does, its row binds it.
      if (!rule && row.fromIssue !== undefined) continue;
      expect(rule, `${id} of CLI.md is not registered`).toBeDefined();
      expect(rule!.meta.defaultSeverity, `default severity of ${id}`).toBe(row.severity);
    }
  });

  it('reads rows whose default reads "…, from issue N" like the others', () => {
    const table = cliTable(
      [
        '| `a/now` | error | x |',
        '| `b/later` | warning, from issue 5 | y |',
        '| `c/later` | error, from issue 13 | z |',
        '| `d/odd` | sometimes | w |',
      ].join('\n'),
    );
    expect(Object.fromEntries(table)).toEqual({
      'a/now': { severity: 'error' },
      'b/later': { severity: 'warning', fromIssue: 5 },
      'c/later': { severity: 'error', fromIssue: 13 },
    });
  });

  it('binds lagrum/renumbered, which exists now, to its "warning, from issue 5" row', (ctx) => {
    skipTestWithout(ctx, 'CLI.md rule table', cliMdMissing);
    const row = cliTable(readFileSync(CLI_MD, 'utf8')).get('lagrum/renumbered');
    expect(row).toEqual({ severity: 'warning', fromIssue: 5 });
    expect(rules.find((r) => r.meta.id === 'lagrum/renumbered')?.meta.defaultSeverity).toBe(row!.severity);
  });

  it('keeps a registered rule that the table does not list off by default', (ctx) => {
    skipTestWithout(ctx, 'CLI.md rule table', cliMdMissing);
    const table = cliTable(readFileSync(CLI_MD, 'utf8'));
    const listed = new Set([...table.keys()].map((id) => (id.startsWith('schema/') ? 'schema' : id)));
    for (const r of rules) {
      if (!listed.has(r.meta.id)) expect(r.meta.defaultSeverity, `${r.meta.id} is not in CLI.md, so it must be off`).toBe('off');
    }
  });
});
