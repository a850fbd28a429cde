/**
 * `lsys due`: load the repository as validate does, take the model's deadlines, and print what
 * is late or falls due within --days, by responsible role (src/plan/due.ts). A plan, not a
 * check: the exit code is 0 whatever is late; 2 for a bad option or lsys.yaml.
 */
import { say } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import { DUE } from '../plan/due-messages.js';
import { dueList, renderDue, summaryOf, type DueFormat } from '../plan/due.js';
import { checkFilter } from '../plan/filters.js';
import { prepareLedgerOutput } from './own-output.js';
import { loadLocal, openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';

/** The options of `lsys due`, checked by the command line (roles and units here, against lsys.yaml). */
export interface DueInput extends Omit<RepositoryOptions, 'git'> {
  today?: string;
  lang: Lang;
  days: number;
  owner?: string;
  unit?: string;
  format: DueFormat;
  output?: string;
  force: boolean;
}

/** Run `lsys due`; returns the exit code. */
export async function runDue(o: DueInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const today = resolveToday(o.today, io.env, lang);
  // No git: no deadline depends on the history.
  const repo = await openRepository({ ...o, git: false }, lang, io);
  const { cacheBase, config } = repo;
  checkFilter(o, config, lang);
  const shown = o.output;
  // Refuse before doing the work: the file is left exactly as it was.
  const out = await prepareLedgerOutput(shown, {
    cwd: io.cwd,
    cacheBase,
    force: o.force,
    wouldOverwrite: say(DUE.wouldOverwrite, lang, { shown }),
    lang,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  const run = await loadLocal(repo, today, lang, io);
  const model = run.context.model;
  const due = dueList(
    { config, today, deadlines: model.deadlines },
    { days: o.days, ...(o.owner !== undefined ? { owner: o.owner } : {}), ...(o.unit !== undefined ? { unit: o.unit } : {}) },
  );
  const text = renderDue(due, o.format, lang);
  if (!out) {
    io.stdout.write(text);
    return 0;
  }
  await out.write(text);
  // With --output /dev/stdout the list is on stdout: the note goes beside it, to stderr.
  (out.toStdout ? io.stderr : io.stdout).write(
    `${say(DUE.wrote, lang, { shown: shown ?? '', summary: summaryOf(due, lang).replace(/\.$/, '') })}\n`,
  );
  return 0;
}
