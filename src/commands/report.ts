/**
 * `lsys report`: write the year's kvalitetsberättelse or patientsäkerhetsberättelse (html, md
 * or json) and say where it went.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { VERSION } from '../core/version.js';
import { LsysError } from '../core/errors.js';
import { count } from '../format/text.js';
import { prepareOutput } from './own-output.js';
import { openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';
import type { Lang } from '../core/types.js';
import type { ReportRequest } from '../report/index.js';

/** The options of `lsys report`, checked by the command line. */
export interface ReportInput extends RepositoryOptions {
  /** --today as given (LSYS_TODAY or today when absent). */
  today?: string;
  /** --year (the year before the date when absent). */
  year?: number;
  lang: Lang;
  kind: ReportRequest['kind'];
  format: ReportRequest['format'];
  /** --output as given. */
  output?: string;
  /** --template as given. */
  template?: string;
  force: boolean;
}

/** Run `lsys report`; returns the exit code. */
export async function runReport(o: ReportInput, io: CommandIO): Promise<number> {
  const { lang, kind, format } = o;
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
  const today = resolveToday(o.today, io.env, lang);
  const year = o.year ?? Number(today.slice(0, 4)) - 1;
  if (year < 1900 || year > 2200) {
    // Only a --today in 1900 or after 2200 gets here: --year itself is checked by the command line.
    throw new LsysError('bad-year', m(`--year "${o.year}" är inget år. Skriv fyra siffror, t.ex. --year 2026.`, `--year "${o.year}" is not a year. Write four digits, e.g. --year 2026.`));
  }
  const templateDir = o.template === undefined ? undefined : resolve(io.cwd, o.template);
  if (templateDir !== undefined && o.template !== undefined) {
    if (!existsSync(templateDir)) throw new LsysError('template-not-found', m(`--template ${o.template}: mappen finns inte.`, `--template ${o.template}: no such folder.`));
    checkTemplateDir(templateDir, o.template, m);
  }
  const [{ root, load, history, config }, report] = await Promise.all([openRepository(o, lang, io), import('../report/index.js')]);
  const target = o.output === undefined ? resolve(root, report.defaultReportName(kind, year, format)) : resolve(io.cwd, o.output);
  const shown = o.output ?? (relative(io.cwd, target) || target);
  // Refuse before doing the work: the file is left exactly as it was.
  const out = await prepareOutput(target, {
    shown,
    force: o.force,
    own: { isOwn: report.isOwnReport },
    wouldOverwrite: m(`${shown} finns redan och är inte skriven av lsys. Välj en annan fil med --output eller lägg till --force.`, `${shown} already exists and was not written by lsys. Choose another file with --output or add --force.`),
    lang,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  const started = Date.now();
  const { content, model } = await report.buildReport({
    config, today, year, kind, format, lang, templateDir, git: o.git, generator: `lsys ${VERSION}`,
    ...(history ? { history } : {}),
    ...load,
    // Links in quoted documents resolve from the report's folder, or stay text when it has none.
    outputDir: out.regularFile ? dirname(target) : null,
  });
  await out.write(content);
  const v = model.validation;
  // With --output /dev/stdout the report is on stdout: the note goes beside it, to stderr.
  (out.toStdout ? io.stderr : io.stdout).write(
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
