/** The `lagrum` entries of a document, parsed and resolved once for both lagrum checks. */
import { isLagrumParseError, parseLagrum, resolveLagrum, type LagrumResolution, type LagrumParseError } from '../../core/lagrum.js';
import { isDate } from '../../core/dates.js';
import { arr, status, str } from '../util.js';
import type { Catalog } from '../../core/catalog.js';
import type { LoadedDocument } from '../../core/types.js';

export interface LagrumEntry {
  text: string;
  index: number;
  result: LagrumParseError | LagrumResolution;
}

const memo = new WeakMap<LoadedDocument, LagrumEntry[]>();
/** Resolutions by text and date, per catalogue: thousands of documents cite the same few statutes. */
const resolved = new WeakMap<Catalog, Map<string, LagrumEntry['result']>>();

/**
 * A bare short name means the statute in force on the document's `fastställd` date (today for
 * drafts and documents without a valid date).
 */
export function lagrumEntries(doc: LoadedDocument, catalog: Catalog, today: string): LagrumEntry[] {
  const cached = memo.get(doc);
  if (cached) return cached;
  const fastställd = str(doc.data?.fastställd);
  const date = status(doc) !== 'utkast' && isDate(fastställd) ? fastställd : today;
  let known = resolved.get(catalog);
  if (!known) resolved.set(catalog, (known = new Map()));
  const entries: LagrumEntry[] = [];
  for (const [index, v] of arr(doc.data?.lagrum).entries()) {
    if (typeof v !== 'string') continue;
    const key = `${v}\u0000${date}`;
    let result = known.get(key);
    if (!result) {
      const parsed = parseLagrum(v);
      result = isLagrumParseError(parsed) ? parsed : resolveLagrum(parsed, catalog, date);
      known.set(key, result);
    }
    entries.push({ text: v, index, result });
  }
  memo.set(doc, entries);
  return entries;
}
