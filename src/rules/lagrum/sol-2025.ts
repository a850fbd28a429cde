/**
 * The new Socialtjänstlag for the lagrum checks: where a place of SoL 2001:453 went in
 * SoL 2025:400 (catalog/sol-2025-400.json), said as the spec asks ("motsvaras enligt innehållet
 * av …; kontrollera", less certain rows said to be so), which citations `--fix` may rewrite, and
 * which signals show that a document uses a place's old meaning.
 */
import { loadSolMapping, normalisePlace, type SolCorrespondence, type SolNewMeaning, type Statute } from '../../core/catalog.js';
import { isLagrumParseError, parseLagrum, statuteLabel } from '../../core/lagrum.js';
import { list, q } from '../../core/i18n.js';
import { getOrSet } from '../../core/memo.js';
import { arr, str } from '../util.js';
import type { LagrumEntry } from './resolve.js';
import type { Lang, LoadedDocument, Text } from '../../core/types.js';

/** Is this SoL 2001:453 (the law the mapping starts from)? */
export function isOldSol(statute: Statute): boolean {
  return statuteLabel(statute) === loadSolMapping().from;
}

/** Is this SoL 2025:400? */
export function isNewSol(statute: Statute): boolean {
  return statuteLabel(statute) === loadSolMapping().to;
}

/** Is the statute's number written ("SoL 2025:400 14:3", "2001:453 14:3"), not only its short name? */
export function hasNumber(entry: LagrumEntry): boolean {
  const p = entry.parsed;
  return !isLagrumParseError(p) && p.nummer !== undefined;
}

/** The place of a `lagrum` as written ("14:3"), normalised; undefined when it has none. */
export function placeOf(entry: LagrumEntry): string | undefined {
  const p = entry.parsed;
  return isLagrumParseError(p) || p.plats === undefined ? undefined : normalisePlace(p.plats);
}

const ORDINAL_SV = ['första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte'];
const ORDINAL_EN = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** "14 kap. 3 §" / "chapter 14 section 3" (a place without chapter: "24 a §" / "section 24a"). */
export function placeText(place: string, lang: Lang): string {
  const m = /^(\d+):(\d+[a-z]?)$/.exec(place);
  if (!m) return lang === 'en' ? `section ${place}` : `${place} §`;
  return lang === 'en' ? `chapter ${m[1]} section ${m[2]}` : `${m[1]} kap. ${m[2]} §`;
}

/** Several places: "14 kap. 6–7 §§" for a run in one chapter, else the places one by one. */
function placesText(places: readonly string[], lang: Lang): string {
  if (places.length === 1) return placeText(places[0]!, lang);
  const parts = places.map((p) => /^(\d+):(\d+)$/.exec(p));
  const sameChapter = parts.every((m) => m && m[1] === parts[0]![1]);
  const run = sameChapter && parts.every((m, i) => i === 0 || Number(m![2]) === Number(parts[i - 1]![2]) + 1);
  if (run) {
    const [first, last] = [parts[0]!, parts[parts.length - 1]!];
    return lang === 'en' ? `chapter ${first[1]} sections ${first[2]}–${last[2]}` : `${first[1]} kap. ${first[2]}–${last[2]} §§`;
  }
  return list(
    places.map((p) => placeText(p, lang)),
    lang,
  );
}

/** The new place(s) of a row: "5 kap. 1 § första stycket", "14 kap. 3 § (undantag 14 kap. 4–5 §§)". */
function newPlaceText(row: SolCorrespondence, lang: Lang): string {
  let s = placesText(row.ny, lang);
  if (row.stycke !== null) {
    s += lang === 'en' ? ` ${ORDINAL_EN[row.stycke - 1] ?? row.stycke} paragraph` : ` ${ORDINAL_SV[row.stycke - 1] ?? row.stycke} stycket`;
  }
  if (row.undantag.length)
    s += lang === 'en' ? ` (exceptions in ${placesText(row.undantag, lang)})` : ` (undantag ${placesText(row.undantag, lang)})`;
  return s;
}

