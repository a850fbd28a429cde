/**
 * A rule tester in the style of ESLint's RuleTester: per rule, `valid` cases (the rule says
 * nothing) and `invalid` cases with the findings expected, by file, line and column, then by
 * text. Everything runs in memory through the normal pipeline (`validateRepository` with
 * `files`: load → local, document and project rules → sort): no temp folder, no disk, no
 * process, no git. Only what genuinely needs the file system or git stays on temp
 * repositories (test/helpers/repo.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { validateRepository, type ValidateOptions, type ValidationRun } from '../../src/core/validate.js';
import { registry } from '../../src/rules/index.js';
import type { Diagnostic, Severity } from '../../src/core/types.js';
import { BASE_CONFIG, TODAY } from './repo.js';

/** Where the in-memory repository pretends to be: never read, never written. */
export const MEMORY_ROOT = '/lsys-in-memory';

export type RunOptions = Partial<Omit<ValidateOptions, 'config' | 'files' | 'registry'>>;

/** Validate files held in memory (path → content) with `cfg` as lsys.yaml; the whole run. */
export async function validateMemory(
  files: Record<string, string | Uint8Array>,
  opts: RunOptions = {},
  cfg = BASE_CONFIG,
): Promise<ValidationRun> {
  const lang = opts.lang ?? 'sv';
  const catalog = loadCatalog();
  const config = parseConfig(cfg, MEMORY_ROOT, lang, (r) => catalog.paragraph(r) !== undefined);
  return validateRepository({
    config,
    today: TODAY,
    lang,
    git: false,
    workers: 0,
    registry,
    ...opts,
    files: new Map(Object.entries(files)),
  });
}

/** In memory what `check` of repo.ts does on disk: validate `files` and return the diagnostics. */
export async function check(files: Record<string, string | Uint8Array>, opts: RunOptions = {}, cfg = BASE_CONFIG): Promise<Diagnostic[]> {
  return (await validateMemory(files, opts, cfg)).result.diagnostics;
}

/** Text expected of a message or hint: the whole text, a pattern, or a fragment of it. */
type TextExpectation = string | RegExp | { includes: string };

export interface ExpectedFinding {
  file: string;
  line: number;
  /** Compared when given. */
  column?: number;
  /** The finding's rule id when it is not the tested one (a sub-id such as `schema/required`). */
  rule?: string;
  message?: TextExpectation;
  hint?: TextExpectation;
  severity?: Severity;
}

export interface RuleCase {
  name: string;
  files: Record<string, string | Uint8Array>;
  /** lsys.yaml's text (default BASE_CONFIG). */
  config?: string;
  /** today, lang, ruleOverrides, paths, quiet… */
  options?: RunOptions;
}

export interface InvalidCase extends RuleCase {
  /** Every finding of the rule, in output order (file, line, column). */
  errors: ExpectedFinding[];
}

/** Is `id` the tested rule's, or one of its sub-ids (`schema` → `schema/required`)? */
function ofRule(rule: string, id: string): boolean {
  return id === rule || id.startsWith(rule + '/');
}

function key(rule: string, e: { file: string; line: number; column?: number; rule?: string }, withColumn: boolean): string {
  return `${e.rule ?? rule} ${e.file}:${e.line}${withColumn ? `:${e.column}` : ''}`;
}

function textMatches(actual: string | undefined, expected: TextExpectation): boolean {
  if (typeof expected === 'string') return actual === expected;
  if (expected instanceof RegExp) return actual !== undefined && expected.test(actual);
  return actual !== undefined && actual.includes(expected.includes);
}

/**
 * Compare the findings of `rule` with the expected ones: first the (rule, file, line[, column])
 * keys in order, then message, hint and severity where the expectation gives them.
 */
export function expectFindings(diagnostics: Diagnostic[], rule: string, expected: ExpectedFinding[]): void {
  const actual = diagnostics.filter((d) => ofRule(rule, d.rule));
  expect(
    actual.map((d, i) => key(rule, d, expected[i]?.column !== undefined)),
    'findings (rule file:line:column)',
  ).toEqual(expected.map((e) => key(rule, e, e.column !== undefined)));
  expected.forEach((e, i) => {
    const d = actual[i]!;
    const where = key(rule, e, true);
    if (e.message !== undefined && !textMatches(d.message, e.message))
      expect.fail(
        `message at ${where}: ${JSON.stringify(d.message)} does not match ${String(e.message instanceof RegExp ? e.message : JSON.stringify(e.message))}`,
      );
    if (e.hint !== undefined && !textMatches(d.hint, e.hint))
      expect.fail(
        `hint at ${where}: ${JSON.stringify(d.hint)} does not match ${String(e.hint instanceof RegExp ? e.hint : JSON.stringify(e.hint))}`,
      );
    if (e.severity !== undefined) expect(d.severity, `severity at ${where}`).toBe(e.severity);
  });
}

/** One vitest `describe` per rule with one `it` per case. */
export function ruleTester(rule: string, cases: { valid?: RuleCase[]; invalid?: InvalidCase[] }): void {
  describe(`${rule} (rule tester)`, () => {
    for (const c of cases.valid ?? []) {
      it(`valid: ${c.name}`, async () => {
        expectFindings(await check(c.files, c.options, c.config), rule, []);
      });
    }
    for (const c of cases.invalid ?? []) {
      it(`invalid: ${c.name}`, async () => {
        if (c.errors.length === 0) throw new Error(`invalid case "${c.name}" lists no errors: make it a valid case`);
        expectFindings(await check(c.files, c.options, c.config), rule, c.errors);
      });
    }
  });
}

/** `{ line, column }` (1-based) where `needle` starts in `text` (its `occurrence`th line that holds it). */
export function at(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let seen = 0;
  for (const [i, l] of text.split('\n').entries()) {
    if (l.includes(needle) && ++seen === occurrence) return { line: i + 1, column: l.indexOf(needle) + 1 };
  }
  throw new Error(`at: ${JSON.stringify(needle)} (#${occurrence}) not found in:\n${text}`);
}
