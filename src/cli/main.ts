/**
 * The command line: parses arguments with commander, calls the core, and decides where text
 * goes. Everything a command needs from the outside world comes in through `MainOptions`, so
 * every command runs in-process in tests.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Command, CommanderError, Help } from 'commander';
import { isDate, localToday } from '../core/dates.js';
import { VERSION } from '../core/version.js';
import { readGitHistory, workTreePrefix } from '../core/git.js';
import { LsysError, isLsysError } from '../core/errors.js';
import { registry, rules } from '../rules/index.js';
import { formatters, githubStepSummary, isFormatName, type FormatName } from '../format/index.js';
import { appendStepSummary, prepareOutput } from './own-output.js';
import { outputLedger } from './output-ledger.js';
import { count } from '../format/text.js';
import type { Lang, Sector, SeveritySetting } from '../core/types.js';
import { format as formatMessage, perLang, say } from '../core/messages.js';
import { CLI } from './messages.js';

export interface MainOptions {
  argv: string[];
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
}

export { VERSION };

/** Run lsys; returns the exit code. */
export async function main(opts: MainOptions): Promise<number> {
  let lang: Lang;
  try {
    lang = detectLang(opts.argv, opts.env);
  } catch (e) {
    opts.stderr.write(`lsys: ${(e as Error).message}\n`);
    return 2;
  }
  let exitCode = 0;
  const program = buildProgram(lang, opts, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(opts.argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      // Bare `lsys` (no command) shows the help on stderr as a usage error; `lsys help` exits 0.
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : 2;
      opts.stderr.write(`lsys: ${translateCommanderError(e, lang)}\n`);
      return 2;
    }
    if (isLsysError(e)) {
      opts.stderr.write(`lsys: ${e.message}\n`);
      return 2;
    }
    opts.stderr.write(
      `${(e as Error)?.stack ?? e}\n` +
        say(CLI.internalError, lang),
    );
    return 2;
  }
}

/**
 * The language is needed before commander builds the help texts, so it is read from argv
 * directly; an unsupported value is a usage error.
 */
function detectLang(argv: string[], env: Record<string, string | undefined>): Lang {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--lang') value = argv[i + 1];
    else if (argv[i].startsWith('--lang=')) value = argv[i].slice(7);
  }
  if (value !== undefined && value !== 'sv' && value !== 'en') {
    throw new LsysError('bad-lang', `--lang "${value}": välj sv eller en / choose sv or en.`);
  }
  return (value ?? env.LSYS_LANG) === 'en' ? 'en' : 'sv';
}

const TITLES_SV: Record<string, string> = {
  'Usage:': 'Användning:',
  'Options:': 'Flaggor:',
  'Commands:': 'Kommandon:',
  'Arguments:': 'Argument:',
  'Global Options:': 'Gemensamma flaggor:',
};

