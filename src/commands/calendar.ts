/**
 * `lsys calendar` (issue 11): write the årshjul — the deadlines the domain model computes — as
 * an iCalendar file to import into a calendar program, and say where it went. The events are
 * src/plan/calendar.ts's; the file's safety (never replacing what lsys did not write, atomic
 * write, devices and pipes written through) own-output.ts's.
 */
import { relative, resolve } from 'node:path';
import { addDays, addMonths } from '../core/dates.js';
import { say } from '../core/messages.js';
import type { Config, Lang } from '../core/types.js';
import { VERSION } from '../core/version.js';
import { isInForce } from '../model/index.js';
import type { Deadline } from '../model/deadline-types.js';
import { isOwnCalendar, renderCalendar } from '../plan/calendar.js';
import { CALENDAR_CLI as C } from '../plan/calendar-messages.js';
import { checkFilter, matchesFilter } from '../plan/filters.js';
import { documentPath, pageName } from '../site/types.js';
import { prepareOutput } from './own-output.js';
import { loadLocal, openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';
import { normaliseBaseUrl } from './site.js';

/** The options of `lsys calendar`, checked by the command line. */
export interface CalendarInput extends RepositoryOptions {
  /** --today as given (LSYS_TODAY or today when absent). */
  today?: string;
  lang: Lang;
  owner?: string;
  unit?: string;
  /** --from (today when absent). */
  from?: string;
  /** --months (12 when absent). */
  months?: number;
  /** --output as given; `-` is stdout. */
  output?: string;
  /** --remind (lsys.yaml årshjul.påminnelse_dagar when absent). */
  remind?: number;
  force: boolean;
}

/** The default file: `arshjul.ics` in the repository root, `arshjul-<roll>-<enhet>.ics` when filtered (ids ASCII-folded). */
function defaultCalendarName(owner: string | undefined, unit: string | undefined): string {
  return `${['arshjul', owner, unit]
    .filter((p) => p !== undefined)
    .map((p) => pageName(p).toLowerCase())
    .join('-')}.ics`;
}

/**
 * The document's page in the staff handbook, as `lsys site` addresses it (site/types.ts): only
 * with `webbplats.url` (an http(s) address: lsys.yaml's schema sees to that), and only for a
 * document the handbook shows (in force).
 */
function pageUrlOf(config: Config): ((d: Deadline) => string | undefined) | undefined {
  const url = config.webbplats?.url;
  const base = url === undefined ? undefined : normaliseBaseUrl(url);
  if (base === undefined) return undefined;
  return (d) => (d.doc !== undefined && d.id !== undefined && isInForce(d.doc) ? `${base}${documentPath(d.id)}` : undefined);
}

/** Run `lsys calendar`; returns the exit code. */
export async function runCalendar(o: CalendarInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const today = resolveToday(o.today, io.env, lang);
  const from = o.from ?? today;
  // [from, from + months): the last day is the one before.
  const last = addDays(addMonths(from, o.months ?? 12), -1);
  // No git: no deadline depends on the history.
  const repo = await openRepository({ ...o, git: false }, lang, io);
  const { root, config } = repo;
  checkFilter(o, config, lang);
  const remindDays = o.remind ?? config.årshjul.påminnelse_dagar;
  const toStdout = o.output === '-';
  const target = o.output === undefined ? resolve(root, defaultCalendarName(o.owner, o.unit)) : resolve(io.cwd, o.output);
  const shown = toStdout ? 'stdout' : (o.output ?? (relative(io.cwd, target) || target));
  // Refuse before doing the work: the file is left exactly as it was.
  const out = toStdout
    ? { toStdout: true, write: async (c: string) => void io.stdout.write(c) }
    : await prepareOutput(target, {
        shown,
        force: o.force,
        own: { isOwn: isOwnCalendar },
        wouldOverwrite: say(C.wouldOverwrite, lang, { shown }),
        lang,
        stdout: io.stdout,
        stderr: io.stderr,
      });
  const run = await loadLocal(repo, today, lang, io);
  const deadlines = run.context.model.deadlinesBetween(from, last).filter((d) => matchesFilter(d, o));
  const roleNames = new Map(config.roller.map((r) => [r.id, r.namn]));
  const unitNames = new Map(config.enheter.map((u) => [u.id, u.namn]));
  const unitName = o.unit === undefined ? undefined : unitNames.get(o.unit);
  const filter = [o.owner === undefined ? undefined : (roleNames.get(o.owner) ?? o.owner), unitName]
    .filter((p) => p !== undefined)
    .join(', ');
  const pageUrl = pageUrlOf(config);
  const text = renderCalendar(deadlines, {
    lang,
    organisation: config.organisation,
    roleNames,
    unitNames,
    ...(filter !== '' ? { filter } : {}),
    today,
    from,
    last,
    remindDays,
    version: VERSION,
    // The real date: each run's SEQUENCE is higher than the last one's (see minuteOfRun).
    ...(o.today === undefined && io.env.LSYS_TODAY === undefined
      ? { minuteOfRun: Math.floor((Date.now() - Date.UTC(2000, 0, 1)) / 60_000) }
      : {}),
    ...(pageUrl !== undefined ? { pageUrl } : {}),
  });
  await out.write(text);
  const n = deadlines.length;
  // With the calendar on stdout, the note goes beside it, to stderr.
  (out.toStdout ? io.stderr : io.stdout).write(
    say(C.wrote, lang, {
      shown,
      events: n === 1 ? say(C.eventCountOne, lang) : say(C.eventCount, lang, { count: n }),
      from,
      last,
      reminder: remindDays === 0 ? '' : remindDays === 1 ? say(C.reminderOne, lang) : say(C.reminder, lang, { days: remindDays }),
    }),
  );
  return 0;
}
