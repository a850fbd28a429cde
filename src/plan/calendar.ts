/**
 * `lsys calendar`'s output (issue 11): the årshjul as an iCalendar file (RFC 5545) that Outlook,
 * Google Calendar and Apple Calendar import. The dates are the domain model's (`Deadline`,
 * src/model/deadline-types.ts); this module only turns each into an all-day event.
 *
 * The writing itself — content lines folded at 75 octets without splitting a UTF-8 character,
 * TEXT escaped (`\` `;` `,` newlines), the VALARM's duration — is ical-generator's. What is
 * ours is that two runs on the same facts give the same bytes (DTSTAMP is the run's day at
 * 00:00 UTC, never the clock; events in a fixed order), and that each occasion keeps one UID
 * from run to run and a later run has a higher SEQUENCE, so a calendar program updates the
 * event on re-import instead of adding a copy or ignoring it.
 */
import { createHash } from 'node:crypto';
import ical, { ICalAlarmType, ICalCalendarMethod, escape } from 'ical-generator';
import { addDays, daysBetween } from '../core/dates.js';
import { say, type Message } from '../core/messages.js';
import type { Lang, ÅrshjulConfig } from '../core/types.js';
import type { Deadline, DeadlineKind } from '../model/deadline-types.js';
import { CALENDAR_EVENTS as T } from './calendar-messages.js';

/** What the calendar needs besides the deadlines. */
export interface CalendarOptions {
  lang: Lang;
  /** lsys.yaml `organisation`: the calendar's name and the UIDs' domain. */
  organisation: string;
  /** Role id → the role's name (lsys.yaml `roller`). */
  roleNames: ReadonlyMap<string, string>;
  /** Unit id → the unit's name (lsys.yaml `enheter`). */
  unitNames: ReadonlyMap<string, string>;
  /** What the calendar is filtered by, for its name ("Enhetschef, Solgläntan"); absent when not filtered. */
  filter?: string;
  /** The run's day (`--today`): DTSTAMP is this day at 00:00 UTC. */
  today: string;
  /** The first day and the last day (inclusive) the calendar covers, for its description. */
  from: string;
  last: string;
  /** Days before each event that its reminder fires (--remind, else lsys.yaml `årshjul.påminnelse_dagar`); 0 = no reminder. */
  remindDays: ÅrshjulConfig['påminnelse_dagar'];
  /** lsys's version, in PRODID and the generator mark. */
  version: string;
  /**
   * Minutes from 2000-01-01 00:00 UTC to the moment of the run, when the run's date is the real
   * one (no --today, no LSYS_TODAY): SEQUENCE then grows with every run, so a file written the
   * same day after a change still updates the events. Absent: SEQUENCE counts days to `today`.
   */
  minuteOfRun?: number;
  /** The document's address in the staff handbook, when the handbook's URL is known and the document is on it. */
  pageUrl?: (d: Deadline) => string | undefined;
}

/** The property that marks a calendar lsys wrote (with PRODID): `prepareOutput` replaces only such a file without --force. */
const GENERATOR_PROPERTY = 'X-LSYS-GENERATOR';

/** The day SEQUENCE counts from (see renderCalendar). */
const SEQUENCE_EPOCH = '2000-01-01';

/** How the description shows a deadline's detail, by kind (a report's detail, its year, is in the summary). */
const DETAIL: Partial<Record<DeadlineKind, Message>> = {
  egenkontroll: T.descriptionOccasion,
  åtgärd: T.descriptionAction,
  undantag: T.descriptionReason,
};

const CATEGORY: Record<DeadlineKind, Message> = {
  revision: T.categoryRevision,
  egenkontroll: T.categoryEgenkontroll,
  åtgärd: T.categoryÅtgärd,
  undantag: T.categoryUndantag,
  läskvittens: T.categoryLäskvittens,
  kvalitetsberättelse: T.categoryKvalitetsberättelse,
  patientsäkerhetsberättelse: T.categoryPatientsäkerhetsberättelse,
};

/**
 * Does this text look like a calendar lsys wrote? It begins with lsys's PRODID and ends with the
 * generator property (`text` is a file's head and tail, see readHeadAndTail).
 */
export function isOwnCalendar(text: string): boolean {
  return /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:-\/\/lsys\/\/lsys /.test(text) && text.includes(`\r\n${GENERATOR_PROPERTY}:lsys `);
}

/**
 * ASCII letters and digits of a text, lower case, the rest as single `-` (å→a, ä→a, ö→o):
 * for the UIDs' domain and readable part.
 */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The UID of an occasion: readable (the key's slug) and unique (a hash of the exact key, since
 * two keys may slug alike), at a domain from the organisation: `revision-rut-012-1f0c…@solbacka-kommun.lsys`.
 */
