/**
 * The command line: parses arguments with commander (which also checks the option values, see
 * options.ts), calls the commands (src/commands/) and prints usage errors as one line.
 * Everything a command needs from the outside world comes in through `MainOptions`, so every
 * command runs in-process in tests.
 */
import { Command, CommanderError, Help, Option } from 'commander';
import { LsysError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { isLsysError } from '../core/errors.js';
import { rules } from '../rules/index.js';
import { formatters, type FormatName } from '../format/index.js';
import { runValidate } from '../commands/validate.js';
import { runReport, type ReportInput } from '../commands/report.js';
import { runInit } from '../commands/init.js';
import { runSite } from '../commands/site.js';
import { runDue } from '../commands/due.js';
import { DUE } from '../plan/due-messages.js';
import { DUE_FORMATS, type DueFormat } from '../plan/due.js';
import { runCalendar } from '../commands/calendar.js';
import { calendarOptions } from './calendar-options.js';
import { CALENDAR_CLI } from '../plan/calendar-messages.js';
import { AUTHOR_CLI } from '../commands/author-messages.js';
import { runNew } from '../commands/new.js';
import { NEW } from '../author/new-messages.js';
import type { CommandIO, RepositoryOptions } from '../commands/setup.js';
import type { CiPlatform } from '../init/index.js';
import { ALL_SECTORS, badLang, checkedOptions } from './options.js';
import type { Lang, Sector, SeveritySetting } from '../core/types.js';
import { say } from '../core/messages.js';
import { CLI } from '../commands/messages.js';
import { DIFF_CLI, DIFF_ERRORS } from '../diff/messages.js';
import { DIFF_FORMATS, type DiffFormat } from '../diff/render.js';

export interface MainOptions extends CommandIO {
  argv: string[];
}

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
    opts.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n` + say(CLI.internalError, lang));
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
  const checked = checkedOptions(lang);
  const langOption = (): Option => checked.lang(say(CLI.langOption, lang));
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
        styleTitle: (s: string) => (lang === 'en' ? s : (TITLES_SV[s] ?? s)),
        subcommandTerm: (c: Command) => Help.prototype.subcommandTerm.call(new Help(), c).replace('[options]', say(CLI.usageOptions, lang)),
        // The descriptions name the allowed values in the user's language: no English "(choices: …)".
        optionDescription: (o: Option) => o.description,
      })
      .helpOption('-h, --help', say(CLI.helpOption, lang));
  const common = (cmd: Command): Command =>
    configure(cmd)
      .option(say(CLI.cwdFlag, lang), say(CLI.cwdOption, lang))
      .addOption(checked.today(say(CLI.todayFlag, lang), say(CLI.todayOption, lang)))
      .addOption(langOption());

  // The options of every command that reads the documents.
  const loading = (cmd: Command): Command =>
    cmd
      .option('--no-cache', say(CLI.noCacheOption, lang))
      .option(say(CLI.cacheLocationFlag, lang), say(CLI.cacheLocationOption, lang))
      .addOption(checked.workers(say(CLI.workersFlag, lang), say(CLI.workersOption, lang)));

  configure(program)
    .name('lsys')
    .usage(say(CLI.usageMain, lang))
    .description(say(CLI.mainDescription, lang))
    .version(VERSION, '-V, --version', say(CLI.versionOption, lang))
    .helpCommand(say(CLI.helpCommand, lang), say(CLI.helpCommandDescription, lang))
    .addOption(langOption());

  const ruleList = rules
    .map(
      (r) =>
        `  ${r.meta.id.padEnd(32)} ${r.meta.defaultSeverity.padEnd(8)} ${lang === 'en' ? r.meta.description.en : r.meta.description.sv}`,
    )
    .join('\n');
  const validate = common(program.command('validate'))
    .usage(say(CLI.usageValidate, lang))
    .description(say(CLI.validateDescription, lang))
    .argument(say(CLI.pathsArgument, lang), say(CLI.pathsDescription, lang))
    .addOption(checked.validateFormat(say(CLI.validateFormatOption, lang), Object.keys(formatters) as FormatName[]))
    .option(say(CLI.outputFlag, lang), say(CLI.validateOutputOption, lang))
    .addOption(checked.maxWarnings(say(CLI.maxWarningsFlag, lang), say(CLI.maxWarningsOption, lang)))
    .addOption(checked.rule(say(CLI.ruleFlag, lang), say(CLI.ruleOption, lang)))
    .option('--quiet', say(CLI.quietOption, lang))
    .option('--no-git', say(CLI.validateNoGitOption, lang))
    .option('--force', say(CLI.validateForceOption, lang))
    .option('--fix', say(CLI.fixOption, lang))
    .option('--fix-dry-run', say(CLI.fixDryRunOption, lang));
  loading(validate)
    .addHelpText('after', `\n${say(CLI.rulesHeading, lang)}\n${ruleList}\n\n${say(CLI.exitCodes, lang)}\n`)
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
    .usage(say(CLI.usageOptions, lang))
    .description(say(CLI.reportDescription, lang))
    .addOption(checked.year(say(CLI.yearFlag, lang), say(CLI.yearOption, lang)))
    .addOption(checked.kind(say(CLI.kindFlag, lang), say(CLI.kindOption, lang)))
    .addOption(checked.reportFormat(say(CLI.reportFormatOption, lang)))
    .option(say(CLI.outputFlag, lang), say(CLI.reportOutputOption, lang))
    .option(say(CLI.templateFlag, lang), say(CLI.templateOption, lang))
    .option('--no-git', say(CLI.reportNoGitOption, lang))
    .option('--force', say(CLI.reportForceOption, lang));
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

  const site = common(program.command('site'))
    .usage(say(CLI.usageOptions, lang))
    .description(say(CLI.siteDescription, lang))
    .option(say(CLI.siteOutFlag, lang), say(CLI.siteOutOption, lang))
    .option(say(CLI.siteBaseUrlFlag, lang), say(CLI.siteBaseUrlOption, lang))
    .option('--drafts', say(CLI.siteDraftsOption, lang))
    .option('--no-git', say(CLI.siteNoGitOption, lang))
    .option('--force', say(CLI.siteForceOption, lang));
  loading(site).action(async (o: Record<string, unknown>) => {
    setExit(
      await runSite(
        {
          ...repositoryOptions(o),
          ...given('today', o.today as string | undefined),
          lang,
          ...given('out', o.out as string | undefined),
          ...given('baseUrl', o.baseUrl as string | undefined),
          drafts: o.drafts === true,
          force: o.force === true,
        },
        opts,
      ),
    );
  });

  // lsys new (issue 11): a draft with the next free id, the required fields and headings.
  const newCommand = common(program.command('new'))
    .usage(say(NEW.usage, lang))
    .description(say(NEW.description, lang))
    .argument(say(NEW.typArgument, lang), say(NEW.typDescription, lang))
    .argument(say(NEW.titleArgument, lang), say(NEW.titleDescription, lang))
    .option(say(NEW.ownerFlag, lang), say(NEW.ownerOption, lang))
    .option(say(NEW.processFlag, lang), say(NEW.processOption, lang))
    .option(say(NEW.activityFlag, lang), say(NEW.activityOption, lang))
    .option(say(NEW.unitFlag, lang), say(NEW.unitOption, lang), (v: string, previous: string[] = []) => [...previous, v])
    .option('--dry-run', say(NEW.dryRunOption, lang));
  loading(newCommand)
    .addHelpText('after', say(NEW.examples, lang))
    .action(async (typ: string, titel: string, o: Record<string, unknown>) => {
      setExit(
        await runNew(
          {
            ...repositoryOptions(o),
            typ,
            titel,
            ...given('today', o.today as string | undefined),
            lang,
            ...given('owner', o.owner as string | undefined),
            ...given('process', o.process as string | undefined),
            ...given('activity', o.activity as string | undefined),
            units: (o.unit as string[] | undefined) ?? [],
            dryRun: o.dryRun === true,
          },
          opts,
        ),
      );
    });

  // lsys approve and lsys withdraw (issue 11): fastställ and upphäv, editing the frontmatter in place.
  const approve = common(program.command('approve'))
    .usage(say(AUTHOR_CLI.usageApprove, lang))
    .description(say(AUTHOR_CLI.approveDescription, lang))
    .argument(say(AUTHOR_CLI.targetArgument, lang), say(AUTHOR_CLI.approveTargetDescription, lang))
    .option(say(AUTHOR_CLI.byFlag, lang), say(AUTHOR_CLI.byOption, lang))
    .option('--major', say(AUTHOR_CLI.majorOption, lang))
    .option('--minor', say(AUTHOR_CLI.minorOption, lang))
    .option('--dry-run', say(AUTHOR_CLI.dryRunOption, lang))
    .option('--no-git', say(AUTHOR_CLI.noGitOption, lang));
  loading(approve)
    .addHelpText('after', `\n${say(AUTHOR_CLI.approveExamples, lang)}\n`)
    .action(async (target: string, o: Record<string, unknown>) => {
      // Loaded only for this command: the YAML editor and diff stay out of every other start.
      const { runApprove } = await import('../commands/author.js');
      setExit(
        await runApprove(
          {
            ...repositoryOptions(o),
            target,
            ...given('today', o.today as string | undefined),
            lang,
            ...given('by', o.by as string | undefined),
            major: o.major === true,
            minor: o.minor === true,
            dryRun: o.dryRun === true,
          },
          opts,
        ),
      );
    });

  const withdraw = common(program.command('withdraw'))
    .usage(say(AUTHOR_CLI.usageWithdraw, lang))
    .description(say(AUTHOR_CLI.withdrawDescription, lang))
    .argument(say(AUTHOR_CLI.targetArgument, lang), say(AUTHOR_CLI.withdrawTargetDescription, lang))
    .option(say(AUTHOR_CLI.replacedByFlag, lang), say(AUTHOR_CLI.replacedByOption, lang))
    .option('--dry-run', say(AUTHOR_CLI.dryRunOption, lang));
  loading(withdraw)
    .addHelpText('after', `\n${say(AUTHOR_CLI.withdrawExamples, lang)}\n`)
    .action(async (target: string, o: Record<string, unknown>) => {
      const { runWithdraw } = await import('../commands/author.js');
      setExit(
        await runWithdraw(
          {
            ...repositoryOptions(o),
            target,
            ...given('today', o.today as string | undefined),
            lang,
            ...given('replacedBy', o.replacedBy as string | undefined),
            dryRun: o.dryRun === true,
          },
          opts,
        ),
      );
    });

  // lsys due (issue 11): what is late or falls due, by role.
  const due = common(program.command('due'))
    .usage(say(CLI.usageOptions, lang))
    .description(say(DUE.description, lang))
    .addOption(
      new Option(say(DUE.daysFlag, lang), say(DUE.daysOption, lang)).argParser((v: string) => {
        const n = Number(v);
        if (!/^\d+$/.test(v.trim()) || n > 3660) throw new LsysError('bad-days', say(DUE.badDays, lang, { value: v }));
        return n;
      }),
    )
    .option(say(DUE.ownerFlag, lang), say(DUE.ownerOption, lang))
    .option(say(DUE.unitFlag, lang), say(DUE.unitOption, lang))
    .addOption(
      new Option('--format <format>', say(DUE.formatOption, lang)).argParser((v: string) => {
        if (!(DUE_FORMATS as readonly string[]).includes(v)) throw new LsysError('bad-format', say(DUE.badFormat, lang, { format: v }));
        return v;
      }),
    )
    .option(say(DUE.outputFlag, lang), say(DUE.outputOption, lang))
    .option('--force', say(DUE.forceOption, lang));
  loading(due)
    .addHelpText('after', `\n${say(DUE.help, lang)}\n`)
    .action(async (o: Record<string, unknown>) => {
      const { git: _git, ...repository } = repositoryOptions(o);
      setExit(
        await runDue(
          {
            ...repository,
            ...given('today', o.today as string | undefined),
            lang,
            days: (o.days as number | undefined) ?? 60,
            ...given('owner', o.owner as string | undefined),
            ...given('unit', o.unit as string | undefined),
            format: (o.format as DueFormat | undefined) ?? 'text',
            ...given('output', o.output as string | undefined),
            force: o.force === true,
          },
          opts,
        ),
      );
    });

  // lsys calendar (issue 11): the årshjul as an iCalendar file.
  const cal = calendarOptions(lang);
  const calendar = common(program.command('calendar'))
    .usage(say(CLI.usageOptions, lang))
    .description(say(CALENDAR_CLI.description, lang))
    .option(say(CALENDAR_CLI.ownerFlag, lang), say(CALENDAR_CLI.ownerOption, lang))
    .option(say(CALENDAR_CLI.unitFlag, lang), say(CALENDAR_CLI.unitOption, lang))
    .addOption(cal.from())
    .addOption(cal.months())
    .option(say(CALENDAR_CLI.outputFlag, lang), say(CALENDAR_CLI.outputOption, lang))
    .addOption(cal.remind())
    .option('--force', say(CALENDAR_CLI.forceOption, lang));
  loading(calendar)
    .addHelpText('after', `\n${say(CALENDAR_CLI.examples, lang)}\n`)
    .action(async (o: Record<string, unknown>) => {
      setExit(
        await runCalendar(
          {
            ...repositoryOptions(o),
            ...given('today', o.today as string | undefined),
            lang,
            ...given('owner', o.owner as string | undefined),
            ...given('unit', o.unit as string | undefined),
            ...given('from', o.from as string | undefined),
            ...given('months', o.months as number | undefined),
            ...given('output', o.output as string | undefined),
            ...given('remind', o.remind as number | undefined),
            force: o.force === true,
          },
          opts,
        ),
      );
    });

  // lsys diff (issue 12): what a change does to the ledningssystem.
  const diff = common(program.command('diff'))
    .usage(say(CLI.usageOptions, lang))
    .description(say(DIFF_CLI.description, lang))
    .option(say(DIFF_CLI.baseFlag, lang), say(DIFF_CLI.baseOption, lang))
    .option(say(DIFF_CLI.headFlag, lang), say(DIFF_CLI.headOption, lang))
    .addOption(
      new Option('--format <format>', say(DIFF_CLI.formatOption, lang)).argParser((v: string) => {
        if (!(DIFF_FORMATS as readonly string[]).includes(v))
          throw new LsysError('bad-format', say(DIFF_ERRORS.badFormat, lang, { format: v }));
        return v;
      }),
    )
    .option(say(DIFF_CLI.outputFlag, lang), say(DIFF_CLI.outputOption, lang))
    .option('--force', say(DIFF_CLI.forceOption, lang))
    .option('--fail-on-new', say(DIFF_CLI.failOnNewOption, lang));
  loading(diff)
    .addHelpText('after', `\n${say(DIFF_CLI.examples, lang)}\n`)
    .action(async (o: Record<string, unknown>) => {
      const { runDiff } = await import('../commands/diff.js');
      const { git: _git, ...repository } = repositoryOptions(o);
      setExit(
        await runDiff(
          {
            ...repository,
            ...given('today', o.today as string | undefined),
            lang,
            ...given('base', o.base as string | undefined),
            ...given('head', o.head as string | undefined),
            format: (o.format as DiffFormat | undefined) ?? 'text',
            ...given('output', o.output as string | undefined),
            force: o.force === true,
            failOnNew: o.failOnNew === true,
          },
          opts,
        ),
      );
    });

  common(program.command('init'))
    .usage(say(CLI.usageInit, lang))
    .description(say(CLI.initDescription, lang))
    .argument(say(CLI.dirArgument, lang), say(CLI.dirDescription, lang))
    .addOption(checked.sector(say(CLI.sectorFlag, lang), say(CLI.sectorOption, lang)))
    .addOption(checked.ci(say(CLI.ciFlag, lang), say(CLI.ciOption, lang)))
    .option('--force', say(CLI.initForceOption, lang))
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
            ...given('ci', o.ci as CiPlatform | undefined),
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
  // Commander appends "\n(Did you mean x?)" or "(Did you mean one of x, y?)": kept, in the user's language.
  const similar = /\(Did you mean (one of )?(.*)\?\)/.exec(e.message);
  const hint =
    similar === null
      ? ''
      : similar[1] === undefined
        ? say(CLI.didYouMean, lang, { name: similar[2] ?? '' })
        : say(CLI.didYouMeanOneOf, lang, { names: similar[2] ?? '' });
  switch (e.code) {
    case 'commander.unknownOption':
      return say(CLI.unknownOption, lang, { quoted, hint });
    case 'commander.unknownCommand':
      return say(CLI.unknownCommand, lang, { quoted, hint });
    case 'commander.optionMissingArgument':
      return say(CLI.optionMissingArgument, lang, { quoted });
    case 'commander.missingArgument':
      return say(CLI.missingArgument, lang, { quoted });
    case 'commander.excessArguments':
      return say(CLI.excessArguments, lang);
    case 'commander.missingMandatoryOptionValue':
      return say(CLI.missingMandatoryOptionValue, lang, { quoted });
    default: {
      // One line, and no doubled period before " See …".
      const message = e.message
        .replace(/^error: /, '')
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\.+$/, '');
      return say(CLI.otherCommanderError, lang, { message });
    }
  }
}
