/** validate --format gitlab and --format azure end to end: the report file, the Azure run summary. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY, type TestRepo } from './helpers/repo.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function repo(): TestRepo {
  const r = makeRepo({
    'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2026-12-20' }), RUTIN_BODY),
    'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { revideras: '2025-01-01' }), RUTIN_BODY),
  });
  cleanups.push(() => r.cleanup());
  return r;
}

describe('validate in GitLab and Azure pipelines', () => {
  it('--format gitlab --output writes the Code Quality report GitLab reads', async () => {
    const r = repo();
    const res = await runCli(
      [
        'validate',
        '--cwd',
        r.root,
        '--today',
        TODAY,
        '--no-cache',
        '--no-git',
        '--format',
        'gitlab',
        '--output',
        'gl-code-quality-report.json',
      ],
      { cwd: r.root },
    );
    expect(res.code).toBe(1);
    const issues = JSON.parse(readFileSync(join(r.root, 'gl-code-quality-report.json'), 'utf8')) as Array<{
      check_name: string;
      severity: string;
    }>;
    expect(issues.filter((i) => i.check_name.startsWith('review/')).map((i) => [i.check_name, i.severity])).toEqual([
      ['review/due-soon', 'minor'],
      ['review/overdue', 'major'],
    ]);
    expect(issues.every((i) => ['major', 'minor'].includes(i.severity))).toBe(true);
  });

  it('--format azure in Azure Pipelines (TF_BUILD) uploads the Markdown summary from the job’s temporary folder', async () => {
    const r = repo();
    const agentTemp = mkdtempSync(join(tmpdir(), 'lsys-agent-'));
    cleanups.push(() => rmSync(agentTemp, { recursive: true, force: true }));
    const env = { TF_BUILD: 'True', AGENT_TEMPDIRECTORY: agentTemp };
    const res = await runCli(['validate', '--cwd', r.root, '--today', TODAY, '--no-cache', '--no-git', '--format', 'azure'], { env });
    expect(res.code).toBe(1);
    const file = join(agentTemp, 'lsys-validate-sammanfattning.md');
    expect(res.stdout.trimEnd().split('\n').at(-1)).toBe(`##vso[task.uploadsummary]${file}`);
    expect(res.stdout).toContain('##vso[task.logissue type=error;sourcepath=ledningssystem/RUT-002.md;');
    expect(readFileSync(file, 'utf8')).toContain('review/overdue');
    // Outside Azure Pipelines: no summary file, no upload command.
    const local = await runCli(['validate', '--cwd', r.root, '--today', TODAY, '--no-cache', '--no-git', '--format', 'azure']);
    expect(local.stdout).not.toContain('uploadsummary');
  });
});
