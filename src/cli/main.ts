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
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
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
        m(
          'Detta är ett fel i lsys, inte i dina dokument. Rapportera det gärna med kommandot du körde.\n',
          'This is a bug in lsys, not in your documents. Please report it with the command you ran.\n',
        ),
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
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
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
        subcommandTerm: (c: Command) => Help.prototype.subcommandTerm.call(new Help(), c).replace('[options]', m('[flaggor]', '[options]')),
      })
      .helpOption('-h, --help', m('visa hjälp', 'show help'));
  const common = (cmd: Command): Command =>
    configure(cmd)
      .option(m('--cwd <mapp>', '--cwd <dir>'), m('ledningssystemets mapp (standard: närmaste mapp uppåt med lsys.yaml)', 'the repository folder (default: the nearest folder upwards with lsys.yaml)'))
      .option(m('--today <ÅÅÅÅ-MM-DD>', '--today <YYYY-MM-DD>'), m('datumet som alla datumregler utgår från (standard: dagens datum, eller LSYS_TODAY)', 'the date all date rules use (default: today, or LSYS_TODAY)'))
      .option('--lang <sv|en>', m('språk för meddelanden: sv (standard) eller en', 'message language: sv (default) or en'));

  // The options of every command that reads the documents.
  const loading = (cmd: Command): Command =>
    cmd
      .option('--no-cache', m('läs alla filer på nytt; använd inte cachen från förra körningen', 'read every file again; do not use the cache from the last run'))
      .option(m('--cache-location <fil>', '--cache-location <file>'), m('var cachen sparas (standard: node_modules/.cache/lsys/ i ledningssystemet, annars ~/.cache/lsys/)', 'where the cache is kept (default: node_modules/.cache/lsys/ in the repository, else ~/.cache/lsys/)'))
      .option(m('--workers <antal>', '--workers <count>'), m('antal trådar som läser dokumenten (standard: efter storlek; 0 = ingen)', 'threads that parse the documents (default: by size; 0 = none)'));

  configure(program)
    .name('lsys')
    .usage(m('[flaggor] <kommando>', '[options] <command>'))
    .description(
      m(
        'Ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9) som kod: kontrollera dokumenten som en inspektör skulle.',
        'A quality management system (SOSFS 2011:9) as code: check the documents as an inspector would.',
      ),
    )
    .version(VERSION, '-V, --version', m('visa versionsnumret', 'show the version number'))
    .helpCommand(m('help [kommando]', 'help [command]'), m('visa hjälp för ett kommando', 'show help for a command'))
    .option('--lang <sv|en>', m('språk för meddelanden: sv (standard) eller en', 'message language: sv (default) or en'));

  const ruleList = rules.map((r) => `  ${r.meta.id.padEnd(32)} ${r.meta.defaultSeverity.padEnd(8)} ${lang === 'en' ? r.meta.description.en : r.meta.description.sv}`).join('\n');
  const validate = common(program.command('validate'))
    .usage(m('[flaggor] [sökvägar...]', '[options] [paths...]'))
    .description(m('Kontrollera dokumenten i ledningssystemet och rapportera fel med fil och rad.', 'Check the documents of the management system and report problems with file and line.'))
    .argument(m('[sökvägar...]', '[paths...]'), m('kontrollera bara dokument under dessa sökvägar (hänvisningar kontrolleras ändå mot alla dokument)', 'only check documents under these paths (references are still checked against every document)'))
    .option('--format <format>', m('utdataformat: stylish (standard), json, github, junit eller sarif', 'output format: stylish (default), json, github, junit or sarif'))
    .option(m('--output <fil>', '--output <file>'), m('skriv resultatet till en fil i stället för till skärmen', 'write the result to a file instead of the screen'))
    .option(m('--max-warnings <antal>', '--max-warnings <count>'), m('avsluta med kod 1 om varningarna är fler än så här', 'exit with code 1 when there are more warnings than this'))
    .option(m('--rule <regel=nivå>', '--rule <rule=level>'), m('ändra en regels nivå: error, warning eller off (kan upprepas; går före lsys.yaml)', 'set a rule’s severity: error, warning or off (repeatable; wins over lsys.yaml)'), collect)
    .option('--quiet', m('visa bara fel, inga varningar', 'show errors only, no warnings'))
    .option('--no-git', m('läs inte git-historiken (regeln review/changed-after-approval hoppas över)', 'do not read git history (the rule review/changed-after-approval is skipped)'))
    .option('--force', m('skriv över en --output-fil som lsys inte själv har skrivit', 'overwrite an --output file that lsys did not write'))
    .option('--fix', m('skriv om lagrum som kan rättas säkert (t.ex. "SoL 2001:453 14:3" → "SoL 2025:400 27:2"), visa varje ändring och sedan det som återstår', 'rewrite legal references that can be fixed safely (e.g. "SoL 2001:453 14:3" → "SoL 2025:400 27:2"), show each change and then what remains'))
    .option('--fix-dry-run', m('visa vad --fix skulle ändra, utan att skriva något', 'show what --fix would change, without writing anything'));
  loading(validate)
    .addHelpText('after', `\n${m('Regler (standardnivå):', 'Rules (default severity):')}\n${ruleList}\n\n${m('Slutkoder: 0 inga fel, 1 fel hittades (eller för många varningar), 2 fel i anrop eller lsys.yaml.', 'Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or lsys.yaml error.')}\n`)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      setExit(await runValidate(paths, o, lang, opts));
    });

  const report = common(program.command('report'))
    .usage(m('[flaggor]', '[options]'))
    .description(m('Skriv årets kvalitetsberättelse (eller patientsäkerhetsberättelse) från dokumenten, med tabeller och diagram.', 'Write the year’s quality report (or patient safety report) from the documents, with tables and charts.'))
    .option(m('--year <ÅÅÅÅ>', '--year <YYYY>'), m('året som berättelsen gäller (standard: året före --today)', 'the year the report covers (default: the year before --today)'))
    .option(m('--kind <typ>', '--kind <kind>'), m('kvalitetsberattelse (standard) eller patientsakerhetsberattelse', 'kvalitetsberattelse (default) or patientsakerhetsberattelse'))
    .option('--format <format>', m('html (standard), md eller json (rapportens data för andra verktyg)', 'html (default), md or json (the report data for other tools)'))
    .option(m('--output <fil>', '--output <file>'), m('filen att skriva (standard: <typ>-<år>.<format> i ledningssystemets mapp)', 'the file to write (default: <kind>-<year>.<format> in the repository folder)'))
    .option(m('--template <mapp>', '--template <dir>'), m('mapp med egna mallar som ersätter de inbyggda, fil för fil (standard: ledningssystemets templates/)', 'folder of templates that replace the built-in ones file by file (default: the repository’s templates/)'))
    .option('--no-git', m('läs inte git-historiken (revideringar under året visas då bara från fastställd)', 'do not read git history (revisions during the year then come from fastställd only)'))
    .option('--force', m('skriv över en fil som lsys inte själv har skrivit', 'overwrite a file that lsys did not write'));
  loading(report).action(async (o: Record<string, unknown>) => {
    setExit(await runReport(o, lang, opts));
  });

  common(program.command('init'))
    .usage(m('[flaggor] [mapp]', '[options] [dir]'))
    .description(m('Starta ett nytt ledningssystem: lsys.yaml, ett exempeldokument av varje typ och ett CI-flöde för GitHub Actions.', 'Start a new management system: lsys.yaml, one example document of every type and a GitHub Actions workflow.'))
    .argument(m('[mapp]', '[dir]'), m('mappen att skapa det i (standard: aktuell mapp)', 'the folder to create it in (default: the current folder)'))
    .option(m('--sector <lista>', '--sector <list>'), m('verksamhetsformer, kommaseparerade: sol, lss, hsl (standard: alla tre)', 'law areas, comma-separated: sol, lss, hsl (default: all three)'))
    .option('--force', m('skriv över filer som redan finns', 'overwrite files that already exist'))
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
      lang === 'en' ? `--today "${today}" is not a valid date. Write YYYY-MM-DD, e.g. 2026-11-25.` : `--today "${today}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.`,
    );
  }
  return today;
}

