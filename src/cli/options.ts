/**
 * The options whose values commander checks as it parses them: a list of choices
 * (`Option.choices`) or a parser (`Option.argParser`). A bad value is one LsysError in the
 * user's language, with the kebab-case code it has always had, which main() prints as one
 * line with exit code 2 — not commander's English "option '--x' argument 'y' is invalid".
 * The descriptions (the help texts) are the caller's.
 */
import { Option } from 'commander';
import { isDate } from '../core/dates.js';
import { LsysError } from '../core/errors.js';
import type { FormatName } from '../format/index.js';
import type { Lang, Sector, SeveritySetting } from '../core/types.js';
import { say } from '../core/messages.js';
import { CLI } from '../commands/messages.js';

const SECTORS: readonly Sector[] = ['sol', 'lss', 'hsl'];

/**
 * `option` with commander checking its value against `values`; a value not among them is
 * `invalid(value)` instead of commander's own error.
 */
function withChoices(option: Option, values: readonly string[], invalid: (value: string) => LsysError): Option {
  const check = option.choices(values).parseArg;
  return option.argParser((value: string, previous: unknown) => {
    try {
      return check ? check(value, previous) : value;
    } catch {
      throw invalid(value);
    }
  });
}

/** An unsupported --lang: in both languages, since the language is what is wrong. */
export function badLang(value: string): LsysError {
  return new LsysError('bad-lang', `--lang "${value}": välj sv eller en / choose sv or en.`);
}

/** The checked options of lsys, with their messages in `lang`. */
export function checkedOptions(lang: Lang) {
  return {
    lang: (description: string): Option => withChoices(new Option('--lang <sv|en>', description), ['sv', 'en'], badLang),

    today: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        if (!isDate(v)) throw new LsysError('bad-today', say(CLI.badToday, lang, { today: v }));
        return v;
      }),

    workers: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 64) throw new LsysError('bad-workers', say(CLI.badWorkers, lang, { value: v }));
        return n;
      }),

    validateFormat: (description: string, formats: readonly FormatName[]): Option =>
      withChoices(
        new Option('--format <format>', description),
        formats,
        (v) => new LsysError('bad-format', say(CLI.badFormat, lang, { format: v })),
      ),

    maxWarnings: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new LsysError('bad-max-warnings', say(CLI.badMaxWarnings, lang, { value: v }));
        return n;
      }),

    /** Repeatable `--rule id=level`: the overrides so far, the later winning. */
    rule: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((r: string, previous: Record<string, SeveritySetting> | undefined) => {
        const [id, level] = r.split('=');
        if (!id || (level !== 'error' && level !== 'warning' && level !== 'off')) {
          throw new LsysError('bad-rule-option', say(CLI.badRuleOption, lang, { value: r }));
        }
        const overrides: Record<string, SeveritySetting> = { ...previous };
        overrides[id] = level;
        return overrides;
      }),

    year: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const year = Number(v);
        if (!/^\d{4}$/.test(v) || year < 1900 || year > 2200) throw new LsysError('bad-year', say(CLI.badYear, lang, { value: v }));
        return year;
      }),

    kind: (flags: string, description: string): Option =>
      withChoices(
        new Option(flags, description),
        ['kvalitetsberattelse', 'patientsakerhetsberattelse'],
        (v) => new LsysError('bad-kind', say(CLI.badKind, lang, { kind: v })),
      ),

    reportFormat: (description: string): Option =>
      withChoices(
        new Option('--format <format>', description),
        ['html', 'md', 'json'],
        (v) => new LsysError('bad-format', say(CLI.badReportFormat, lang, { format: v })),
      ),

    /** `lsys init --ci`: the platform whose pipeline is written. */
    ci: (flags: string, description: string): Option =>
      withChoices(
        new Option(flags, description),
        ['github', 'gitlab', 'azure', 'none'],
        (v) => new LsysError('bad-ci', say(CLI.badCi, lang, { value: v })),
      ),

    /** Comma-separated law areas, each checked; the list without repeats. */
    sector: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const sectors = v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const s of sectors) {
          if (!SECTORS.includes(s as Sector)) throw new LsysError('bad-sector', say(CLI.badSector, lang, { value: s }));
        }
        return [...new Set(sectors)] as Sector[];
      }),
  };
}

/** Every law area: `lsys init` without --sector. */
export const ALL_SECTORS: readonly Sector[] = SECTORS;
