/** Bilaga: the validation findings of the same run, counted by rule, at most 50 shown. */
import { showControls } from '../../core/invisible.js';
import type { ValidationResult } from '../../core/types.js';
import type { ReportModel } from '../types.js';
import { cmp } from './context.js';

export function validationSummary(result: ValidationResult): ReportModel['validation'] {
  const byRule = new Map<string, { rule: string; severity: string; count: number }>();
  for (const d of result.diagnostics) {
    const e = byRule.get(d.rule) ?? { rule: d.rule, severity: d.severity, count: 0 };
    e.count++;
    byRule.set(d.rule, e);
  }
  const sorted = [...result.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    errors: result.errors,
    warnings: result.warnings,
    byRule: [...byRule.values()].sort((a, b) => b.count - a.count || cmp(a.rule, b.rule)),
    // A file name or value with a line break or an escape character is shown, not obeyed.
    diagnostics: sorted
      .slice(0, 50)
      .map((d) => ({ file: showControls(d.file), line: d.line, rule: d.rule, severity: d.severity, message: showControls(d.message) })),
    more: Math.max(0, sorted.length - 50),
  };
}
