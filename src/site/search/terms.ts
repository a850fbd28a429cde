/**
 * Swedish term keys for the handbook's search: one function used both when the index is built
 * (in Node) and when a query is searched (in the browser), so both sides agree.
 *
 * A key is the Snowball stem (lowercase, NFC), made to agree across the Swedish syncope class
 * (SEARCH-SV.md): nouns in -el, -er, -en drop that vowel when inflected (läkemedel, läkemedlet,
 * läkemedlen; nyckel, nycklar; regel, reglerna; tecken, tecknet), and Snowball's stems of the
 * two shapes differ (läkemedel / läkemedl / läkemedlet). Every word gets a primary key in the
 * uninflected `-el/-er/-en` shape where one can be told, plus the plain stem and a few extra
 * forms; a query word matches a document word when their keys share one.
 */
import { stemmer } from '@orama/stemmers/swedish';

/** Consonants that may stand before a dropped vowel (l, r, n themselves excluded: barn, karl, kvarn). */
const SYNCOPE = /([bcdfghjkmpqstvwxz])([lrn])(et)?$/;
const VOWEL = /[aeiouyåäöéü]/;

/**
 * Common Swedish function words: in nearly every document, so they make the index large and
 * a query no sharper. Left out of the index, and out of a query that has other words.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan ' +
    'när ska skall eller vid hos ni där då alla efter under också även sin sina sitt detta dessa denna ' +
    'blir bli ha hade har ut in upp mot mellan samt enligt ska the of and to in'
  ).split(' '),
);

/**
 * The keys of one word, the primary one first (the one a query may extend as a prefix, so
 * "läkemedel" finds "läkemedelshantering"). Empty for a stop word.
 */
export function termKeys(word: string): string[] {
  let keys = memo.get(word);
  if (keys === undefined) {
    // A text repeats its words: each is worked out once (the memo is emptied when it grows large).
    if (memo.size >= MEMO_MAX) memo.clear();
    keys = computeKeys(word);
    memo.set(word, keys);
  }
  return keys;
}

const memo = new Map<string, string[]>();
const MEMO_MAX = 200_000;

function computeKeys(word: string): string[] {
  const w = word.normalize('NFC').toLowerCase();
  if (w === '' || STOP_WORDS.has(w)) return [];
  const s = stemmer(w);
  const extra: string[] = [];
  let primary = s;
  const m = SYNCOPE.exec(s);
  const removed = w.startsWith(s) ? w.slice(s.length) : '';
  if (m && VOWEL.test(s.slice(0, m.index))) {
    // läkemedl, läkemedlet → läkemedel; nyckl → nyckel; fönstret → fönster; teckn → tecken.
    const head = s.slice(0, m.index);
    primary = `${head}${m[1]}e${m[2]}`;
    // numret, numren → nummer (the m doubles again before the vowel).
    if (m[1] === 'm' && !head.endsWith('m')) extra.push(`${head}mme${m[2]}`);
  } else if (s.endsWith('eln') && s.length > 4) {
    // nyckeln, regeln, handeln → nyckel, regel, handel.
    primary = s.slice(0, -1);
  } else if (/^e[lnr]s?$/.test(removed)) {
    // tecken (teck), vatten (vatt), fönster (fönst), nummer (numm): keep the -en/-er form too.
    primary = s + removed.slice(0, 2);
  } else if (s.endsWith('et') && s.length >= 6) {
    // Snowball keeps the definite -et (dokumentet, bladet): the bare noun too, as an exact key.
    extra.push(s.slice(0, -2));
  }
  return [...new Set([primary, s, ...extra])];
}

/** Letters and digits runs (Swedish letters included): the words of a text, as search sees them. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}
