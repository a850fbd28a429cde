/**
 * The årshjul as iCalendar (src/plan/calendar.ts), on hand-made deadlines, read back with an
 * independent parser (ical.js): what a calendar program will see.
 */
import ICAL from 'ical.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueProblems } from '../../src/core/messages.js';
import type { Deadline } from '../../src/model/deadline-types.js';
import { calendarName, foldLines, isOwnCalendar, renderCalendar, uidOf, type CalendarOptions } from '../../src/plan/calendar.js';
import { CALENDAR_CLI, CALENDAR_EVENTS } from '../../src/plan/calendar-messages.js';

const ORG = 'Solbacka kommun, socialförvaltningen';

function deadline(d: Partial<Deadline> & Pick<Deadline, 'kind' | 'date' | 'key'>): Deadline {
  return { role: 'mas', file: 'ledningssystem/x.md', line: 1, title: 'Titel', units: [], late: false, ...d };
}

const ALL: Deadline[] = [
  deadline({ kind: 'revision', date: '2027-03-15', key: 'revision/RUT-012', id: 'RUT-012', title: 'Läkemedelshantering', role: 'mas' }),
  deadline({
    kind: 'egenkontroll',
    date: '2027-01-31',
    key: 'egenkontroll/EGK-001/7',
    id: 'EGK-001',
    title: 'Journalgranskning',
    role: 'enhetschef',
    units: ['solgläntan'],
  }),
  deadline({
    kind: 'åtgärd',
    date: '2026-12-31',
    key: 'åtgärd/RISK-002/risker.1.åtgärder.0',
    id: 'RISK-002',
    title: 'Fall i hemtjänsten',
    detail: 'Inför rutin för fallriskbedömning',
    role: 'enhetschef',
  }),
  deadline({ kind: 'undantag', date: '2027-06-30', key: 'undantag/4:6', title: '4:6', file: 'lsys.yaml', role: 'kvalitetssamordnare' }),
  deadline({
    kind: 'kvalitetsberättelse',
    date: '2027-03-01',
    key: 'kvalitetsberättelse/2026',
    title: 'Kvalitetsberättelse',
    detail: '2026',
    file: 'lsys.yaml',
  }),
  deadline({
    kind: 'patientsäkerhetsberättelse',
    date: '2027-03-01',
    key: 'patientsäkerhetsberättelse/2026',
    title: 'Patientsäkerhetsberättelse',
    detail: '2026',
    file: 'lsys.yaml',
  }),
];

const ROLES = new Map([
  ['mas', 'Medicinskt ansvarig sjuksköterska'],
  ['enhetschef', 'Enhetschef'],
  ['kvalitetssamordnare', 'Kvalitetssamordnare'],
]);

function options(extra: Partial<CalendarOptions> = {}): CalendarOptions {
  return {
    lang: 'sv',
    organisation: ORG,
    roleNames: ROLES,
    unitNames: new Map([['solgläntan', 'Solgläntans särskilda boende']]),
    today: '2026-12-01',
    from: '2026-12-01',
    last: '2027-11-30',
    remindDays: 14,
    version: '0.1.0',
    ...extra,
  };
}

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  categories: string[];
  url: string | null;
  trigger: string | null;
  alarmAction: string | null;
}

function parse(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const alarm = v.getFirstSubcomponent('valarm');
    const trigger = alarm?.getFirstPropertyValue('trigger');
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      categories: (v.getFirstProperty('categories')?.getValues() ?? []).map(String),
      url: (v.getFirstPropertyValue('url') as string | null) ?? null,
      trigger: trigger ? String(trigger) : null,
      alarmAction: alarm ? String(alarm.getFirstPropertyValue('action')) : null,
    };
  });
  return { calendar, events };
}

/**
 * A calendar property that ical.js does not know (NAME of RFC 7986, X-WR-…): read as TEXT, as
 * calendar programs do.
 */
function textOf(calendar: ICAL.Component, name: string): string {
  return ICAL.design.icalendar.value.text!.fromICAL!(String(calendar.getFirstPropertyValue(name))) as string;
}

