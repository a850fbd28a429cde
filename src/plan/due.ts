/**
 * `lsys due`: what is late or falls due within N days, from the model's deadlines — filtered,
 * grouped by the responsible role and printed. Nothing here computes a date or decides what
 * is late: the model did (src/model/deadlines.ts), from the facts validate uses.
 */
import { addDays, daysBetween } from '../core/dates.js';
import { showControls } from '../core/invisible.js';
import { say } from '../core/messages.js';
import type { Config, Lang } from '../core/types.js';
import { matchesFilter } from './filters.js';
import type { Deadline } from '../model/index.js';
import { DUE } from './due-messages.js';

export type DueFormat = 'text' | 'md' | 'json' | 'csv';

export const DUE_FORMATS: readonly DueFormat[] = ['text', 'md', 'json', 'csv'];

/** What to list: the horizon and the filters (already checked against lsys.yaml). */
export interface DueRequest {
  /** Days ahead of today; what is late is always listed. */
  days: number;
  /** A role id of lsys.yaml. */
  owner?: string;
  /** A unit id of lsys.yaml. */
  unit?: string;
}

/** One role's share of the list. */
interface DueGroup {
  /** The role id ('' when the document names none). */
  role: string;
  /** The role's name in lsys.yaml (absent for a role lsys.yaml does not know, or none). */
  namn?: string;
  /** Late first, then by date (then file and line). */
  items: Deadline[];
}

/** The list `lsys due` prints. */
export interface DueList {
  today: string;
  days: number;
  /** today + days. */
  until: string;
  owner?: string;
  unit?: string;
  /** In lsys.yaml's role order, then roles lsys.yaml does not know, then items without a role. */
  groups: DueGroup[];
  late: number;
  soon: number;
  /** Unit id → the unit's name in lsys.yaml (a läskvittens item names its unit). */
  unitNames: ReadonlyMap<string, string>;
}

/** The deadlines that are late or fall due by today + days, filtered and grouped by role. */
export function dueList(facts: { config: Config; today: string; deadlines: readonly Deadline[] }, req: DueRequest): DueList {
  const { config, today } = facts;
  const until = addDays(today, req.days);
  const chosen = facts.deadlines.filter((d) => (d.late || d.date <= until) && matchesFilter(d, req));
  const order = new Map(config.roller.map((r, i) => [r.id, i]));
  const rank = (role: string): [number, string] => [role === '' ? 2 : order.has(role) ? 0 : 1, role];
  const roles = [...new Set(chosen.map((d) => d.role))].sort((a, b) => {
    const [ga, na] = rank(a);
    const [gb, nb] = rank(b);
    return ga - gb || (ga === 0 ? order.get(a)! - order.get(b)! : na < nb ? -1 : na > nb ? 1 : 0);
  });
  const groups = roles.map((role): DueGroup => {
    const items = chosen.filter((d) => d.role === role);
    const namn = config.roller.find((r) => r.id === role)?.namn;
    // The model sorted by date, file and line: a stable partition keeps that order within each part.
    return { role, ...(namn !== undefined ? { namn } : {}), items: [...items.filter((d) => d.late), ...items.filter((d) => !d.late)] };
  });
  const late = chosen.filter((d) => d.late).length;
  return {
    today,
    days: req.days,
    until,
    ...(req.owner !== undefined ? { owner: req.owner } : {}),
    ...(req.unit !== undefined ? { unit: req.unit } : {}),
    groups,
    late,
    soon: chosen.length - late,
    unitNames: new Map(config.enheter.map((u) => [u.id, u.namn])),
  };
}

/** The list in a format. */
export function renderDue(list: DueList, format: DueFormat, lang: Lang): string {
  switch (format) {
    case 'text':
      return renderText(list, lang);
    case 'md':
      return renderMarkdown(list, lang);
    case 'json':
      return renderJson(list);
    case 'csv':
      return renderCsv(list, lang);
  }
}

