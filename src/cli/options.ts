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
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
  return {
    lang: (description: string): Option =>
      withChoices(new Option('--lang <sv|en>', description), ['sv', 'en'], badLang),

    today: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        if (!isDate(v)) throw new LsysError('bad-today', m(`--today "${v}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.`, `--today "${v}" is not a valid date. Write YYYY-MM-DD, e.g. 2026-11-25.`));
        return v;
      }),

    workers: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0 || n > 64) throw new LsysError('bad-workers', m(`--workers "${v}" ska vara ett heltal från 0 till 64.`, `--workers "${v}" must be a whole number from 0 to 64.`));
        return n;
      }),

    validateFormat: (description: string, formats: readonly FormatName[]): Option =>
      withChoices(new Option('--format <format>', description), formats, (v) =>
        new LsysError('bad-format', m(`--format "${v}" finns inte. Välj stylish, json, github, junit eller sarif.`, `--format "${v}" does not exist. Choose stylish, json, github, junit or sarif.`)),
      ),

    maxWarnings: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new LsysError('bad-max-warnings', m(`--max-warnings "${v}" ska vara ett heltal, 0 eller större.`, `--max-warnings "${v}" must be a whole number, 0 or more.`));
        return n;
      }),

    /** Repeatable `--rule id=level`: the overrides so far, the later winning. */
    rule: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((r: string, previous: Record<string, SeveritySetting> | undefined) => {
        const [id, level] = r.split('=');
        if (!id || (level !== 'error' && level !== 'warning' && level !== 'off')) {
          throw new LsysError('bad-rule-option', m(`--rule "${r}": skriv regel=nivå, t.ex. --rule coverage/missing=off (nivå: error, warning eller off).`, `--rule "${r}": write rule=level, e.g. --rule coverage/missing=off (level: error, warning or off).`));
        }
        const overrides: Record<string, SeveritySetting> = { ...previous };
        overrides[id] = level;
        return overrides;
      }),

    year: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const year = Number(v);
        if (!/^\d{4}$/.test(v) || year < 1900 || year > 2200) throw new LsysError('bad-year', m(`--year "${v}" är inget år. Skriv fyra siffror, t.ex. --year 2026.`, `--year "${v}" is not a year. Write four digits, e.g. --year 2026.`));
        return year;
      }),

    kind: (flags: string, description: string): Option =>
      withChoices(new Option(flags, description), ['kvalitetsberattelse', 'patientsakerhetsberattelse'], (v) =>
        new LsysError('bad-kind', m(`--kind "${v}" finns inte. Välj kvalitetsberattelse eller patientsakerhetsberattelse.`, `--kind "${v}" does not exist. Choose kvalitetsberattelse or patientsakerhetsberattelse.`)),
      ),

    reportFormat: (description: string): Option =>
      withChoices(new Option('--format <format>', description), ['html', 'md', 'json'], (v) =>
        new LsysError('bad-format', m(`--format "${v}" finns inte för report. Välj html, md eller json.`, `--format "${v}" does not exist for report. Choose html, md or json.`)),
      ),

    /** Comma-separated law areas, each checked; the list without repeats. */
    sector: (flags: string, description: string): Option =>
      new Option(flags, description).argParser((v: string) => {
        const sectors = v.split(',').map((s) => s.trim()).filter(Boolean);
        for (const s of sectors) {
          if (!SECTORS.includes(s as Sector)) throw new LsysError('bad-sector', m(`--sector "${s}" finns inte. Välj bland sol, lss och hsl, t.ex. --sector sol,hsl.`, `--sector "${s}" does not exist. Choose from sol, lss and hsl, e.g. --sector sol,hsl.`));
        }
        return [...new Set(sectors)] as Sector[];
      }),
  };
}

/** Every law area: `lsys init` without --sector. */
export const ALL_SECTORS: readonly Sector[] = SECTORS;