async function runValidate(paths: string[], o: Record<string, unknown>, lang: Lang, opts: MainOptions): Promise<number> {
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
  const today = resolveToday(o, opts.env, lang);
  const format = (o.format as string | undefined) ?? 'stylish';
  if (!isFormatName(format)) {
    throw new LsysError('bad-format', m(`--format "${format}" finns inte. Välj stylish, json, github, junit eller sarif.`, `--format "${format}" does not exist. Choose stylish, json, github, junit or sarif.`));
  }
  let maxWarnings = -1;
  if (o.maxWarnings !== undefined) {
    maxWarnings = Number(o.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new LsysError('bad-max-warnings', m(`--max-warnings "${o.maxWarnings}" ska vara ett heltal, 0 eller större.`, `--max-warnings "${o.maxWarnings}" must be a whole number, 0 or more.`));
    }
  }
  const overrides: Record<string, SeveritySetting> = {};
  for (const r of (o.rule as string[]) ?? []) {
    const [id, level] = r.split('=');
    if (!id || (level !== 'error' && level !== 'warning' && level !== 'off')) {
      throw new LsysError('bad-rule-option', m(`--rule "${r}": skriv regel=nivå, t.ex. --rule coverage/missing=off (nivå: error, warning eller off).`, `--rule "${r}": write rule=level, e.g. --rule coverage/missing=off (level: error, warning or off).`));
    }
    overrides[id] = level;
  }
  const [{ root, load, cacheBase, history, config }, { validateRepository }] = await Promise.all([openRepository(o, lang, opts), import('../core/validate.js')]);
  const absPaths = paths.map((p) => resolve(opts.cwd, p));
  for (const [i, p] of absPaths.entries()) {
    if (!existsSync(p)) {
      throw new LsysError('path-not-found', m(`${paths[i]}: sökvägen finns inte. Ange en fil eller mapp i ledningssystemet.`, `${paths[i]}: no such path. Give a file or folder in the repository.`));
    }
    const rel = relative(root, p);
    if (rel.startsWith('..')) {
      throw new LsysError('path-outside', m(`${paths[i]}: ligger utanför ledningssystemet i ${root}.`, `${paths[i]}: is outside the repository in ${root}.`));
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
        wouldOverwrite: m(
          `${output} finns redan och är inte skriven av lsys (eller har ändrats sedan lsys skrev den). Välj ett annat filnamn eller lägg till --force.`,
          `${output} already exists and was not written by lsys (or has changed since lsys wrote it). Choose another file name or add --force.`,
        ),
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
  const [{ findRoot, openConfig }, { checkCacheLocation, defaultCacheFile }] = await Promise.all([import('../core/open-config.js'), import('../core/cache-file.js')]);
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
      throw new LsysError('bad-workers', lang === 'en' ? `--workers "${o.workers}" must be a whole number from 0 to 64.` : `--workers "${o.workers}" ska vara ett heltal från 0 till 64.`);
    }
  }
  return {
    cache: o.cache !== false,
    ...(o.cacheLocation !== undefined ? { cacheLocation: resolve(cwd, o.cacheLocation as string) } : {}),
    ...(workers !== undefined ? { workers } : {}),
  };
}