/** The content lines as written (folded), without their CRLF. */
function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('renderCalendar', () => {
  const text = renderCalendar(ALL, options());
  const { calendar, events } = parse(text);

  it('writes one all-day event per deadline, in date order, with the model’s dates', () => {
    expect(events.map((e) => [e.start, e.end, e.allDay])).toEqual([
      ['2026-12-31', '2027-01-01', true],
      ['2027-01-31', '2027-02-01', true],
      ['2027-03-01', '2027-03-02', true],
      ['2027-03-01', '2027-03-02', true],
      ['2027-03-15', '2027-03-16', true],
      ['2027-06-30', '2027-07-01', true],
    ]);
    expect(text).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n');
  });

  it('names the kind and the document in Swedish in the summary, and files it under the kind', () => {
    expect(events.map((e) => e.summary)).toEqual([
      'Åtgärd klar: Inför rutin för fallriskbedömning (RISK-002)',
      'Egenkontroll EGK-001 Journalgranskning',
      'Kvalitetsberättelse 2026 klar',
      'Patientsäkerhetsberättelse 2026 klar',
      'Revidera RUT-012 Läkemedelshantering',
      'Undantag 4:6 upphör',
    ]);
    expect(events.map((e) => e.categories)).toEqual([
      ['Årshjul', 'Åtgärd'],
      ['Årshjul', 'Egenkontroll'],
      ['Årshjul', 'Kvalitetsberättelse'],
      ['Årshjul', 'Patientsäkerhetsberättelse'],
      ['Årshjul', 'Revision'],
      ['Årshjul', 'Undantag'],
    ]);
  });

  it('describes the id, the owner role by name and the file', () => {
    const egk = events.find((e) => e.summary.startsWith('Egenkontroll'))!;
    expect(egk.description).toBe(
      'Id: EGK-001 Journalgranskning\nAnsvarig: Enhetschef (enhetschef)\nEnheter: Solgläntans särskilda boende\nFil: ledningssystem/x.md',
    );
    const action = events.find((e) => e.summary.startsWith('Åtgärd'))!;
    expect(action.description).toContain('Åtgärd: Inför rutin för fallriskbedömning');
    const report = events.find((e) => e.summary.startsWith('Kvalitetsberättelse'))!;
    expect(report.description).toBe('Ansvarig: Medicinskt ansvarig sjuksköterska (mas)\nFil: lsys.yaml');
    expect(report.url).toBeNull();
  });

  it('adds the handbook address when there is one', () => {
    const withUrl = parse(
      renderCalendar(ALL, options({ pageUrl: (d) => (d.id ? `https://intra.example.se/lsys/dokument/${d.id}.html` : undefined) })),
    ).events;
    const rut = withUrl.find((e) => e.summary.startsWith('Revidera'))!;
    expect(rut.url).toBe('https://intra.example.se/lsys/dokument/RUT-012.html');
    expect(rut.description).toContain('\nI handboken: https://intra.example.se/lsys/dokument/RUT-012.html');
    expect(withUrl.find((e) => e.summary.startsWith('Undantag'))!.url).toBeNull();
  });

  it('names the calendar after the organisation, and says what made it', () => {
    expect(textOf(calendar, 'name')).toBe('Årshjul – Solbacka kommun, socialförvaltningen');
    expect(text).toContain('\r\nX-WR-CALNAME:Årshjul – Solbacka kommun\\, socialförvaltningen\r\n');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//lsys//lsys 0.1.0//SV');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(textOf(calendar, 'x-wr-caldesc')).toContain('från 2026-12-01 till och med 2027-11-30');
    expect(calendarName({ lang: 'sv', organisation: 'Org', filter: 'MAS, Solgläntan' })).toBe('Årshjul – Org (MAS, Solgläntan)');
  });

  it('reminds the given number of days before (DISPLAY), or not at all with 0', () => {
    expect(events.every((e) => e.trigger === '-P14D' && e.alarmAction === 'DISPLAY')).toBe(true);
    expect(text).toContain('\r\nTRIGGER:-P14D\r\n');
    expect(parse(renderCalendar(ALL, options({ remindDays: 3 }))).events[0]!.trigger).toBe('-P3D');
    const none = renderCalendar(ALL, options({ remindDays: 0 }));
    expect(none).not.toContain('VALARM');
    expect(parse(none).events).toHaveLength(6);
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physicalLines(text)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folds a long Swedish line without splitting a character, and it unfolds to the original', () => {
    const title =
      'Läkemedelshantering på särskilt boende – ordination, iordningställande, överlämnande och åtgärder vid avvikelse i hemsjukvården';
    const long = renderCalendar(
      [deadline({ kind: 'revision', date: '2027-01-10', key: 'revision/RUT-099', id: 'RUT-099', title: `${title} åäö`.repeat(2) })],
      options(),
    );
    const lines = physicalLines(long);
    const summaryStart = lines.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(lines[summaryStart + 1]!.startsWith(' ')).toBe(true); // folded
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // Each physical line is valid UTF-8 on its own: no character cut in two.
      expect(Buffer.from(Buffer.from(line, 'utf8').toString('utf8'), 'utf8').equals(Buffer.from(line, 'utf8'))).toBe(true);
      expect(line).not.toContain('\uFFFD');
    }
    expect(parse(long).events[0]!.summary).toBe(`Revidera RUT-099 ${title} åäö${title} åäö`);
    // Unfolding by hand (RFC 5545 3.1) gives the line as it was before folding.
    expect(long.replace(/\r\n /g, '')).toContain(`SUMMARY:Revidera RUT-099 ${title.replace(/,/g, '\\,')} åäö`);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const tricky = 'Rutin; med, tecken \\ och\nny rad';
    const out = renderCalendar(
      [deadline({ kind: 'åtgärd', date: '2027-01-10', key: 'åtgärd/RISK-009/risker.0.åtgärder.0', id: 'RISK-009', detail: tricky })],
      options(),
    );
    expect(out.replace(/\r\n /g, '')).toContain('SUMMARY:Åtgärd klar: Rutin\\; med\\, tecken \\\\ och\\nny rad (RISK-009)');
    const e = parse(out).events[0]!;
    expect(e.summary).toBe(`Åtgärd klar: ${tricky} (RISK-009)`);
    expect(e.description).toContain(`Åtgärd: ${tricky}`);
  });

  it('gives each occasion a UID from its key and the organisation, the same in every run', () => {
    expect(events.map((e) => e.uid)).toEqual(
      [
        'åtgärd/RISK-002/risker.1.åtgärder.0',
        'egenkontroll/EGK-001/7',
        'kvalitetsberättelse/2026',
        'patientsäkerhetsberättelse/2026',
        'revision/RUT-012',
        'undantag/4:6',
      ].map((k) => uidOf(k, ORG)),
    );
    expect(uidOf('egenkontroll/EGK-001/7', ORG)).toMatch(/^egenkontroll-egk-001-7-[0-9a-f]{12}@solbacka-kommun-socialforvaltningen\.lsys$/);
    // Keys that fold alike still differ.
    expect(uidOf('undantag/4:6', ORG)).not.toBe(uidOf('undantag/4-6', ORG));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('keeps the UID of an occasion when the ones before it are gone (performed or out of the period)', () => {
    const later = parse(renderCalendar(ALL.slice(1), options({ today: '2027-02-01', from: '2027-02-01' }))).events;
    for (const e of later) expect(events.find((x) => x.summary === e.summary)?.uid).toBe(e.uid);
  });

  it('numbers the events by the run’s day (SEQUENCE), so a later import is newer than an earlier one', () => {
    const seq = (t: string) => [...t.matchAll(/\r\nSEQUENCE:(\d+)\r\n/g)].map((m) => Number(m[1]));
    expect(new Set(seq(text))).toEqual(new Set([9831])); // 2000-01-01 → 2026-12-01
    expect(new Set(seq(renderCalendar(ALL, options({ today: '2026-12-02' }))))).toEqual(new Set([9832]));
    expect(parse(text).calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('sequence')).toBe(9831);
  });

  it('gives the same bytes for the same facts, whatever the clock and the deadlines’ order', () => {
    expect(renderCalendar([...ALL].reverse(), options())).toBe(text);
    expect(text).toContain('\r\nDTSTAMP:20261201T000000Z\r\n');
    expect(text).not.toMatch(/LAST-MODIFIED|CREATED/);
  });

  it('writes English with lang en', () => {
    const en = parse(renderCalendar(ALL, options({ lang: 'en' })));
    expect(en.events.map((e) => e.summary)).toContain('Review RUT-012 Läkemedelshantering');
    expect(en.events.map((e) => e.summary)).toContain('Exemption 4:6 ends');
    expect(textOf(en.calendar, 'x-wr-calname')).toBe('Annual cycle – Solbacka kommun, socialförvaltningen');
    expect(en.calendar.getFirstPropertyValue('prodid')).toBe('-//lsys//lsys 0.1.0//EN');
  });

  it('leaves out what it does not know: no role line without a role, no empty id', () => {
    const [e] = parse(
      renderCalendar(
        [deadline({ kind: 'revision', date: '2027-01-10', key: 'revision/ledningssystem/x.md', role: '', title: 'Utan id' })],
        options(),
      ),
    ).events;
    expect(e!.summary).toBe('Revidera Utan id');
    expect(e!.description).toBe('Fil: ledningssystem/x.md');
  });

  it('counts SEQUENCE from 0 for a run day before 2000', () => {
    expect(renderCalendar(ALL.slice(0, 1), options({ today: '1999-12-31' }))).toContain('\r\nSEQUENCE:0\r\n');
  });

  it('writes an empty calendar when nothing falls due', () => {
    const empty = renderCalendar([], options());
    expect(parse(empty).events).toEqual([]);
    expect(isOwnCalendar(empty)).toBe(true);
  });

  it('recognises its own calendars only', () => {
    expect(isOwnCalendar(text)).toBe(true);
    expect(isOwnCalendar(text.replace('X-LSYS-GENERATOR', 'X-OTHER'))).toBe(false);
    expect(isOwnCalendar(text.replace('PRODID:-//lsys//', 'PRODID:-//Microsoft//'))).toBe(false);
    expect(isOwnCalendar('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n')).toBe(
      false,
    );
    expect(isOwnCalendar('')).toBe(false);
  });
});

describe('the calendar’s catalogues', () => {
  it.each([
    ['CALENDAR_EVENTS', CALENDAR_EVENTS],
    ['CALENDAR_CLI', CALENDAR_CLI],
  ] as const)('%s has both languages with the same placeholders', (where, catalogue) => {
    expect(catalogueProblems(catalogue, where)).toEqual([]);
  });
});

describe('foldLines', () => {
  const octets = (s: string): number => Buffer.byteLength(s, 'utf8');
  // ical-generator's own rule, written out: a new TextEncoder per character (which is why lsys folds the events itself).
  const reference = (text: string): string =>
    text
      .split('\r\n')
      .map((line) => {
        let out = '';
        let n = 0;
        for (let r = 0; r < line.length; r++) {
          let ch = line.charAt(r);
          if (ch >= '\ud800' && ch <= '\udbff') ch += line.charAt(++r);
          const len = new TextEncoder().encode(ch).length;
          n += len;
          if (n > 74) {
            out += '\r\n ';
            n = len;
          }
          out += ch;
        }
        return out;
      })
      .join('\r\n');

  it('folds as ical-generator does: at most 75 octets a line, never inside a character, and unfolds to the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'å', 'Ö', ' ', ';', '€', '😀', 'x', '\ud800') }), { maxLength: 4 }),
        (lines) => {
          const text = lines.join('\r\n');
          const folded = foldLines(text);
          expect(folded).toBe(reference(text));
          for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
          for (const l of lines) expect(foldLines(l).replace(/\r\n /g, '')).toBe(l);
        },
      ),
    );
  });
});
