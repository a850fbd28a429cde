/** A shared validation result for the formatter tests: two files, Swedish text, characters to escape. */
import type { Diagnostic, RuleMeta, ValidationResult } from '../../src/core/types.js';
import type { FormatContext } from '../../src/format/index.js';

export const RUT = 'ledningssystem/rutiner/RUT-012.md';
/** A path with a space, a comma and å/ö, for escaping and URI encoding. */
export const RISK = 'ledningssystem/riskanalyser/RA-2026 fall, höst.md';

const diagnostics: Diagnostic[] = [
  {
    file: RISK,
    line: 3,
    column: 1,
    rule: 'schema/required',
    severity: 'error',
    message: 'Fältet ägare saknas: 100 % av fälten krävs,\nse mallen',
  },
  {
    file: RISK,
    line: 14,
    column: 5,
    rule: 'risk/missing-action',
    severity: 'warning',
    message: 'Risk "Fall & <halka>" med riskvärde 12 saknar åtgärd \u0007(\'hög\')',
    documentId: 'RA-2026',
  },
  {
    file: RUT,
    line: 7,
    column: 1,
    rule: 'review/overdue',
    severity: 'error',
    message: 'Revisionsdatum 2025-03-01 har passerat (fastställd 2024-03-01, ägare: mas)',
    hint: 'Granska rutinen och för in ett nytt datum i revideras',
    documentId: 'RUT-012',
  },
  {
    file: RUT,
    line: 12,
    column: 3,
    rule: 'ref/withdrawn',
    severity: 'warning',
    message: 'Hänvisar till upphävd RUT-003',
    documentId: 'RUT-012',
  },
  {
    file: RUT,
    line: 104,
    column: 15,
    rule: 'link/broken',
    severity: 'error',
    message: 'Länken ../policy/kvalitet.md#mål | pekar på en rubrik som saknas',
    documentId: 'RUT-012',
  },
];

export const sample: ValidationResult = {
  today: '2026-11-22',
  files: 12,
  documents: 11,
  diagnostics,
  errors: 3,
  warnings: 2,
};

/** The same run with nothing found. */
export const clean: ValidationResult = { ...sample, diagnostics: [], errors: 0, warnings: 0 };

/** A result whose counts match its diagnostics. */
export function resultOf(ds: Diagnostic[], files = 12, documents = 11): ValidationResult {
  return {
    today: '2026-11-22',
    files,
    documents,
    diagnostics: ds,
    errors: ds.filter((d) => d.severity === 'error').length,
    warnings: ds.filter((d) => d.severity === 'warning').length,
  };
}

const rules: RuleMeta[] = [
  { id: 'link/broken', description: { sv: 'Trasig länk', en: 'Broken link' }, defaultSeverity: 'error' },
  {
    id: 'ref/withdrawn',
    description: { sv: 'Hänvisning till upphävt dokument', en: 'Reference to a withdrawn document' },
    defaultSeverity: 'warning',
  },
  { id: 'review/overdue', description: { sv: 'Revisionsdatum har passerat', en: 'Review date has passed' }, defaultSeverity: 'error' },
  {
    id: 'schema',
    description: { sv: 'Frontmatter följer schemat för typen', en: 'Frontmatter matches the schema of its type' },
    defaultSeverity: 'error',
  },
  { id: 'style/title-case', description: { sv: 'Rubriker med versal', en: 'Capitalised headings' }, defaultSeverity: 'off' },
];

export function ctx(over: Partial<FormatContext> = {}): FormatContext {
  return { lang: 'sv', color: false, rules, version: '0.1.0', root: '/repo/kvalitet', ...over };
}