async function runReport(o: Record<string, unknown>, lang: Lang, opts: MainOptions): Promise<number> {
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
  const today = resolveToday(o, opts.env, lang);
  const year = o.year === undefined ? Number(today.slice(0, 4)) - 1 : Number(o.year);
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || !/^\d{4}$/.test(String(o.year ?? year))) {
    throw new LsysError('bad-year', m(`--year "${o.year}" är inget år. Skriv fyra siffror, t.ex. --year 2026.`, `--year "${o.year}" is not a year. Write four digits, e.g. --year 2026.`));
  }
  const kind = (o.kind as string | undefined) ?? 'kvalitetsberattelse';
  if (kind !== 'kvalitetsberattelse' && kind !== 'patientsakerhetsberattelse') {
    throw new LsysError('bad-kind', m(`--kind "${kind}" finns inte. Välj kvalitetsberattelse eller patientsakerhetsberattelse.`, `--kind "${kind}" does not exist. Choose kvalitetsberattelse or patientsakerhetsberattelse.`));
  }
  const format = (o.format as string | undefined) ?? 'html';
  if (format !== 'html' && format !== 'md' && format !== 'json') {
    throw new LsysError('bad-format', m(`--format "${format}" finns inte för report. Välj html, md eller json.`, `--format "${format}" does not exist for report. Choose html, md or json.`));
  }
  const templateDir = o.template === undefined ? undefined : resolve(opts.cwd, o.template as string);
  if (templateDir !== undefined && !existsSync(templateDir)) {
    throw new LsysError('template-not-found', m(`--template ${o.template}: mappen finns inte.`, `--template ${o.template}: no such folder.`));
  }
  if (templateDir !== undefined) checkTemplateDir(templateDir, o.template as string, m);
  const [{ root, load, history, config }, report] = await Promise.all([openRepository(o, lang, opts), import('../report/index.js')]);
  const target = o.output === undefined ? resolve(root, report.defaultReportName(kind, year, format)) : resolve(opts.cwd, o.output as string);
  const shown = o.output !== undefined ? (o.output as string) : relative(opts.cwd, target) || target;
  // Refuse before doing the work: the file is left exactly as it was.
  const out = await prepareOutput(target, {
    shown,
    force: o.force === true,
    own: { isOwn: report.isOwnReport },
    wouldOverwrite: m(`${shown} finns redan och är inte skriven av lsys. Välj en annan fil med --output eller lägg till --force.`, `${shown} already exists and was not written by lsys. Choose another file with --output or add --force.`),
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
    m(
      `Skrev ${shown} (${kind === 'kvalitetsberattelse' ? 'kvalitetsberättelse' : 'patientsäkerhetsberättelse'} ${year}, ${Date.now() - started} ms).${v.errors + v.warnings > 0 ? ` Ledningssystemet har ${count(v.errors, 'error', 'sv')} och ${count(v.warnings, 'warning', 'sv')}; de sammanfattas i bilagan.` : ''}\n`,
      `Wrote ${shown} (${kind === 'kvalitetsberattelse' ? 'quality report' : 'patient safety report'} ${year}, ${Date.now() - started} ms).${v.errors + v.warnings > 0 ? ` The system has ${count(v.errors, 'error', 'en')} and ${count(v.warnings, 'warning', 'en')}; they are summarised in the appendix.` : ''}\n`,
    ),
  );
  return 0;
}