export function uidOf(key: string, organisation: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${slug(key)}-${hash}@${slug(organisation) || 'lsys'}.lsys`;
}

/** The event's summary: the kind and the document (and a läskvittens' unit), in the user's language. */
function summaryOf(d: Deadline, o: Pick<CalendarOptions, 'lang' | 'unitNames'>): string {
  const unit = d.units[0] ?? '';
  const data = {
    id: d.id ?? '',
    title: d.title,
    detail: d.detail ?? d.title,
    year: d.detail ?? d.date.slice(0, 4),
    unit: o.unitNames.get(unit) ?? unit,
  };
  const text = say(T[d.kind], o.lang, data);
  // A document without an id (cannot pass validate, but the calendar must not print "  ").
  return text.replace(/ {2,}/g, ' ').replace(/ \(\)$/, '');
}

function descriptionOf(d: Deadline, o: CalendarOptions, url: string | undefined): string {
  const lines: string[] = [];
  if (d.id !== undefined) lines.push(`${say(T.descriptionId, o.lang, { id: d.id })} ${d.title}`);
  const detail = d.detail === undefined ? undefined : DETAIL[d.kind];
  if (detail !== undefined) lines.push(say(detail, o.lang, { detail: d.detail }));
  // A läskvittens: how far the unit had come when the file was written (counts only, never who).
  if (d.readers !== undefined)
    lines.push(
      say(T.descriptionReading, o.lang, {
        today: o.today,
        missing: d.readers.missing,
        required: d.readers.required,
        version: d.detail ?? '',
      }),
    );
  // A document without ägare/ansvarig (validate reports it) has no role to name.
  if (d.role !== '') lines.push(say(T.descriptionRole, o.lang, { name: o.roleNames.get(d.role) ?? d.role, role: d.role }));
  if (d.units.length > 0) lines.push(say(T.descriptionUnits, o.lang, { units: d.units.map((u) => o.unitNames.get(u) ?? u).join(', ') }));
  lines.push(say(T.descriptionFile, o.lang, { file: d.file }));
  if (url !== undefined) lines.push(say(T.descriptionUrl, o.lang, { url }));
  return lines.join('\n');
}

/** A `YYYY-MM-DD` day as the Date of its 00:00 UTC: ical-generator writes an all-day date from the UTC fields. */
function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The calendar's name: "Årshjul – <organisation>", with the filter when there is one. */
export function calendarName(o: Pick<CalendarOptions, 'lang' | 'organisation' | 'filter'>): string {
  return o.filter === undefined
    ? say(T.calendarName, o.lang, { organisation: o.organisation })
    : say(T.calendarNameFiltered, o.lang, { organisation: o.organisation, filter: o.filter });
}

/** The iCalendar text of the deadlines: one all-day event each, in date order. CRLF line ends throughout. */
export function renderCalendar(deadlines: readonly Deadline[], o: CalendarOptions): string {
  const stamp = utcDay(o.today);
  // Calendar programs (Google's, Outlook) take an imported event with a known UID as an update
  // only when its SEQUENCE is higher than the one they hold: the run's day counted from 2000
  // grows with every later run and stays the same within one (same bytes for the same facts).
  // A run on the real date counts minutes instead (minuteOfRun), so that re-exporting after an
  // approval the same day still gives a higher SEQUENCE; minutes are always more than days.
  const sequence = o.minuteOfRun ?? Math.max(0, daysBetween(SEQUENCE_EPOCH, o.today));
  const cal = ical({
    prodId: { company: 'lsys', product: `lsys ${o.version}`, language: o.lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes the calendar's name and description as given: escaped here, as TEXT must be.
    name: escape(calendarName(o), false),
    description: escape(say(T.calendarDescription, o.lang, { from: o.from, last: o.last }), false),
  });
  cal.x([{ key: GENERATOR_PROPERTY, value: `lsys ${o.version}` }]);
  // The calendar's own lines, folded by ical-generator; the events go before its last line.
  const frame = cal.toString();
  const end = frame.lastIndexOf('END:VCALENDAR');
  const sorted = [...deadlines].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const d of sorted) {
    const url = o.pageUrl?.(d);
    const summary = summaryOf(d, o);
    const event = cal.createEvent({
      id: uidOf(d.key, o.organisation),
      sequence,
      stamp,
      start: utcDay(d.date),
      // An all-day event ends (exclusively) the next day (RFC 5545 3.6.1).
      end: utcDay(addDays(d.date, 1)),
      allDay: true,
      summary,
      description: descriptionOf(d, o, url),
      categories: [{ name: say(T.categoryÅrshjul, o.lang) }, { name: say(CATEGORY[d.kind], o.lang) }],
      ...(url !== undefined ? { url } : {}),
    });
    if (o.remindDays > 0) {
      // A positive number is seconds before the start: TRIGGER:-P<n>D.
      event.createAlarm({ type: ICalAlarmType.display, trigger: o.remindDays * 86_400, description: summary });
    }
  }
  // ical-generator folds a whole calendar with a new TextEncoder for every character: 6 s of a
  // 14,000-event årshjul. An event's own text is unfolded, so the events are folded here, by the
  // same rule. The last line ends with CRLF too (RFC 5545 3.1: every content line is CRLF-terminated).
  const events = cal
    .events()
    .map((e) => e.toString())
    .join('');
  return `${frame.slice(0, end)}${foldLines(events)}${frame.slice(end)}\r\n`;
}

/**
 * Fold content lines as RFC 5545 3.1 asks and as ical-generator does: a line break and a space
 * before the octet that would make a line longer than 74 octets of UTF-8 (75 with the space of
 * a continuation line), never inside a character.
 */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      // Most lines: ASCII and short.
      if (line.length <= 74 && !/[^\x00-\x7f]/.test(line)) return line;
      let out = '';
      let n = 0;
      for (const ch of line) {
        const c = ch.codePointAt(0)!;
        const octets = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        n += octets;
        if (n > 74) {
          out += '\r\n ';
          n = octets;
        }
        out += ch;
      }
      return out;
    })
    .join('\r\n');
}
