/** lsys init --ci github|gitlab|azure|none: one pipeline file, valid YAML with the steps lsys needs. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { initRepository } from '../../src/init/index.js';
import { runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
async function init(ci?: 'github' | 'gitlab' | 'azure' | 'none'): Promise<{ dir: string; written: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'lsys-init-ci-'));
  dirs.push(dir);
  const { written } = await initRepository({ dir, today: '2026-12-01', sectors: ['sol', 'lss', 'hsl'], force: false, ...(ci ? { ci } : {}) });
  return { dir, written };
}
const PIPELINES = ['.github/workflows/lsys.yml', '.gitlab-ci.yml', 'azure-pipelines.yml'];
const pipelinesIn = (written: string[]) => written.filter((f) => PIPELINES.includes(f));

/** Parse strictly: a YAML error fails the test. */
async function yamlOf(dir: string, file: string): Promise<Record<string, unknown>> {
  const text = await readFile(join(dir, file), 'utf8');
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  return doc.toJS() as Record<string, unknown>;
}

describe('lsys init --ci', () => {
  it('writes the GitHub workflow by default, and exactly one pipeline per platform; none writes none', async () => {
    expect(pipelinesIn((await init()).written)).toEqual(['.github/workflows/lsys.yml']);
    expect(pipelinesIn((await init('github')).written)).toEqual(['.github/workflows/lsys.yml']);
    expect(pipelinesIn((await init('gitlab')).written)).toEqual(['.gitlab-ci.yml']);
    expect(pipelinesIn((await init('azure')).written)).toEqual(['azure-pipelines.yml']);
    const none = await init('none');
    expect(pipelinesIn(none.written)).toEqual([]);
    expect(none.written).toContain('lsys.yaml');
  });

  it('gitlab: npm ci, validate with the Code Quality and JUnit reports as artifacts, the cache outside node_modules, full history, a commented pages job', async () => {
    const { dir } = await init('gitlab');
    const y = await yamlOf(dir, '.gitlab-ci.yml');
    expect((y.variables as Record<string, string>).GIT_DEPTH).toBe('0');
    const job = y.validate as { image: string; script: string[]; cache: { paths: string[] }; artifacts: { when: string; reports: Record<string, string> } };
    expect(job.image).toBe('node:24');
    expect(job.script[0]).toBe('npm ci');
    expect(job.script.some((s) => s.includes('lsys validate') && s.includes('--format gitlab --output gl-code-quality-report.json'))).toBe(true);
    expect(job.script.some((s) => s.includes('--format junit --output lsys-junit.xml'))).toBe(true);
    // The last line decides the job: validate without `|| true`.
    expect(job.script.at(-1)).toMatch(/^npx --no-install lsys validate .*[^e]$/);
    expect(job.script.at(-1)).not.toContain('|| true');
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality-report.json', junit: 'lsys-junit.xml' } });
    expect(job.cache.paths).toEqual(['.lsys-cache/']);
    for (const s of job.script.slice(1)) expect(s).toContain('--cache-location .lsys-cache/lsys.json');
    const rules = (y.workflow as { rules: Array<{ if: string }> }).rules.map((r) => r.if);
    expect(rules).toContain('$CI_PIPELINE_SOURCE == "merge_request_event"');
    expect(rules).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(y.pages).toBeUndefined();
    // The pages job, uncommented, is valid YAML too and publishes public/ with lsys site.
    const text = await readFile(join(dir, '.gitlab-ci.yml'), 'utf8');
    const pages = parse(text.replace(/^# ( *)(?=pages:| {2})/gm, '$1')) as { pages: { script: string[]; artifacts: { paths: string[] } } };
    expect(pages.pages.script.some((s) => s.includes('lsys site') && s.includes('--out public'))).toBe(true);
    expect(pages.pages.artifacts.paths).toEqual(['public']);
  });

  it('azure: full history, Node 24, npm ci, the cache, JUnit published with PublishTestResults@2, validate --format azure deciding the run', async () => {
    const { dir } = await init('azure');
    const y = await yamlOf(dir, 'azure-pipelines.yml');
    expect(y.trigger).toEqual({ branches: { include: ['main'] } });
    expect((y.schedules as Array<{ cron: string; always: boolean }>)[0]).toMatchObject({ cron: '0 6 * * 1', always: true });
    const steps = y.steps as Array<Record<string, unknown>>;
    expect(steps[0]).toEqual({ checkout: 'self', fetchDepth: 0 });
    const task = (name: string) => steps.find((s) => s.task === name) as { inputs: Record<string, unknown>; condition?: string } | undefined;
    expect(task('UseNode@1')?.inputs.version).toBe('24.x');
    expect(task('Cache@2')?.inputs.path).toBe('$(LSYS_CACHE)');
    expect(task('PublishTestResults@2')).toMatchObject({ condition: 'succeededOrFailed()', inputs: { testResultsFormat: 'JUnit' } });
    const scripts = steps.filter((s) => typeof s.script === 'string').map((s) => s.script as string);
    expect(scripts[0]).toBe('npm ci');
    expect(scripts.some((s) => s.includes('--format junit'))).toBe(true);
    expect(scripts.at(-1)).toMatch(/lsys validate .*--format azure$/);
    // JUnit is written before it is published, and the run is decided last.
    const order = steps.map((s) => (s.task as string | undefined) ?? (s.script as string | undefined)?.match(/--format (\w+)/)?.[1] ?? s.script ?? s.checkout);
    expect(order.indexOf('junit')).toBeLessThan(order.indexOf('PublishTestResults@2'));
    expect(order.at(-1)).toBe('azure');
  });

  it('on the command line: --ci gitlab names the pipeline in the package.json reminder; an unknown platform is one line, exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lsys-init-ci-'));
    dirs.push(dir);
    const r = await runCli(['init', dir, '--ci', 'gitlab', '--today', '2026-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Innan .gitlab-ci.yml kan köras behöver repot en package.json som låser lsys');
    expect(existsSync(join(dir, '.github'))).toBe(false);
    const bad = await runCli(['init', dir, '--ci', 'jenkins']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('lsys: --ci "jenkins" finns inte. Välj github, gitlab, azure eller none.\n');
    const en = await runCli(['init', dir, '--ci', 'jenkins', '--lang', 'en']);
    expect(en.stderr).toBe('lsys: --ci "jenkins" does not exist. Choose github, gitlab, azure or none.\n');
  });
});