/** "SoL 2025:400 27 kap. 2 §" or, for several rows, each new place with its topic (less certain ones marked). */
function targetText(rows: readonly SolCorrespondence[], lang: Lang): string {
  const to = loadSolMapping().to;
  if (rows.length === 1) return `${to} ${newPlaceText(rows[0]!, lang)}`;
  const uncertain = lang === 'en' ? '; less certain' : '; osäkrare';
  return `${to} ${list(
    rows.map((r) => `${newPlaceText(r, lang)} (${lang === 'en' ? r.ämne_en : r.ämne}${r.säkerhet === 'M' ? uncertain : ''})`),
    lang,
  )}`;
}

/**
 * Where a place of SoL 2001:453 went, as one sentence ending "; kontrollera", or undefined
 * when the mapping has no row for it. E.g. "14 kap. 3 § (lex Sarah: rapporteringsskyldighet)
 * motsvaras enligt innehållet av SoL 2025:400 27 kap. 2 §; kontrollera".
 */
export function correspondenceSentence(place: string): Text | undefined {
  const rows = loadSolMapping().rowsFor(place);
  if (rows.length === 0) return undefined;
  if (rows.length > 1) {
    return {
      sv: `${placeText(place, 'sv')} motsvaras enligt innehållet av ${targetText(rows, 'sv')}; kontrollera`,
      en: `${placeText(place, 'en')} corresponds by content to ${targetText(rows, 'en')}; check it`,
    };
  }
  const r = rows[0]!; // one row: checked above
  const m = r.säkerhet === 'M';
  return {
    sv: `${placeText(place, 'sv')}${r.del ? ` ${r.del}` : ''} (${r.ämne}) motsvaras enligt innehållet ${m ? 'troligen ' : ''}av ${targetText(rows, 'sv')}${m ? ', men jämförelsen är osäkrare' : ''}; kontrollera`,
    en: `${placeText(place, 'en')}${r.del_en ? `, ${r.del_en}` : ''} (${r.ämne_en}) ${m ? 'probably ' : ''}corresponds by content to ${targetText(rows, 'en')}${m ? ', but the comparison is less certain' : ''}; check it`,
  };
}

/**
 * The citation `--fix` writes for a place of SoL 2001:453, e.g. "SoL 2025:400 27:2": only when
 * the whole old paragraph went to exactly one new paragraph, without exceptions, with high
 * confidence. The number is always written, so the citation means the same whatever the
 * document's `fastställd` (a bare "SoL 27:2" in a document approved before 2025-07-01 would
 * mean SoL 2001:453).
 */
export function fixedCitation(place: string): string | undefined {
  const sol = loadSolMapping();
  const rows = sol.rowsFor(place);
  if (rows.length !== 1) return undefined;
  const r = rows[0]!;
  if (r.del !== null || r.ny.length !== 1 || r.undantag.length !== 0 || r.säkerhet !== 'H') return undefined;
  return `${sol.to} ${r.ny[0]}`;
}

/** The hint's advice to rewrite: "Byt till "SoL 2025:400 27:2" (lsys validate --fix gör det)" or to check the places named. */
export function rewriteAdvice(place: string): Text {
  const fixed = fixedCitation(place);
  const sol = loadSolMapping();
  const to = sol.to;
  if (fixed) {
    return {
      sv: `Byt till "${fixed}" (lsys validate --fix gör det åt dig) och kontrollera att bestämmelsen säger det dokumentet avser.`,
      en: `Change it to "${fixed}" (lsys validate --fix does it for you) and check that the provision says what the document means.`,
    };
  }
  const example = `${to} ${sol.rowsFor(place)[0]?.ny[0] ?? '1:1'}`;
  return {
    sv: `Byt till den eller de platser i ${to} som dokumentet avser, med nummer (t.ex. "${example}"); lsys skriver inte om den själv eftersom motsvarigheten inte är en enda paragraf med hög säkerhet.`,
    en: `Change it to the place or places in ${to} that the document means, with the number (e.g. "${example}"); lsys does not rewrite it itself because the counterpart is not one paragraph of high confidence.`,
  };
}

