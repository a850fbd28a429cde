/**
 * `lsys report`: one validation run (documents loaded once), the report model, then the
 * templates. Writing is the CLI's job; this module only computes text.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validateRepository } from '../core/validate.js';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import { REPORT_ERRORS } from './errors.js';
import { buildReportModel } from './model.js';
import { GENERATOR_COMMENT, GENERATOR_META, renderReport, type ReportFormat } from './render.js';
import type { Config, Lang, RuleRegistry } from '../core/types.js';
import type { DomainModel } from '../model/index.js';
import type { ReportKind, ReportModel } from './types.js';

export interface ReportRequest {
  config: Config;
  today: string;
  year: number;
  kind: ReportKind;
  format: ReportFormat | 'json';
  lang: Lang;
  /** The rules and how their severities resolve (src/rules/index.ts), passed in by the report command. */
  registry: RuleRegistry<DomainModel>;
  /** A --template folder; otherwise the repository's own templates/ is used when present. */
  templateDir?: string;
  git: boolean;
  /** The git history, already being read (see ValidateOptions.history). */
  history?: Promise<import('../core/git.js').GitHistory | undefined>;
  generator: string;
  cache?: boolean;
  cacheLocation?: string;
  workers?: number;
  /** The folder of the report file (null: not a file in a folder, e.g. stdout); see ReportOptions. */
  outputDir?: string | null;
}

export interface ReportResult {
  model: ReportModel;
  content: string;
}

export async function buildReport(req: ReportRequest): Promise<ReportResult> {
  if (req.kind === 'patientsakerhetsberattelse') assertRunsHealthCare(req.config, req.lang);
  const run = await validateRepository({
    config: req.config,
    today: req.today,
    lang: req.lang,
    registry: req.registry,
    git: req.git,
    ...(req.history ? { history: req.history } : {}),
    cache: req.cache,
    cacheLocation: req.cacheLocation,
    workers: req.workers,
  });
  const model = buildReportModel(run, {
    year: req.year,
    kind: req.kind,
    generator: req.generator,
    ...(req.outputDir !== undefined ? { outputDir: req.outputDir } : {}),
  });
  if (req.format === 'json') return { model, content: JSON.stringify(model, null, 2) + '\n' };
  const own = join(req.config.root, 'templates');
  const overrideDirs = req.templateDir ? [req.templateDir] : existsSync(own) ? [own] : [];
  return { model, content: renderReport(model, { format: req.format, lang: req.lang, overrideDirs }) };
}

/**
 * A patientsäkerhetsberättelse is the vårdgivare's duty (PSL 3 kap. 10 §): for a provider that
 * runs no hälso- och sjukvård (no `hsl` in `verksamhetsformer`, nor in any unit's) there is
 * nothing to report, and a report of empty sections would read as missing work.
 */
function assertRunsHealthCare(config: Config, lang: Lang): void {
  const runsHsl = config.verksamhetsformer.includes('hsl') || config.enheter.some((u) => (u.verksamhetsformer ?? []).includes('hsl'));
  if (runsHsl) return;
  throw new LsysError('no-health-care', say(REPORT_ERRORS.noHealthCare, lang));
}

/** Does this file carry lsys's generator mark (so lsys may replace it)? */
export function isOwnReport(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    GENERATOR_META.test(head) ||
    GENERATOR_COMMENT.test(head) ||
    /^\{\s*"kind": "(kvalitetsberattelse|patientsakerhetsberattelse)"[\s\S]*"generator": "lsys /.test(text.slice(0, 100_000))
  );
}

/** The default output file name: kvalitetsberattelse-2026.html and the like. */
export function defaultReportName(kind: ReportKind, year: number, format: ReportFormat | 'json'): string {
  return `${kind}-${year}.${format}`;
}
