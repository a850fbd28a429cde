/**
 * A läskvittens block whose folder is missing, or has no personal.csv, switches nothing on: no
 * reader is counted. Not a finding (the folder may be kept outside the repository and be absent
 * in CI on purpose), but a notice, so that a mistyped `mapp` does not go unseen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRepo, validateRun, type TestRepo } from './helpers/repo.js';
import { READING_CONFIG, READING_FILES } from './helpers/reading.js';
import { runCli } from './helpers/cli.js';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const documents = Object.fromEntries(Object.entries(READING_FILES).filter(([f]) => !f.startsWith('data/')));

describe('läskvittens notices', () => {
  it('says when the folder does not exist', async () => {
    repo = makeRepo(documents, READING_CONFIG.replace('läskvittens:\n', 'läskvittens:\n  mapp: ../finnsinte\n'));
    const run = await validateRun(repo.root);
    expect(run.notices).toHaveLength(1);
    expect(run.notices[0]).toMatch(
      /^lsys\.yaml: läskvittens är påslaget, men mappen \/.*\/finnsinte \(läskvittens\.mapp\) finns inte: ingen läsare räknas/,
    );
    expect(run.result.diagnostics.filter((d) => d.rule.startsWith('reading/'))).toEqual([]);
  });

  it('says when the folder has no personal.csv, in English too', async () => {
    repo = makeRepo({ ...documents, 'data/läskvittenser/2026.csv': 'dokument;version;läsare;datum\n' }, READING_CONFIG);
    const run = await validateRun(repo.root, { lang: 'en' });
    expect(run.notices).toEqual([
      'lsys.yaml: läskvittens is on, but the folder data/läskvittenser has no personal.csv: no reader is counted and reading/overdue gives no warning. Put the roster there (columns läsare;enhet;roll).',
    ]);
  });

  it('lsys site and lsys calendar say it on stderr as validate and due do, and still do their work', async () => {
    repo = makeRepo(documents, READING_CONFIG.replace('läskvittens:\n', 'läskvittens:\n  mapp: data/felstavad\n'));
    const site = await runCli(['site', '--cwd', repo.root, '--today', '2026-11-25', '--no-git', '--no-cache']);
    expect(site.code).toBe(0);
    expect(site.stderr).toBe(
      'lsys: lsys.yaml: läskvittens är påslaget, men mappen data/felstavad (läskvittens.mapp) finns inte: ingen läsare räknas och reading/overdue varnar inte. Skapa mappen med personal.csv, eller rätta sökvägen.\n',
    );
    const cal = await runCli(['calendar', '--cwd', repo.root, '--today', '2026-11-25', '--no-cache', '--lang', 'en']);
    expect(cal.code).toBe(0);
    expect(cal.stderr).toMatch(/^lsys: lsys\.yaml: läskvittens is on, but the folder data\/felstavad \(läskvittens\.mapp\) does not exist/);
    expect(readFileSync(join(repo.root, 'arshjul.ics'), 'utf8')).toContain('BEGIN:VCALENDAR');
  });

  it('says nothing with a roster, or without the block', async () => {
    repo = makeRepo(READING_FILES, READING_CONFIG);
    expect((await validateRun(repo.root)).notices).toEqual([]);
    repo.cleanup();
    repo = makeRepo(documents);
    expect((await validateRun(repo.root)).notices).toEqual([]);
  });
});
