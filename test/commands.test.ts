/**
 * The commands layer (src/commands/) runs without the command line: typed inputs in, exit code
 * out. validate and report share one set-up (setup.ts): the repository root found upwards, the
 * cache location checked, the configuration opened.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../src/commands/validate.js';
import { runReport } from '../src/commands/report.js';
import { openRepository, type CommandIO } from '../src/commands/setup.js';
import { isLsysError } from '../src/core/errors.js';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';

const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
afterAll(() => repo.cleanup());

function io(cwd: string): CommandIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    out: () => out,
    err: () => err,
  };
}

const base = { cache: false, git: false, lang: 'sv' as const, today: TODAY, force: false };

describe('commands', () => {
  it('runValidate takes typed options and returns the exit code', async () => {
    const x = io(repo.root);
    const code = await runValidate(
      {
        ...base,
        paths: [],
        format: 'json',
        ruleOverrides: { 'ref/unresolved': 'warning' },
        maxWarnings: 0,
        quiet: false,
        fix: false,
        fixDryRun: false,
      },
      x,
    );
    expect(x.err()).toBe('');
    expect(JSON.parse(x.out()).summary).toMatchObject({ errors: 0, warnings: 1 });
    expect(code).toBe(1);
  });

  it('the shared set-up finds the root upwards and opens lsys.yaml', async () => {
    const r = await openRepository({ cache: false, git: false }, 'sv', io(join(repo.root, 'ledningssystem', 'rutiner')));
    expect(r.root).toBe(repo.root);
    expect(r.config.organisation).toBe('Testkommunen, socialförvaltningen');
    expect(r.history).toBeUndefined();
  });

  it('report checks --cache-location through the same set-up as validate: lsys.yaml is never taken for a cache', async () => {
    const yaml = join(repo.root, 'lsys.yaml');
    const before = readFileSync(yaml, 'utf8');
    for (const run of [
      () => runReport({ ...base, cache: true, cacheLocation: 'lsys.yaml', kind: 'kvalitetsberattelse', format: 'md' }, io(repo.root)),
      () =>
        runValidate(
          {
            ...base,
            cache: true,
            cacheLocation: 'lsys.yaml',
            paths: [],
            format: 'stylish',
            ruleOverrides: {},
            quiet: false,
            fix: false,
            fixDryRun: false,
          },
          io(repo.root),
        ),
    ]) {
      const e: unknown = await run().catch((x: unknown) => x);
      expect(isLsysError(e) && e.code).toBe('cache-location-not-cache');
    }
    expect(readFileSync(yaml, 'utf8')).toBe(before);
  });
});
