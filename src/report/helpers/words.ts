/**
 * The words for the documents' enum values (status, type, frequency, source …): messages of
 * the report catalogue (templates/messages.yaml) with the ids `ord.<table>.<value>`, so an
 * organisation may reword them like any other sentence of the report.
 */
import { list } from '../../core/i18n.js';
import type { ReportMessages } from '../messages.js';
import type { HelperLang } from './format.js';

/** The word tables of the catalogue (`ord.<table>.…`). */
export const WORD_TABLES = [
  'status',
  'typ',
  'frekvens',
  'källa',
  'läge',
  'åtgärdsstatus',
  'resultat',
  'anledning',
  'ansvar',
  'verksamhet',
  'allvarlighet',
] as const;
export type WordTable = (typeof WORD_TABLES)[number];

/** The word for an enum value; an unknown value is shown as written, `_` read as a space. */
export function word(messages: ReportMessages, table: WordTable, value: unknown, lang: HelperLang): string {
  if (typeof value !== 'string' || value === '') return '';
  const hit = messages.get(`ord.${table}.${value}`);
  if (hit) return hit[lang];
  const plain = value.replace(/_/g, ' ');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** `hsl` → "hälso- och sjukvård"; a list → "socialtjänst, verksamhet enligt LSS och hälso- och sjukvård" (an unknown value as written). */
export function sectors(messages: ReportMessages, v: unknown, lang: HelperLang): string {
  const items = (Array.isArray(v) ? v : [v])
    .filter((x): x is string => typeof x === 'string' && x !== '')
    .map((x) => messages.get(`ord.verksamhet.${x}`)?.[lang] ?? x);
  return list(items, lang);
}
