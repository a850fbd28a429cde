/**
 * Section 4 of the kvalitetsberättelse, Personalens kännedom om rutiner (läskvittens, issue 13):
 * the share of the confirmations the staff must make that they have made, per unit × document
 * type, at the year's end (the report date when that is earlier) and at the year before's end.
 * The figures are the model's `readingShares`: counts only, from today's roster and documents
 * (lsys has no history of the roster), so the year before shows how far today's staff had come
 * with today's documents then.
 */
import { DOC_TYPES } from '../../core/types.js';
import type { ReadingShare } from '../../model/index.js';
import type { ReadingRow, ReadingSection } from '../types.js';
import type { SectionContext } from './context.js';

export function readingSection(c: SectionContext): ReadingSection {
  const date = c.asOf;
  const previousDate = `${c.year - 1}-12-31`;
  const { model } = c;
  const configured = model.reading !== undefined;
  const now = configured ? model.readingShares(date) : [];
  const before = configured ? model.readingShares(previousDate) : [];
  const rows = new Map<string, ReadingRow>();
  const unitOrder = new Map(c.config.enheter.map((u, i) => [u.id, i]));
  const typeOrder = new Map<string, number>(DOC_TYPES.map((t, i) => [t, i]));
  const row = (s: ReadingShare): ReadingRow => {
    const key = `${s.unit}\u0000${s.typ}`;
    let r = rows.get(key);
    if (!r) {
      const namn = c.config.enheter.find((u) => u.id === s.unit)?.namn ?? s.unit;
      r = { unit: { id: s.unit, namn }, typ: s.typ, required: 0, confirmed: 0, previousRequired: 0, previousConfirmed: 0 };
      rows.set(key, r);
    }
    return r;
  };
  for (const s of now) {
    const r = row(s);
    r.required += s.required;
    r.confirmed += s.confirmed;
  }
  for (const s of before) {
    const r = row(s);
    r.previousRequired += s.required;
    r.previousConfirmed += s.confirmed;
  }
  const rank = (m: Map<string, number>, k: string): number => m.get(k) ?? m.size;
  const sorted = [...rows.values()]
    .filter((r) => r.required > 0 || r.previousRequired > 0)
    .sort(
      (a, b) =>
        rank(unitOrder, a.unit.id) - rank(unitOrder, b.unit.id) ||
        (a.unit.id < b.unit.id ? -1 : a.unit.id > b.unit.id ? 1 : 0) ||
        rank(typeOrder, a.typ) - rank(typeOrder, b.typ) ||
        (a.typ < b.typ ? -1 : a.typ > b.typ ? 1 : 0),
    );
  const sum = (list: readonly ReadingRow[]) => ({
    required: list.reduce((n, r) => n + r.required, 0),
    confirmed: list.reduce((n, r) => n + r.confirmed, 0),
    previousRequired: list.reduce((n, r) => n + r.previousRequired, 0),
    previousConfirmed: list.reduce((n, r) => n + r.previousConfirmed, 0),
  });
  const units = [...new Set(sorted.map((r) => r.unit.id))].map((id) => {
    const list = sorted.filter((r) => r.unit.id === id);
    return { unit: list[0]!.unit, ...sum(list) };
  });
  return { configured, date, previousDate, rows: sorted, units, total: sum(sorted) };
}
