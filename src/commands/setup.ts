/**
 * What every command starts from, and what `validate` and `report` both need before their own
 * work: the date the rules use, and the repository — its root (--cwd), the cache, the git
 * log and the configuration. The core is loaded only for the command that needs it: `--help`
 * and `--version` stay fast.
 */
import { resolve } from 'node:path';
import { isDate, localToday } from '../core/dates.js';
import { readGitHistory } from '../core/git.js';
import { LsysError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import { say } from '../core/messages.js';
import { CLI } from './messages.js';

/** The outside world of a command: where it runs, where its text goes, its environment. */
export interface CommandIO {
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: Record<string, string | undefined>;
}

/** The options of every command that reads the documents (values already checked by the CLI). */
export interface RepositoryOptions {
  /** --cwd as given: the repository is the nearest folder upwards with lsys.yaml. */
  cwd?: string;
  /** False with --no-cache. */
  cache: boolean;
  /** --cache-location as given. */
  cacheLocation?: string;
  /** --workers. */
  workers?: number;
  /** False with --no-git. */
  git: boolean;
}

/** The date all date rules use: --today, else LSYS_TODAY, else today's local date. */
export function resolveToday(today: string | undefined, env: CommandIO['env'], lang: Lang): string {
  const value = today ?? env.LSYS_TODAY ?? localToday();
  if (!isDate(value)) {
    // The same sentence as a bad --today value on the command line (cli/options.ts).
    throw new LsysError('bad-today', say(CLI.badToday, lang, { today: String(value) }));
  }
  return value;
}

/**
 * What validate and report both start from: the repository root (--cwd), the load options, the
 * git log and the configuration.
 */
export type Repository = Awaited<ReturnType<typeof openRepository>>;

export async function openRepository(o: RepositoryOptions, lang: Lang, io: CommandIO) {
  const [{ findRoot, openConfig }, { checkCacheLocation, defaultCacheFile }] = await Promise.all([
    import('../core/open-config.js'),
    import('../core/cache-file.js'),
  ]);
  const root = findRoot(resolve(io.cwd, o.cwd ?? '.'), lang);
  const load = {
    cache: o.cache,
    ...(o.cacheLocation !== undefined ? { cacheLocation: resolve(io.cwd, o.cacheLocation) } : {}),
    ...(o.workers !== undefined ? { workers: o.workers } : {}),
  };
  // Where the cache is, or would be with --no-cache: the ledger of validate's outputs lives beside it either way.
  const cacheBase = load.cacheLocation ?? defaultCacheFile(root);
  const cacheFile = load.cache ? cacheBase : undefined;
  if (load.cache && load.cacheLocation && o.cacheLocation !== undefined)
    await checkCacheLocation(load.cacheLocation, o.cacheLocation, lang);
  // The git log (kept beside the cache, or from a git process running while the rest of
  // lsys loads).
  const history = o.git ? readGitHistory(root, { cacheFile, env: io.env }) : undefined;
  const { loadCatalog } = await import('../core/catalog.js');
  const catalog = loadCatalog();
  const config = await openConfig(root, lang, (ref) => catalog.paragraph(ref) !== undefined, cacheFile);
  return { root, load, cacheBase, history, config };
}

/**
 * The run of a command that shows the model rather than the findings (site, due, new,
 * calendar): validate's load and cache with only the local checks, which run on what is parsed
 * so that the cache stays validate's; the checks across documents are validate's business.
 * `repo` is what openRepository returned (git is read when it gave a history). What the run has
 * to say besides findings (a cache that cannot be written, a läskvittens folder that is missing)
 * goes to stderr, as validate says it.
 */
export async function loadLocal(
  repo: Pick<Repository, 'load' | 'history' | 'config'>,
  today: string,
  lang: Lang,
  io: Pick<CommandIO, 'stderr'>,
  bodyHook?: string,
) {
  const [{ registry }, { validateRepository }] = await Promise.all([import('../rules/index.js'), import('../core/validate.js')]);
  const run = await validateRepository({
    config: repo.config,
    today,
    lang,
    registry,
    rules: registry.rules.filter((r) => r.scope === 'local'),
    git: repo.history !== undefined,
    ...(repo.history ? { history: repo.history } : {}),
    ...repo.load,
    ...(bodyHook !== undefined ? { bodyHook } : {}),
  });
  for (const n of run.notices) io.stderr.write(`lsys: ${n}\n`);
  return run;
}
