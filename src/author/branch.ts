/**
 * Which branch a change made by approve or withdraw is committed on: the one checked out, when
 * it is not the default branch (then the change belongs to the pull request of that branch),
 * else a new one named after the change.
 */
import { DEFAULT_BRANCH_NAMES, gitLine } from '../core/git.js';

/**
 * The checked-out branch when it is not a default branch (main, master, or the branch
 * origin/HEAD names); undefined on a default branch, on a detached HEAD, outside git or without git.
 */
export async function featureBranch(root: string): Promise<string | undefined> {
  const [current, originHead] = await Promise.all([
    gitLine(root, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
    gitLine(root, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']),
  ]);
  if (!current) return undefined;
  const defaults = new Set([...DEFAULT_BRANCH_NAMES, ...(originHead ? [originHead.replace(/^origin\//, '')] : [])]);
  return defaults.has(current) ? undefined : current;
}
