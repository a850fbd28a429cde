/**
 * `--format github`: one GitHub Actions workflow command per finding, which GitHub shows as an
 * annotation on the file and line, then the plain summary line. Also the Markdown written to
 * `$GITHUB_STEP_SUMMARY`.
 */
import { codePoint, showControls } from '../core/invisible.js';
import type { Diagnostic, ValidationResult } from '../core/types.js';
import type { FormatContext, Formatter } from './context.js';
import { CONTROL_BUT_LINE_BREAKS, messageWithHint, pathPrefix, severityWord, summaryLine } from './text.js';
import { say } from '../core/messages.js';
import { FORMAT_MESSAGES } from './messages.js';

/**
 * Escaping of a workflow command's message (GitHub's `escapeData`). Other control characters
 * (ESC, BEL, NUL … from a document's text or a file name) would reach the job log raw, where
 * ESC starts a terminal sequence: they are shown as `⟨U+001B⟩` first.
 */
export function escapeData(s: string): string {
  return s
    .replace(CONTROL_BUT_LINE_BREAKS, (c) => `⟨${codePoint(c)}⟩`)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** Escaping of a workflow command's property value (GitHub's `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(d: Diagnostic, prefix: string): string {
  const props = [`file=${escapeProperty(prefix + d.file)}`];
  // A file-level finding without a usable position is annotated on the file only.
  if (d.line >= 1) {
    props.push(`line=${d.line}`);
    if (d.column >= 1) props.push(`col=${d.column}`);
  }
  props.push(`title=${escapeProperty(d.rule)}`);
  return `::${d.severity} ${props.join(',')}::${escapeData(messageWithHint(d))}`;
}

export const github: Formatter = (result, ctx) => {
  const prefix = pathPrefix(ctx);
  const lines = result.diagnostics.map((d) => command(d, prefix));
  lines.push(summaryLine(result, ctx.lang));
  return lines.join('\n') + '\n';
};

/** At most this many rows in the step summary table; the job log has every finding. */
const STEP_SUMMARY_MAX_ROWS = 200;

/** Text for a GFM table cell: no raw HTML, no cell break, control characters (line breaks too) shown as `⟨U+000A⟩`. */
function cell(s: string): string {
  return showControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, '<br>');
}

/** A code span for paths and rule ids; plain escaped text if the value itself holds a backtick. */
function codeCell(s: string): string {
  const oneLine = showControls(s);
  return oneLine.includes('`') ? cell(oneLine) : '`' + oneLine.replace(/\|/g, '\\|') + '`';
}

/** Markdown for `$GITHUB_STEP_SUMMARY`: heading, counts, and a table of the first 200 findings. */
export function githubStepSummary(result: ValidationResult, ctx: FormatContext): string {
  const prefix = pathPrefix(ctx);
  const out = ['## lsys validate', '', summaryLine(result, ctx.lang)];
  const shown = result.diagnostics.slice(0, STEP_SUMMARY_MAX_ROWS);
  if (shown.length > 0) {
    out.push('', say(FORMAT_MESSAGES.summaryHead, ctx.lang), '| --- | ---: | --- | --- | --- |');
    for (const d of shown) {
      const row = [
        codeCell(prefix + d.file),
        String(d.line),
        codeCell(d.rule),
        severityWord(d.severity, ctx.lang),
        cell(messageWithHint(d)),
      ];
      out.push(`| ${row.join(' | ')} |`);
    }
  }
  const more = result.diagnostics.length - shown.length;
  if (more > 0) {
    out.push('', say(more === 1 ? FORMAT_MESSAGES.moreOne : FORMAT_MESSAGES.moreMany, ctx.lang, { n: more }));
  }
  return out.join('\n') + '\n';
}
