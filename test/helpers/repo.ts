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
import { validateRepository, type ValidateOptions } from '../../src/core/validate.js';
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

/** Common fields of a fastställd rutin, valid on TODAY. */
export function rutin(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    typ: 'rutin',
    titel: `Rutin ${id}`,
    status: 'fastställd',
    version: '1.0',
    ägare: 'enhetschef',
    fastställd_av: 'förvaltningschef',
    fastställd: '2026-09-01',
    revideras: '2027-08-31',
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
export async function validate(
  root: string,
  opts: Partial<Omit<ValidateOptions, 'config'>> = {},
): Promise<Diagnostic[]> {
  const lang = opts.lang ?? 'sv';
  const catalog = loadCatalog();
  const config = loadConfig(root, lang, (r) => catalog.paragraph(r) !== undefined);
  const { result } = await validateRepository({ config, today: TODAY, lang, git: false, ...opts });
  return result.diagnostics;
}

/** Only the diagnostics of one rule, as `file:line` pairs — compare these before text. */
export function pairs(diags: Diagnostic[], rule: string): string[] {
  return diags.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}`);
}
