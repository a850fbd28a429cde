/**
 * Data selection helpers of the report templates: sums, counts and filters over the model's
 * lists, and the egenkontroll occasions worth reading. They choose data; they word nothing.
 */
import type { SelfInspectionSection } from '../types.js';
import { toNumber } from './format.js';

export const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

const field = (item: unknown, name: unknown): unknown =>
  item && typeof item === 'object' && typeof name === 'string' ? (item as Record<string, unknown>)[name] : undefined;

/** The sum of a numeric field (an array field counts its length); without a field name, of the items. */
export function sum(list: unknown, name: unknown): number {
  if (!Array.isArray(list)) return 0;
  return list.reduce((n: number, item: unknown) => {
    const v = item && typeof item === 'object' && typeof name === 'string' ? (item as Record<string, unknown>)[name] : item;
    return n + (Array.isArray(v) ? v.length : (toNumber(v) ?? 0));
  }, 0);
}

/** How many items have field = value; `withValue` false: how many have a truthy field. */
export function count(list: unknown, name: unknown, value: unknown, withValue: boolean): number {
  if (!Array.isArray(list)) return 0;
  return list.filter((item: unknown) => {
    const v = field(item, name);
    return withValue ? v === value : truthy(v);
  }).length;
}

/** The items whose field equals value (`except`: does not). */
export function filter(list: unknown, name: unknown, value: unknown, except: boolean): unknown[] {
  if (!Array.isArray(list) || typeof name !== 'string') return [];
  return list.filter((item: unknown) => {
    const v = item && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined;
    return except ? v !== value : v === value;
  });
}

/** The first item whose field equals value. */
export function find(list: unknown, name: unknown, value: unknown): unknown {
  if (!Array.isArray(list) || typeof name !== 'string') return undefined;
  return list.find((item: unknown) => item && typeof item === 'object' && (item as Record<string, unknown>)[name] === value);
}

/** Egenkontroll occasions of the year worth reading: shortcomings, a summary or actions; sorted by date. */
export function occasionsWorthReading(section: unknown) {
  const rows = (section as SelfInspectionSection | undefined)?.rows ?? [];
  return rows
    .flatMap((r) => r.occasions.map((o) => ({ ...o, document: r.document, område: r.område })))
    .filter((o) => o.resultat === 'brister' || o.sammanfattning || o.åtgärder.length > 0)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.document.id < b.document.id ? -1 : 1));
}