function buildProgram(lang: Lang, opts: MainOptions, setExit: (code: number) => void): Command {
  const program = new Command('lsys');
  const configure = (cmd: Command): Command =>
    cmd
      .exitOverride()
      .configureOutput({
        writeOut: (s) => opts.stdout.write(s),
        writeErr: (s) => opts.stderr.write(s),
        outputError: () => undefined, // main() prints one translated line
      })
      .configureHelp({
        styleTitle: (s: string) => (lang === 'en' ? s : TITLES_SV[s] ?? s),
        subcommandTerm: (c: Command) => Help.prototype.subcommandTerm.call(new Help(), c).replace('[options]', say(CLI.usageOptions, lang)),
      })
      .helpOption('-h, --help', say(CLI.helpOption, lang));
  const common = (cmd: Command): Command =>
    configure(cmd)
      .option(say(CLI.cwdFlag, lang), say(CLI.cwdOption, lang))
      .option(say(CLI.todayFlag, lang), say(CLI.todayOption, lang))
      .option('--lang <sv|en>', say(CLI.langOption, lang));

  // The options of every command that reads the documents.
  const loading = (cmd: Command): Command =>
    cmd
      .option('--no-cache', say(CLI.noCacheOption, lang))
      .option(say(CLI.cacheLocationFlag, lang), say(CLI.cacheLocationOption, lang))
      .option(say(CLI.workersFlag, lang), say(CLI.workersOption, lang));

  configure(program)
    .name('lsys')
    .usage(say(CLI.usageMain, lang))
    .description(
      say(CLI.mainDescription, lang),
    )
    .version(VERSION, '-V, --version', say(CLI.versionOption, lang))
    .helpCommand(say(CLI.helpCommand, lang), say(CLI.helpCommandDescription, lang))
    .option('--lang <sv|en>', say(CLI.langOption, lang));

  const ruleList = rules.map((r) => `  ${r.meta.id.padEnd(32)} ${r.meta.defaultSeverity.padEnd(8)} ${lang === 'en' ? r.meta.description.en : r.meta.description.sv}`).join('\n');
  const validate = common(program.command('validate'))
    .usage(say(CLI.usageValidate, lang))
    .description(say(CLI.validateDescription, lang))
    .argument(say(CLI.pathsArgument, lang), say(CLI.pathsDescription, lang))
    .option('--format <format>', say(CLI.validateFormatOption, lang))
    .option(say(CLI.outputFlag, lang), say(CLI.validateOutputOption, lang))
    .option(say(CLI.maxWarningsFlag, lang), say(CLI.maxWarningsOption, lang))
    .option(say(CLI.ruleFlag, lang), say(CLI.ruleOption, lang), collect)
    .option('--quiet', say(CLI.quietOption, lang))
    .option('--no-git', say(CLI.validateNoGitOption, lang))
    .option('--force', say(CLI.validateForceOption, lang))
    .option('--fix', say(CLI.fixOption, lang))
    .option('--fix-dry-run', say(CLI.fixDryRunOption, lang));
  loading(validate)
    .addHelpText('after', `\n${say(CLI.rulesHeading, lang)}\n${ruleList}\n\n${say(CLI.exitCodes, lang)}\n`)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      setExit(await runValidate(paths, o, lang, opts));
    });

  const report = common(program.command('report'))
    .usage(say(CLI.usageOptions, lang))
    .description(say(CLI.reportDescription, lang))
    .option(say(CLI.yearFlag, lang), say(CLI.yearOption, lang))
    .option(say(CLI.kindFlag, lang), say(CLI.kindOption, lang))
    .option('--format <format>', say(CLI.reportFormatOption, lang))
    .option(say(CLI.outputFlag, lang), say(CLI.reportOutputOption, lang))
    .option(say(CLI.templateFlag, lang), say(CLI.templateOption, lang))
    .option('--no-git', say(CLI.reportNoGitOption, lang))
    .option('--force', say(CLI.reportForceOption, lang));
  loading(report).action(async (o: Record<string, unknown>) => {
    setExit(await runReport(o, lang, opts));
  });

  common(program.command('init'))
    .usage(say(CLI.usageInit, lang))
    .description(say(CLI.initDescription, lang))
    .argument(say(CLI.dirArgument, lang), say(CLI.dirDescription, lang))
    .option(say(CLI.sectorFlag, lang), say(CLI.sectorOption, lang))
    .option('--force', say(CLI.initForceOption, lang))
    .action(async (dir: string | undefined, o: Record<string, unknown>) => {
      setExit(await runInit(dir, o, lang, opts));
    });
  return program;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function resolveToday(o: Record<string, unknown>, env: MainOptions['env'], lang: Lang): string {
  const today = (o.today as string | undefined) ?? env.LSYS_TODAY ?? localToday();
  if (!isDate(today)) {
    throw new LsysError(
      'bad-today',
      say(CLI.badToday, lang, { today }),
    );
  }
  return today;
}

