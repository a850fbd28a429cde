/**
 * The command line: parses arguments with commander (which also checks the option values, see
 * options.ts), calls the commands (src/commands/) and prints usage errors as one line.
 * Everything a command needs from the outside world comes in through `MainOptions`, so every
 * command runs in-process in tests.
 */
import { Command, CommanderError, Help, type Option } from 'commander';
import { VERSION } from '../core/version.js';
import { isLsysError } from '../core/errors.js';
import { rules } from '../rules/index.js';
import { formatters, type FormatName } from '../format/index.js';
import { runValidate } from '../commands/validate.js';
import { runReport, type ReportInput } from '../commands/report.js';
import { runInit } from '../commands/init.js';
import type { CommandIO, RepositoryOptions } from '../commands/setup.js';
import { ALL_SECTORS, badLang, checkedOptions } from './options.js';
import type { Lang, Sector, SeveritySetting } from '../core/types.js';

export interface MainOptions extends CommandIO {
  argv: string[];
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
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break;
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice(7);
  }
  if (value !== undefined && value !== 'sv' && value !== 'en') throw badLang(value);
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
  const checked = checkedOptions(lang);
  const langOption = (): Option => checked.lang(m('språk för meddelanden: sv (standard) eller en', 'message language: sv (default) or en'));
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
        // The descriptions name the allowed values in the user's language: no English "(choices: …)".
        optionDescription: (o: Option) => o.description,
      })
      .helpOption('-h, --help', m('visa hjälp', 'show help'));
  const common = (cmd: Command): Command =>
    configure(cmd)
      .option(m('--cwd <mapp>', '--cwd <dir>'), m('ledningssystemets mapp (standard: närmaste mapp uppåt med lsys.yaml)', 'the repository folder (default: the nearest folder upwards with lsys.yaml)'))
      .addOption(checked.today(m('--today <ÅÅÅÅ-MM-DD>', '--today <YYYY-MM-DD>'), m('datumet som alla datumregler utgår från (standard: dagens datum, eller LSYS_TODAY)', 'the date all date rules use (default: today, or LSYS_TODAY)')))
      .addOption(langOption());

  // The options of every command that reads the documents.
  const loading = (cmd: Command): Command =>
    cmd
      .option('--no-cache', m('läs alla filer på nytt; använd inte cachen från förra körningen', 'read every file again; do not use the cache from the last run'))
      .option(m('--cache-location <fil>', '--cache-location <file>'), m('var cachen sparas (standard: node_modules/.cache/lsys/ i ledningssystemet, annars ~/.cache/lsys/)', 'where the cache is kept (default: node_modules/.cache/lsys/ in the repository, else ~/.cache/lsys/)'))
      .addOption(checked.workers(m('--workers <antal>', '--workers <count>'), m('antal trådar som läser dokumenten (standard: efter storlek; 0 = ingen)', 'threads that parse the documents (default: by size; 0 = none)')));

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
    .addOption(langOption());

  const ruleList = rules.map((r) => `  ${r.meta.id.padEnd(32)} ${r.meta.defaultSeverity.padEnd(8)} ${lang === 'en' ? r.meta.description.en : r.meta.description.sv}`).join('\n');
  const validate = common(program.command('validate'))
    .usage(m('[flaggor] [sökvägar...]', '[options] [paths...]'))
    .description(m('Kontrollera dokumenten i ledningssystemet och rapportera fel med fil och rad.', 'Check the documents of the management system and report problems with file and line.'))
    .argument(m('[sökvägar...]', '[paths...]'), m('kontrollera bara dokument under dessa sökvägar (hänvisningar kontrolleras ändå mot alla dokument)', 'only check documents under these paths (references are still checked against every document)'))
    .addOption(checked.validateFormat(m('utdataformat: stylish (standard), json, github, junit eller sarif', 'output format: stylish (default), json, github, junit or sarif'), Object.keys(formatters) as FormatName[]))
    .option(m('--output <fil>', '--output <file>'), m('skriv resultatet till en fil i stället för till skärmen', 'write the result to a file instead of the screen'))
    .addOption(checked.maxWarnings(m('--max-warnings <antal>', '--max-warnings <count>'), m('avsluta med kod 1 om varningarna är fler än så här', 'exit with code 1 when there are more warnings than this')))
    .addOption(checked.rule(m('--rule <regel=nivå>', '--rule <rule=level>'), m('ändra en regels nivå: error, warning eller off (kan upprepas; går före lsys.yaml)', 'set a rule’s severity: error, warning or off (repeatable; wins over lsys.yaml)')))
    .option('--quiet', m('visa bara fel, inga varningar', 'show errors only, no warnings'))
    .option('--no-git', m('läs inte git-historiken (regeln review/changed-after-approval hoppas över)', 'do not read git history (the rule review/changed-after-approval is skipped)'))
    .option('--force', m('skriv över en --output-fil som lsys inte själv har skrivit', 'overwrite an --output file that lsys did not write'))
    .option('--fix', m('skriv om lagrum som kan rättas säkert (t.ex. "SoL 2001:453 14:3" → "SoL 2025:400 27:2"), visa varje ändring och sedan det som återstår', 'rewrite legal references that can be fixed safely (e.g. "SoL 2001:453 14:3" → "SoL 2025:400 27:2"), show each change and then what remains'))
    .option('--fix-dry-run', m('visa vad --fix skulle ändra, utan att skriva något', 'show what --fix would change, without writing anything'));
  loading(validate)
    .addHelpText('after', `\n${m('Regler (standardnivå):', 'Rules (default severity):')}\n${ruleList}\n\n${m('Slutkoder: 0 inga fel, 1 fel hittades (eller för många varningar), 2 fel i anrop eller lsys.yaml.', 'Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or lsys.yaml error.')}\n`)
    .action(async (paths: string[], o: Record<string, unknown>) => {
      setExit(
        await runValidate(
          {
            ...repositoryOptions(o),
            paths,
            ...given('today', o.today as string | undefined),
            lang,
            format: (o.format as FormatName | undefined) ?? 'stylish',
            ...given('output', o.output as string | undefined),
            ...given('maxWarnings', o.maxWarnings as number | undefined),
            ruleOverrides: (o.rule as Record<string, SeveritySetting> | undefined) ?? {},
            quiet: o.quiet === true,
            force: o.force === true,
            fix: o.fix === true,
            fixDryRun: o.fixDryRun === true,
          },
          opts,
        ),
      );
    });

  const report = common(program.command('report'))
    .usage(m('[flaggor]', '[options]'))
    .description(m('Skriv årets kvalitetsberättelse (eller patientsäkerhetsberättelse) från dokumenten, med tabeller och diagram.', 'Write the year’s quality report (or patient safety report) from the documents, with tables and charts.'))
    .addOption(checked.year(m('--year <ÅÅÅÅ>', '--year <YYYY>'), m('året som berättelsen gäller (standard: året före --today)', 'the year the report covers (default: the year before --today)')))
    .addOption(checked.kind(m('--kind <typ>', '--kind <kind>'), m('kvalitetsberattelse (standard) eller patientsakerhetsberattelse', 'kvalitetsberattelse (default) or patientsakerhetsberattelse')))
    .addOption(checked.reportFormat(m('html (standard), md eller json (rapportens data för andra verktyg)', 'html (default), md or json (the report data for other tools)')))
    .option(m('--output <fil>', '--output <file>'), m('filen att skriva (standard: <typ>-<år>.<format> i ledningssystemets mapp)', 'the file to write (default: <kind>-<year>.<format> in the repository folder)'))
    .option(m('--template <mapp>', '--template <dir>'), m('mapp med egna mallar som ersätter de inbyggda, fil för fil (standard: ledningssystemets templates/)', 'folder of templates that replace the built-in ones file by file (default: the repository’s templates/)'))
    .option('--no-git', m('läs inte git-historiken (revideringar under året visas då bara från fastställd)', 'do not read git history (revisions during the year then come from fastställd only)'))
    .option('--force', m('skriv över en fil som lsys inte själv har skrivit', 'overwrite a file that lsys did not write'));
  loading(report).action(async (o: Record<string, unknown>) => {
    setExit(
      await runReport(
        {
          ...repositoryOptions(o),
          ...given('today', o.today as string | undefined),
          ...given('year', o.year as number | undefined),
          lang,
          kind: (o.kind as ReportInput['kind'] | undefined) ?? 'kvalitetsberattelse',
          format: (o.format as ReportInput['format'] | undefined) ?? 'html',
          ...given('output', o.output as string | undefined),
          ...given('template', o.template as string | undefined),
          force: o.force === true,
        },
        opts,
      ),
    );
  });

  common(program.command('init'))
    .usage(m('[flaggor] [mapp]', '[options] [dir]'))
    .description(m('Starta ett nytt ledningssystem: lsys.yaml, ett exempeldokument av varje typ och ett CI-flöde för GitHub Actions.', 'Start a new management system: lsys.yaml, one example document of every type and a GitHub Actions workflow.'))
    .argument(m('[mapp]', '[dir]'), m('mappen att skapa det i (standard: aktuell mapp)', 'the folder to create it in (default: the current folder)'))
    .addOption(checked.sector(m('--sector <lista>', '--sector <list>'), m('verksamhetsformer, kommaseparerade: sol, lss, hsl (standard: alla tre)', 'law areas, comma-separated: sol, lss, hsl (default: all three)')))
    .option('--force', m('skriv över filer som redan finns', 'overwrite files that already exist'))
    .action(async (dir: string | undefined, o: Record<string, unknown>) => {
      setExit(
        await runInit(
          {
            ...given('dir', dir),
            ...given('cwd', o.cwd as string | undefined),
            ...given('today', o.today as string | undefined),
            lang,
            sectors: (o.sector as Sector[] | undefined) ?? [...ALL_SECTORS],
            force: o.force === true,
          },
          opts,
        ),
      );
    });
  return program;
}

/** `{ [key]: value }` when the option was given, `{}` when not (the inputs' fields are optional, not undefined). */
function given<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [k in K]?: V });
}

/** The options of a command that reads the documents, as commander parsed them. */
function repositoryOptions(o: Record<string, unknown>): RepositoryOptions {
  return {
    ...given('cwd', o.cwd as string | undefined),
    cache: o.cache !== false,
    ...given('cacheLocation', o.cacheLocation as string | undefined),
    ...given('workers', o.workers as number | undefined),
    git: o.git !== false,
  };
}

/**
 * commander's usage errors in the user's language. A bad option value never comes here: the
 * checked options (options.ts) throw their own LsysError, printed by main() like any other.
 */
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
