/** Words, plurals and the summary line shared by the human-readable formatters. */
import type { Lang, Severity, ValidationResult } from '../core/types.js';
import type { FormatContext } from './context.js';
import { say } from '../core/messages.js';
import { FORMAT_MESSAGES } from './messages.js';

export function severityWord(severity: Severity, lang: Lang): string {
  if (lang === 'en') return severity;
  return severity === 'error' ? 'fel' : 'varning';
}

// Swedish: problem, fel and dokument are the same in plural; varning → varningar, fil → filer.
const WORDS = {
  sv: {
    problem: ['problem', 'problem'],
    error: ['fel', 'fel'],
    warning: ['varning', 'varningar'],
    file: ['fil', 'filer'],
    document: ['dokument', 'dokument'],
  },
  en: {
    problem: ['problem', 'problems'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    file: ['file', 'files'],
    document: ['document', 'documents'],
  },
} as const;

/** "2 varningar", "1 file". */
export function count(n: number, word: keyof (typeof WORDS)['sv'], lang: Lang): string {
  const [one, many] = WORDS[lang][word];
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The closing line: `✖ 3 problem (2 fel, 1 varning) i 12 filer` or
 * `✔ Inga problem i 12 filer (11 dokument)`. Counts come from `result.errors`/`warnings`.
 */
export function summaryLine(result: ValidationResult, lang: Lang): string {
  const total = result.errors + result.warnings;
  const files = count(result.files, 'file', lang);
  if (total === 0) return say(FORMAT_MESSAGES.noProblems, lang, { files, documents: count(result.documents, 'document', lang) });
  return say(FORMAT_MESSAGES.problems, lang, {
    total: count(total, 'problem', lang),
    errors: count(result.errors, 'error', lang),
    warnings: count(result.warnings, 'warning', lang),
    files,
  });
}

/** The message with its hint after ` — `, as one text for formats that have a single message field. */
export function messageWithHint(d: { message: string; hint?: string }): string {
  return d.hint === undefined || d.hint === '' ? d.message : `${d.message} — ${d.hint}`;
}

/** `ctx.pathPrefix` normalised to '' or a string ending in '/'. */
export function pathPrefix(ctx: FormatContext): string {
  const p = (ctx.pathPrefix ?? '').replace(/\\/g, '/');
  return p === '' || p.endsWith('/') ? p : `${p}/`;
}

/**
 * Control characters other than CR and LF (which CI logging commands escape as %0D and %0A):
 * the github and azure formats show them as ⟨U+001B⟩, so none reaches a job log raw, where ESC
 * would start a terminal sequence.
 */
export const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
