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
import { format as formatMessage, perLang, say } from '../core/messages.js';
import { CLI } from './messages.js';

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
  const today = resolveToday(o.today, io.env, lang);
  const year = o.year ?? Number(today.slice(0, 4)) - 1;
  if (year < 1900 || year > 2200) {
    // Only a --today in 1900 or after 2200 gets here: --year itself is checked by the command line.
    throw new LsysError('bad-year', say(CLI.badYear, lang, { value: String(o.year) }));
  }
  const templateDir = o.template === undefined ? undefined : resolve(io.cwd, o.template);
  if (templateDir !== undefined && o.template !== undefined) {
    if (!existsSync(templateDir)) throw new LsysError('template-not-found', say(CLI.templateNotFound, lang, { template: o.template }));
    checkTemplateDir(templateDir, o.template, lang);
  }
  const [{ root, load, history, config }, report] = await Promise.all([openRepository(o, lang, io), import('../report/index.js')]);
  const target = o.output === undefined ? resolve(root, report.defaultReportName(kind, year, format)) : resolve(io.cwd, o.output);
  const shown = o.output ?? (relative(io.cwd, target) || target);
  // Refuse before doing the work: the file is left exactly as it was.
  const out = await prepareOutput(target, {
    shown,
    force: o.force,
    own: { isOwn: report.isOwnReport },
    wouldOverwrite: say(CLI.reportWouldOverwrite, lang, { shown }),
    lang,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  const started = Date.now();
  const { registry } = await import('../rules/index.js');
  const { content, model } = await report.buildReport({
    registry,
    config,
    today,
    year,
    kind,
    format,
    lang,
    templateDir,
    git: o.git,
    generator: `lsys ${VERSION}`,
    ...(history ? { history } : {}),
    ...load,
    // Links in quoted documents resolve from the report's folder, or stay text when it has none.
    outputDir: out.regularFile ? dirname(target) : null,
  });
  await out.write(content);
  const v = model.validation;
  // With --output /dev/stdout the report is on stdout: the note goes beside it, to stderr.
  (out.toStdout ? io.stderr : io.stdout).write(
    say(CLI.wroteReport, lang, {
      shown,
      kind: kind === 'kvalitetsberattelse' ? CLI.qualityReport : CLI.patientSafetyReport,
      year,
      ms: Date.now() - started,
      problems:
        v.errors + v.warnings > 0
          ? formatMessage(CLI.reportProblems, {
              errors: perLang((l) => count(v.errors, 'error', l)),
              warnings: perLang((l) => count(v.warnings, 'warning', l)),
            })
          : '',
    }),
  );
  return 0;
}

/** A --template folder holds html/ and/or md/ (each with layout.hbs and partials/), like the built-in templates/. */
function checkTemplateDir(dir: string, shown: string, lang: Lang): void {
  if (!statSync(dir).isDirectory()) {
    throw new LsysError('template-not-a-folder', say(CLI.templateNotAFolder, lang, { shown }));
  }
  // An organisation may bring only its own wording (messages.yaml), only templates, or both.
  if (!['html', 'md', 'messages.yaml'].some((entry) => existsSync(join(dir, entry)))) {
    throw new LsysError(
      'template-empty',
      say(CLI.templateEmpty, lang, { shown, example: join(shown, 'html', 'partials', 'sections', 'risker.hbs') }),
    );
  }
}