async function runValidate(paths: string[], o: Record<string, unknown>, lang: Lang, opts: MainOptions): Promise<number> {
  const today = resolveToday(o, opts.env, lang);
  const format = (o.format as string | undefined) ?? 'stylish';
  if (!isFormatName(format)) {
    throw new LsysError('bad-format', say(CLI.badFormat, lang, { format }));
  }
  let maxWarnings = -1;
  if (o.maxWarnings !== undefined) {
    maxWarnings = Number(o.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new LsysError('bad-max-warnings', say(CLI.badMaxWarnings, lang, { value: String(o.maxWarnings) }));
    }
  }
  const overrides: Record<string, SeveritySetting> = {};
  for (const r of (o.rule as string[]) ?? []) {
    const [id, level] = r.split('=');
    if (!id || (level !== 'error' && level !== 'warning' && level !== 'off')) {
      throw new LsysError('bad-rule-option', say(CLI.badRuleOption, lang, { value: r }));
    }
    overrides[id] = level;
  }
  const [{ root, load, cacheBase, history, config }, { validateRepository }] = await Promise.all([openRepository(o, lang, opts), import('../core/validate.js')]);
  const absPaths = paths.map((p) => resolve(opts.cwd, p));
  for (const [i, p] of absPaths.entries()) {
    if (!existsSync(p)) {
      throw new LsysError('path-not-found', say(CLI.pathNotFound, lang, { path: paths[i] }));
    }
    const rel = relative(root, p);
    if (rel.startsWith('..')) {
      throw new LsysError('path-outside', say(CLI.pathOutside, lang, { path: paths[i], root }));
    }
  }
  const output = o.output as string | undefined;
  // Checked before the work (and before --fix writes): a refusal leaves every file as it was.
  const out = output
    ? await prepareOutput(resolve(opts.cwd, output), {
        shown: output,
        force: o.force === true,
        // What validate wrote is known by the ledger beside the cache, also with --no-cache.
        own: { ledger: outputLedger(`${cacheBase}.outputs`) },
        wouldOverwrite: say(CLI.validateWouldOverwrite, lang, { output }),
        lang,
        stdout: opts.stdout,
        stderr: opts.stderr,
      })
    : undefined;
  const validateOptions = {
    config,
    today,
    lang,
    git: o.git !== false,
    ...(history ? { history } : {}),
    paths: absPaths,
    ruleOverrides: overrides,
    quiet: o.quiet === true,
    registry,
    ...load,
  };
  let { result, fixes, notices } = await validateRepository(validateOptions);
  for (const n of notices) opts.stderr.write(`lsys: ${n}\n`);
  if (o.fix === true || o.fixDryRun === true) {
    // The changes go beside a human report; beside JSON, SARIF … on stdout they go to stderr.
    const to = format === 'stylish' || o.output !== undefined ? opts.stdout : opts.stderr;
    const { runFixes } = await import('./fix.js');
    result = await runFixes({ fixes, dryRun: o.fixDryRun === true, lang, write: (s) => to.write(s), revalidate: async () => (await validateRepository(validateOptions)).result }, result);
  }
  const ctx = {
    lang,
    color: format === 'stylish' && !output && opts.stdout.isTTY === true && opts.env.NO_COLOR === undefined,
    rules: rules.map((r) => r.meta),
    version: VERSION,
    root,
    pathPrefix: format === 'github' || format === 'sarif' ? ((await workTreePrefix(root, opts.env)) ?? '') : '',
  };
  const text = formatters[format as FormatName](result, ctx);
  if (out) await out.write(text);
  else opts.stdout.write(text);
  if (format === 'github' && opts.env.GITHUB_STEP_SUMMARY) {
    await appendStepSummary(opts.env.GITHUB_STEP_SUMMARY, githubStepSummary(result, ctx), lang);
  }
  if (result.errors > 0) return 1;
  if (maxWarnings >= 0 && result.warnings > maxWarnings) return 1;
  return 0;
}

/**
 * What validate and report both start from: the repository root (--cwd), the load options, the
 * git log and the configuration. The core is loaded only for the command that needs it:
 * `--help` and `--version` stay fast.
 */
