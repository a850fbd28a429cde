/**
 * review/changed-after-approval: a commit dated after `fastställd` changed the Markdown body
 * while `version` stayed the same (warning). Built on real git repositories in temp folders,
 * with fixed author and committer dates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headKey, workTreePrefix } from '../../../src/core/git.js';
import { runCli } from '../../helpers/cli.js';
import {
  BASE_CONFIG,
  doc,
  lineOf,
  makeRepo,
  messages,
  pairs,
  positions,
  rutin,
  RUTIN_BODY,
  validate,
  type TestRepo,
} from '../../helpers/repo.js';

const RULE = 'review/changed-after-approval';
const F = 'ledningssystem/RUT-001.md';

function git(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      // No user or system configuration (signing, hooks, templates) may change the commits.
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
  }).trim();
}

/** Commit everything in `cwd` at `day` (noon, Swedish summer time); returns the full hash. */
function commit(cwd: string, day: string, message = 'ändring'): string {
  git(cwd, ['add', '-A']);
  git(
    cwd,
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', 'commit', '-q', '--no-verify', '-m', message],
    `${day}T12:00:00+02:00`,
  );
  return git(cwd, ['rev-parse', 'HEAD']);
}

const v1 = (extra: Record<string, unknown> = {}, body = RUTIN_BODY): string =>
  doc(rutin('RUT-001', { process: undefined, ...extra }), body);
const EDITED = RUTIN_BODY.replace('## Genomförande\n\nText.', '## Genomförande\n\nNy text som ingen fastställt.');

/** A repository whose git root is `root` (or a parent of it), with `history` applied as commits. */
async function scenario(
  steps: Array<{ day: string; text: string }>,
  opts: { git?: boolean; uncommitted?: string; lang?: 'sv' | 'en' } = {},
): Promise<{ diags: Awaited<ReturnType<typeof validate>>; hashes: string[]; final: string }> {
  const repo = makeRepo({});
  try {
    git(repo.root, ['init', '-q']);
    const hashes = steps.map((s) => {
      repo.write(F, s.text);
      return commit(repo.root, s.day);
    });
    if (opts.uncommitted) repo.write(F, opts.uncommitted);
    const diags = await validate(repo.root, { git: opts.git ?? true, ...(opts.lang ? { lang: opts.lang } : {}) });
    return { diags, hashes, final: opts.uncommitted ?? steps.at(-1)!.text };
  } finally {
    repo.cleanup();
  }
}

