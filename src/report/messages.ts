/**
 * The report's wording: one catalogue (templates/messages.yaml) of id → { sv, en } with named
 * placeholders, shared by the HTML and the Markdown templates (`{{t "id" name=value}}`), the
 * word tables (`ord.status.utkast` …) and the charts (`diagram.…`). An organisation's own
 * `templates/messages.yaml` (or one in the --template folder) replaces ids or adds new ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { LsysError } from '../core/errors.js';
import { fsErrorReason } from '../core/fs-write.js';
import { yamlErrorHint, yamlErrorText } from '../core/yaml-errors.js';
import { positionOf } from '../core/yaml-pos.js';
import { interpolate, placeholders, say, type Message, type MessageData } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import { REPORT_ERRORS } from './errors.js';

export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The catalogue's file name in a template folder. */
const MESSAGES_FILE = 'messages.yaml';

export type ReportMessages = ReadonlyMap<string, Message>;

/** One catalogue file: a mapping of id → { sv, en }, both non-empty text. */
function readCatalogue(file: string, lang: Lang): Map<string, Message> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LsysError('template-messages', say(REPORT_ERRORS.messagesUnreadable, lang, { file, reason: fsErrorReason(e, lang) }));
  }
  // A YAML error is worded as lsys.yaml's are: file:line:column, the reason in the user's language.
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  const err = doc.errors[0];
  if (err !== undefined) {
    const { line, column } = positionOf(lineCounter, err.pos[0]) ?? { line: 1, column: 1 };
    const text = yamlErrorText(err.code, err.message);
    const hint = yamlErrorHint(err.code);
    throw new LsysError('template-messages', say(REPORT_ERRORS.messagesYaml, lang, { file, line, column, text, hint }));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const reason = ((e as Error).message ?? String(e)).split('\n')[0] ?? '';
    throw new LsysError('template-messages', say(REPORT_ERRORS.messagesUnreadable, lang, { file, reason }));
  }
  const out = new Map<string, Message>();
  if (data === null || data === undefined) return out;
  if (typeof data !== 'object' || Array.isArray(data))
    throw new LsysError('template-messages', say(REPORT_ERRORS.messagesNotMapping, lang, { file }));
  for (const [id, m] of Object.entries(data as Record<string, unknown>)) {
    const msg = m as { sv?: unknown; en?: unknown } | null;
    if (typeof msg?.sv !== 'string' || typeof msg.en !== 'string' || msg.sv === '' || msg.en === '') {
      throw new LsysError('template-messages', say(REPORT_ERRORS.messagesEntry, lang, { file, id }));
    }
    out.set(id, { sv: msg.sv, en: msg.en });
  }
  return out;
}

/**
 * The report's catalogue for a set of template folders (highest priority first): the
 * built-in one, with each folder's own messages.yaml laid over it id by id.
 */
export function loadReportMessages(overrideDirs: readonly string[], lang: Lang): ReportMessages {
  const merged = new Map<string, Message>();
  for (const dir of [BUILTIN_TEMPLATES, ...[...overrideDirs].reverse()]) {
    const file = join(dir, MESSAGES_FILE);
    if (dir !== BUILTIN_TEMPLATES && !existsSync(file)) continue;
    for (const [id, m] of readCatalogue(file, lang)) {
      const unknown = unknownPlaceholder(m, merged.get(id));
      if (unknown !== undefined) throw new LsysError('template-messages', say(unknown.message, lang, { file, id, ...unknown.data }));
      merged.set(id, m);
    }
  }
  return merged;
}

/**
 * A placeholder the templates cannot fill: in a reworded id one the id had not (it would be
 * printed as written, "{extra}"); in a new id one of its languages has and the other not.
 * Leaving out a placeholder of the built-in text is allowed ("Kvalitetsberättelse" without {år}).
 */
function unknownPlaceholder(m: Message, before: Message | undefined): { message: Message; data: MessageData } | undefined {
  if (before !== undefined) {
    const known = new Set([...placeholders(before.sv), ...placeholders(before.en)]);
    for (const lang of ['sv', 'en'] as const) {
      const name = placeholders(m[lang]).find((p) => !known.has(p));
      if (name !== undefined) {
        const list = [...known].map((p) => `{${p}}`).join(', ');
        return { message: REPORT_ERRORS.messagesUnknownPlaceholder, data: { name, lang, known: list === '' ? '–' : list } };
      }
    }
    return undefined;
  }
  for (const [has, lacks] of [['sv', 'en'] as const, ['en', 'sv'] as const]) {
    const other = new Set(placeholders(m[lacks]));
    const name = placeholders(m[has]).find((p) => !other.has(p));
    if (name !== undefined) return { message: REPORT_ERRORS.messagesPlaceholderOneLang, data: { name, has, lacks } };
  }
  return undefined;
}

let builtin: ReportMessages | undefined;
/** The built-in catalogue alone (read once). */
export function builtinReportMessages(): ReportMessages {
  builtin ??= loadReportMessages([], 'sv');
  return builtin;
}

/** A message of the catalogue in one language with its placeholders filled; an unknown id is shown as itself. */
export function reportText(messages: ReportMessages, id: string, lang: Lang, data?: MessageData): string {
  const m = messages.get(id);
  return m === undefined ? id : interpolate(m[lang], data, lang);
}