async function openRepository(o: Record<string, unknown>, lang: Lang, opts: MainOptions) {
  const [{ findRoot, openConfig }, { checkCacheLocation, defaultCacheFile }] = await Promise.all([import('../core/open-config.js'), import('../core/cache.js')]);
  const root = findRoot(resolve(opts.cwd, (o.cwd as string | undefined) ?? '.'), lang);
  const load = loadOptions(o, lang, opts.cwd);
  // Where the cache is, or would be with --no-cache: the ledger of validate's outputs lives beside it either way.
  const cacheBase = load.cacheLocation ?? defaultCacheFile(root);
  const cacheFile = load.cache ? cacheBase : undefined;
  if (load.cache && load.cacheLocation) await checkCacheLocation(load.cacheLocation, o.cacheLocation as string, lang);
  // The git log (kept beside the cache, or from a git process running while the rest of
  // lsys loads).
  const history = o.git !== false ? readGitHistory(root, { cacheFile, env: opts.env }) : undefined;
  const { loadCatalog } = await import('../core/catalog.js');
  const catalog = loadCatalog();
  const config = await openConfig(root, lang, (ref) => catalog.paragraph(ref) !== undefined, cacheFile);
  return { root, load, cacheBase, history, config };
}

/** --no-cache, --cache-location and --workers, checked. */
function loadOptions(o: Record<string, unknown>, lang: Lang, cwd: string): { cache: boolean; cacheLocation?: string; workers?: number } {
  let workers: number | undefined;
  if (o.workers !== undefined) {
    workers = Number(o.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
      throw new LsysError('bad-workers', say(CLI.badWorkers, lang, { value: String(o.workers) }));
    }
  }
  return {
    cache: o.cache !== false,
    ...(o.cacheLocation !== undefined ? { cacheLocation: resolve(cwd, o.cacheLocation as string) } : {}),
    ...(workers !== undefined ? { workers } : {}),
  };
}

async function runReport(o: Record<string, unknown>, lang: Lang, opts: MainOptions): Promise<number> {
  const today = resolveToday(o, opts.env, lang);
  const year = o.year === undefined ? Number(today.slice(0, 4)) - 1 : Number(o.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || !/^\d{4}$/.test(String(o.year ?? year))) {
    throw new LsysError('bad-year', say(CLI.badYear, lang, { value: String(o.year) }));
  }
  const kind = (o.kind as string | undefined) ?? 'kvalitetsberattelse';
  if (kind !== 'kvalitetsberattelse' && kind !== 'patientsakerhetsberattelse') {
    throw new LsysError('bad-kind', say(CLI.badKind, lang, { kind }));
  }
  const format = (o.format as string | undefined) ?? 'html';
  if (format !== 'html' && format !== 'md' && format !== 'json') {
    throw new LsysError('bad-format', say(CLI.badReportFormat, lang, { format }));
  }
  const templateDir = o.template === undefined ? undefined : resolve(opts.cwd, o.template as string);
  if (templateDir !== undefined && !existsSync(templateDir)) {
    throw new LsysError('template-not-found', say(CLI.templateNotFound, lang, { template: String(o.template) }));
  }
  if (templateDir !== undefined) checkTemplateDir(templateDir, o.template as string, lang);
  const [{ root, load, history, config }, report] = await Promise.all([openRepository(o, lang, opts), import('../report/index.js')]);
  const target = o.output === undefined ? resolve(root, report.defaultReportName(kind, year, format)) : resolve(opts.cwd, o.output as string);
  const shown = o.output !== undefined ? (o.output as string) : relative(opts.cwd, target) || target;
  // Refuse before doing the work: the file is left exactly as it was.
  const out = await prepareOutput(target, {
    shown,
    force: o.force === true,
    own: { isOwn: report.isOwnReport },
    wouldOverwrite: say(CLI.reportWouldOverwrite, lang, { shown }),
    lang,
    stdout: opts.stdout,
    stderr: opts.stderr,
  });
  const started = Date.now();
  const { content, model } = await report.buildReport({
    config, today, year, kind, format, lang, templateDir, git: o.git !== false, generator: `lsys ${VERSION}`,
    ...(history ? { history } : {}),
    ...load,
    // Links in quoted documents resolve from the report's folder, or stay text when it has none.
    outputDir: out.regularFile ? dirname(target) : null,
  });
  await out.write(content);
  const v = model.validation;
  // With --output /dev/stdout the report is on stdout: the note goes beside it, to stderr.
  (out.toStdout ? opts.stderr : opts.stdout).write(
    say(CLI.wroteReport, lang, {
      shown,
      kind: kind === 'kvalitetsberattelse' ? CLI.qualityReport : CLI.patientSafetyReport,
      year,
      ms: Date.now() - started,
      problems: v.errors + v.warnings > 0 ? formatMessage(CLI.reportProblems, { errors: perLang((l) => count(v.errors, 'error', l)), warnings: perLang((l) => count(v.warnings, 'warning', l)) }) : '',
    }),
  );
  return 0;
}

