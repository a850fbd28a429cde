/**
 * `--format json`: exactly the v1 contract shape, keys in contract order, optional keys
 * omitted when undefined, two-space indentation and a trailing newline (for `| jq`).
 */
import type { Diagnostic } from '../core/types.js';
import type { Formatter } from './context.js';

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  hint?: string;
  documentId?: string;
}

/** A fresh object with the contract's key order, whatever order or extra keys the input has. */
function toJson(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    file: d.file,
    line: d.line,
    column: d.column,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
  };
  if (d.hint !== undefined) out.hint = d.hint;
  if (d.documentId !== undefined) out.documentId = d.documentId;
  return out;
}

export const json: Formatter = (result) => {
  const report = {
    version: 1,
    today: result.today,
    summary: {
      files: result.files,
      documents: result.documents,
      errors: result.errors,
      warnings: result.warnings,
    },
    diagnostics: result.diagnostics.map(toJson),
  };
  return JSON.stringify(report, null, 2) + '\n';
};