/** A --template folder holds html/ and/or md/ (each with layout.hbs and partials/), like the built-in templates/. */
function checkTemplateDir(dir: string, shown: string, m: (sv: string, en: string) => string): void {
  if (!statSync(dir).isDirectory()) {
    throw new LsysError('template-not-a-folder', m(`--template ${shown}: är en fil, inte en mapp. Ange mappen som innehåller html/ eller md/.`, `--template ${shown}: is a file, not a folder. Give the folder that holds html/ or md/.`));
  }
  if (!existsSync(join(dir, 'html')) && !existsSync(join(dir, 'md'))) {
    throw new LsysError('template-empty', m(`--template ${shown}: mappen har ingen undermapp html/ eller md/. Mallarna ligger som i lsys egen templates/, t.ex. ${join(shown, 'html', 'partials', 'sections', 'risker.hbs')}.`, `--template ${shown}: the folder has no html/ or md/ subfolder. Templates are laid out as in lsys's own templates/, e.g. ${join(shown, 'html', 'partials', 'sections', 'risker.hbs')}.`));
  }
}

async function runInit(dir: string | undefined, o: Record<string, unknown>, lang: Lang, opts: MainOptions): Promise<number> {
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
  const today = resolveToday(o, opts.env, lang);
  const sectors = ((o.sector as string | undefined) ?? 'sol,lss,hsl').split(',').map((s) => s.trim()).filter(Boolean);
  for (const s of sectors) {
    if (s !== 'sol' && s !== 'lss' && s !== 'hsl') {
      throw new LsysError('bad-sector', m(`--sector "${s}" finns inte. Välj bland sol, lss och hsl, t.ex. --sector sol,hsl.`, `--sector "${s}" does not exist. Choose from sol, lss and hsl, e.g. --sector sol,hsl.`));
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
        ? m(`Behöll den befintliga ${k.file} (lsys init skriver aldrig över den).\n`, `Kept the existing ${k.file} (lsys init never overwrites it).\n`)
        : m(
            `Behöll den befintliga ${k.file} (lsys init skriver aldrig över den). Lägg gärna till:\n${k.missing.map((l) => `  ${l}`).join('\n')}\n`,
            `Kept the existing ${k.file} (lsys init never overwrites it). Consider adding:\n${k.missing.map((l) => `  ${l}`).join('\n')}\n`,
          ),
    )
    .join('');
  // The workflow runs `npm ci`: without a package.json that locks lsys its first run fails.
  const ciText =
    written.some((f) => f.startsWith('.github/workflows/')) && !existsSync(join(target, 'package.json'))
      ? m(
          `\nInnan flödet i .github/workflows/lsys.yml kan köras på GitHub behöver repot en package.json som låser lsys:\n  cd ${shown} && npm init -y && npm install --save-dev <sökväg eller git-adress till lsys>\n`,
          `\nBefore the workflow in .github/workflows/lsys.yml can run on GitHub, the repository needs a package.json that locks lsys:\n  cd ${shown} && npm init -y && npm install --save-dev <path or git URL of lsys>\n`,
        )
      : '';
  opts.stdout.write(
    m(
      `Skapade ${written.length} filer i ${shown}:\n${written.map((f) => `  ${f}`).join('\n')}\n${keptText}\nNästa steg: redigera lsys.yaml (organisation, roller, enheter) och kör\n  lsys validate${shown === '.' ? '' : ` --cwd ${shown}`}\n${ciText}`,
      `Created ${written.length} files in ${shown}:\n${written.map((f) => `  ${f}`).join('\n')}\n${keptText}\nNext: edit lsys.yaml (organisation, roller, enheter) and run\n  lsys validate${shown === '.' ? '' : ` --cwd ${shown}`}\n${ciText}`,
    ),
  );
  return 0;
}

function translateCommanderError(e: CommanderError, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  if (lang === 'en') return e.message.replace(/^error: /, '') + '. See "lsys --help".';
  switch (e.code) {
    case 'commander.unknownOption':
      return `okänd flagga "${quoted}". Se "lsys <kommando> --help" för flaggorna.`;
    case 'commander.unknownCommand':
      return `okänt kommando "${quoted}". Kommandon: validate, report, init. Se "lsys --help".`;
    case 'commander.optionMissingArgument':
      return `flaggan "${quoted}" behöver ett värde.`;
    case 'commander.missingArgument':
      return `argumentet "${quoted}" saknas.`;
    case 'commander.excessArguments':
      return `för många argument. Se "lsys <kommando> --help".`;
    case 'commander.missingMandatoryOptionValue':
      return `flaggan "${quoted}" måste anges.`;
    default:
      return `${e.message.replace(/^error: /, '')}. Se "lsys --help".`;
  }
}
