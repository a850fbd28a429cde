/**
 * What git history says about each document: the commits that modified it, read in one
 * `git log` call for the whole repository, and the blobs before and after each of those
 * commits, read through one `git cat-file --batch` process.
 *
 * The log is a function of the commit HEAD points at, so it is kept beside the facts cache
 * under that commit: a run on an unchanged HEAD starts no git process at all (starting one
 * costs a tenth of a small repository's whole run). HEAD is read from the files under .git;
 * anything unusual there (reftable, SHA-256, GIT_DIR in the environment) means asking git.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { writeFileAtomic } from './fs-write.js';
import { VERSION } from './version.js';

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
  /** Each commit's subject (its first line), as the committer wrote it: mask personnummer before showing it. */
  subjects: Map<string, string>;
  /** Read blobs by id (one batch process). */
  readBlobs(ids: string[]): Promise<Map<string, string>>;
  /**
   * git itself cannot be started (not installed, not on PATH): there is no history to check,
   * and the run says so once. Set the same way whether the log came from the cache or not.
   */
  missing?: true;
}

/** The history when git cannot be started: empty, and marked so that the run can say why. */
const GIT_MISSING: GitHistory = { changes: new Map(), subjects: new Map(), readBlobs: async () => new Map(), missing: true };

/**
 * Is there a `git` that a child process would find on PATH? Asked only when the log comes
 * from the cache (no git process runs then), so that a warm run knows as much as a cold one:
 * a few stat calls, not a process.
 */
export function gitOnPath(env: NodeJS.ProcessEnv = process.env): boolean {
  const windows = process.platform === 'win32';
  const exts = windows ? (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean) : [''];
  for (const dir of (env.PATH ?? env.Path ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      try {
        const file = join(dir, `git${ext}`);
        if (!statSync(file).isFile()) continue;
        if (!windows) accessSync(file, constants.X_OK);
        return true;
      } catch {
        // not here
      }
    }
  }
  return false;
}

export interface HistoryOptions {
  /** The facts cache file: the log is kept beside it (`<file>.git`) under HEAD's commit. */
  cacheFile?: string;
  /** The environment git would run in (GIT_DIR and the like make lsys ask git). */
  env?: NodeJS.ProcessEnv;
}

export async function readGitHistory(root: string, opts: HistoryOptions = {}): Promise<GitHistory | undefined> {
  const key = opts.cacheFile ? headKey(root, opts.env ?? {}) : undefined;
  const store = opts.cacheFile ? `${opts.cacheFile}.git` : undefined;
  const readBlobsHere = (ids: string[]): Promise<Map<string, string>> => readBlobs(root, ids);
  if (key && store) {
    const cached = readStoredLog(store, key);
    // The blobs still come from git: without it, the cached log is no help.
    if (cached) return gitOnPath() ? { ...cached, readBlobs: readBlobsHere } : GIT_MISSING;
  }
  // One process: --relative limits the log to the root's folder and gives paths relative to
  // it, so where the root lies in the work tree need not be asked first. Outside git, without
  // git, and in a repository with no commit, git log fails: no history.
  let out: string;
  try {
    const res = await run(
      'git',
      ['-c', 'core.quotepath=off', 'log', '--no-renames', '--no-abbrev', '--raw', '--relative', '--format=%x1e%H %cI%x1f%s', '--', '.'],
      { cwd: root, maxBuffer: 1024 * 1024 * 1024 },
    );
    out = res.stdout;
  } catch (e) {
    // ENOENT from spawn: no git to start. Any other failure: outside git, or no commit yet.
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? GIT_MISSING : undefined;
  }
  const log = parseLog(out);
  // A log that cannot be kept only costs a git process next time.
  if (key && store) await storeLog(store, key, log).catch(() => undefined);
  return { ...log, readBlobs: readBlobsHere };
}

