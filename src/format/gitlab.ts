/**
 * `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), the JSON
 * array GitLab documents: `description`, `check_name`, `fingerprint`, `severity` and
 * `location.path` / `location.lines.begin`, with paths from the git root. GitLab compares the
 * fingerprints of a merge request with those of its target branch to say which findings are
 * new: a finding's fingerprint is its rule, file and message (and which occurrence of those it
 * is), not its line, so a finding that only moved when text above it changed is not new.
 */
import { createHash } from 'node:crypto';
import type { FormatContext, Formatter } from './context.js';
import { messageWithHint, pathPrefix } from './text.js';

/** One entry of the report. */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number } };
}

export const gitlab: Formatter = (result, ctx: FormatContext) => {
  const prefix = pathPrefix(ctx);
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = result.diagnostics.map((d) => {
    const path = prefix + d.file;
    const what = JSON.stringify([d.rule, path, d.message]);
    const n = (seen.get(what) ?? 0) + 1;
    seen.set(what, n);
    return {
      description: messageWithHint(d),
      check_name: d.rule,
      fingerprint: createHash('md5').update(`${what}\n${n}`).digest('hex'),
      severity: d.severity === 'error' ? 'major' : 'minor',
      location: { path, lines: { begin: Math.max(1, d.line) } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