/** "8 saker att göra: 3 försenade, 5 inom 60 dagar." */
export function summaryOf(list: DueList, lang: Lang): string {
  const total = list.late + list.soon;
  return say(DUE.summary, lang, {
    total: total === 1 ? say(DUE.itemOne, lang) : say(DUE.itemMany, lang, { n: total }),
    late: list.late === 1 ? say(DUE.lateOne, lang) : say(DUE.lateMany, lang, { n: list.late }),
    soon: say(DUE.soon, lang, { n: list.soon, days: list.days }),
  });
}

// ── Words of one item ────────────────────────────────────────────────────────

/** Days from today: negative when late. */
function daysLeft(list: DueList, d: Deadline): number {
  return daysBetween(list.today, d.date);
}

/** "3 dagar sen", "i dag", "om 12 dagar". */
function whenWords(n: number, lang: Lang): string {
  if (n === 0) return say(DUE.today, lang);
  if (n === 1) return say(DUE.inOneDay, lang);
  if (n > 1) return say(DUE.inDays, lang, { n });
  return n === -1 ? say(DUE.oneDayLate, lang) : say(DUE.daysLate, lang, { n: -n });
}

function kindWords(d: Deadline, lang: Lang): string {
  return say(DUE[`kind-${d.kind}`], lang);
}

/** What is to be done, for people: the document's title, with the occasion, action, paragraph, unit or year. */
function whatWords(list: DueList, d: Deadline, lang: Lang): string {
  switch (d.kind) {
    case 'revision':
      return d.title;
    case 'egenkontroll':
      return say(DUE.occasion, lang, { title: d.title, n: d.detail ?? '' });
    case 'åtgärd':
      return d.detail === undefined ? d.title : say(DUE.actionOf, lang, { title: d.title, detail: d.detail });
    case 'undantag':
      return say(DUE.exemption, lang, { paragraf: d.title, skäl: d.detail ?? '' });
    case 'läskvittens':
      return say(DUE.reading, lang, { title: d.title, unit: unitWords(list, d), ...readingData(d) });
    case 'kvalitetsberättelse':
    case 'patientsäkerhetsberättelse':
      return say(DUE.reportFor, lang, { year: d.detail ?? '' });
  }
}

/** The unit of a läskvittens item, by its name in lsys.yaml. */
function unitWords(list: DueList, d: Deadline): string {
  const unit = d.units[0] ?? '';
  return list.unitNames.get(unit) ?? unit;
}

/** "2 av 8 har inte bekräftat version 2.x": counts of the unit's readers, never who. */
function readingData(d: Deadline): { missing: number; required: number; version: string } {
  return { missing: d.readers?.missing ?? 0, required: d.readers?.required ?? 0, version: d.detail ?? '' };
}

/** Filter words for the heading: ", roll mas, enhet solgläntan". */
function filterWords(list: DueList, lang: Lang): string {
  return (
    (list.owner !== undefined ? say(DUE.filterOwner, lang, { owner: list.owner }) : '') +
    (list.unit !== undefined ? say(DUE.filterUnit, lang, { unit: list.unit }) : '')
  );
}

function headingData(list: DueList, lang: Lang) {
  return { until: list.until, days: list.days, today: list.today, filter: filterWords(list, lang) };
}

/** A group's heading: "Enhetschef (enhetschef)". */
function groupName(g: DueGroup, lang: Lang): string {
  if (g.role === '') return say(DUE.noRole, lang);
  return g.namn !== undefined ? `${g.namn} (${g.role})` : say(DUE.unknownRole, lang, { role: g.role });
}

/** One line, with no control character a terminal or a table would act on. */
const oneLine = (s: string): string => showControls(s);

// ── text ─────────────────────────────────────────────────────────────────────

function renderText(list: DueList, lang: Lang): string {
  if (list.groups.length === 0) return `${say(DUE.nothing, lang, headingData(list, lang))}\n`;
  const rows = list.groups.map((g) =>
    g.items.map((d) => [
      d.date,
      whenWords(daysLeft(list, d), lang),
      kindWords(d, lang),
      d.id ?? '',
      oneLine(whatWords(list, d, lang)),
      `${oneLine(d.file)}:${d.line}`,
    ]),
  );
  // Columns as wide as their widest cell over the whole list, so every group lines up.
  const widths = [1, 2, 3].map((c) => Math.max(...rows.flat().map((r) => r[c]!.length)));
  const out = [say(DUE.heading, lang, headingData(list, lang)), ''];
  for (const [i, g] of list.groups.entries()) {
    out.push(oneLine(groupName(g, lang)));
    for (const r of rows[i]!) {
      const [date, when, kind, id, what, where] = r as [string, string, string, string, string, string];
      // The id column only when some item has an id (the yearly reports have none).
      const idCell = widths[2]! > 0 ? `${id.padEnd(widths[2]!)}  ` : '';
      out.push(`  ${date}  ${when.padEnd(widths[0]!)}  ${kind.padEnd(widths[1]!)}  ${idCell}${what}  ${where}`);
    }
    out.push('');
  }
  out.push(summaryOf(list, lang));
  return `${out.join('\n')}\n`;
}

