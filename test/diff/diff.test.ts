/**
 * lsys diff (issue 12 point 4): a branch that renames a routine, withdraws another and removes
 * the last document for a paragraph, in temp git repositories, through the CLI in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ansvarsfordelningDoc, doc, makeRepo, processDoc, rutin, RUTIN_BODY, type TestRepo } from '../helpers/repo.js';
import type { DiffReport } from '../../src/diff/compare.js';

const TODAY = '2026-11-25';
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, env: GIT_ENV, encoding: 'utf8' });
}

function commitAll(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message);
}

/** A repository on main, and a branch `change` with the change under review checked out. */
function scenario(): TestRepo {
  const repo = makeRepo({
    'ledningssystem/processer/PRO-001.md': doc(
      processDoc('PRO-001', {
        aktiviteter: [
          { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001'] },
          { id: 'A2', namn: 'Genomföra', ansvarig: 'enhetschef', rutiner: ['RUT-002'] },
        ],
      }),
      '# Process\n\n## Syfte\n\nText.\n\n## Omfattning\n\nText.\n',
    ),
    'ledningssystem/rutiner/RUT-001-gammal.md': doc(rutin('RUT-001', { sosfs: ['4:4'] }), RUTIN_BODY),
    // The only document for 5:1: withdrawn on the branch.
    'ledningssystem/rutiner/RUT-002.md': doc(rutin('RUT-002', { sosfs: ['5:1'], aktivitet: 'A2' }), RUTIN_BODY),
    // Deleted on the branch.
    'ledningssystem/rutiner/RUT-003.md': doc(rutin('RUT-003', { sosfs: ['5:2'], gäller_för: ['solgläntan'] }), RUTIN_BODY),
    // Edited on the branch without a new version.
    'ledningssystem/rutiner/RUT-004.md': doc(rutin('RUT-004', { sosfs: ['4:4'] }), RUTIN_BODY),
    // A broken reference, fixed on the branch.
    'ledningssystem/rutiner/RUT-005.md': doc(rutin('RUT-005', { relaterade: ['RUT-999'] }), RUTIN_BODY),
    'ledningssystem/ansvar/ANS-001.md': doc(
      ansvarsfordelningDoc('ANS-001', [{ uppgift: 'Läkemedelsgenomgång', ansvar: { mas: 'ansvarar', enhetschef: 'deltar' } }]),
      '# Ansvar\n',
    ),
  });
  git(repo.root, 'init', '-q', '-b', 'main');
  commitAll(repo.root, 'Ledningssystemet');
  git(repo.root, 'checkout', '-q', '-b', 'change');
  const r = (p: string): string => join(repo.root, 'ledningssystem', p);
  renameSync(r('rutiner/RUT-001-gammal.md'), r('rutiner/RUT-001-ny.md'));
  repo.write(
    'ledningssystem/rutiner/RUT-002.md',
    doc(rutin('RUT-002', { status: 'upphävd', sosfs: ['5:1'], aktivitet: 'A2' }), RUTIN_BODY),
  );
  rmSync(r('rutiner/RUT-003.md'));
  repo.write(
    'ledningssystem/rutiner/RUT-004.md',
    doc(rutin('RUT-004', { sosfs: ['4:4', '3:1'] }), RUTIN_BODY.replace('Text.', 'Ny text.')),
  );
  repo.write('ledningssystem/rutiner/RUT-005.md', doc(rutin('RUT-005'), RUTIN_BODY));
  repo.write('ledningssystem/rutiner/RUT-006.md', doc(rutin('RUT-006', { relaterade: ['RUT-998'] }), RUTIN_BODY));
  repo.write(
    'ledningssystem/ansvar/ANS-001.md',
    doc(
      ansvarsfordelningDoc('ANS-001', [{ uppgift: 'Läkemedelsgenomgång', ansvar: { mas: 'ansvarar', enhetschef: 'utför' } }], {
        version: '2.0',
        fastställd: '2026-11-20',
      }),
      '# Ansvar\n',
    ),
  );
  commitAll(repo.root, 'Ändringen');
  return repo;
}

describe('lsys diff', () => {
  let repo: TestRepo;
  let json: DiffReport;
  beforeAll(async () => {
    repo = scenario();
    const r = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'json', '--no-cache']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout) as DiffReport;
  }, 60_000);
  afterAll(() => repo.cleanup());

  it('compares HEAD with its merge base with main', () => {
    expect(json.version).toBe(1);
    expect(json.base.ref).toBe('main');
    expect(json.base.commit).toBe(git(repo.root, 'rev-parse', 'main').trim());
    expect(json.head).toEqual({ ref: 'HEAD', commit: git(repo.root, 'rev-parse', 'HEAD').trim() });
  });

  it('reports the renamed, withdrawn and deleted routines, the new one and the changed ones', () => {
    const ids = (k: keyof DiffReport['documents']): string[] => json.documents[k].map((d) => d.id ?? d.file);
    expect(ids('renamed')).toEqual(['RUT-001']);
    expect(json.documents.renamed[0]).toMatchObject({
      file: 'ledningssystem/rutiner/RUT-001-ny.md',
      previousFile: 'ledningssystem/rutiner/RUT-001-gammal.md',
      contentChanged: false,
      ägare: 'enhetschef',
      titel: 'Rutin RUT-001',
    });
    expect(ids('withdrawn')).toEqual(['RUT-002']);
    expect(ids('deleted')).toEqual(['RUT-003']);
    expect(ids('added')).toEqual(['RUT-006']);
    expect(ids('changed')).toEqual(['ANS-001', 'RUT-004', 'RUT-005']);
    const judged = Object.fromEntries(json.documents.changed.map((d) => [d.id, d.judgement]));
    expect(judged).toEqual({ 'ANS-001': 'new-version', 'RUT-004': 'changed-without-new-version', 'RUT-005': 'frontmatter-only' });
    expect(json.documents.changed.find((d) => d.id === 'RUT-005')?.keys).toEqual(['relaterade']);
  });

  it('calls out first the paragraph that lost its last document', () => {
    // 4:4 keeps both its documents (RUT-001 only moved): not listed.
    expect(json.coverage.map((c) => [c.paragraf, c.before, c.after, c.lostLast])).toEqual([
      ['5:1', ['RUT-002'], [], true],
      ['5:2', ['RUT-003'], [], true],
      ['3:1', [], ['RUT-004'], false],
    ]);
  });

  it('names the processes, units and responsibilities the change touches', () => {
    expect(json.processes).toEqual([
      {
        id: 'PRO-001',
        titel: 'Process PRO-001',
        activities: [
          { id: 'A1', namn: 'Ta emot' },
          { id: 'A2', namn: 'Genomföra' },
        ],
        via: ['RUT-001', 'RUT-002', 'RUT-003', 'RUT-004', 'RUT-005', 'RUT-006'],
      },
    ]);
    expect(json.units.map((u) => [u.id, u.documents])).toEqual([
      ['*', ['ANS-001', 'RUT-001', 'RUT-002', 'RUT-004', 'RUT-005', 'RUT-006']],
      ['solgläntan', ['RUT-003']],
    ]);
    expect(json.responsibilities).toEqual([
      { document: 'ANS-001', uppgift: 'Läkemedelsgenomgång', role: 'enhetschef', before: 'deltar', after: 'utför' },
    ]);
  });

  it('lists the findings the change introduces and removes, with their lines', () => {
    const show = (fs: DiffReport['findings']['introduced']): string[] => fs.map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(show(json.findings.introduced)).toEqual([
      'ledningssystem/processer/PRO-001.md:21 ref/withdrawn',
      'ledningssystem/rutiner/RUT-006.md:13 ref/unresolved',
    ]);
    expect(show(json.findings.removed)).toEqual(['ledningssystem/rutiner/RUT-005.md:13 ref/unresolved']);
  });

  it('names the reviewers from the owners, and the approver of the new version', () => {
    expect(json.reviewers).toEqual([
      { role: 'nämnd', namn: 'Socialnämnden', ägare: [], fastställd_av: ['ANS-001'] },
      { role: 'förvaltningschef', namn: 'Förvaltningschef', ägare: ['ANS-001'], fastställd_av: [] },
      {
        role: 'enhetschef',
        namn: 'Enhetschef',
        ägare: ['RUT-001', 'RUT-002', 'RUT-003', 'RUT-004', 'RUT-005', 'RUT-006'],
        fastställd_av: [],
      },
    ]);
  });

  it('says the same in Markdown, with the lost paragraph first and in bold, and a warning on the deletion', async () => {
    const r = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'md', '--no-cache']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).toContain('## Ändringar i ledningssystemet');
    expect(md).toContain('**Borttagna (1)**');
    expect(md).toContain('> ⚠ Borttagna filer försvinner ur ledningssystemet');
    expect(md).toContain(
      '| RUT-001 · `ledningssystem/rutiner/RUT-001-ny.md` | Rutin RUT-001 | Enhetschef (enhetschef) | flyttad från ledningssystem/rutiner/RUT-001-gammal.md; samma innehåll |',
    );
    expect(md).toContain(
      '| RUT-002 · `ledningssystem/rutiner/RUT-002.md` | Rutin RUT-002 | Enhetschef (enhetschef) | upphävd (var fastställd version 1.0) |',
    );
    expect(md).toContain('⚠ fastställd text ändrad utan ny version (fortfarande 1.0)');
    const coverage = md.slice(md.indexOf('### Täckning'));
    expect(coverage.split('\n')[2]).toMatch(/^\*\*⚠ 5:1 förlorar sitt sista dokument: .+\*\*$/);
    expect(md).toContain('**Nya fynd (2)**');
    expect(md).toContain('- `ledningssystem/rutiner/RUT-006.md:13` **fel** `ref/unresolved` ');
    expect(md).toContain('- **Socialnämnden (nämnd)**: fastställer ANS-001');
  });

  it('says the same as text, and in English with --lang en', async () => {
    const sv = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--no-cache']);
    expect(sv.stdout).toContain('Upphävda (1):\n  RUT-002  Rutin RUT-002');
    expect(sv.stdout).toContain('Flyttade eller omdöpta (1):');
    expect(sv.stdout).toContain('⚠ 5:1 förlorar sitt sista dokument');
    const en = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--lang', 'en', '--no-cache']);
    expect(en.stdout).toContain('Withdrawn (1):');
    expect(en.stdout).toContain('Moved or renamed (1):');
    expect(en.stdout).toContain('⚠ 5:1 loses its last document');
    expect(en.stdout).toContain('Should be reviewed by:');
    expect(en.stdout).not.toMatch(/Upphävda|Bör granskas/);
  });

  it('gives the same bytes twice, with and without the cache', async () => {
    const args = ['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'md'];
    const cache = join(repo.root, '..', `${repo.root.split('/').pop()}-cache.jsonl`);
    try {
      await runCli(['validate', '--cwd', repo.root, '--today', TODAY, '--cache-location', cache]);
      const a = await runCli([...args, '--cache-location', cache]);
      const b = await runCli([...args, '--cache-location', cache]);
      const c = await runCli([...args, '--no-cache']);
      // What is not committed is not part of the change.
      writeFileSync(join(repo.root, 'ledningssystem/rutiner/RUT-005.md'), doc(rutin('RUT-005', { relaterade: ['RUT-997'] }), 'Ändrat.\n'));
      const d = await runCli([...args, '--cache-location', cache]);
      git(repo.root, 'checkout', '--', '.');
      expect(a.stdout).toBe(b.stdout);
      expect(a.stdout).toBe(c.stdout);
      expect(a.stdout).toBe(d.stdout);
      // The cache is read, never written by diff.
      const before = readFileSync(cache);
      await runCli([...args, '--cache-location', cache]);
      expect(readFileSync(cache).equals(before)).toBe(true);
    } finally {
      rmSync(cache, { force: true });
      rmSync(`${cache}.git`, { force: true });
    }
  });

  it('exits 1 with --fail-on-new when the change adds an error, 0 when it adds none', async () => {
    const failing = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--fail-on-new', '--no-cache']);
    expect(failing.code).toBe(1);
    // Base and head the same commit: nothing new.
    const same = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--base', 'HEAD', '--fail-on-new', '--no-cache']);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('Ändringen rör inga dokument');
  });

  it('appends the Markdown to GITHUB_STEP_SUMMARY whatever --format is', async () => {
    const summary = join(repo.root, '..', `${repo.root.split('/').pop()}-summary.md`);
    writeFileSync(summary, '# Tidigare steg\n');
    try {
      const r = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'json', '--no-cache'], {
        env: { GITHUB_STEP_SUMMARY: summary },
      });
      expect(r.code).toBe(0);
      JSON.parse(r.stdout);
      const text = readFileSync(summary, 'utf8');
      expect(text.startsWith('# Tidigare steg\n## Ändringar i ledningssystemet')).toBe(true);
      // A summary file that cannot be written is said once; the run still succeeds.
      const bad = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--no-cache'], {
        env: { GITHUB_STEP_SUMMARY: join(repo.root, 'saknas', 'summary.md') },
      });
      expect(bad.code).toBe(0);
      expect(bad.stderr).toMatch(/^lsys: kunde inte lägga till sammanfattningen i GITHUB_STEP_SUMMARY/);
    } finally {
      rmSync(summary, { force: true });
    }
  });

  it('writes --output and refuses to overwrite a file lsys did not write', async () => {
    const out = join(repo.root, '..', `${repo.root.split('/').pop()}-diff.md`);
    writeFileSync(out, 'mina anteckningar\n');
    try {
      const refused = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--output', out, '--no-cache']);
      expect(refused.code).toBe(2);
      expect(readFileSync(out, 'utf8')).toBe('mina anteckningar\n');
      const forced = await runCli([
        'diff',
        '--cwd',
        repo.root,
        '--today',
        TODAY,
        '--format',
        'md',
        '--output',
        out,
        '--force',
        '--no-cache',
      ]);
      expect(forced.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toContain('## Ändringar i ledningssystemet');
    } finally {
      rmSync(out, { force: true });
    }
  });

  it('takes the base from the CI platform, and names --base when there is none', async () => {
    const gh = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'json', '--no-cache'], {
      env: { GITHUB_BASE_REF: 'main' },
    });
    expect((JSON.parse(gh.stdout) as DiffReport).base.ref).toBe('main');
    const az = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'json', '--no-cache'], {
      env: { SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main' },
    });
    expect((JSON.parse(az.stdout) as DiffReport).base.ref).toBe('main');
    const mainCommit = git(repo.root, 'rev-parse', 'main').trim();
    const gl = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'json', '--no-cache'], {
      env: { CI_MERGE_REQUEST_DIFF_BASE_SHA: mainCommit, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' },
    });
    expect((JSON.parse(gl.stdout) as DiffReport).base).toEqual({ ref: mainCommit, commit: mainCommit });
    // A variable that is set names the base: one that is not found is not replaced by main.
    for (const [variable, value] of [
      ['CI_MERGE_REQUEST_DIFF_BASE_SHA', 'deadbeef'],
      ['GITHUB_BASE_REF', 'release'],
      ['SYSTEM_PULLREQUEST_TARGETBRANCH', 'refs/heads/release'],
    ] as const) {
      const missing = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--no-cache'], {
        env: { [variable]: value, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: variable.startsWith('CI_') ? 'main' : '' },
      });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toBe(
        `lsys: ${variable}=${value}: ingen sådan gren eller commit i klonen, så lsys vet inte vad ändringen ska jämföras med. Hämta den (git fetch origin ${value}) eller ange --base\n`,
      );
    }
    git(repo.root, 'branch', '-m', 'main', 'trunk');
    try {
      const none = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--no-cache']);
      expect(none.code).toBe(2);
      expect(none.stderr).toMatch(
        /^lsys: Hittar ingen huvudgren att jämföra med \(provade origin\/HEAD, main, master, origin\/main, origin\/master\)\. Ange jämförelsepunkten med --base/,
      );
      expect(none.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      git(repo.root, 'branch', '-m', 'trunk', 'main');
    }
  });

  it('exits 2 with one line for a ref that does not exist', async () => {
    for (const [option, ref] of [
      ['--base', 'finns-inte'],
      ['--head', 'v9.9'],
      ['--base', '--help'],
    ] as const) {
      const r = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, `${option}=${ref}`, '--no-cache']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `lsys: ${option} ${ref}: ingen sådan commit, gren eller tagg i förrådet. Kontrollera namnet (git log --oneline ${ref})\n`,
      );
    }
    const badFormat = await runCli(['diff', '--cwd', repo.root, '--format', 'html']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toBe('lsys: --format html: välj md, json eller text\n');
  });
});

