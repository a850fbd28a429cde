/**
 * `--format azure`: Azure Pipelines logging commands. One `##vso[task.logissue …]` per finding
 * (Azure shows it on the run's summary, with file and line), the plain summary line, and, when
 * there are warnings but no errors, `##vso[task.complete result=SucceededWithIssues;]` so the
 * step is marked as having issues instead of plain success (errors fail it through lsys's exit
 * code). The Markdown summary (`##vso[task.uploadsummary]`) needs a file: the validate command
 * writes it (azureSummary) when it runs in Azure Pipelines.
 */
import { codePoint } from '../core/invisible.js';
import type { Diagnostic } from '../core/types.js';
import type { Formatter } from './context.js';
import { CONTROL_BUT_LINE_BREAKS, messageWithHint, pathPrefix, summaryLine } from './text.js';

/** A logging command's message, escaped as azure-pipelines-task-lib's escapeData does. */
export function escapeAzureData(s: string): string {
  return s
    .replace(CONTROL_BUT_LINE_BREAKS, (c) => `⟨${codePoint(c)}⟩`)
    .replace(/%/g, '%AZP25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A');
}

/** A logging command's property value, escaped as the task library's escape does (`;` and `]` too). */
function escapeAzureProperty(s: string): string {
  return escapeAzureData(s).replace(/]/g, '%5D').replace(/;/g, '%3B');
}

function logIssue(d: Diagnostic, prefix: string): string {
  const props = [`type=${d.severity}`, `sourcepath=${escapeAzureProperty(prefix + d.file)}`];
  if (d.line >= 1) {
    props.push(`linenumber=${d.line}`);
    if (d.column >= 1) props.push(`columnnumber=${d.column}`);
  }
  props.push(`code=${escapeAzureProperty(d.rule)}`);
  return `##vso[task.logissue ${props.join(';')};]${escapeAzureData(messageWithHint(d))}`;
}

export const azure: Formatter = (result, ctx) => {
  const prefix = pathPrefix(ctx);
  const lines = result.diagnostics.map((d) => logIssue(d, prefix));
  lines.push(summaryLine(result, ctx.lang));
  if (result.errors === 0 && result.warnings > 0) lines.push('##vso[task.complete result=SucceededWithIssues;]');
  return `${lines.join('\n')}\n`;
};
