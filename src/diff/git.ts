/**
 * What `lsys diff` asks git: which commits to compare, the files of a commit (from its tree,
 * without a checkout), their bytes (one `git cat-file --batch` process for both sides), and
 * the renames between the two commits (git's own rename detection). Every path is relative to
 * the lsys repository root, which may lie below the top of the git work tree.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { LsysError } from '../core/errors.js';
import { DEFAULT_BRANCH_NAMES, gitLine, readBlobBytes } from '../core/git.js';
import { say } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import { DIFF_ERRORS } from './messages.js';

const run = promisify(execFile);

/** One side of the comparison: the ref as the user (or the default) named it and its commit. */
export interface Side {
  ref: string;
  commit: string;
}

/** A file of a commit's tree below the root: its root-relative path and blob id. */
export interface TreeFile {
  path: string;
  blob: string;
}

/** A rename between base and head: the root-relative paths before and after. */
export interface Rename {
  from: string;
  to: string;
}

async function git(root: string, args: string[], env?: NodeJS.ProcessEnv): Promise<string> {
  const res = await run('git', args, { cwd: root, maxBuffer: 1024 * 1024 * 1024, encoding: 'utf8', ...(env ? { env } : {}) });
  return res.stdout;
}

/** Throws the one-line error when `root` is not in a git work tree, or git cannot be started. */
export async function checkGit(root: string, lang: Lang): Promise<void> {
  try {
    await git(root, ['rev-parse', '--show-prefix']);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new LsysError('diff-no-git', say(DIFF_ERRORS.noGit, lang));
    throw new LsysError('diff-not-a-repository', say(DIFF_ERRORS.notARepository, lang, { root }));
  }
}

/** The commit a ref names, or undefined when it names none. */
export async function resolveCommit(root: string, ref: string): Promise<string | undefined> {
  // A ref that starts with "-" would be read as an option.
  if (ref === '' || ref.startsWith('-')) return undefined;
  return gitLine(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}

/** A base that a CI platform names: the variable, its value, and the refs it may be (in order). */
export interface CiBase {
  variable: string;
  value: string;
  refs: string[];
}

/**
 * The base the CI platform names, the first of: GitLab's merge request base commit, the target
 * branch of GitHub's pull request, of GitLab's merge request, of Azure's pull request. One that
 * is set must be found: a clone without it is not silently compared with another branch.
 */
export function ciBase(env: Record<string, string | undefined>): CiBase | undefined {
  const branch = (v: string): string[] => {
    const b = v.replace(/^refs\/heads\//, '');
    return [`origin/${b}`, b];
  };
  const named: Array<[string, (v: string) => string[]]> = [
    // GitLab gives the merge request's base commit itself (and its target branch too).
    ['CI_MERGE_REQUEST_DIFF_BASE_SHA', (v) => [v]],
    ['GITHUB_BASE_REF', branch],
    ['CI_MERGE_REQUEST_TARGET_BRANCH_NAME', branch],
    ['SYSTEM_PULLREQUEST_TARGETBRANCH', branch],
  ];
  for (const [variable, refs] of named) {
    const value = env[variable]?.trim();
    if (value) return { variable, value, refs: refs(value) };
  }
  return undefined;
}

/** The refs tried as the default branch when no CI platform names the base. */
export const DEFAULT_BRANCHES: readonly string[] = [
  'origin/HEAD',
  ...DEFAULT_BRANCH_NAMES,
  ...DEFAULT_BRANCH_NAMES.map((b) => `origin/${b}`),
];

/** The CI platform lsys runs on, from the variables each sets, for a hint that names its own setting. */
export function ciPlatform(env: Record<string, string | undefined>): 'github' | 'gitlab' | 'azure' | undefined {
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  if (env.GITLAB_CI === 'true') return 'gitlab';
  if (env.TF_BUILD?.toLowerCase() === 'true') return 'azure';
  return undefined;
}

/** The merge base of two commits, or undefined when they have none (unrelated histories). */
export function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  return gitLine(root, ['merge-base', a, b]);
}

/** Is the clone shallow (a CI checkout without the whole history)? */
export async function isShallow(root: string): Promise<boolean> {
  return (await gitLine(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

/** The blobs of a commit below the root (regular files only: no links, no submodules). */
export async function listTree(root: string, commit: string): Promise<TreeFile[]> {
  const out = await git(root, ['ls-tree', '-r', '-z', commit, '--', '.']);
  const files: TreeFile[] = [];
  for (const entry of out.split('\0')) {
    // "<mode> <type> <object>\t<path>"
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, blob] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !blob) continue;
    files.push({ path: entry.slice(tab + 1), blob });
  }
  return files;
}

/** The bytes of blobs by id (core/git.ts's one `git cat-file --batch` process); rejects when git fails. */
export async function readBlobs(root: string, ids: readonly string[]): Promise<Map<string, Buffer>> {
  const { blobs, exitCode } = await readBlobBytes(root, ids);
  if (exitCode !== 0) throw new Error(`git cat-file exited with ${exitCode}`);
  return blobs;
}

/** The renames git detects between two commits, below the root. */
export async function renamesBetween(root: string, base: string, head: string): Promise<Rename[]> {
  const out = await git(root, ['diff', '--name-status', '-z', '-M', '--relative', '--no-ext-diff', base, head, '--', '.']);
  const parts = out.split('\0');
  const renames: Rename[] = [];
  for (let i = 0; i < parts.length;) {
    const status = parts[i] ?? '';
    if (status === '') break;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames.push({ from: parts[i + 1] ?? '', to: parts[i + 2] ?? '' });
      i += 3;
    } else i += 2;
  }
  return renames;
}

/** The files below the root whose work-tree (or staged) content differs from HEAD's commit. */
export async function changedSinceHead(root: string): Promise<Set<string>> {
  const out = await git(root, ['diff', '--name-only', '-z', '--relative', '--no-renames', 'HEAD', '--', '.']);
  return new Set(out.split('\0').filter(Boolean));
}
