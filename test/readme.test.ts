/**
 * The README is the first thing a new user follows: every repository path it names must
 * exist, and its "try breaking something" steps must break what they say they break.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const DEMO_DAY = '2026-12-01';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Paths in backticks or link targets that point into the project's own folders. */
function namedPaths(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[`(]((?:examples|docs|templates|test|bench|init)\/[^`)\s#*]+)[`)#]/g)) {
    found.add(m[1]!.replace(/\/$/, ''));
  }
  return [...found];
}

function gitIgnores(path: string): boolean {
  return spawnSync('git', ['check-ignore', '-q', path], { cwd: ROOT }).status === 0;
}

describe('README', () => {
  it('names only paths that exist in the repository', () => {
    const paths = namedPaths(README);
    expect(paths.length).toBeGreaterThan(3);
    // Generated files (reports, bench results) are named but not committed: git ignores them.
    const missing = paths.filter((p) => !existsSync(join(ROOT, p)) && !gitIgnores(p));
    expect(missing).toEqual([]);
  });

  it('"try breaking something": removing ägare from the named routine gives an error', async () => {
    const m = /ta bort raden `ägare:` i\s+`examples\/solbacka\/([^`]+)`/.exec(README);
    expect(m, 'the README still tells the reader which file to break').not.toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'lsys-readme-'));
    dirs.push(dir);
    cpSync(join(ROOT, 'examples/solbacka'), dir, { recursive: true });
    const file = join(dir, m![1]!);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^ägare: .*\n/m);
    writeFileSync(file, text.replace(/^ägare: .*\n/m, ''));
    const r = await runCli(['validate', '--cwd', dir, '--today', DEMO_DAY, '--no-git', '--no-cache']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('schema/required');
    expect(r.stdout).toMatch(/1 fel\b/);
  });
});
