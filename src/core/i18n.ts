import type { Lang, Text } from './types.js';

/** Pick the language of a message. */
export function tr(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.sv;
}

/** Shorthand for a bilingual message. */
export function t(sv: string, en: string): Text {
  return { sv, en };
}

/** Swedish quotation marks as used in messages. */
export function q(s: unknown): string {
  return `”${String(s)}”`;
}

/** A list of items for a message: `a, b och c` / `a, b and c`. */
export function list(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'och'} ${items[items.length - 1]}`;
}