describe('lsys diff on unusual repositories', () => {
  it('exits 2 with one line outside git', async () => {
    const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
    try {
      const r = await runCli(['diff', '--cwd', repo.root, '--today', TODAY]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`lsys: ${repo.root} ligger inte i ett git-förråd: lsys diff jämför två commits och behöver git-historiken\n`);
    } finally {
      repo.cleanup();
    }
  });

  it('compares against an empty base when the base lsys.yaml is broken, and does not crash on a broken document', async () => {
    const repo = makeRepo({
      'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { sosfs: ['4:4'] }), RUTIN_BODY),
      'ledningssystem/rutiner/RUT-002.md': '---\nid: RUT-002\ntitel: [trasig\n---\n# Rutin\n',
    });
    try {
      writeFileSync(join(repo.root, 'lsys.yaml'), 'organisation: [\n');
      git(repo.root, 'init', '-q', '-b', 'main');
      commitAll(repo.root, 'Trasig');
      git(repo.root, 'checkout', '-q', '-b', 'fix');
      const good = readFileSync(join(repo.root, '..', repo.root.split('/').pop()!, 'lsys.yaml'), 'utf8');
      expect(good).toBe('organisation: [\n');
      const { BASE_CONFIG } = await import('../helpers/repo.js');
      writeFileSync(join(repo.root, 'lsys.yaml'), BASE_CONFIG);
      commitAll(repo.root, 'Lagad');
      const r = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--format', 'json', '--no-cache']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as DiffReport;
      expect(json.base.configProblem).toMatch(/^lsys\.yaml:2:1: /);
      expect(json.documents.added.map((d) => d.id ?? d.file)).toEqual(['RUT-001', 'RUT-002']);
      expect(json.findings.introduced.map((f) => f.rule)).toContain('frontmatter/yaml');
      const text = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--no-cache']);
      expect(text.stdout).toContain('⚠ lsys.yaml i main går inte att läsa (lsys.yaml:2:1: ');
      // A base with no lsys.yaml at all: also empty.
      git(repo.root, 'checkout', '-q', '--orphan', 'tom');
      git(repo.root, 'rm', '-q', '-r', '--cached', '.');
      commitAllEmpty(repo.root);
      git(repo.root, 'checkout', '-q', '-f', 'fix');
      const orphan = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--base', 'tom', '--format', 'json', '--no-cache']);
      expect(orphan.code).toBe(0);
      expect((JSON.parse(orphan.stdout) as DiffReport).base.configProblem).toBe('filen saknas');
      // A target branch that shares no history with the change: --base is needed.
      const unrelated = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--no-cache'], { env: { GITHUB_BASE_REF: 'tom' } });
      expect(unrelated.code).toBe(2);
      expect(unrelated.stderr).toBe('lsys: tom och HEAD har ingen gemensam historik. Ange jämförelsepunkten med --base\n');
      // A head without lsys.yaml is the change's own problem: exit 2.
      const head = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--head', 'tom', '--base', 'fix', '--no-cache']);
      expect(head.code).toBe(2);
      expect(head.stderr).toMatch(/^lsys: tom har ingen lsys\.yaml i /);
      const broken = await runCli(['diff', '--cwd', repo.root, '--today', TODAY, '--head', 'main', '--base', 'fix', '--no-cache']);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/^lsys: lsys\.yaml i main går inte att läsa: lsys\.yaml:2:1: /);
    } finally {
      repo.cleanup();
    }
  });

  it('says to fetch the whole history in a shallow clone', async () => {
    const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
    const clone = mkdtempSync(join(tmpdir(), 'lsys-diff-shallow-'));
    try {
      git(repo.root, 'init', '-q', '-b', 'main');
      commitAll(repo.root, 'Start');
      git(repo.root, 'checkout', '-q', '-b', 'ny');
      repo.write('ledningssystem/rutiner/RUT-002.md', doc(rutin('RUT-002'), RUTIN_BODY));
      commitAll(repo.root, 'Ny');
      git(repo.root, 'checkout', '-q', 'main');
      repo.write('ledningssystem/rutiner/RUT-003.md', doc(rutin('RUT-003'), RUTIN_BODY));
      commitAll(repo.root, 'Annan');
      git(clone, 'clone', '-q', '--depth', '1', '--branch', 'ny', '--no-single-branch', `file://${repo.root}`, 'k');
      const r = await runCli(['diff', '--cwd', join(clone, 'k'), '--today', TODAY, '--no-cache']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^lsys: origin\/HEAD och HEAD har ingen gemensam historik i den här klonen, som är grund \(shallow\)\. Hämta hela historiken/,
      );
    } finally {
      repo.cleanup();
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('in a CI checkout of the branch alone (git clone --depth 1 -b), says it is shallow and what to set on each platform', async () => {
    const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
    const clone = mkdtempSync(join(tmpdir(), 'lsys-diff-ci-'));
    try {
      git(repo.root, 'init', '-q', '-b', 'main');
      commitAll(repo.root, 'Start');
      const mainCommit = git(repo.root, 'rev-parse', 'HEAD').trim();
      git(repo.root, 'checkout', '-q', '-b', 'andring');
      repo.write('ledningssystem/rutiner/RUT-002.md', doc(rutin('RUT-002'), RUTIN_BODY));
      commitAll(repo.root, 'Ny');
      git(repo.root, 'checkout', '-q', 'main');
      git(clone, 'clone', '-q', '--depth', '1', '-b', 'andring', `file://${repo.root}`, 'k');
      const k = join(clone, 'k');
      const diff = (env: Record<string, string>, ...extra: string[]) =>
        runCli(['diff', '--cwd', k, '--today', TODAY, '--no-cache', ...extra], { env });
      const cases: Array<[Record<string, string>, RegExp]> = [
        [
          { GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' },
          /^lsys: GITHUB_BASE_REF=main: ingen sådan gren eller commit i den här klonen, som är grund \(shallow\)\. Hämta hela historiken: lägg till fetch-depth: 0 under with: i steget actions\/checkout\n$/,
        ],
        [
          { GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: mainCommit, CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main' },
          new RegExp(
            `^lsys: CI_MERGE_REQUEST_DIFF_BASE_SHA=${mainCommit}: .*grund \\(shallow\\)\\. Hämta hela historiken: sätt variabeln GIT_DEPTH: "0" i jobbet`,
          ),
        ],
        [
          { TF_BUILD: 'True', SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main' },
          /^lsys: SYSTEM_PULLREQUEST_TARGETBRANCH=refs\/heads\/main: .*grund \(shallow\)\. Hämta hela historiken: lägg till fetchDepth: 0 i steget - checkout: self\n$/,
        ],
        [
          {},
          /^lsys: Hittar ingen huvudgren att jämföra med \(provade origin\/HEAD, main, master, origin\/main, origin\/master\) i den här klonen, som är grund \(shallow\).* Hämta hela historiken \(git fetch --unshallow; i CI fetch-depth: 0 .*GIT_DEPTH: "0" .*fetchDepth: 0 .*\) eller ange --base\n$/,
        ],
      ];
      for (const [env, message] of cases) {
        const r = await diff(env);
        expect(r.code, JSON.stringify(env)).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
      }
      // The command the old message suggested fails too: now it says why.
      const suggested = await diff({ GITHUB_ACTIONS: 'true' }, '--base', 'origin/main');
      expect(suggested.code).toBe(2);
      expect(suggested.stderr).toMatch(
        /^lsys: --base origin\/main: ingen sådan commit, gren eller tagg i den här klonen, som är grund \(shallow\)\. Hämta hela historiken: lägg till fetch-depth: 0/,
      );
      const en = await diff({ GITHUB_ACTIONS: 'true', GITHUB_BASE_REF: 'main' }, '--lang', 'en');
      expect(en.stderr).toMatch(
        /^lsys: GITHUB_BASE_REF=main: no such branch or commit in this clone, which is shallow\. Fetch the whole history: add fetch-depth: 0/,
      );
    } finally {
      repo.cleanup();
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('says base and head are the same commit when origin/HEAD names the checked-out branch itself', async () => {
    const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
    const clone = mkdtempSync(join(tmpdir(), 'lsys-diff-same-'));
    try {
      git(repo.root, 'init', '-q', '-b', 'main');
      commitAll(repo.root, 'Start');
      git(repo.root, 'checkout', '-q', '-b', 'andring');
      repo.write('ledningssystem/rutiner/RUT-002.md', doc(rutin('RUT-002'), RUTIN_BODY));
      commitAll(repo.root, 'Ny');
      git(clone, 'clone', '-q', '-b', 'andring', `file://${repo.root}`, 'k');
      const k = join(clone, 'k');
      git(k, 'remote', 'set-head', 'origin', 'andring');
      const args = ['diff', '--cwd', k, '--today', TODAY, '--no-cache'];
      const head = git(k, 'rev-parse', 'HEAD').trim();
      const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as DiffReport;
      expect(json.base).toEqual({ ref: 'origin/HEAD', commit: head, sameCommitAsHead: true });
      const text = await runCli(args);
      expect(text.code).toBe(0);
      expect(text.stdout).toContain(
        `⚠ Base och head är samma commit (${head.slice(0, 7)}): origin/HEAD pekar på den utcheckade grenen själv, så det finns inget att jämföra. Ange huvudgrenen med --base, t.ex. --base origin/main\n`,
      );
      expect((await runCli([...args, '--format', 'md'])).stdout).toContain('> ⚠ Base och head är samma commit');
      // With --base the comparison is the one asked for.
      const given = JSON.parse((await runCli([...args, '--format', 'json', '--base', 'origin/main'])).stdout) as DiffReport;
      expect(given.base.sameCommitAsHead).toBeUndefined();
      expect(given.documents.added.map((d) => d.id)).toEqual(['RUT-002']);
      // On the default branch itself "nothing changed" is the truth: no note.
      git(k, 'checkout', '-q', '-b', 'main', 'origin/main');
      const onMain = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as DiffReport;
      expect(onMain.base.sameCommitAsHead).toBeUndefined();
    } finally {
      repo.cleanup();
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('works when lsys.yaml lies below the top of the git work tree', async () => {
    const top = mkdtempSync(join(tmpdir(), 'lsys-diff-top-'));
    try {
      const repo = makeRepo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
      renameSync(repo.root, join(top, 'kvalitet'));
      const root = join(top, 'kvalitet');
      writeFileSync(join(top, 'README.md'), '# Annat\n');
      git(top, 'init', '-q', '-b', 'main');
      commitAll(top, 'Start');
      git(top, 'checkout', '-q', '-b', 'ny');
      writeFileSync(join(root, 'ledningssystem/rutiner/RUT-002.md'), doc(rutin('RUT-002'), RUTIN_BODY));
      writeFileSync(join(top, 'ANNAT.md'), '# Inte ett dokument\n');
      commitAll(top, 'Ny rutin');
      const r = await runCli(['diff', '--cwd', root, '--today', TODAY, '--format', 'json', '--no-cache']);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout) as DiffReport;
      expect(json.documents.added.map((d) => d.file)).toEqual(['ledningssystem/rutiner/RUT-002.md']);
      expect(existsSync(join(root, 'lsys.yaml'))).toBe(true);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });
});

function commitAllEmpty(root: string): void {
  git(root, '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', 'Tom');
}

describe('lsys diff judgements', () => {
  let repo: TestRepo;
  let json: DiffReport;
  let md: string;
  beforeAll(async () => {
    const { riskanalysDoc } = await import('../helpers/repo.js');
    const risk = (text: string): string =>
      doc(riskanalysDoc('RISK-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 1, konsekvens: 1 }]), `# Riskanalys\n\n${text}\n`);
    const draft = { status: 'utkast', fastställd: undefined, fastställd_av: undefined, revideras: undefined };
    const process = (ansvarig: string): string =>
      doc(
        processDoc('PRO-002', {
          aktiviteter: [
            { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-011'] },
            { id: 'A2', namn: 'Följa upp', ansvarig, rutiner: [] },
          ],
        }),
        '# Process\n\n## Syfte\n\nText.\n\n## Omfattning\n\nText.\n',
      );
    const ans3 = (sosfs: string[]): string =>
      doc(
        ansvarsfordelningDoc('ANS-003', [{ uppgift: 'Samverkan', sosfs, ansvar: { enhetschef: 'ansvarar' } }], { titel: 'Ansvar 3' }),
        '# Ansvar\n',
      );
    repo = makeRepo({
      'ledningssystem/PRO-002.md': process('enhetschef'),
      'ledningssystem/RUT-010.md': doc(rutin('RUT-010', { ...draft, process: 'PRO-002' }), RUTIN_BODY),
      'ledningssystem/RUT-011.md': doc(rutin('RUT-011', { process: 'PRO-002' }), RUTIN_BODY),
      'ledningssystem/RUT-012.md': doc(rutin('RUT-012', { ...draft, process: 'PRO-002' }), RUTIN_BODY),
      'ledningssystem/RUT-013.md': doc(rutin('RUT-013', { process: 'PRO-002' }), RUTIN_BODY),
      'ledningssystem/RISK-001.md': risk('Före.'),
      'ledningssystem/ANS-002.md': doc(
        ansvarsfordelningDoc('ANS-002', [{ uppgift: 'Avvikelser', ansvar: { enhetschef: 'ansvarar' } }], { titel: 'Ansvar 2' }),
        '# Ansvar\n',
      ),
      'ledningssystem/ANS-003.md': ans3(['3:1', '7:2']),
      'ledningssystem/RUT-015.md': doc(rutin('RUT-015', { process: 'PRO-002', revideras: '2027-06-30' }), RUTIN_BODY),
    });
    git(repo.root, 'init', '-q', '-b', 'main');
    commitAll(repo.root, 'Start');
    git(repo.root, 'checkout', '-q', '-b', 'change');
    // An approved division of responsibility loses 7:2 from a task without a new version.
    repo.write('ledningssystem/ANS-003.md', ans3(['3:1']));
    // Only an administrative key.
    repo.write('ledningssystem/RUT-015.md', doc(rutin('RUT-015', { process: 'PRO-002', revideras: '2027-12-31' }), RUTIN_BODY));
    repo.write('ledningssystem/PRO-002.md', process('mas'));
    repo.write('ledningssystem/RUT-010.md', doc(rutin('RUT-010', { process: 'PRO-002', fastställd: '2026-11-20' }), RUTIN_BODY));
    repo.write('ledningssystem/RUT-011.md', doc(rutin('RUT-011', { process: 'PRO-002', version: '1.10' }), RUTIN_BODY));
    repo.write('ledningssystem/RUT-012.md', doc(rutin('RUT-012', { ...draft, process: 'PRO-002' }), `${RUTIN_BODY}\nMer.\n`));
    repo.write('ledningssystem/RUT-013.md', doc(rutin('RUT-013', { process: 'PRO-002', status: 'upphävd' }), RUTIN_BODY));
    repo.write('ledningssystem/RUT-014.md', doc(rutin('RUT-014', { process: 'PRO-002', ersätter: 'RUT-013' }), RUTIN_BODY));
    repo.write('ledningssystem/RISK-001.md', risk('Efter.'));
    repo.write(
      'ledningssystem/ANS-002.md',
      doc(
        ansvarsfordelningDoc('ANS-002', [{ uppgift: 'Avvikelser och klagomål', ansvar: { enhetschef: 'ansvarar', mas: 'deltar' } }], {
          titel: 'Ansvar 2',
        }),
        '# Ansvar\n',
      ),
    );
    commitAll(repo.root, 'Ändringen');
    // The change is read from its branch while main is checked out: no file of head is on disk.
    git(repo.root, 'checkout', '-q', 'main');
    const args = ['diff', '--cwd', repo.root, '--today', TODAY, '--base', 'main', '--head', 'change', '--no-cache'];
    json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as DiffReport;
    md = (await runCli([...args, '--format', 'md'])).stdout;
  }, 60_000);
  afterAll(() => repo.cleanup());

  it('judges each changed governing document, and leaves record documents unjudged', () => {
    const judged = Object.fromEntries(json.documents.changed.map((d) => [d.id, d.judgement ?? null]));
    expect(judged).toEqual({
      // For these the frontmatter is the approved content: the same warning as an edited body.
      'ANS-002': 'changed-without-new-version',
      'ANS-003': 'changed-without-new-version',
      'PRO-002': 'changed-without-new-version',
      'RISK-001': null,
      'RUT-010': 'approved',
      'RUT-011': 'version-raised-not-approved',
      'RUT-012': 'draft-edited',
      'RUT-015': 'frontmatter-only',
    });
    expect(json.documents.withdrawn).toMatchObject([{ id: 'RUT-013', replacedBy: 'RUT-014' }]);
    expect(md).toContain('fastställd 2026-11-20 (version 1.0)');
    expect(md).toContain('version höjd 1.0 → 1.10, inte fastställd på nytt');
    expect(md).toContain('utkast, texten ändrad');
    expect(md).toContain('upphävd (var fastställd version 1.0); ersätts av RUT-014');
    expect(md).toContain('| RISK-001 · `ledningssystem/RISK-001.md` | Riskanalys RISK-001 | Enhetschef (enhetschef) | texten ändrad |');
    expect(md).toContain(
      '| Ansvar 3 | Förvaltningschef (förvaltningschef) | ⚠ fastställt innehåll ändrat utan ny version (fortfarande 1.0): uppgifter |',
    );
    expect(md).toContain('⚠ fastställt innehåll ändrat utan ny version (fortfarande 1.0): aktiviteter');
    expect(md).toContain('bara frontmatter: revideras');
  });

  it('names the changed activity of a changed process, and a task renamed in place', () => {
    expect(json.processes.find((p) => p.id === 'PRO-002')?.activities).toEqual([
      { id: 'A1', namn: 'Ta emot' },
      { id: 'A2', namn: 'Följa upp' },
    ]);
    expect(json.responsibilities).toEqual([{ document: 'ANS-002', uppgift: 'Avvikelser och klagomål', role: 'mas', after: 'deltar' }]);
    expect(json.reviewers.map((r) => [r.role, r.fastställd_av])).toContainEqual(['förvaltningschef', ['RUT-010']]);
  });
});
