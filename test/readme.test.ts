/**
 * The README is the first thing a new user follows: every repository path it names must
 * exist, and its "try breaking something" steps must break what they say they break.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initRepository } from '../src/init/index.js';
import { runCli } from './helpers/cli.js';
import { notGenerated } from './helpers/example-copy.js';

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
    cpSync(join(ROOT, 'examples/solbacka'), dir, { recursive: true, filter: notGenerated });
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

/** The ```yaml blocks of a Markdown text, dedented (a block may sit in a list item). */
function yamlBlocks(text: string): string[] {
  return [...text.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)].map((m) =>
    m[2]!
      .split('\n')
      .map((l) => l.slice(m[1]!.length))
      .join('\n'),
  );
}

describe('README and docs GitLab recipes', () => {
  it('put every job in a stage that the .gitlab-ci.yml of lsys init declares', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-readme-gitlab-'));
    dirs.push(dir);
    await initRepository({ dir, today: DEMO_DAY, sectors: ['sol'], force: false, ci: 'gitlab' });
    const stages = (parse(readFileSync(join(dir, '.gitlab-ci.yml'), 'utf8')) as { stages: string[] }).stages;
    expect(stages.length).toBeGreaterThan(0);
    const texts = [
      README,
      ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => readFileSync(join(ROOT, 'docs', f), 'utf8')),
    ];
    const jobs: Array<[string, unknown]> = [];
    for (const block of texts.flatMap(yamlBlocks)) {
      let value: unknown;
      try {
        value = parse(block);
      } catch {
        continue; // not a pipeline (an lsys.yaml excerpt with placeholders, say)
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      // A GitLab job: a top-level key whose value has a script list (GitHub steps use run:, Azure steps are a list).
      for (const [name, job] of Object.entries(value)) {
        if (typeof job === 'object' && job !== null && Array.isArray((job as { script?: unknown }).script))
          jobs.push([name, (job as { stage?: unknown }).stage]);
      }
    }
    expect(jobs.map(([name]) => name).sort()).toEqual(['lsys-diff', 'pages']);
    for (const [name, stage] of jobs) expect(stages, `job ${name} has stage ${String(stage)}`).toContain(stage);
  });
});