// ── md ───────────────────────────────────────────────────────────────────────

/** Text safe in a Markdown table cell: no line break, no `|`, no markup. */
function cell(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

function renderMarkdown(list: DueList, lang: Lang): string {
  if (list.groups.length === 0) return `${say(DUE.nothing, lang, headingData(list, lang))}\n`;
  const out = [`## ${cell(say(DUE.heading, lang, headingData(list, lang)))}`, ''];
  const head = [DUE.colDate, DUE.colWhen, DUE.colKind, DUE.colId, DUE.colWhat, DUE.colFile].map((m) => say(m, lang));
  for (const g of list.groups) {
    out.push(`### ${cell(groupName(g, lang))}`, '', `| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const d of g.items) {
      const when = cell(whenWords(daysLeft(list, d), lang));
      out.push(
        `| ${[d.date, d.late ? `**${when}**` : when, cell(kindWords(d, lang)), cell(d.id ?? ''), cell(whatWords(list, d, lang)), `${cell(d.file)}:${d.line}`].join(' | ')} |`,
      );
    }
    out.push('');
  }
  out.push(summaryOf(list, lang));
  return `${out.join('\n')}\n`;
}

// ── json ─────────────────────────────────────────────────────────────────────

/**
 * The JSON shape (version 1; see README "lsys due"): every key is always there, absent values
 * are null, items in the order of the text output (by role, late first, then by date).
 */
function renderJson(list: DueList): string {
  const items = list.groups.flatMap((g) =>
    g.items.map((d) => ({
      kind: d.kind,
      date: d.date,
      daysLeft: daysLeft(list, d),
      late: d.late,
      role: d.role === '' ? null : d.role,
      roleName: g.namn ?? null,
      id: d.id ?? null,
      title: d.title,
      detail: d.detail ?? null,
      file: d.file,
      line: d.line,
      units: [...d.units],
      rule: d.rule ?? null,
      readers: d.readers ? { required: d.readers.required, missing: d.readers.missing } : null,
      key: d.key,
    })),
  );
  const json = {
    version: 1,
    today: list.today,
    days: list.days,
    until: list.until,
    owner: list.owner ?? null,
    unit: list.unit ?? null,
    summary: { late: list.late, soon: list.soon, total: list.late + list.soon },
    items,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

// ── csv ──────────────────────────────────────────────────────────────────────

/**
 * A CSV field for Swedish Excel: quoted when it holds `;`, `"` or a line break; text that
 * Excel would take for a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
 */
function csvField(s: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function renderCsv(list: DueList, lang: Lang): string {
  const head = [DUE.colDate, DUE.colDays, DUE.colWhen, DUE.colKind, DUE.colId, DUE.colWhat, DUE.colRole, DUE.colFile, DUE.colLine].map(
    (m) => say(m, lang),
  );
  const rows = [head.map((h) => csvField(h))];
  for (const g of list.groups) {
    for (const d of g.items) {
      const n = daysLeft(list, d);
      rows.push([
        d.date,
        csvField(String(n), false),
        csvField(whenWords(n, lang)),
        csvField(kindWords(d, lang)),
        csvField(d.id ?? ''),
        csvField(whatWords(list, d, lang)),
        csvField(groupName(g, lang)),
        csvField(d.file),
        String(d.line),
      ]);
    }
  }
  // UTF-8 with a byte order mark and CRLF: Excel then reads å, ä and ö right, and `;` is the Swedish list separator.
  return `\uFEFF${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
}
