/**
 * The built-in catalogues: the paragraphs of SOSFS 2011:9 (`sosfs`, coverage) and the
 * statutes that `lagrum` may name. Both are JSON data under the package's `catalog/`
 * folder, so a fact about a paragraph or a statute is a one-line data change.
 */
import { readFileSync } from 'node:fs';
import type { Sector } from './primitives.js';

/** Whom a paragraph binds: `alla` = every provider; `hsl` = vårdgivare; `sol`/`lss` = socialtjänst/LSS. */
type ParagraphSector = 'alla' | Sector;

/** V = verified in a published source, S = structure confirmed, U = uncertain. */
type Confidence = 'V' | 'S' | 'U';

/** One paragraph of SOSFS 2011:9. */
export interface Paragraph {
  /** `kap:§`, e.g. "4:4"; a paragraph inserted by an amendment carries its letter, "5:3a". */
  paragraf: string;
  kapitel: number;
  sektor: ParagraphSector[];
  /** One-line Swedish summary (ours, not the regulation's text). */
  krav: string;
  /** The same summary in English. */
  krav_en: string;
  säkerhet: Confidence;
  /** True for the coverage targets (chapters 3–7, except 5:3a whose content is not confirmed). */
  täckning: boolean;
}

/** One statute (law, ordinance, regulation) that a `lagrum` may name. */
export interface Statute {
  /**
   * Short name ("SoL"); for a regulation series the series ("SOSFS", "HSLF-FS", "AFS"); null for a
   * law without an established short name, which a `lagrum` names by its bare SFS number ("2017:612").
   */
  namn: string | null;
  /** Other short names that mean this statute ("TL" for TandvL); matched like `namn`. */
  alias?: string[];
  /** SFS or series number "YYYY:N"; null for EU acts (see `beteckning`). */
  nummer: string | null;
  /** Designation of an EU act, e.g. "(EU) 2016/679". */
  beteckning?: string;
  titel: string;
  /** True for a regulation series, whose name alone does not identify a statute. */
  serie: boolean;
  /** Entry into force (YYYY-MM-DD); null when the catalogue gives no date. */
  ikraft: string | null;
  /** Repeal date (YYYY-MM-DD): from this day it no longer applies. */
  upphävd: string | null;
  /** Successor as a `lagrum` with a number, e.g. "SoL 2025:400". */
  ersätts_av: string | null;
  /**
   * Further successors when a repealed statute was split (SOSFS 2005:28 → HSLF-FS 2017:40 and
   * HSLF-FS 2017:41), as `lagrum` with a number; `ersätts_av` stays the main one.
   */
  ersätts_även_av?: string[];
  /**
   * Where places of a repealed statute went in its successor, by content (besides the SoL
   * table in sol-2025-400.json): `{ "31": { "plats": "5:4", "ämne": "kvalitet", "ämne_en": "quality" } }`.
   */
  platser?: Record<string, { plats: string; ämne: string; ämne_en: string }>;
  /**
   * Numbers that official texts give for this statute by mistake ("2001:973" for SoF 2001:937
   * in SFS 2025:468): a `lagrum` with one is unknown, and the hint names the right number.
   */
  felskrivningar?: string[];
}

export interface Catalog {
  /** Every paragraph of SOSFS 2011:9, in order (1:1 … 5:3, 5:3a … 8:1). Frozen: shared by the whole run. */
  paragraphs: Paragraph[];
  /** The paragraph named by a `sosfs` entry ("4:4", "5:3a"; surrounding spaces are ignored, nothing else is). */
  paragraph(ref: string): Paragraph | undefined;
  /** Every statute of the catalogue, in the order of the JSON file. Frozen. */
  statutes: Statute[];
  /** Notes on the sources and confidence of the data, as written in the JSON files. */
  notes: { sosfs: string; statutes: string };
}

/** The shape of `catalog/sosfs-2011-9.json`. */
interface SosfsCatalogFile {
  anmärkning: string;
  paragrafer: Paragraph[];
}

/** The shape of `catalog/statutes.json`. */
interface StatutesCatalogFile {
  anmärkning: string;
  författningar: Statute[];
}

let cached: Catalog | undefined;

/**
 * Load the catalogues shipped with the package (read once per process).
 * The path is relative to this module: `src/core/` under vitest and `dist/core/` when
 * compiled are both two levels below the package root.
 */
export function loadCatalog(): Catalog {
  cached ??= buildCatalog(readJson<SosfsCatalogFile>('sosfs-2011-9.json'), readJson<StatutesCatalogFile>('statutes.json'));
  return cached;
}

