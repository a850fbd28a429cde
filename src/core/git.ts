/**
 * What git history says about each document: the commits that modified it, read in one
 * `git log` call for the whole repository, and the blobs before and after each of those
 * commits, read through one `git cat-file --batch` process.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FileChange {
  commit: string;
  /** Committer date, `YYYY-MM-DD` as the committer's clock showed it. */
  date: string;
  /** A = added, M = modified, D = deleted … */
  status: string;
  oldBlob: string;
  newBlob: string;
}

export interface GitHistory {
  /** Changes per path relative to the lsys repository root, newest first. */
  changes: Map<string, FileChange[]>;
  /** Read blobs by id (one batch process). */
  readBlobs(ids: string[]): Promise<Map<string, string>>;
}

/**
 * Where `root` lies inside its git work tree ("" at the top, "kvalitet" in a subfolder), or
 * undefined outside git. With `needCommit`, also undefined in a repository with no commit.
 */
export async function workTreePrefix(root: string, needCommit = false): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-prefix', ...(needCommit ? ['HEAD'] : [])], { cwd: root });
    return stdout.split('\n')[0].replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

export async function readGitHistory(root: string): Promise<GitHistory | undefined> {
  // One process: --relative limits the log to the root's folder and gives paths relative to
  // it, so where the root lies in the work tree need not be asked first. Outside git, without
  // git, and in a repository with no commit, git log fails: no history.
  let out: string;
  try {
    const res = await run(
      'git',
      ['-c', 'core.quotepath=off', 'log', '--no-renames', '--no-abbrev', '--raw', '--relative', '--format=%x1e%H %cI', '--', '.'],
      { cwd: root, maxBuffer: 1024 * 1024 * 1024 },
    );
    out = res.stdout;
  } catch {
    return undefined;
  }
  return { changes: parseLog(out, ''), readBlobs: (ids) => readBlobs(root, ids) };
}

/** Parse `git log --raw --format=%x1e%H %cI` output; paths are made relative to `prefix`. */
export function parseLog(out: string, prefix: string): Map<string, FileChange[]> {
  const changes = new Map<string, FileChange[]>();
  const pre = prefix ? prefix + '/' : '';
  for (const chunk of out.split('\x1e')) {
    if (!chunk.trim()) continue;
    const lines = chunk.split('\n');
    const [commit, iso] = lines[0].split(' ');
    const date = (iso ?? '').slice(0, 10);
    for (const line of lines.slice(1)) {
      if (!line.startsWith(':')) continue;
      const tab = line.indexOf('\t');
      const meta = line.slice(1, tab).split(' ');
      let path = line.slice(tab + 1);
      if (pre && !path.startsWith(pre)) continue;
      path = path.slice(pre.length);
      const change: FileChange = { commit, date, status: meta[4] ?? '', oldBlob: meta[2] ?? '', newBlob: meta[3] ?? '' };
      const list = changes.get(path);
      if (list) list.push(change);
      else changes.set(path, [change]);
    }
  }
  return changes;
}

async function readBlobs(cwd: string, ids: string[]): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return result;
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve());
  });
  child.stdin.end(unique.join('\n') + '\n');
  await done;
  const buf = Buffer.concat(chunks);
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos);
    if (nl === -1) break;
    const header = buf.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    result.set(header[0], buf.subarray(pos, pos + size).toString('utf8'));
    pos += size + 1;
  }
  return result;
}
