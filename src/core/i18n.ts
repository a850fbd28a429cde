import { showHiddenOnOneLine } from './invisible.js';
import type { Lang, Text } from './types.js';

/** Pick the language of a message. */
export function tr(text: Text, lang: Lang): string {
  return lang === 'en' ? englishQuotes(text.en) : text.sv;
}

/**
 * English quotation marks: q() writes Swedish ”…” in both languages; an English text gets
 * “…” (each pair in turn, so a value's own marks stay paired).
 */
function englishQuotes(s: string): string {
  return s.includes('”') ? s.replace(/”([^”\n]*)”/g, '“$1”') : s;
}

/**
 * Swedish quotation marks as used in messages. A character the reader cannot see (zero-width
 * space, no-break space … pasted from Word) is shown as `⟨U+200B⟩`, and the run adds a
 * sentence naming it (see hiddenSentence): otherwise "RUT-001" would fail for no visible reason.
 */
export function q(s: unknown): string {
  // A line break inside a value too: a message is one line.
  return `”${showHiddenOnOneLine(String(s))}”`;
}

/** A list of items for a message: `a, b och c` / `a, b and c`. */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
}
