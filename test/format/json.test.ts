import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/format/index.js';
import { clean, ctx, resultOf, RISK, RUT, sample } from './sample.js';

const json = formatters.json;
const hasJq = spawnSync('jq', ['--version']).status === 0;

describe('json', () => {
  it('writes exactly the contract shape', () => {
    const parsed = JSON.parse(json(sample, ctx()));
    expect(parsed).toStrictEqual({
      version: 1,
      today: '2026-11-22',
      summary: { files: 12, documents: 11, errors: 3, warnings: 2 },
      diagnostics: [
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
      ],
    });
  });

  it('keeps the contract key order and omits undefined optional keys', () => {
    // Input with keys in another order, explicit undefineds and an extra key that must not leak.
    const scrambled = {
      documentId: undefined,
      hint: 'ledtråd',
      message: 'm',
      severity: 'error',
      rule: 'r/x',
      column: 2,
      line: 1,
      file: 'a.md',
      extra: 1,
    } as never;
    const parsed = JSON.parse(json(resultOf([scrambled]), ctx()));
    expect(Object.keys(parsed)).toEqual(['version', 'today', 'summary', 'diagnostics']);
    expect(Object.keys(parsed.summary)).toEqual(['files', 'documents', 'errors', 'warnings']);
    expect(Object.keys(parsed.diagnostics[0])).toEqual(['file', 'line', 'column', 'rule', 'severity', 'message', 'hint']);
    const full = JSON.parse(json(sample, ctx())).diagnostics[2];
    expect(Object.keys(full)).toEqual(['file', 'line', 'column', 'rule', 'severity', 'message', 'hint', 'documentId']);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const out = json(clean, ctx());
    expect(out).toBe(
      '{\n  "version": 1,\n  "today": "2026-11-22",\n  "summary": {\n    "files": 12,\n    "documents": 11,\n    "errors": 0,\n    "warnings": 0\n  },\n  "diagnostics": []\n}\n',
    );
  });

  it.skipIf(!hasJq)('can be piped to jq', () => {
    const out = execFileSync('jq', ['-r', '.diagnostics[] | "\\(.file):\\(.line) \\(.rule)"'], { input: json(sample, ctx()) });
    expect(out.toString().split('\n')[2]).toBe(`${RUT}:7 review/overdue`);
  });
});
