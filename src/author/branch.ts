/**
 * Which branch a change made by approve or withdraw is committed on: the one checked out, when
 * it is not the default branch (then the change belongs to the pull request of that branch),
 * else a new one named after the change.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd: root, encoding: 'utf8' })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The checked-out branch when it is not a default branch (main, master, or the branch
 * origin/HEAD names); undefined on a default branch, on a detached HEAD, outside git or without git.
 */
export async function featureBranch(root: string): Promise<string | undefined> {
  const [current, originHead] = await Promise.all([
    git(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    git(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
  ]);
  if (!current) return undefined;
  const defaults = new Set(['main', 'master', ...(originHead ? [originHead.replace(/^origin\//, '')] : [])]);
  return defaults.has(current) ? undefined : current;
}
