/**
 * Legal references (`lagrum`): parse the grammar of FORMAT.md and resolve a reference
 * to a statute of the catalogue, by number or, for a bare short name, by date.
 */
import { getOrSet, weakMemo } from './memo.js';
import type { Catalog, Statute } from './catalog.js';
import type { Text } from './types.js';
import { list } from './i18n.js';
import { perLang, type Message } from './messages.js';

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
type UnknownLagrumReason = 'unknown-name' | 'unknown-number' | 'unknown-sfs-number';

export type LagrumResolution = { statute: Statute } | { unknown: true; reason: UnknownLagrumReason };

/** Regulation series: their name alone names no statute, so they need a number. */
export const SERIES_NAMES: readonly string[] = ['SOSFS', 'HSLF-FS', 'AFS'];

const NAMN = '[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö-]*';
const NUMMER = '\\d{4}:\\d+';
const PLATS = '\\d{1,2}:\\d+[a-z]?|\\d+[a-z]?';
const LAGRUM_RE = new RegExp(`^(?:(${NAMN})(?: (${NUMMER}))?|(${NUMMER}))(?: (${PLATS}))?$`, 'u');

/** The grammar in the users' words, for the hint of `lagrum/unknown`. */
export const LAGRUM_GRAMMAR: Message = {
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
 * Names match as the catalogue writes them ("SoL"), a statute's `alias` as its name ("TL" is
 * TandvL); when no statute has that exact name, a case-insensitive match is accepted ("SOL", "sol").
 * A coordinator who writes "SOL" clearly means SoL and a `lagrum/unknown` warning would be noise;
 * no two catalogue names or aliases differ only in case (a catalogue test keeps it so), so this
 * never picks the wrong statute. A law without a short name (`namn: null`) is found by its number.
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

/** Statutes with this name or alias: exact match, else case-insensitive (looked up once per name). */
function statutesNamed(catalog: Catalog, namn: string): Statute[] {
  return getOrSet(byName(catalog), namn, () => {
    const exact = catalog.statutes.filter((s) => namesOf(s).includes(namn));
    const lower = namn.toLowerCase();
    return exact.length > 0 ? exact : catalog.statutes.filter((s) => namesOf(s).some((n) => n.toLowerCase() === lower));
  });
}

/** Every name a `lagrum` may use for the statute: its short name and its aliases. */
export function namesOf(statute: Statute): string[] {
  return [...(statute.namn === null ? [] : [statute.namn]), ...(statute.alias ?? [])];
}

// An unknown entry into force counts as "always"; versions are ordered oldest first.
function versionOn(versions: Statute[], date: string): Statute {
  const sorted = [...versions].sort(
    (a, b) => (a.ikraft ?? '').localeCompare(b.ikraft ?? '') || (a.upphävd ?? '9999-12-31').localeCompare(b.upphävd ?? '9999-12-31'),
  );
  const started = sorted.filter((s) => s.ikraft === null || s.ikraft <= date);
  const inForce = started.filter((s) => s.upphävd === null || date < s.upphävd);
  return inForce.at(-1) ?? started.at(-1) ?? sorted[0]!; // a statute has at least one version
}

/** True when the statute no longer applies on `today` (its repeal date is today or earlier). */
export function isRepealed(statute: Statute, today: string): boolean {
  return statute.upphävd !== null && statute.upphävd <= today;
}

/** The statute named by `ersätts_av`, if the catalogue has it. */
export function successorOf(statute: Statute, catalog: Catalog): Statute | undefined {
  return statute.ersätts_av === null ? undefined : resolveSuccessor(statute.ersätts_av, statute, catalog);
}

/** Every successor (`ersätts_av`, then `ersätts_även_av`) as its label, for "change to …" hints. */
export function successorLabels(statute: Statute, catalog: Catalog): string[] {
  return successorRefs(statute).map((ref) => {
    const s = resolveSuccessor(ref, statute, catalog);
    return s ? statuteLabel(s) : ref;
  });
}

