/**
 * Characters a reader cannot see: those that Word and web pages paste into text (zero-width
 * space, no-break space, soft hyphen, word joiner, a BOM inside the text, direction marks,
 * the odd-width spaces) and control characters. A value that holds one fails a check for a
 * reason the user cannot see on screen; messages show each one as `⟨U+200B⟩` and name it.
 */
import { say, type Catalogue } from './messages.js';

/** Word-paste characters: format characters and spaces that look like nothing or like a plain space. */
const INVISIBLE_CLASS =
  '\\u00a0\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u2066-\\u206f\\u3000\\u3164\\ufeff\\ufff9-\\ufffb';
/** Control characters except line feed: C0, DEL and C1. */
const CONTROL_CLASS = '\\u0000-\\u0009\\u000b-\\u001f\\u007f-\\u009f';

// Each code point of the class is matched on its own, combining ones (U+034F) included.
/* eslint-disable no-misleading-character-class */
const HIDDEN = new RegExp(`[${INVISIBLE_CLASS}${CONTROL_CLASS}]`, 'g');
const HIDDEN_TEST = new RegExp(`[${INVISIBLE_CLASS}${CONTROL_CLASS}]`);
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'g');
const CONTROL_OR_NEWLINE = new RegExp(`[${CONTROL_CLASS}\\n]`, 'g');
const HIDDEN_OR_NEWLINE = new RegExp(`[${INVISIBLE_CLASS}${CONTROL_CLASS}\\n]`, 'g');
/* eslint-enable no-misleading-character-class */
/** The mark that stands for a hidden character in a message. */
const MARK = /⟨U\+([0-9A-F]{4,6})⟩/g;

/** `U+200B` for a character. */
export function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const mark = (c: string): string => `⟨${codePoint(c)}⟩`;

/** Does `s` hold a character the reader cannot see? */
export function hasHidden(s: string): boolean {
  return HIDDEN_TEST.test(s);
}

/** `s` with every invisible or control character (not line feeds) shown as `⟨U+200B⟩`. */
export function showHidden(s: string): string {
  return hasHidden(s) ? s.replace(HIDDEN, mark) : s;
}

/** `s` on one line with every invisible or control character, line feeds too, shown as `⟨U+200B⟩`. */
export function showHiddenOnOneLine(s: string): string {
  return s.replace(HIDDEN_OR_NEWLINE, mark);
}

/** `s` without its invisible and control characters (not line feeds). */
export function stripHidden(s: string): string {
  return hasHidden(s) ? s.replace(HIDDEN, '') : s;
}

/** `s` with control characters shown as `⟨U+001B⟩`; line feeds too unless `keepNewlines`. */
export function showControls(s: string, keepNewlines = false): string {
  return s.replace(keepNewlines ? CONTROL : CONTROL_OR_NEWLINE, mark);
}

const NAMES: Catalogue = {
  'U+00A0': { sv: 'hårt mellanslag', en: 'no-break space' },
  'U+00AD': { sv: 'mjukt bindestreck', en: 'soft hyphen' },
  'U+200B': { sv: 'nollbreddsmellanslag', en: 'zero-width space' },
  'U+200C': { sv: 'nollbredds icke-sammanfogare', en: 'zero-width non-joiner' },
  'U+200D': { sv: 'nollbredds sammanfogare', en: 'zero-width joiner' },
  'U+200E': { sv: 'vänster-till-höger-markering', en: 'left-to-right mark' },
  'U+200F': { sv: 'höger-till-vänster-markering', en: 'right-to-left mark' },
  'U+202F': { sv: 'smalt hårt mellanslag', en: 'narrow no-break space' },
  'U+2060': { sv: 'ordfog', en: 'word joiner' },
  'U+FEFF': { sv: 'byteordningsmärke (BOM)', en: 'byte order mark (BOM)' },
  'U+0009': { sv: 'tabb', en: 'tab' },
  'U+000A': { sv: 'radbrytning', en: 'line break' },
  'U+000D': { sv: 'vagnretur', en: 'carriage return' },
};

/** The sentence after a message that shows hidden characters (`{stop}` is its full stop, if the message lacks one). */
const HIDDEN_SENTENCE = {
  one: {
    sv: '{stop} Värdet innehåller osynligt tecken {list}, troligen inklistrat från Word eller en webbsida; ta bort det.',
    en: '{stop} The value holds an invisible character {list}, probably pasted from Word or a web page; remove it.',
  },
  many: {
    sv: '{stop} Värdet innehåller osynliga tecken {list}, troligen inklistrat från Word eller en webbsida; ta bort dem.',
    en: '{stop} The value holds invisible characters {list}, probably pasted from Word or a web page; remove them.',
  },
} as const satisfies Catalogue;

/**
 * The sentence that names the hidden characters marked in a message, or '' when there are
 * none: ` Värdet innehåller osynligt tecken U+200B (nollbreddsmellanslag), troligen inklistrat
 * från Word eller en webbsida; ta bort det.`
 */
export function hiddenSentence(message: string, lang: 'sv' | 'en'): string {
  if (!message.includes('⟨U+')) return '';
  const codes = [...new Set([...message.matchAll(MARK)].map((m) => `U+${m[1]}`))];
  if (codes.length === 0) return '';
  const named = codes.map((c) => (NAMES[c] ? `${c} (${NAMES[c][lang]})` : c));
  // Messages end without a full stop; the sentence needs one before it.
  const stop = /[.!?]$/.test(message) ? '' : '.';
  const list =
    named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${named[named.length - 1]}`;
  return say(codes.length === 1 ? HIDDEN_SENTENCE.one : HIDDEN_SENTENCE.many, lang, { stop, list });
}