/** Where a signal was found, for the hint. */
interface Evidence {
  where: 'title' | 'headings' | 'lagrum';
  what: string;
}

/** Lower case, every run of non-letters and non-digits one space, padded: "Lex Sarah-rapport" → " lex sarah rapport ". */
function normaliseText(s: string): string {
  return ` ${s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The signal words of the mapping, normalised once. */
const normalisedWords = new Map<string, string>();

function wordHits(groups: readonly string[], text: string): string[] {
  const signals = loadSolMapping().signals;
  const hits: string[] = [];
  for (const g of groups) {
    for (const w of signals[g]?.ord ?? []) {
      const needle = getOrSet(normalisedWords, w, () => normaliseText(w).trim());
      const at = needle ? text.indexOf(needle) : -1;
      if (at === -1) continue;
      // Shown as the whole words the signal is part of ("orosanm" → "orosanmälan").
      const word = text.slice(text.lastIndexOf(' ', at) + 1, text.indexOf(' ', at + needle.length));
      if (!hits.includes(word)) hits.push(word);
    }
  }
  return hits;
}

/** The signals of the mapping, parsed once: they are compared with every `lagrum` entry of a document. */
const parsedSignals = new Map<string, ReturnType<typeof parseLagrum>>();

/** Does a `lagrum` entry match a signal such as "SOSFS 2011:5", "LSS 24a" or "SoL 2001:453 14:3"? */
function lagrumMatches(entry: LagrumEntry, signal: string): boolean {
  const s = getOrSet(parsedSignals, signal, () => parseLagrum(signal));
  const e = entry.parsed;
  if (isLagrumParseError(s) || isLagrumParseError(e)) return false;
  const statute = 'statute' in entry.result ? entry.result.statute : undefined;
  const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toLowerCase() === b.toLowerCase();
  if (s.namn !== undefined && !same(e.namn, s.namn) && !same(statute?.namn ?? undefined, s.namn)) return false;
  if (s.nummer !== undefined && e.nummer !== s.nummer && statute?.nummer !== s.nummer) return false;
  if (s.plats !== undefined && (e.plats === undefined || normalisePlace(e.plats) !== normalisePlace(s.plats))) return false;
  return true;
}

function lagrumHits(groups: readonly string[], entries: readonly LagrumEntry[], skip: number): string[] {
  const signals = loadSolMapping().signals;
  const hits: string[] = [];
  for (const e of entries) {
    if (e.index === skip) continue;
    for (const g of groups) {
      if ((signals[g]?.lagrum ?? []).some((s) => lagrumMatches(e, s)) && !hits.includes(e.text)) hits.push(e.text);
    }
  }
  return hits;
}

/** The text a document is named by: its title and, for an egenkontroll, its area. */
function titleText(doc: LoadedDocument): string {
  return normaliseText([str(doc.data?.titel), str(doc.data?.område)].filter(Boolean).join(' '));
}

/** The headings, from their anchors (the cache keeps anchors, not heading texts): "lex-sarah" reads as "lex sarah". */
function headingsText(doc: LoadedDocument): string {
  return normaliseText(arr(doc.slugs).join(' '));
}

/**
 * Why a citation without a year of a "same number, new meaning" place probably means the old
 * meaning, or undefined when the document does not show it:
 *
 * 1. the title (or an egenkontroll's `område`) names the old meaning — yes, even when the
 *    document also cites the new counterpart: a routine half rewritten for the new law
 *    ("SoL 2025:400 27:2" added, "SoL 14:3" left) is the typical stale case;
 * 2. the title names the new meaning — no;
 * 3. the document already cites a new counterpart of the place in SoL 2025:400: it uses the new
 *    numbering, so the place probably means the new provision — no;
 * 4. a heading or another `lagrum` entry shows the old meaning — yes.
 */
export function oldMeaningEvidence(
  doc: LoadedDocument,
  meaning: SolNewMeaning,
  entries: readonly LagrumEntry[],
  index: number,
): Evidence[] | undefined {
  const title = titleText(doc);
  const titleOld = wordHits(meaning.gammal_signaler, title);
  if (titleOld.length) return titleOld.map((what) => ({ where: 'title', what }));
  if (wordHits(meaning.ny_signaler, title).length) return undefined;
  const counterparts = new Set(
    loadSolMapping()
      .rowsFor(meaning.plats)
      .flatMap((r) => r.ny),
  );
  for (const e of entries) {
    if (e.index === index || !('statute' in e.result) || !isNewSol(e.result.statute)) continue;
    const p = placeOf(e);
    if (p !== undefined && counterparts.has(p)) return undefined;
  }
  const evidence: Evidence[] = [
    ...wordHits(meaning.gammal_signaler, headingsText(doc)).map((what): Evidence => ({ where: 'headings', what })),
    ...lagrumHits(meaning.gammal_signaler, entries, index).map((what): Evidence => ({ where: 'lagrum', what })),
  ];
  return evidence.length ? evidence : undefined;
}

/** "titeln (”lex sarah”) och lagrummet ”SOSFS 2011:5”". */
export function evidenceText(evidence: readonly Evidence[], lang: Lang): string {
  const part = (where: Evidence['where'], sv: string, en: string): string | undefined => {
    const whats = evidence.filter((e) => e.where === where).map((e) => q(e.what));
    if (!whats.length) return undefined;
    return `${lang === 'en' ? en : sv} (${whats.join(', ')})`;
  };
  return list(
    [
      part('title', 'titeln', 'the title'),
      part('headings', 'rubrikerna', 'the headings'),
      part('lagrum', 'andra lagrum', 'other legal references'),
    ].filter((s): s is string => s !== undefined),
    lang,
  );
}

/** The message of `lagrum/renumbered` for a place of SoL 2025:400 whose meaning changed. */
export function renumberedMessage(text: string, meaning: SolNewMeaning): Text {
  const sol = loadSolMapping();
  const { to, from } = sol;
  const rows = sol.rowsFor(meaning.plats);
  const m = rows.length === 1 && rows[0]!.säkerhet === 'M';
  const where = { sv: placeText(meaning.plats, 'sv'), en: placeText(meaning.plats, 'en') };
  const target = {
    sv: `motsvaras enligt innehållet ${m ? 'troligen ' : ''}av ${targetText(rows, 'sv')}${m ? ', men jämförelsen är osäkrare' : ''}; kontrollera`,
    en: `${m ? 'probably ' : ''}corresponds by content to ${targetText(rows, 'en')}${m ? ', but the comparison is less certain' : ''}; check it`,
  };
  if (meaning.finns_inte) {
    return {
      sv: `${q(text)} avser ${to} ${where.sv}, som inte finns i den nya lagen. I ${from} gällde ${where.sv} ${meaning.gammal}, som ${target.sv}`,
      en: `${q(text)} means ${to} ${where.en}, which does not exist in the new law. In ${from}, ${where.en} was about ${meaning.gammal_en}, which ${target.en}`,
    };
  }
  const now = { sv: meaning.ny ?? 'annat innehåll än i den gamla lagen', en: meaning.ny_en ?? 'other content than in the old law' };
  return {
    sv: `${q(text)} avser ${to} ${where.sv} (${now.sv}), men dokumentet verkar använda den gamla betydelsen: ${meaning.gammal} (${from} ${where.sv}), som ${target.sv}`,
    en: `${q(text)} means ${to} ${where.en} (${now.en}), but the document seems to use the old meaning: ${meaning.gammal_en} (${from} ${where.en}), which ${target.en}`,
  };
}
