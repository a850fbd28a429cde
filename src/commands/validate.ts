/**
 * `lsys validate`: check the documents, print the findings in the chosen format (to the
 * screen or --output), make the --fix changes, and return the exit code.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fsErrorReason, writeFileAtomic } from '../core/fs-write.js';
import { VERSION } from '../core/version.js';
import { workTreePrefix } from '../core/git.js';
import { LsysError } from '../core/errors.js';
import { registry, rules } from '../rules/index.js';
import { escapeAzureData, formatters, githubStepSummary, type FormatName } from '../format/index.js';
import { OUTPUT } from './output-messages.js';
import { appendStepSummary, prepareLedgerOutput } from './own-output.js';
import { openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';
import type { Lang, SeveritySetting } from '../core/types.js';
import { say } from '../core/messages.js';
import { CLI } from './messages.js';

/** The options of `lsys validate`, checked by the command line. */
export interface ValidateInput extends RepositoryOptions {
  /** Only check documents under these paths (as given). */
  paths: string[];
  /** --today as given (LSYS_TODAY or today when absent). */
  today?: string;
  lang: Lang;
  format: FormatName;
  /** --output as given. */
  output?: string;
  /** Exit 1 with more warnings than this (--max-warnings); none when absent. */
  maxWarnings?: number;
  /** --rule overrides, rule id → severity. */
  ruleOverrides: Record<string, SeveritySetting>;
  quiet: boolean;
  force: boolean;
  fix: boolean;
  fixDryRun: boolean;
}

/** Run `lsys validate`; returns the exit code (0 no errors, 1 errors or too many warnings). */
export async function runValidate(o: ValidateInput, io: CommandIO): Promise<number> {
  const { lang, format, output } = o;
  const today = resolveToday(o.today, io.env, lang);
  const [{ root, load, cacheBase, history, config }, { validateRepository }] = await Promise.all([
    openRepository(o, lang, io),
    import('../core/validate.js'),
  ]);
  const absPaths = o.paths.map((p) => resolve(io.cwd, p));
  for (const [i, p] of absPaths.entries()) {
    if (!existsSync(p)) {
      throw new LsysError('path-not-found', say(CLI.pathNotFound, lang, { path: o.paths[i] ?? '' }));
    }
    const rel = relative(root, p);
    if (rel.startsWith('..')) {
      throw new LsysError('path-outside', say(CLI.pathOutside, lang, { path: o.paths[i] ?? '', root }));
    }
  }
  // Checked before the work (and before --fix writes): a refusal leaves every file as it was.
  const out = await prepareLedgerOutput(output, {
    cwd: io.cwd,
    cacheBase,
    force: o.force,
    wouldOverwrite: say(CLI.validateWouldOverwrite, lang, { output }),
    lang,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  const validateOptions = {
    config,
    today,
    lang,
    git: o.git,
    ...(history ? { history } : {}),
    paths: absPaths,
    ruleOverrides: o.ruleOverrides,
    quiet: o.quiet,
    registry,
    ...load,
  };
  const { fixes, notices, ...first } = await validateRepository(validateOptions);
  let result = first.result;
  for (const n of notices) io.stderr.write(`lsys: ${n}\n`);
  if (o.fix || o.fixDryRun) {
    // The changes go beside a human report; beside JSON, SARIF … on stdout they go to stderr.
    const to = format === 'stylish' || output !== undefined ? io.stdout : io.stderr;
    const { runFixes } = await import('./fix.js');
    result = await runFixes(
      {
        fixes,
        dryRun: o.fixDryRun,
        lang,
        write: (s) => to.write(s),
        revalidate: async () => (await validateRepository(validateOptions)).result,
      },
      result,
    );
  }
  const ctx = {
    lang,
    color: format === 'stylish' && !output && io.stdout.isTTY === true && io.env.NO_COLOR === undefined,
    rules: rules.map((r) => r.meta),
    version: VERSION,
    root,
    // CI annotations and reports name files from the git root.
    pathPrefix: ['github', 'sarif', 'gitlab', 'azure'].includes(format) ? ((await workTreePrefix(root, io.env)) ?? '') : '',
  };
  const text = formatters[format](result, ctx);
  if (out) await out.write(text);
  else io.stdout.write(text);
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    await appendStepSummary(io.env.GITHUB_STEP_SUMMARY, githubStepSummary(result, ctx), lang);
  }
  // In Azure Pipelines (TF_BUILD) the same Markdown summary is uploaded to the run's summary page:
  // the agent takes a file, written in the job's temporary folder.
  if (format === 'azure' && io.env.TF_BUILD) {
    const file = join(io.env.AGENT_TEMPDIRECTORY ?? tmpdir(), 'lsys-validate-sammanfattning.md');
    await writeFileAtomic(file, githubStepSummary(result, ctx)).catch((e: unknown) => {
      throw new LsysError(
        'step-summary-not-writable',
        say(OUTPUT.stepSummaryNotWritable, lang, { path: file, reason: fsErrorReason(e, lang) }),
      );
    });
    io.stdout.write(`##vso[task.uploadsummary]${escapeAzureData(file)}\n`);
  }
  if (result.errors > 0) return 1;
  if (o.maxWarnings !== undefined && result.warnings > o.maxWarnings) return 1;
  return 0;
}