/** git's answer to a question in one trimmed line; undefined when it has none, or git fails or cannot be started. */
export async function gitLine(root: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', args, { cwd: root, encoding: 'utf8' })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The names a repository's default branch has when origin/HEAD does not say (lsys diff's base, approve's branch). */
export const DEFAULT_BRANCH_NAMES: readonly string[] = ['main', 'master'];

/** The stored log's format: `-2` added the commit subjects (lsys site's change history). */
const LOG_MAGIC = 'lsys-git-log-2';
/** Every format of the stored log an lsys version has written: `lsys-git-log` and `lsys-git-log-<n>`. */
export const LOG_FAMILY = /^\{"magic":"lsys-git-log(-\d+)?"/;
const SHA1 = /^[0-9a-f]{40}$/;

/** git's environment variables that move the repository away from where `.git` says it is. */
function movedByEnv(env: NodeJS.ProcessEnv): boolean {
  return !!(env.GIT_DIR || env.GIT_WORK_TREE || env.GIT_COMMON_DIR || env.GIT_INDEX_FILE);
}

/**
 * The work tree `root` lies in, from the files alone: its top folder (the nearest one up with
 * a `.git`), the git directory and the common directory (the same, except in a linked
 * worktree). Undefined when there is none or `.git` cannot be read.
 */
function findWorkTree(root: string): { top: string; gitDir: string; common: string } | undefined {
  try {
    let top = resolve(root);
    while (!existsSync(join(top, '.git'))) {
      const parent = dirname(top);
      if (parent === top) return undefined;
      top = parent;
    }
    let gitDir = join(top, '.git');
    if (statSync(gitDir).isFile()) {
      // A linked worktree or a submodule: ".git" says where the git directory is.
      const m = /^gitdir: (.+)$/m.exec(readFileSync(gitDir, 'utf8'));
      if (!m) return undefined;
      gitDir = resolve(top, m[1]!.trim());
    }
    const commondir = join(gitDir, 'commondir');
    const common = existsSync(commondir) ? resolve(gitDir, readFileSync(commondir, 'utf8').trim()) : gitDir;
    return { top, gitDir, common };
  } catch {
    return undefined;
  }
}

/** `root` relative to the top of its work tree, with `/`. */
function prefixIn(top: string, root: string): string {
  return relative(top, resolve(root)).split('\\').join('/');
}

/**
 * Where `root` lies inside its git work tree ("" at the top, "kvalitet" in a subfolder), or
 * undefined outside git: from the files under .git when they say it, otherwise from git.
 */
export async function workTreePrefix(root: string, env: NodeJS.ProcessEnv = {}): Promise<string | undefined> {
  const tree = movedByEnv(env) ? undefined : findWorkTree(root);
  if (tree) return prefixIn(tree.top, root);
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-prefix'], { cwd: root });
    return stdout.split('\n')[0]!.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

/**
 * What `git log` for `root` depends on, read from the files under .git: HEAD's commit, where
 * the root lies in the work tree, and the shallow boundary. Undefined when git must be asked.
 */
export function headKey(root: string, env: NodeJS.ProcessEnv): string | undefined {
  if (movedByEnv(env)) return undefined;
  const tree = findWorkTree(root);
  if (!tree) return undefined;
  const { top, gitDir, common } = tree;
  try {
    if (existsSync(join(common, 'reftable'))) return undefined;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    const ref = /^ref: (refs\/\S+)$/.exec(head)?.[1];
    const sha = SHA1.test(head) ? head : ref ? readRef(gitDir, common, ref) : undefined;
    if (!sha) return undefined;
    const shallow = existsSync(join(common, 'shallow')) ? readFileSync(join(common, 'shallow'), 'utf8') : '';
    return `${sha}|${prefixIn(top, root)}|${createHash('sha1').update(shallow).digest('hex')}`;
  } catch {
    return undefined;
  }
}

/** A ref's commit: the loose file (per worktree, then shared), else packed-refs. */
function readRef(gitDir: string, common: string, ref: string): string | undefined {
  for (const dir of [gitDir, common]) {
    const file = join(dir, ref);
    if (!existsSync(file)) continue;
    const v = readFileSync(file, 'utf8').trim();
    return SHA1.test(v) ? v : undefined; // a symbolic ref: ask git
  }
  const packed = join(common, 'packed-refs');
  if (!existsSync(packed)) return undefined;
  for (const line of readFileSync(packed, 'utf8').split('\n')) {
    if (line.endsWith(` ${ref}`) && SHA1.test(line.slice(0, 40)) && line[40] === ' ') return line.slice(0, 40);
  }
  return undefined;
}

type StoredChange = [commit: string, date: string, status: string, oldBlob: string, newBlob: string];

type Log = Pick<GitHistory, 'changes' | 'subjects'>;

function readStoredLog(file: string, key: string): Log | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      magic?: unknown;
      version?: unknown;
      key?: unknown;
      changes?: unknown;
      subjects?: unknown;
    };
    if (stored?.magic !== LOG_MAGIC || stored.version !== VERSION || stored.key !== key || !Array.isArray(stored.changes)) return undefined;
    if (!stored.subjects || typeof stored.subjects !== 'object' || Array.isArray(stored.subjects)) return undefined;
    const subjects = new Map<string, string>();
    for (const [commit, subject] of Object.entries(stored.subjects)) {
      if (typeof subject !== 'string') return undefined;
      subjects.set(commit, subject);
    }
    const changes = new Map<string, FileChange[]>();
    for (const entry of stored.changes as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !Array.isArray(entry[1])) return undefined;
      const list: FileChange[] = [];
      for (const c of entry[1] as unknown[]) {
        if (!Array.isArray(c) || c.length !== 5 || !c.every((x) => typeof x === 'string')) return undefined;
        const [commit, date, status, oldBlob, newBlob] = c as StoredChange;
        list.push({ commit, date, status, oldBlob, newBlob });
      }
      changes.set(entry[0], list);
    }
    return { changes, subjects };
  } catch {
    return undefined; // missing, unreadable or not ours: ask git
  }
}