describe(RULE, () => {
  it('does not count the commit that adds the file', async () => {
    const { diags } = await scenario([{ day: '2026-09-02', text: v1() }]);
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('warns at the version key when a later commit changed the body and kept the version', async () => {
    const { diags, hashes, final } = await scenario([
      { day: '2026-09-02', text: v1() },
      { day: '2026-10-01', text: v1({}, EDITED) },
    ]);
    expect(positions(diags, RULE)).toEqual([`${F}:${lineOf(final, 'version:')}:1`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(messages(diags, RULE)).toEqual([
      `Brödtexten ändrades i commit ${hashes[1]!.slice(0, 7)} (2026-10-01) efter fastställelsen 2026-09-01, men versionen är fortfarande 1.0`,
    ]);
  });

  it('names the latest offending commit and counts the others, in English with lang en', async () => {
    const { diags, hashes } = await scenario(
      [
        { day: '2026-09-02', text: v1() },
        { day: '2026-10-01', text: v1({}, EDITED) },
        { day: '2026-10-15', text: v1({}, EDITED + '\nEtt tillägg.\n') },
      ],
      { lang: 'en' },
    );
    expect(messages(diags, RULE)).toEqual([
      `The body changed in commit ${hashes[2]!.slice(0, 7)} (2026-10-15) after approval on 2026-09-01, but the version is still 1.0 (and in 1 more commit)`,
    ]);
  });

  it('counts two or more other offending commits in the plural, in Swedish', async () => {
    const { diags, hashes } = await scenario([
      { day: '2026-09-02', text: v1() },
      { day: '2026-10-01', text: v1({}, EDITED) },
      { day: '2026-10-15', text: v1({}, EDITED + '\nEtt tillägg.\n') },
      { day: '2026-11-02', text: v1({}, EDITED + '\nEtt tillägg till.\n') },
    ]);
    expect(messages(diags, RULE)).toEqual([
      `Brödtexten ändrades i commit ${hashes[3]!.slice(0, 7)} (2026-11-02) efter fastställelsen 2026-09-01, men versionen är fortfarande 1.0 (och i 2 commits till)`,
    ]);
  });

  it('still warns for a document without version (the schema error is beside it), with ? for the version', async () => {
    const { diags, hashes, final } = await scenario([
      { day: '2026-09-02', text: v1({ version: undefined }) },
      { day: '2026-10-01', text: v1({ version: undefined }, EDITED) },
    ]);
    expect(positions(diags, RULE)).toEqual([`${F}:1:1`]);
    expect(messages(diags, RULE)).toEqual([
      `Brödtexten ändrades i commit ${hashes[1]!.slice(0, 7)} (2026-10-01) efter fastställelsen 2026-09-01, men versionen är fortfarande ?`,
    ]);
    expect(pairs(diags, 'schema/required').length).toBe(1);
    expect(final).not.toContain('version:');
  });

  it('is silent for a document with no approval date (an utkast, or a fastställd that is not a date)', async () => {
    for (const extra of [
      { status: 'utkast', fastställd: undefined, fastställd_av: undefined, revideras: undefined },
      { fastställd: '2026-02-30' },
    ]) {
      const { diags } = await scenario([
        { day: '2026-09-02', text: v1(extra) },
        { day: '2026-10-01', text: v1(extra, EDITED) },
      ]);
      expect(pairs(diags, RULE)).toEqual([]);
    }
  });

  it('is silent when the commit gave the file its frontmatter (no version before, one after)', async () => {
    const { diags } = await scenario([
      { day: '2026-09-02', text: RUTIN_BODY },
      { day: '2026-10-01', text: v1({}, EDITED) },
    ]);
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('is silent when the body change came with a new version', async () => {
    const { diags } = await scenario([
      { day: '2026-09-02', text: v1() },
      { day: '2026-10-01', text: v1({ version: '1.1' }, EDITED) },
    ]);
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('is silent when the body change came with a new version, also through bin/lsys.js (the bundle)', () => {
    // The bundle loads yaml (CommonJS) through esbuild's interop, where only `default` exists;
    // reading the version there once failed silently and every body change was flagged.
    const repo = makeRepo({ [F]: v1() });
    try {
      git(repo.root, ['init', '-q']);
      commit(repo.root, '2026-09-02');
      repo.write(F, v1({ version: '1.1', fastställd: '2026-09-20' }, EDITED));
      commit(repo.root, '2026-10-01');
      const bin = fileURLToPath(new URL('../../../bin/lsys.js', import.meta.url));
      const run = () =>
        spawnSync(process.execPath, [bin, 'validate', '--today', '2026-11-01', '--no-cache', '--format', 'json'], {
          cwd: repo.root,
          encoding: 'utf8',
        });
      const rules = (out: string) => (JSON.parse(out) as { diagnostics: Array<{ rule: string }> }).diagnostics.map((d) => d.rule);
      expect(rules(run().stdout)).not.toContain(RULE);
      repo.write(F, v1({ version: '1.1', fastställd: '2026-09-20' }, EDITED + '\nUtan ny version.\n'));
      commit(repo.root, '2026-10-15');
      expect(rules(run().stdout)).toContain(RULE);
    } finally {
      repo.cleanup();
    }
  });

  it('is silent when only the frontmatter changed', async () => {
    const { diags } = await scenario([
      { day: '2026-09-02', text: v1() },
      { day: '2026-10-01', text: v1({ revideras: '2027-06-30', titel: 'Ny titel' }) },
    ]);
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('is silent for a body change committed before the approval date (and on the day itself)', async () => {
    const { diags } = await scenario([
      { day: '2026-08-01', text: v1() },
      { day: '2026-08-15', text: v1({}, EDITED) },
      { day: '2026-09-01', text: v1({}, EDITED + '\nSista handen.\n') },
    ]);
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('does not treat an uncommitted change as history', async () => {
    const { diags } = await scenario([{ day: '2026-09-02', text: v1() }], { uncommitted: v1({}, EDITED) });
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('is skipped with git: false (--no-git), even when history would warn', async () => {
    const { diags } = await scenario(
      [
        { day: '2026-09-02', text: v1() },
        { day: '2026-10-01', text: v1({}, EDITED) },
      ],
      { git: false },
    );
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('is skipped in a git repository with no commits, and outside git', async () => {
    const repo = makeRepo({ [F]: v1() });
    try {
      expect(pairs(await validate(repo.root, { git: true }), RULE)).toEqual([]);
      git(repo.root, ['init', '-q']);
      const diags = await validate(repo.root, { git: true });
      expect(pairs(diags, RULE)).toEqual([]);
      expect(diags.map((d) => d.rule)).not.toContain(RULE);
    } finally {
      repo.cleanup();
    }
  });

  it('works when lsys.yaml lives in a subfolder of the git repository', async () => {
    const repo: TestRepo = makeRepo({});
    try {
      rmSync(join(repo.root, 'lsys.yaml'));
      const sub = join(repo.root, 'kvalitet');
      mkdirSync(join(sub, 'ledningssystem'), { recursive: true });
      writeFileSync(join(sub, 'lsys.yaml'), BASE_CONFIG);
      writeFileSync(join(repo.root, 'README.md'), '# Annat projekt\n');
      git(repo.root, ['init', '-q']);
      writeFileSync(join(sub, F), v1());
      commit(repo.root, '2026-09-02');
      const edited = v1({}, EDITED);
      writeFileSync(join(sub, F), edited);
      const hash = commit(repo.root, '2026-10-01');
      const diags = await validate(sub, { git: true });
      expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(edited, 'version:')}`]);
      expect(messages(diags, RULE)[0]).toContain(hash.slice(0, 7));
    } finally {
      repo.cleanup();
    }
  });

  describe('the git log kept beside the cache', () => {
    it('is used while HEAD stays, and read again after a new commit', async () => {
      const repo = makeRepo({});
      const cacheDir = mkdtempSync(join(tmpdir(), 'lsys-gitlog-'));
      const cache = join(cacheDir, 'facts.json');
      const run = async () => {
        const r = await runCli(['validate', '--cwd', repo.root, '--today', '2026-12-01', '--format', 'json', '--cache-location', cache]);
        return JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === RULE);
      };
      try {
        git(repo.root, ['init', '-q']);
        repo.write(F, v1());
        const first = commit(repo.root, '2026-09-02');
        expect(await run()).toEqual([]);
        expect(readFileSync(`${cache}.git`, 'utf8')).toContain(first);
        expect(await run()).toEqual([]); // from the kept log
        repo.write(F, v1({}, EDITED));
        const second = commit(repo.root, '2026-10-01');
        const found = await run();
        expect(found).toHaveLength(1);
        expect(found[0].message).toContain(second.slice(0, 7));
        expect(readFileSync(`${cache}.git`, 'utf8')).toContain(second);
      } finally {
        repo.cleanup();
        rmSync(cacheDir, { recursive: true, force: true });
      }
    });

    it('is keyed by the commit HEAD names, read from .git as git reads it', async () => {
      const repo = makeRepo({});
      try {
        git(repo.root, ['init', '-q', '-b', 'main']);
        expect(headKey(repo.root, {})).toBeUndefined(); // no commit yet
        repo.write(F, v1());
        const a = commit(repo.root, '2026-09-02');
        const key = headKey(repo.root, {});
        expect(key?.split('|')[0]).toBe(a);
        git(repo.root, ['pack-refs', '--all']); // the branch now lives in packed-refs only
        expect(existsSync(join(repo.root, '.git/refs/heads/main'))).toBe(false);
        expect(headKey(repo.root, {})).toBe(key);
        repo.write(F, v1({}, EDITED));
        const b = commit(repo.root, '2026-10-01');
        expect(headKey(repo.root, {})?.split('|')[0]).toBe(b);
        git(repo.root, ['checkout', '-q', '--detach', a]);
        expect(headKey(repo.root, {})?.split('|')[0]).toBe(a);
        git(repo.root, ['checkout', '-q', 'main']);
        // A linked worktree: .git is a file pointing at the git directory.
        const wt = join(repo.root, '..', `${repo.root.split('/').pop()}-wt`);
        git(repo.root, ['worktree', 'add', '-q', '--detach', wt, a]);
        try {
          expect(headKey(wt, {})?.split('|')[0]).toBe(a);
        } finally {
          rmSync(wt, { recursive: true, force: true });
        }
        // Where the root lies in the work tree is part of the key; GIT_DIR means asking git.
        mkdirSync(join(repo.root, 'kvalitet'), { recursive: true });
        expect(headKey(join(repo.root, 'kvalitet'), {})).toBe(`${b}|kvalitet|${key!.split('|')[2]}`);
        // The same place as git gives it (GitHub and SARIF paths), with and without asking git.
        expect(await workTreePrefix(join(repo.root, 'kvalitet'))).toBe(
          git(join(repo.root, 'kvalitet'), ['rev-parse', '--show-prefix']).replace(/\/$/, ''),
        );
        expect(await workTreePrefix(join(repo.root, 'kvalitet'), { GIT_DIR: join(repo.root, '.git') })).toBe('kvalitet');
        expect(headKey(repo.root, { GIT_DIR: join(repo.root, '.git') })).toBeUndefined();
      } finally {
        repo.cleanup();
      }
    });
  });
});