function readJson<T>(name: string): T {
  const url = new URL(`../../catalog/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** Build a catalogue from already parsed data. */
export function buildCatalog(sosfs: SosfsCatalogFile, statutes: StatutesCatalogFile): Catalog {
  const paragraphs = deepFreeze(sosfs.paragrafer.map((p) => ({ ...p, sektor: [...p.sektor] })));
  const byRef = new Map(paragraphs.map((p) => [p.paragraf, p]));
  return {
    paragraphs,
    paragraph: (ref) => byRef.get(normaliseSosfsRef(ref)),
    statutes: deepFreeze(statutes.författningar.map((s) => ({ ...s }))),
    notes: { sosfs: sosfs.anmärkning, statutes: statutes.anmärkning },
  };
}

// The catalogue is memoised and shared by every rule: a rule that sorts or edits it in place throws.
function deepFreeze<T extends object[]>(items: T): T {
  for (const item of items) {
    for (const v of Object.values(item)) if (Array.isArray(v)) Object.freeze(v);
    Object.freeze(item);
  }
  return Object.freeze(items);
}

/** A `sosfs` entry as looked up: surrounding whitespace dropped, nothing else changed ("4 : 4" stays unknown). */
function normaliseSosfsRef(ref: string): string {
  return ref.trim();
}

/**
 * The coverage targets (chapters 3–7) that apply to a provider running `verksamhetsformer`:
 * `alla` paragraphs always, `hsl` ones if hsl is run, `sol`/`lss` ones if either sol or lss is run.
 * In catalogue order.
 */
export function applicableParagraphs(catalog: Catalog, verksamhetsformer: readonly Sector[]): Paragraph[] {
  const run = new Set<ParagraphSector>(['alla', ...verksamhetsformer]);
  // 4:5 is written for socialtjänst and LSS together: either one makes it apply.
  if (run.has('sol') || run.has('lss')) {
    run.add('sol');
    run.add('lss');
  }
  return catalog.paragraphs.filter((p) => p.täckning && p.sektor.some((s) => run.has(s)));
}

/** H = high, M = medium: how sure the content comparison of SoL 2001:453 and SoL 2025:400 is. */
type MappingConfidence = 'H' | 'M';

/** One row of the comparison SoL 2001:453 → SoL 2025:400: where (a part of) an old paragraph went. */
export interface SolCorrespondence {
  /** The place in SoL 2001:453, `kap:§` ("14:3"). */
  gammal: string;
  /** The part of the old paragraph the row is about ("första stycket"); null = the whole paragraph. */
  del: string | null;
  del_en: string | null;
  /** What the provision is about (ours, Swedish / English). */
  ämne: string;
  ämne_en: string;
  /** The place(s) in SoL 2025:400, `kap:§`; two or more = a range ("14:6", "14:7" = 14 kap. 6–7 §§). */
  ny: string[];
  /** The stycke of the new paragraph (1 = första stycket), when the row names one. */
  stycke: number | null;
  /** Places in SoL 2025:400 that hold exceptions from the new provision. */
  undantag: string[];
  säkerhet: MappingConfidence;
}

/** A place that exists in SoL 2001:453 and (with other content, or not at all) in SoL 2025:400. */
export interface SolNewMeaning {
  /** `kap:§`. */
  plats: string;
  /** What the place meant in SoL 2001:453. */
  gammal: string;
  gammal_en: string;
  /** What it means in SoL 2025:400; null when not confirmed. */
  ny: string | null;
  ny_en: string | null;
  /** True when SoL 2025:400 has no such place. */
  finns_inte: boolean;
  /** Signal groups (keys of `signaler`) that show the old meaning, and the new one. */
  gammal_signaler: string[];
  ny_signaler: string[];
}

/** Words (in a title, area or heading) and `lagrum` entries that show what a document is about. */
interface SignalGroup {
  ord: string[];
  lagrum: string[];
}

/** The shape of `catalog/sol-2025-400.json`. */
interface SolMappingFile {
  anmärkning: string;
  från: string;
  till: string;
  motsvarigheter: SolCorrespondence[];
  ny_betydelse: SolNewMeaning[];
  signaler: Record<string, SignalGroup>;
}

/** The comparison SoL 2001:453 → SoL 2025:400, loaded once. Frozen. */
export interface SolMapping {
  /** "SoL 2001:453" and "SoL 2025:400", as `lagrum` with their numbers. */
  from: string;
  to: string;
  rows: readonly SolCorrespondence[];
  /** The rows for a place of SoL 2001:453 ("14:3", leading zeros ignored), in file order. */
  rowsFor(place: string): readonly SolCorrespondence[];
  /** The "same number, new meaning" entry of a place, if it has one. */
  newMeaning(place: string): SolNewMeaning | undefined;
  signals: Readonly<Record<string, SignalGroup>>;
  note: string;
}

let cachedSol: SolMapping | undefined;

/** Load `catalog/sol-2025-400.json` (read once per process, like `loadCatalog`). */
export function loadSolMapping(): SolMapping {
  cachedSol ??= buildSolMapping(readJson<SolMappingFile>('sol-2025-400.json'));
  return cachedSol;
}

/** Build the mapping from already parsed data. */
function buildSolMapping(file: SolMappingFile): SolMapping {
  const rows = deepFreeze(file.motsvarigheter.map((r) => ({ ...r, ny: [...r.ny], undantag: [...r.undantag] })));
  const meanings = deepFreeze(
    file.ny_betydelse.map((n) => ({ ...n, gammal_signaler: [...n.gammal_signaler], ny_signaler: [...n.ny_signaler] })),
  );
  const byPlace = new Map<string, SolCorrespondence[]>();
  for (const r of rows) {
    const key = normalisePlace(r.gammal);
    byPlace.set(key, [...(byPlace.get(key) ?? []), r]);
  }
  const meaningByPlace = new Map(meanings.map((n) => [normalisePlace(n.plats), n]));
  const signals: Record<string, SignalGroup> = {};
  for (const [k, g] of Object.entries(file.signaler))
    signals[k] = Object.freeze({ ord: Object.freeze([...g.ord]) as string[], lagrum: Object.freeze([...g.lagrum]) as string[] });
  return {
    from: file.från,
    to: file.till,
    rows,
    rowsFor: (place) => byPlace.get(normalisePlace(place)) ?? [],
    newMeaning: (place) => meaningByPlace.get(normalisePlace(place)),
    signals: Object.freeze(signals),
    note: file.anmärkning,
  };
}

/** A `kap:§` place without leading zeros ("14:03" → "14:3"); anything else unchanged. */
export function normalisePlace(place: string): string {
  const m = /^(\d+):(\d+)([a-z]?)$/.exec(place.trim());
  return m ? `${Number(m[1])}:${Number(m[2])}${m[3]}` : place.trim();
}
