/**
 * Legal references (`lagrum`): parse the grammar of FORMAT.md and resolve a reference
 * to a statute of the catalogue, by number or, for a bare short name, by date.
 */
import { getOrSet, weakMemo } from './memo.js';
import type { Catalog, Statute } from './catalog.js';
import type { Text } from './types.js';

/** A `lagrum` that follows the grammar. At least one of `namn` and `nummer` is set. */
export interface ParsedLagrum {
  /** Short name as written, e.g. "SoL", "HSLF-FS". */
  namn?: string;
  /** Statute number "YYYY:N", e.g. "2025:400". */
  nummer?: string;
  /** Place in the statute: "kap:§" ("11:1") or "§" ("24a"). */
  plats?: string;
}

/** Why a string is not a `lagrum`: it breaks the grammar, or names a series without its number. */
export interface LagrumParseError {
  error: 'syntax' | 'series-needs-number';
}

/**
 * Why a parsed `lagrum` names no statute of the catalogue:
 * `unknown-name` no statute has that name; `unknown-number` the name is known but not with
 * that number; `unknown-sfs-number` a bare number that is no SFS number of the catalogue.
 */
export type UnknownLagrumReason = 'unknown-name' | 'unknown-number' | 'unknown-sfs-number';

export type LagrumResolution = { statute: Statute } | { unknown: true; reason: UnknownLagrumReason };

/** Regulation series: their name alone names no statute, so they need a number. */
export const SERIES_NAMES: readonly string[] = ['SOSFS', 'HSLF-FS', 'AFS'];

const NAMN = '[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö-]*';
const NUMMER = '\\d{4}:\\d+';
const PLATS = '\\d{1,2}:\\d+[a-z]?|\\d+[a-z]?';
const LAGRUM_RE = new RegExp(`^(?:(${NAMN})(?: (${NUMMER}))?|(${NUMMER}))(?: (${PLATS}))?$`, 'u');

/** The grammar in the users' words, for the hint of `lagrum/unknown`. */
export const LAGRUM_GRAMMAR: Text = {
  sv:
    'Skriv lagrum som "namn [nummer] [plats]" eller "nummer [plats]": namn är ett kortnamn ur katalogen ' +
    '(SoL, LSS, HSL, PSL, OSL, PDL, SOSFS, HSLF-FS, AFS, GDPR …), nummer är år:löpnummer (2025:400) och ' +
    'plats är kapitel:paragraf (11:1) eller paragraf (24a). SOSFS, HSLF-FS och AFS kräver nummer; ett ' +
    'nummer utan namn är ett SFS-nummer. Exempel: "PSL 3:10", "SoL 2025:400 11:1", "LSS 24a", ' +
    '"SOSFS 2011:9", "2010:659 3:10".',
  en:
    'Write a legal reference as "name [number] [place]" or "number [place]": name is a short name from ' +
    'the catalogue (SoL, LSS, HSL, PSL, OSL, PDL, SOSFS, HSLF-FS, AFS, GDPR …), number is year:serial ' +
    '(2025:400) and place is chapter:section (11:1) or section (24a). SOSFS, HSLF-FS and AFS need their ' +
    'number; a number without a name is an SFS number. Examples: "PSL 3:10", "SoL 2025:400 11:1", ' +
    '"LSS 24a", "SOSFS 2011:9", "2010:659 3:10".',
};

/**
 * Parse a `lagrum` string by the grammar of FORMAT.md. Surrounding whitespace is ignored;
 * inside, parts are separated by exactly one space. "SOSFS" alone is `series-needs-number`;
 * "Lag om X" or "PSL 3 kap. 10 §" is `syntax`.
 */
export function parseLagrum(s: string): ParsedLagrum | LagrumParseError {
  const m = LAGRUM_RE.exec(s.trim());
  if (!m) return { error: 'syntax' };
  const [, namn, nummerAfterNamn, bareNummer, plats] = m;
  const parsed: ParsedLagrum = {};
  if (namn !== undefined) parsed.namn = namn;
  const nummer = nummerAfterNamn ?? bareNummer;
  if (nummer !== undefined) parsed.nummer = nummer;
  if (plats !== undefined) parsed.plats = plats;
  if (namn !== undefined && nummer === undefined && isSeriesName(namn)) {
    return { error: 'series-needs-number' };
  }
  return parsed;
}

