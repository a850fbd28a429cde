/**
 * Test helpers: build a small repository in a temp folder and validate it in-process.
 * `doc()` writes a valid frontmatter block from fields, so a test states only what it varies.
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/core/config.js';
import { loadCatalog } from '../../src/core/catalog.js';
import { validateRepository, type ValidateOptions, type ValidationRun } from '../../src/core/validate.js';
import { registry } from '../../src/rules/index.js';
import type { DomainModel } from '../../src/model/index.js';
import type { Diagnostic } from '../../src/core/types.js';

export const TODAY = '2026-11-25';

export const BASE_CONFIG = `organisation: Testkommunen, socialförvaltningen
verksamhetsformer: [sol, lss, hsl]
dokument: ledningssystem
roller:
  - { id: nämnd, namn: Socialnämnden }
  - { id: förvaltningschef, namn: Förvaltningschef }
  - { id: mas, namn: Medicinskt ansvarig sjuksköterska }
  - { id: enhetschef, namn: Enhetschef }
  - { id: medarbetare, namn: Medarbetare }
enheter:
  - { id: solgläntan, namn: Solgläntans särskilda boende, verksamhetsformer: [sol, hsl] }
regler:
  coverage/missing: off
`;

/** Frontmatter + body of a document; fields with value `undefined` are left out. */
export function doc(fields: Record<string, unknown>, body = ''): string {
  const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return `---\n${stringify(clean, { lineWidth: 0 })}---\n${body}`;
}

/**
 * The common fields of a fastställd document of `typ`, valid on TODAY (approved 2026-09-01,
 * reviewed 2027-08-31); record types get no `revideras`.
 */
function approved(id: string, typ: string, titel: string, ägare: string, fastställd_av: string): Record<string, unknown> {
  return {
    id,
    typ,
    titel,
    status: 'fastställd',
    version: '1.0',
    ägare,
    fastställd_av,
    fastställd: '2026-09-01',
    ...(typ === 'riskanalys' || typ === 'sammanställning' ? {} : { revideras: '2027-08-31' }),
  };
}

/** Common fields of a fastställd rutin, valid on TODAY. */
export function rutin(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...approved(id, 'rutin', `Rutin ${id}`, 'enhetschef', 'förvaltningschef'),
    process: 'PRO-001',
    ...extra,
  };
}

export const RUTIN_BODY = '# Rutin\n\n## Syfte\n\nText.\n\n## Ansvar\n\nText.\n\n## Genomförande\n\nText.\n\n## Uppföljning\n\nText.\n';

export interface TestRepo {
  root: string;
  write(path: string, content: string | Buffer): void;
  cleanup(): void;
}

/** A repository in a fresh temp folder; `files` paths are relative to its root. */
export function makeRepo(files: Record<string, string | Buffer>, config = BASE_CONFIG): TestRepo {
  const root = mkdtempSync(join(tmpdir(), 'lsys-test-'));
  const write = (path: string, content: string | Buffer): void => {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  write('lsys.yaml', config);
  mkdirSync(join(root, 'ledningssystem'), { recursive: true });
  for (const [p, c] of Object.entries(files)) write(p, c);
  return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Validate a repository in-process (no git unless asked) and return its diagnostics. */
export async function validate(root: string, opts: Partial<Omit<ValidateOptions, 'config'>> = {}): Promise<Diagnostic[]> {
  const lang = opts.lang ?? 'sv';
  const catalog = loadCatalog();
  const config = loadConfig(root, lang, (r) => catalog.paragraph(r) !== undefined);
  const { result } = await validateRepository({ config, today: TODAY, lang, git: false, registry, ...opts });
  return result.diagnostics;
}

/** Only the diagnostics of one rule, as `file:line` pairs — compare these before text. */
export function pairs(diags: Diagnostic[], rule: string): string[] {
  return diags.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}`);
}

/** lsys.yaml: BASE_CONFIG with extra top-level YAML (placed before `regler`) and `regler` entries (merged over BASE_CONFIG's). */
export function config(extra = '', regler: Record<string, string> = {}): string {
  const merged: Record<string, string> = { 'coverage/missing': 'off', ...regler };
  const lines = Object.entries(merged)
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('');
  const head = BASE_CONFIG.slice(0, BASE_CONFIG.indexOf('regler:\n'));
  return `${head}${extra}${extra && !extra.endsWith('\n') ? '\n' : ''}regler:\n${lines}`;
}

/** Validate a repository in-process and return the whole run (diagnostics and loaded documents). */
export async function validateRun(
  root: string,
  opts: Partial<Omit<ValidateOptions<DomainModel>, 'config'>> = {},
): Promise<ValidationRun<DomainModel>> {
  const lang = opts.lang ?? 'sv';
  const catalog = loadCatalog();
  const config = loadConfig(root, lang, (r) => catalog.paragraph(r) !== undefined);
  return validateRepository({ config, today: TODAY, lang, git: false, registry, ...opts });
}

/** Build a repository from `files`, validate it and remove it again; returns the diagnostics. */
export async function check(
  files: Record<string, string | Buffer>,
  opts: Partial<Omit<ValidateOptions, 'config'>> = {},
  cfg = BASE_CONFIG,
): Promise<Diagnostic[]> {
  const repo = makeRepo(files, cfg);
  try {
    return await validate(repo.root, opts);
  } finally {
    repo.cleanup();
  }
}

/** Only the diagnostics of one rule, as `file:line:column` — for checks where the column matters. */
export function positions(diags: Diagnostic[], rule: string): string[] {
  return diags.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}:${d.column}`);
}

