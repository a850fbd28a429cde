/**
 * `lsys diff`: what a change does to the ledningssystem. Both commits are read from git
 * objects (no checkout), each validated in memory — facts of unchanged files come from the
 * facts cache by content hash, read only, and a file the same on both sides is parsed at most
 * once — and their domain models and findings compared (src/diff/compare.ts).
 */
import { readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LsysError, isLsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import { fsErrorReason } from '../core/fs-write.js';
import type { Config, Lang } from '../core/types.js';
import type { ValidationRun } from '../core/validate.js';
import type { DomainModel } from '../model/index.js';
import { compareSides, type LoadedSide } from '../diff/compare.js';
import {
  changedSinceHead,
  checkGit,
  ciBase,
  ciPlatform,
  DEFAULT_BRANCHES,
  listTree,
  mergeBase,
  readBlobs,
  renamesBetween,
  resolveCommit,
  isShallow,
  type Side,
} from '../diff/git.js';
import { DIFF_ERRORS, DIFF_FETCH, DIFF_NOTES } from '../diff/messages.js';
import { introducesErrors, renderDiff, type DiffFormat } from '../diff/render.js';
import { prepareLedgerOutput } from './own-output.js';
import { resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';

/** The options of `lsys diff`, checked by the command line. */
export interface DiffInput extends Omit<RepositoryOptions, 'git'> {
  today?: string;
  lang: Lang;
  base?: string;
  head?: string;
  format: DiffFormat;
  output?: string;
  force: boolean;
  failOnNew: boolean;
}

/** Run `lsys diff`; returns the exit code. */
export async function runDiff(o: DiffInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const today = resolveToday(o.today, io.env, lang);
  const [{ findRoot }, { checkCacheLocation, defaultCacheFile }, { loadCatalog }] = await Promise.all([
    import('../core/open-config.js'),
    import('../core/cache-file.js'),
    import('../core/catalog.js'),
  ]);
  const root = findRoot(resolve(io.cwd, o.cwd ?? '.'), lang);
  // The checks load while git works.
  const checks = Promise.all([
    import('../rules/index.js'),
    import('../core/validate.js'),
    import('../core/cache.js'),
    import('../core/config.js'),
  ]);
  checks.catch(() => undefined);
  await checkGit(root, lang);
  const cacheLocation = o.cacheLocation !== undefined ? resolve(io.cwd, o.cacheLocation) : undefined;
  if (o.cache && cacheLocation && o.cacheLocation !== undefined) await checkCacheLocation(cacheLocation, o.cacheLocation, lang);
  const cacheBase = cacheLocation ?? defaultCacheFile(root);

  const head = await sideOf(root, o.head ?? 'HEAD', '--head', io.env, lang);
  const { sameAsHead: baseIsHead, ...base }: DefaultBase =
    o.base !== undefined
      ? { ...(await sideOf(root, o.base, '--base', io.env, lang)), sameAsHead: false }
      : await defaultBase(root, head, io.env, lang);

  const shown = o.output;
  // Refuse before doing the work: the file is left exactly as it was.
  const out = await prepareLedgerOutput(shown, {
    cwd: io.cwd,
    cacheBase,
    force: o.force,
    wouldOverwrite: say(DIFF_ERRORS.wouldOverwrite, lang, { shown }),
    lang,
    stdout: io.stdout,
    stderr: io.stderr,
  });

  // The two trees, and the blobs that must be read: a document that is the same in the work
  // tree as in head (and base) is read from the disk, where the cache's file stamps spare
  // reading it at all.
  const [baseTree, headTree, renameList, headNow, changed] = await Promise.all([
    gitRead(() => listTree(root, base.commit), base.ref, lang),
    gitRead(() => listTree(root, head.commit), head.ref, lang),
    gitRead(() => renamesBetween(root, base.commit, head.commit), `${base.ref}..${head.ref}`, lang),
    // head is usually HEAD itself, resolved above.
    head.ref === 'HEAD' ? head.commit : resolveCommit(root, 'HEAD'),
    changedSinceHead(root).catch(() => undefined),
  ]);
  const document = (p: string): boolean => /\.md$/i.test(p);
  const wanted = (p: string): boolean => p === 'lsys.yaml' || document(p) || p.startsWith('data/');
  const headBlobs = new Map(headTree.filter((f) => wanted(f.path)).map((f) => [f.path, f.blob]));
  const baseBlobs = new Map(baseTree.filter((f) => wanted(f.path)).map((f) => [f.path, f.blob]));
  const headOnDisk = (p: string): boolean => headNow === head.commit && changed !== undefined && document(p) && !changed.has(p);
  const baseOnDisk = (p: string): boolean => baseBlobs.get(p) === headBlobs.get(p) && headOnDisk(p);
  const toRead = [
    ...[...headBlobs].filter(([p]) => !headOnDisk(p)).map(([, b]) => b),
    ...[...baseBlobs].filter(([p]) => !baseOnDisk(p)).map(([, b]) => b),
  ];
  const blobs = await gitRead(() => readBlobs(root, toRead), head.ref, lang);
  const EMPTY = new Uint8Array(0);
  const memory = (side: ReadonlyMap<string, string>, onDisk: (p: string) => boolean): Map<string, Uint8Array> =>
    new Map([...side].map(([p, b]) => [p, onDisk(p) ? EMPTY : (blobs.get(b) ?? EMPTY)]));
  const headMemory = memory(headBlobs, headOnDisk);
  const baseMemory = memory(baseBlobs, baseOnDisk);
  const bytesOf =
    (files: ReadonlyMap<string, Uint8Array>, onDisk: (p: string) => boolean) =>
    (p: string): Uint8Array | undefined => {
      if (!onDisk(p)) return files.get(p);
      try {
        return readFileSync(join(root, p));
      } catch {
        return undefined;
      }
    };

  const catalog = loadCatalog();
  const validSosfs = (ref: string): boolean => catalog.paragraph(ref) !== undefined;
  const [{ registry }, { validateRepository }, { sharedFacts }, { parseConfig }] = await checks;
  const headText = headMemory.get('lsys.yaml');
  if (headText === undefined) throw new LsysError('diff-head-no-config', say(DIFF_ERRORS.headNoConfig, lang, { ref: head.ref, root }));
  let headConfig: Config;
  try {
    headConfig = parseConfig(Buffer.from(headText).toString('utf8'), root, lang, validSosfs);
  } catch (e) {
    if (!isLsysError(e)) throw e;
    throw new LsysError('diff-head-config', say(DIFF_ERRORS.headConfig, lang, { ref: head.ref, reason: e.message }));
  }

  // One store for both sides: the base finds what head parsed.
  const shared = sharedFacts(o.cache ? cacheBase : undefined);
  const validate = (
    config: Config,
    files: ReadonlyMap<string, Uint8Array>,
    onDisk: (p: string) => boolean,
    hashOf?: (p: string) => string | undefined,
  ): Promise<ValidationRun<DomainModel>> =>
    validateRepository({
      config,
      today,
      lang,
      registry,
      files,
      shared,
      onDisk,
      ...(hashOf ? { hashOf } : {}),
      // The history of a commit is not the working tree's: the version judgement below asks
      // review/changed-after-approval's question of this change instead.
      git: false,
      ...(o.workers !== undefined ? { workers: o.workers } : {}),
    });
  const headRun = await validate(headConfig, headMemory, headOnDisk);
  // A document with the same blob in base is the same bytes: head's run knows its hash.
  const headHashes = new Map(headRun.documents.map((d) => [d.file, d.hash]));
  const sameAsHead = (p: string): string | undefined => (baseBlobs.get(p) === headBlobs.get(p) ? headHashes.get(p) : undefined);

  // The base: its own lsys.yaml; one that is missing or does not parse makes an empty base.
  let baseRun: ValidationRun<DomainModel>;
  let configProblem: string | undefined;
  const baseText = baseMemory.get('lsys.yaml');
  try {
    if (baseText === undefined) throw new LsysError('diff-base-no-config', say(DIFF_NOTES.missing, lang));
    // Most changes leave lsys.yaml as it was: the same blob is the same configuration.
    const baseConfig =
      baseBlobs.get('lsys.yaml') === headBlobs.get('lsys.yaml')
        ? headConfig
        : parseConfig(Buffer.from(baseText).toString('utf8'), root, lang, validSosfs);
    baseRun = await validate(baseConfig, baseMemory, baseOnDisk, sameAsHead);
  } catch (e) {
    if (!isLsysError(e)) throw e;
    configProblem = e.message;
    baseRun = await validate(headConfig, new Map(), () => false);
  }

  const renames = new Map(renameList.map((r) => [r.from, r.to]));
  const side = (
    s: Side,
    run: ValidationRun<DomainModel>,
    blobIds: ReadonlyMap<string, string>,
    bytes: LoadedSide['bytes'],
  ): LoadedSide => ({
    ...s,
    blobs: blobIds,
    bytes,
    model: run.context.model,
    diagnostics: run.result.diagnostics,
  });
  const report = compareSides(
    configProblem === undefined
      ? side(base, baseRun, baseBlobs, bytesOf(baseMemory, baseOnDisk))
      : { ...side(base, baseRun, new Map(), () => undefined), configProblem },
    side(head, headRun, headBlobs, bytesOf(headMemory, headOnDisk)),
    renames,
  );

  if (baseIsHead) report.base.sameCommitAsHead = true;
  const text = renderDiff(report, o.format, lang);
  if (out) await out.write(text);
  else io.stdout.write(text);
  // Under GitHub Actions the summary also goes to the job's summary page, whatever --format is.
  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    await appendFile(summary, renderDiff(report, 'md', lang)).catch((e: unknown) => {
      io.stderr.write(`lsys: ${say(DIFF_ERRORS.summaryNotWritten, lang, { file: summary, reason: fsErrorReason(e, lang) })}\n`);
    });
  }
  return o.failOnNew && introducesErrors(report) ? 1 : 0;
}

async function sideOf(root: string, ref: string, option: string, env: CommandIO['env'], lang: Lang): Promise<Side> {
  const commit = await resolveCommit(root, ref);
  if (commit) return { ref, commit };
  if (await isShallow(root))
    throw new LsysError('diff-bad-ref', say(DIFF_ERRORS.badRefShallow, lang, { option, ref, fetch: fetchHint(env, lang) }));
  throw new LsysError('diff-bad-ref', say(DIFF_ERRORS.badRef, lang, { option, ref }));
}

/** What to do about a shallow clone, in the words of the CI platform lsys runs on. */
function fetchHint(env: CommandIO['env'], lang: Lang): string {
  return say(DIFF_FETCH[ciPlatform(env) ?? 'other'], lang);
}

/** The default base, and whether it is head's own commit although head is not on a default branch we found. */
interface DefaultBase extends Side {
  sameAsHead: boolean;
}

/**
 * The merge base of head with the default branch: the base a CI platform names (each variable
 * that is set must be found), else the first of DEFAULT_BRANCHES that exists.
 */
async function defaultBase(root: string, head: Side, env: CommandIO['env'], lang: Lang): Promise<DefaultBase> {
  const shallow = (): Promise<boolean> => isShallow(root);
  // Each ref is asked of git once: the check for sameAsHead below asks the same refs again.
  const resolved = new Map<string, Promise<string | undefined>>();
  const commitOf = (ref: string): Promise<string | undefined> => {
    let c = resolved.get(ref);
    if (!c) resolved.set(ref, (c = resolveCommit(root, ref)));
    return c;
  };
  const first = async (refs: readonly string[]): Promise<Side | undefined> => {
    for (const ref of refs) {
      const commit = await commitOf(ref);
      if (commit) return { ref, commit };
    }
    return undefined;
  };
  const ci = ciBase(env);
  const found = ci ? await first(ci.refs) : await first(DEFAULT_BRANCHES);
  if (ci && !found) {
    const data = { variable: ci.variable, value: ci.value, fetch: fetchHint(env, lang) };
    if (await shallow()) throw new LsysError('diff-ci-base-missing', say(DIFF_ERRORS.ciBaseMissingShallow, lang, data));
    throw new LsysError('diff-ci-base-missing', say(DIFF_ERRORS.ciBaseMissing, lang, data));
  }
  if (!found) {
    const tried = DEFAULT_BRANCHES.join(', ');
    if (await shallow())
      throw new LsysError('diff-no-base', say(DIFF_ERRORS.noDefaultBaseShallow, lang, { tried, fetch: fetchHint(env, lang) }));
    throw new LsysError('diff-no-base', say(DIFF_ERRORS.noDefaultBase, lang, { tried }));
  }
  const at = await mergeBase(root, found.commit, head.commit);
  if (!at) {
    const data = { ref: found.ref, head: head.ref, fetch: fetchHint(env, lang) };
    throw new LsysError('diff-no-merge-base', say((await shallow()) ? DIFF_ERRORS.shallow : DIFF_ERRORS.noMergeBase, lang, data));
  }
  // origin/HEAD may name the checked-out branch itself (a clone of that branch): then base is
  // head, and "nothing changed" would be wrong unless a named default branch is head's commit.
  let sameAsHead = at === head.commit;
  if (sameAsHead) {
    const branches = [...(ci?.refs ?? []), ...DEFAULT_BRANCHES.filter((r) => r !== 'origin/HEAD')];
    for (const ref of branches) if ((await commitOf(ref)) === head.commit) sameAsHead = false;
  }
  return { ref: found.ref, commit: at, sameAsHead };
}

/** A git read that fails after the refs resolved (a damaged repository): one line, exit 2. */
async function gitRead<T>(f: () => Promise<T>, what: string, lang: Lang): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const reason = String((e as { stderr?: string }).stderr || (e as Error).message || e)
      .trim()
      .split('\n')[0];
    throw new LsysError('diff-git-failed', say(DIFF_ERRORS.gitFailed, lang, { what, reason }));
  }
}