async function storeLog(file: string, key: string, log: Log): Promise<void> {
  const list = [...log.changes].map(([path, cs]) => [
    path,
    cs.map((c): StoredChange => [c.commit, c.date, c.status, c.oldBlob, c.newBlob]),
  ]);
  const subjects = Object.fromEntries(log.subjects);
  await writeFileAtomic(file, JSON.stringify({ magic: LOG_MAGIC, version: VERSION, key, changes: list, subjects }));
}

/** Parse `git log --raw --relative --format=%x1e%H %cI%x1f%s` output (paths relative to the root). */
function parseLog(out: string): Log {
  const changes = new Map<string, FileChange[]>();
  const subjects = new Map<string, string>();
  for (const chunk of out.split('\x1e')) {
    if (!chunk.trim()) continue;
    const lines = chunk.split('\n');
    const [head = '', subject = ''] = lines[0]!.split('\x1f');
    const [commit = '', iso] = head.split(' ');
    const date = (iso ?? '').slice(0, 10);
    subjects.set(commit, subject);
    for (const line of lines.slice(1)) {
      if (!line.startsWith(':')) continue;
      const tab = line.indexOf('\t');
      const meta = line.slice(1, tab).split(' ');
      const path = line.slice(tab + 1);
      const change: FileChange = { commit, date, status: meta[4] ?? '', oldBlob: meta[2] ?? '', newBlob: meta[3] ?? '' };
      const list = changes.get(path);
      if (list) list.push(change);
      else changes.set(path, [change]);
    }
  }
  return { changes, subjects };
}

async function readBlobs(cwd: string, ids: string[]): Promise<Map<string, string>> {
  // A blob git could not give is left out: the history is a help, not a precondition.
  const { blobs } = await readBlobBytes(cwd, ids);
  return new Map([...blobs].map(([id, bytes]) => [id, bytes.toString('utf8')]));
}

/**
 * The bytes of blobs by id, through one `git cat-file --batch` process, and git's exit code
 * (not 0: the repository is damaged, and what was read may be incomplete). A missing id is
 * left out. Rejects when git cannot be started.
 */
export async function readBlobBytes(cwd: string, ids: readonly string[]): Promise<{ blobs: Map<string, Buffer>; exitCode: number | null }> {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { blobs, exitCode: 0 };
  const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stdin.on('error', () => undefined); // git gone early: the exit code says so
  const done = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  child.stdin.end(unique.join('\n') + '\n');
  const exitCode = await done;
  const buf = Buffer.concat(chunks);
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos);
    if (nl === -1) break;
    // "<id> <type> <size>", or "<id> missing"
    const header = buf.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    blobs.set(header[0]!, buf.subarray(pos, pos + size));
    pos += size + 1;
  }
  return { blobs, exitCode };
}