/** The messages of one rule, in output order. */
export function messages(diags: Diagnostic[], rule: string): string[] {
  return diags.filter((d) => d.rule === rule).map((d) => d.message);
}

/** 1-based line of the `occurrence`th line of `text` that contains `needle`; throws when there is none. */
export function lineOf(text: string, needle: string, occurrence = 1): number {
  const lines = text.split('\n');
  let seen = 0;
  for (const [i, l] of lines.entries()) {
    if (l.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`lineOf: ${JSON.stringify(needle)} (#${occurrence}) not found in:\n${text}`);
}

/** Body with the headings a process needs by default. */
export const PROCESS_BODY = '# Process\n\n## Syfte\n\nText.\n\n## Omfattning\n\nText.\n';

/** Common fields of a fastställd process with one activity that lists `rutiner`, valid on TODAY. */
export function processDoc(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...approved(id, 'process', `Process ${id}`, 'förvaltningschef', 'nämnd'),
    aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: [] }],
    ...extra,
  };
}

/** Common fields of a fastställd egenkontroll (frekvens kvartal, nothing performed yet). */
export function egenkontrollDoc(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...approved(id, 'egenkontroll', `Egenkontroll ${id}`, 'enhetschef', 'förvaltningschef'),
    område: 'Läkemedel',
    metod: 'Stickprov i läkemedelslistor',
    frekvens: 'kvartal',
    ansvarig: 'mas',
    ...extra,
  };
}

/** Common fields of a fastställd riskanalys with the given risks. */
export function riskanalysDoc(id: string, risker: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...approved(id, 'riskanalys', `Riskanalys ${id}`, 'enhetschef', 'förvaltningschef'),
    datum: '2026-08-20',
    anledning: 'fortlöpande',
    risker,
    ...extra,
  };
}

/** Common fields of a fastställd ansvarsfördelning with the given uppgifter. */
export function ansvarsfordelningDoc(id: string, uppgifter: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ...approved(id, 'ansvarsfördelning', 'Ansvarsfördelning', 'förvaltningschef', 'nämnd'),
    uppgifter,
    ...extra,
  };
}

/** An åtgärd; `extra` overrides. */
export function åtgärd(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { beskrivning: 'Inför dubbelsignering', ansvarig: 'enhetschef', klart_senast: '2027-03-31', status: 'planerad', ...extra };
}

/** 1-based line of the first line of `text` that is exactly `content` once trimmed; throws when there is none. */
export function lineIs(text: string, content: string): number {
  const i = text.split('\n').findIndex((l) => l.trim() === content);
  if (i === -1) throw new Error(`lineIs: no line ${JSON.stringify(content)} in:\n${text}`);
  return i + 1;
}

/** `line:column` (1-based) where `needle` first starts in `text` (the `occurrence`th line that contains it). */
export function posOf(text: string, needle: string, occurrence = 1): string {
  const line = lineOf(text, needle, occurrence);
  return `${line}:${text.split('\n')[line - 1]!.indexOf(needle) + 1}`;
}
