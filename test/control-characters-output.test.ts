/**
 * A file name or a frontmatter value with a line break (or another control character) is
 * shown as ⟨U+000A⟩ in every line of the stylish output, in the GitHub step summary and in
 * the report's appendix of findings — never printed raw, where it would break the line.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../src/report/model.js';
import { doc, makeRepo, rutin, RUTIN_BODY, validateRun } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';
import { githubStepSummary } from '../src/format/github.js';
import { ctx } from './format/sample.js';

const repos: Array<{ cleanup(): void }> = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

function repo() {
  const r = makeRepo({
    'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY),
    'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { process: undefined, status: 'fastställd\nxyz' }), RUTIN_BODY),
  });
  // A second RUT-001 in a file whose name holds a line break.
  writeFileSync(join(r.root, 'ledningssystem/ny\nrad.md'), doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY));
  repos.push(r);
  return r;
}

describe('control characters in output', () => {
  it('stylish: every message and hint is one line, the line break shown and named', async () => {
    const r = repo();
    const res = await runCli(['validate', '--cwd', r.root, '--today', '2026-11-25', '--no-git', '--no-cache']);
    const lines = res.stdout.split('\n');
    // Every line is a file heading, a finding row (position first), a hint, blank, or the summary.
    for (const line of lines) expect(line, JSON.stringify(line)).toMatch(/^(ledningssystem\/|\s+\d+:\d+\s|\s+→ |$|✖ )/);
    expect(res.stdout).toContain('ny⟨U+000A⟩rad.md');
    const dup = lines.find((l) => l.includes('id/duplicate') && l.includes('används också i ledningssystem/ny'))!;
    expect(dup).toContain('ledningssystem/ny⟨U+000A⟩rad.md');
    const value = lines.find((l) => l.includes('fastställd⟨U+000A⟩xyz'));
    expect(value).toBeDefined();
    expect(value).toMatch(/U\+000A \(radbrytning\)/);
  });

  it('the step summary and the report appendix show the line break too', async () => {
    const r = repo();
    const run = await validateRun(r.root, { cache: false });
    const summary = githubStepSummary(run.result, ctx());
    expect(summary).toContain('ny⟨U+000A⟩rad.md');
    expect(
      summary
        .split('\n')
        .filter((l) => l.startsWith('| `'))
        .every((l) => l.endsWith(' |')),
    ).toBe(true);
    const model = buildReportModel(run, { year: 2026, kind: 'kvalitetsberattelse', generator: 'lsys test' });
    const texts = model.validation.diagnostics.flatMap((d) => [d.file, d.message]);
    expect(texts.some((t) => t.includes('ny⟨U+000A⟩rad.md'))).toBe(true);
    expect(texts.filter((t) => /[\u0000-\u001f]/.test(t))).toEqual([]);
  });
});
