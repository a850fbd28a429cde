/** The `lagrum` entries of a document, parsed and resolved once for both lagrum checks. */
import {
  isLagrumParseError,
  parseLagrum,
  resolveLagrum,
  type LagrumResolution,
  type LagrumParseError,
  type ParsedLagrum,
} from '../../core/lagrum.js';
import { isDate } from '../../core/dates.js';
import { status } from '../../model/index.js';
import { arr, str } from '../util.js';
import { getOrSet, weakMemo } from '../../core/memo.js';
import type { Catalog } from '../../core/catalog.js';
import type { LoadedDocument } from '../../core/types.js';

export interface LagrumEntry {
  text: string;
  index: number;
  /** The text parsed by the grammar, kept so the checks need not parse it again. */
  parsed: ParsedLagrum | LagrumParseError;
  result: LagrumParseError | LagrumResolution;
}

/** Resolutions by text and date, per catalogue: thousands of documents cite the same few statutes. */
const resolutions = weakMemo((_catalog: Catalog) => new Map<string, Pick<LagrumEntry, 'parsed' | 'result'>>());
/** A document's entries, worked out once for both lagrum checks. */
const byDocument = new WeakMap<LoadedDocument, LagrumEntry[]>();

/**
 * A bare short name means the statute in force on the document's `fastställd` date (today for
 * drafts and documents without a valid date).
 */
export function lagrumEntries(doc: LoadedDocument, catalog: Catalog, today: string): LagrumEntry[] {
  return getOrSet(byDocument, doc, () => resolveEntries(doc, catalog, today));
}

function resolveEntries(doc: LoadedDocument, catalog: Catalog, today: string): LagrumEntry[] {
  const fastställd = str(doc.data?.fastställd);
  const date = status(doc) !== 'utkast' && isDate(fastställd) ? fastställd : today;
  const known = resolutions(catalog);
  const entries: LagrumEntry[] = [];
  for (const [index, v] of arr(doc.data?.lagrum).entries()) {
    if (typeof v !== 'string') continue;
    const { parsed, result } = getOrSet(known, `${v}\u0000${date}`, () => {
      const parsed = parseLagrum(v);
      return { parsed, result: isLagrumParseError(parsed) ? parsed : resolveLagrum(parsed, catalog, date) };
    });
    entries.push({ text: v, index, parsed, result });
  }
  return entries;
}
