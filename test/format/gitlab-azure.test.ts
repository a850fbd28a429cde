/** `--format gitlab` (GitLab Code Quality) and `--format azure` (Azure Pipelines logging commands). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { escapeAzureData, formatters } from '../../src/format/index.js';
import { clean, ctx, resultOf, sample } from './sample.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}
const gitlab = (r = sample, c = ctx()): Issue[] => JSON.parse(formatters.gitlab(r, c)) as Issue[];

const d = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  file: 'ledningssystem/rutiner/RUT-001.md',
  line: 7,
  column: 1,
  rule: 'review/overdue',
  severity: 'error',
  message: 'Revisionsdatum 2025-03-01 har passerat',
  ...over,
});

describe('gitlab', () => {
  it('writes the fields GitLab documents for a Code Quality report, severities mapped', () => {
    const issues = gitlab();
    expect(issues).toHaveLength(sample.diagnostics.length);
    for (const [i, issue] of issues.entries()) {
      const diag = sample.diagnostics[i]!;
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(issue.check_name).toBe(diag.rule);
      expect(issue.severity).toBe(diag.severity === 'error' ? 'major' : 'minor');
      expect(issue.location).toEqual({ path: diag.file, lines: { begin: diag.line } });
      expect(issue.description).toContain(diag.message);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(formatters.gitlab(clean, ctx())).toBe('[]\n');
  });

  it('gives every finding its own fingerprint, the same on every run and when only the line moved', () => {
    const two = gitlab(resultOf([d(), d({ line: 30 }), d({ rule: 'link/broken', message: 'Länken x.md är trasig' })]));
    expect(new Set(two.map((i) => i.fingerprint)).size).toBe(3);
    expect(gitlab(resultOf([d(), d({ line: 30 }), d({ rule: 'link/broken', message: 'Länken x.md är trasig' })]))).toEqual(two);
    // Text added above: the same findings, other lines, the same fingerprints.
    const moved = gitlab(
      resultOf([d({ line: 9 }), d({ line: 32 }), d({ rule: 'link/broken', message: 'Länken x.md är trasig', line: 50 })]),
    );
    expect(moved.map((i) => i.fingerprint)).toEqual(two.map((i) => i.fingerprint));
    // Another file or another message is another finding.
    expect(gitlab(resultOf([d({ file: 'ledningssystem/rutiner/RUT-002.md' })]))[0]!.fingerprint).not.toBe(two[0]!.fingerprint);
  });

  it('names files from the git root, and a finding on the whole file at line 1', () => {
    const [issue] = gitlab(resultOf([d({ line: 0, column: 0 })]), ctx({ pathPrefix: 'kvalitet' }));
    expect(issue!.location).toEqual({ path: 'kvalitet/ledningssystem/rutiner/RUT-001.md', lines: { begin: 1 } });
  });
});

describe('azure', () => {
  const azure = (r = sample, c = ctx()): string[] => formatters.azure(r, c).split('\n');

  it('prints one task.logissue per finding with file, line, column and rule, then the summary', () => {
    const lines = azure(
      resultOf([d(), d({ severity: 'warning', rule: 'ref/withdrawn', line: 12, column: 3, message: 'Hänvisar till RUT-003' })]),
    );
    expect(lines).toEqual([
      '##vso[task.logissue type=error;sourcepath=ledningssystem/rutiner/RUT-001.md;linenumber=7;columnnumber=1;code=review/overdue;]Revisionsdatum 2025-03-01 har passerat',
      '##vso[task.logissue type=warning;sourcepath=ledningssystem/rutiner/RUT-001.md;linenumber=12;columnnumber=3;code=ref/withdrawn;]Hänvisar till RUT-003',
      expect.stringMatching(/^✖ 2 problem \(1 fel, 1 varning\)/),
      '',
    ]);
  });

  it('marks the step SucceededWithIssues only when there are warnings and no errors', () => {
    const warningsOnly = azure(resultOf([d({ severity: 'warning' })]));
    expect(warningsOnly.at(-2)).toBe('##vso[task.complete result=SucceededWithIssues;]');
    expect(azure(resultOf([d()])).join('\n')).not.toContain('task.complete');
    expect(azure(clean).join('\n')).not.toContain('##vso');
  });

  it('escapes as Azure requires: data %, CR, LF; properties also ; and ]; control characters shown; one line each', () => {
    expect(escapeAzureData('100 % a;b]c\r\nd')).toBe('100 %AZP25 a;b]c%0D%0Ad');
    const [line] = azure(
      resultOf([d({ file: 'mapp;x]/RUT 1.md', message: 'rad ett\nrad två ##vso[task.complete result=Failed;] 5 %', rule: 'x/y' })]),
      ctx({ pathPrefix: 'kvalitet/' }),
    );
    expect(line).toBe(
      '##vso[task.logissue type=error;sourcepath=kvalitet/mapp%3Bx%5D/RUT 1.md;linenumber=7;columnnumber=1;code=x/y;]rad ett%0Arad två ##vso[task.complete result=Failed;] 5 %AZP25',
    );
    const [bell] = azure(resultOf([d({ message: 'a\u001b[31mb\u0007' })]));
    expect(bell).toContain(']a⟨U+001B⟩[31mb⟨U+0007⟩');
    expect(bell).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
