/**
 * One message system (issue 9): every user-facing text has an id, a Swedish and an English
 * wording, and named placeholders (`{datum}`), in the manner of ESLint's `meta.messages` and
 * its `interpolate`. A catalogue is a plain record of id → message; rules carry theirs in
 * `meta.messages`, the command line, core and init have theirs beside the code that throws,
 * and the report's wording is `templates/messages.yaml`.
 *
 * A leaf of the core: it imports only the primitive types, so any layer may use it.
 */
import type { Lang, Text } from './primitives.js';

/** A message: the same sentence in Swedish and English, with the same `{name}` placeholders. */
export type Message = Text;

/** A catalogue of messages by id. */
export type Catalogue<K extends string = string> = Readonly<Record<K, Message>>;

/** A placeholder's value: a string or number (the same in both languages) or a bilingual Text. */
type MessageValue = string | number | Text;
export type MessageData = Readonly<Record<string, MessageValue | undefined>>;

/** `{name}`: letters (Swedish ones too), digits and `_`. */
const PLACEHOLDER = /\{([\p{L}\p{N}_]+)\}/gu;

/** The placeholder names of a template, each once, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

function isText(v: unknown): v is Text {
  return typeof v === 'object' && v !== null && typeof (v as Text).sv === 'string' && typeof (v as Text).en === 'string';
}

/**
 * Any value as text, as `String(v)` gives it: an object keeps its own `toString` (a Date,
 * Handlebars' SafeString, an array's items joined with commas), a plain object shows as
 * `[object Object]`. For values that reach a text from outside the types (templates' data).
 */
export function valueText(v: unknown): string {
  if (v === undefined || v === null) return String(v);
  return (v as { toString(): string }).toString();
}

/**
 * Fill a template's placeholders in one language: a Text value is taken in that language.
 * A placeholder without a value stays as written (as ESLint does), so a missing value shows
 * in the output and in tests (see test/messages.test.ts) instead of vanishing silently.
 */
export function interpolate(template: string, data: MessageData | undefined, lang: Lang): string {
  if (data === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    // A value from JavaScript outside the types (a template's data) may still be null.
    const v: MessageValue | null | undefined = Object.prototype.hasOwnProperty.call(data, name) ? data[name] : undefined;
    if (v === undefined || v === null) return whole;
    return isText(v) ? v[lang] : valueText(v);
  });
}

/** A message with its placeholders filled, still in both languages (the runner picks one later). */
export function format(message: Message, data?: MessageData): Text {
  return { sv: interpolate(message.sv, data, 'sv'), en: interpolate(message.en, data, 'en') };
}

/**
 * A message filled in and in one language, as written (errors and notices of the command
 * line, core, init and report). A rule's message goes through `format` instead: the runner
 * picks the language with i18n.ts `tr`, which gives English text English quotation marks.
 */
export function say(message: Message, lang: Lang, data?: MessageData): string {
  return interpolate(message[lang], data, lang);
}

/**
 * What is wrong with a catalogue: a language missing or empty, or the two languages with
 * different placeholders. Empty when the catalogue is sound (test/messages.test.ts walks
 * every catalogue of lsys with it).
 */
export function catalogueProblems(catalogue: Readonly<Record<string, unknown>>, where: string): string[] {
  const problems: string[] = [];
  for (const [id, m] of Object.entries(catalogue)) {
    const msg = m as Partial<Text> | undefined;
    if (typeof msg?.sv !== 'string' || msg.sv.trim() === '') problems.push(`${where} ${id}: no Swedish text`);
    if (typeof msg?.en !== 'string' || msg.en.trim() === '') problems.push(`${where} ${id}: no English text`);
    if (typeof msg?.sv === 'string' && typeof msg.en === 'string') {
      const sv = placeholders(msg.sv).sort().join(',');
      const en = placeholders(msg.en).sort().join(',');
      if (sv !== en) problems.push(`${where} ${id}: placeholders differ (sv: ${sv || 'none'}; en: ${en || 'none'})`);
    }
  }
  return problems;
}

/** The placeholders of a message that `data` gives no value for (a bug: see the tests). */
export function missingData(message: Message, data: MessageData | undefined): string[] {
  return placeholders(`${message.sv} ${message.en}`).filter((n) => data?.[n] === undefined);
}

/** What the runner needs of a rule's report to word it. */
interface Reported {
  message?: Text;
  messageId?: string;
  data?: MessageData;
  hint?: Text;
  hintId?: string;
}

/**
 * A rule's report worded: `messageId`/`hintId` looked up in the rule's `meta.messages` and
 * filled with `data`. An id the rule does not have is a bug of the rule: it is shown as
 * itself so it cannot pass unnoticed (test/messages.test.ts checks every rule's ids).
 */
export function wordReport<R extends Reported>(messages: Catalogue | undefined, r: R): R & { message: Text } {
  const look = (id: string): Text => {
    const m = messages && Object.prototype.hasOwnProperty.call(messages, id) ? messages[id] : undefined;
    return m ? format(m, r.data) : { sv: id, en: id };
  };
  const message = r.messageId !== undefined ? look(r.messageId) : (r.message ?? { sv: '', en: '' });
  const hint = r.hintId !== undefined ? look(r.hintId) : r.hint;
  return { ...r, message, ...(hint ? { hint } : {}) };
}

/** A value that differs by language (a paragraph written `5 kap. 1 §` / `Chapter 5, Section 1`), for a message's data. */
export function perLang(f: (lang: Lang) => string): Text {
  return { sv: f('sv'), en: f('en') };
}