/** Type guard: did `parseLagrum` fail? */
export function isLagrumParseError(r: ParsedLagrum | LagrumParseError): r is LagrumParseError {
  return 'error' in r;
}

function isSeriesName(namn: string): boolean {
  const upper = namn.toUpperCase();
  return SERIES_NAMES.some((s) => s.toUpperCase() === upper);
}

/**
 * Find the statute a parsed `lagrum` names.
 *
 * - name + number: the statute with that name and number;
 * - bare number: the non-series statute with that SFS number;
 * - bare name: the version of that name in force on `date` (the document's `fastställd`, or
 *   today for drafts), e.g. `SoL` is 2001:453 before 2025-07-01 and 2025:400 from then. Before
 *   any version existed: the oldest; after all were repealed: the last one (so it is flagged).
 *
 * Names match as the catalogue writes them ("SoL"); when no statute has that exact name, a
 * case-insensitive match is accepted ("SOL", "sol"). A coordinator who writes "SOL" clearly means
 * SoL and a `lagrum/unknown` warning would be noise; no two catalogue names differ only in case
 * (a catalogue test keeps it so), so this never picks the wrong statute.
 *
 * `date` is `YYYY-MM-DD`; dates compare as text.
 */
export function resolveLagrum(parsed: ParsedLagrum, catalog: Catalog, date: string): LagrumResolution {
  const { namn, nummer } = parsed;
  if (namn === undefined) {
    const statute = catalog.statutes.find((s) => !s.serie && s.nummer === nummer);
    return statute ? { statute } : { unknown: true, reason: 'unknown-sfs-number' };
  }
  const named = statutesNamed(catalog, namn);
  if (named.length === 0) return { unknown: true, reason: 'unknown-name' };
  if (nummer !== undefined) {
    const statute = named.find((s) => s.nummer === nummer);
    return statute ? { statute } : { unknown: true, reason: 'unknown-number' };
  }
  return { statute: versionOn(named, date) };
}

const byName = weakMemo((_catalog: Catalog) => new Map<string, Statute[]>());

/** Statutes with this name: exact match, else case-insensitive (looked up once per name). */
function statutesNamed(catalog: Catalog, namn: string): Statute[] {
  return getOrSet(byName(catalog), namn, () => {
    const exact = catalog.statutes.filter((s) => s.namn === namn);
    const lower = namn.toLowerCase();
    return exact.length > 0 ? exact : catalog.statutes.filter((s) => s.namn.toLowerCase() === lower);
  });
}

// An unknown entry into force counts as "always"; versions are ordered oldest first.
function versionOn(versions: Statute[], date: string): Statute {
  const sorted = [...versions].sort(
    (a, b) =>
      (a.ikraft ?? '').localeCompare(b.ikraft ?? '') ||
      (a.upphävd ?? '9999-12-31').localeCompare(b.upphävd ?? '9999-12-31'),
  );
  const started = sorted.filter((s) => s.ikraft === null || s.ikraft <= date);
  const inForce = started.filter((s) => s.upphävd === null || date < s.upphävd);
  return inForce.at(-1) ?? started.at(-1) ?? sorted[0];
}

/** True when the statute no longer applies on `today` (its repeal date is today or earlier). */
export function isRepealed(statute: Statute, today: string): boolean {
  return statute.upphävd !== null && statute.upphävd <= today;
}

/** The statute named by `ersätts_av`, if the catalogue has it. */
export function successorOf(statute: Statute, catalog: Catalog): Statute | undefined {
  if (statute.ersätts_av === null) return undefined;
  const parsed = parseLagrum(statute.ersätts_av);
  if (isLagrumParseError(parsed)) return undefined;
  const r = resolveLagrum(parsed, catalog, statute.upphävd ?? '9999-12-31');
  return 'statute' in r ? r.statute : undefined;
}

/** How a statute is named in messages: "SoL 2025:400", "SOSFS 2011:9", "GDPR". */
export function statuteLabel(statute: Statute): string {
  return statute.nummer === null ? statute.namn : `${statute.namn} ${statute.nummer}`;
}