/** The successors a statute names as written: `ersätts_av`, then `ersätts_även_av`. */
function successorRefs(statute: Statute): string[] {
  return [statute.ersätts_av, ...(statute.ersätts_även_av ?? [])].filter((r): r is string => r !== null);
}

/** A successor reference resolved as on the day the statute was repealed; undefined when the catalogue lacks it. */
function resolveSuccessor(ref: string, statute: Statute, catalog: Catalog): Statute | undefined {
  const parsed = parseLagrum(ref);
  if (isLagrumParseError(parsed)) return undefined;
  const r = resolveLagrum(parsed, catalog, statute.upphävd ?? '9999-12-31');
  return 'statute' in r ? r.statute : undefined;
}

/**
 * How a statute is named in messages: "SoL 2025:400", "SOSFS 2011:9", "GDPR"; a law without a
 * short name by its title with the number as Swedish law cites it: "Lag (2017:612) om samverkan …".
 */
export function statuteLabel(statute: Statute): string {
  if (statute.namn === null) return citationTitle(statute);
  return statute.nummer === null ? statute.namn : `${statute.namn} ${statute.nummer}`;
}

/**
 * A statute with its title, for messages that name what a reference means:
 * "SoL 2025:400 (Socialtjänstlag)"; a law whose title starts with "Lag" is cited the Swedish way,
 * with its short name after it: "Lag (2022:1250) om egenvård (Egenvårdslagen)"; a law without a
 * short name: "Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård".
 */
export function statuteDescription(statute: Statute): string {
  if (statute.namn === null) return citationTitle(statute);
  if (isLagTitle(statute)) return `${citationTitle(statute)} (${statute.namn})`;
  return `${statuteLabel(statute)} (${statute.titel})`;
}

// "Lag om X" with SFS number N is cited "Lag (N) om X"; other titles are kept as they are.
function isLagTitle(statute: Statute): boolean {
  return !statute.serie && statute.nummer !== null && /^Lag\s/.test(statute.titel);
}

function citationTitle(statute: Statute): string {
  if (isLagTitle(statute)) return statute.titel.replace(/^Lag\s/, `Lag (${statute.nummer}) `);
  return statute.nummer === null ? statute.titel : `${statute.titel} (${statute.nummer})`;
}

/**
 * Every successor the catalogue names (`ersätts_av`, then `ersätts_även_av`), described for a
 * message and joined with "och"/"and": "HSLF-FS 2017:40 (…) och HSLF-FS 2017:41 (…)". A successor
 * the catalogue lacks is shown as written. Undefined when the statute names none.
 */
export function successorsDescription(statute: Statute, catalog: Catalog): Text | undefined {
  const refs = successorRefs(statute);
  if (refs.length === 0) return undefined;
  const parts = refs.map((ref) => {
    const s = resolveSuccessor(ref, statute, catalog);
    return s ? statuteDescription(s) : ref;
  });
  return perLang((lang) => list(parts, lang));
}

/**
 * A `lagrum` whose number is a known misprint of a statute's number (catalogue field
 * `felskrivningar`, e.g. "SoF 2001:973" in the official text of SFS 2025:468 for SoF 2001:937):
 * the reference with the right number, or undefined.
 */
export function misprintOf(text: string, catalog: Catalog): string | undefined {
  const parsed = parseLagrum(text);
  if (isLagrumParseError(parsed) || parsed.nummer === undefined) return undefined;
  const { namn, nummer, plats } = parsed;
  const upper = namn?.toUpperCase();
  const statute = catalog.statutes.find(
    (s) =>
      s.felskrivningar?.includes(nummer) &&
      (upper === undefined ? !s.serie : [s.namn, ...(s.alias ?? [])].some((n) => n?.toUpperCase() === upper)),
  );
  if (!statute) return undefined;
  return [namn ?? statute.namn ?? undefined, statute.nummer, plats].filter((p) => p).join(' ');
}