/** A --template folder holds html/ and/or md/ (each with layout.hbs and partials/), like the built-in templates/. */
function checkTemplateDir(dir: string, shown: string, lang: Lang): void {
  if (!statSync(dir).isDirectory()) {
    throw new LsysError('template-not-a-folder', say(CLI.templateNotAFolder, lang, { shown }));
  }
  if (!existsSync(join(dir, 'html')) && !existsSync(join(dir, 'md'))) {
    throw new LsysError('template-empty', say(CLI.templateEmpty, lang, { shown, example: join(shown, 'html', 'partials', 'sections', 'risker.hbs') }));
  }
}

async function runInit(dir: string | undefined, o: Record<string, unknown>, lang: Lang, opts: MainOptions): Promise<number> {
  const today = resolveToday(o, opts.env, lang);
  const sectors = ((o.sector as string | undefined) ?? 'sol,lss,hsl').split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of sectors) {
    if (s !== 'sol' && s !== 'lss' && s !== 'hsl') {
      throw new LsysError('bad-sector', say(CLI.badSector, lang, { value: s }));
    }
  }
  const target = resolve(opts.cwd, (o.cwd as string | undefined) ?? '.', dir ?? '.');
  const { initRepository } = await import('../init/index.js');
  const { written, kept } = await initRepository({ dir: target, today, sectors: [...new Set(sectors)] as Sector[], force: o.force === true, lang });
  const shown = relative(opts.cwd, target) || '.';
  // An existing .gitignore holds the user's own rules: left alone, and said so.
  const keptText = kept
    .map((k) =>
      k.missing.length === 0
        ? say(CLI.keptFile, lang, { file: k.file })
        : say(CLI.keptFileConsider, lang, { file: k.file, lines: k.missing.map((l) => `  ${l}`).join('\n') }),
    )
    .join('');
  // The workflow runs `npm ci`: without a package.json that locks lsys its first run fails.
  const ciText =
    written.some((f) => f.startsWith('.github/workflows/')) && !existsSync(join(target, 'package.json'))
      ? say(CLI.needsPackageJson, lang, { shown })
      : '';
  opts.stdout.write(
    say(CLI.created, lang, {
      count: written.length,
      shown,
      files: written.map((f) => `  ${f}`).join('\n'),
      kept: keptText,
      cwd: shown === '.' ? '' : ` --cwd ${shown}`,
      ci: ciText,
    }),
  );
  return 0;
}

function translateCommanderError(e: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  // Commander's own English is kept in English; in Swedish the known errors are translated.
  if (lang === 'en') return say(CLI.otherCommanderError, 'en', { message: e.message.replace(/^error: /, '') });
  switch (e.code) {
    case 'commander.unknownOption':
      return say(CLI.unknownOption, 'sv', { quoted });
    case 'commander.unknownCommand':
      return say(CLI.unknownCommand, 'sv', { quoted });
    case 'commander.optionMissingArgument':
      return say(CLI.optionMissingArgument, 'sv', { quoted });
    case 'commander.missingArgument':
      return say(CLI.missingArgument, 'sv', { quoted });
    case 'commander.excessArguments':
      return say(CLI.excessArguments, 'sv');
    case 'commander.missingMandatoryOptionValue':
      return say(CLI.missingMandatoryOptionValue, 'sv', { quoted });
    default:
      return say(CLI.otherCommanderError, 'sv', { message: e.message.replace(/^error: /, '') });
  }
}
