/**
 * `lsys new TYP "Titel"`: write a new draft (src/author/new-document.ts plans it) and say where
 * it went. Runs are serialised by a lock file beside lsys.yaml, so two `lsys new` started at
 * once never hand out the same id; the file itself is created exclusively (a hard link from a
 * temporary file), so nothing that exists — a file, a link, a folder — is ever overwritten.
 */
import { randomBytes } from 'node:crypto';
import { link, lstat, open, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LsysError } from '../core/errors.js';
import { fsErrorReason, makeDir } from '../core/fs-write.js';
import { say } from '../core/messages.js';
import { DOC_TYPES, type Lang } from '../core/types.js';
import { NEW } from '../author/new-messages.js';
import type { DomainModel } from '../model/index.js';
import { loadLocal, openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';

/** The options of `lsys new`, as the command line parsed them. */
export interface NewInput extends Omit<RepositoryOptions, 'git'> {
  /** The type as typed (checked here). */
  typ: string;
  titel: string;
  /** --today as given (LSYS_TODAY or today when absent). */
  today?: string;
  lang: Lang;
  owner?: string;
  process?: string;
  activity?: string;
  units: string[];
  dryRun: boolean;
}

/** The lock file beside lsys.yaml while an `lsys new` scans and writes. */
export const LOCK_FILE = '.lsys-new.lock';
/** How long a run waits for another one's lock, and when a lock is taken as left behind by a crash. */
const LOCK_WAIT_MS = 10_000;
const LOCK_STALE_MS = 60_000;

/** Run `lsys new`; returns the exit code. */
export async function runNew(o: NewInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const today = resolveToday(o.today, io.env, lang);
  const { parseDocType, planNewDocument } = await import('../author/new-document.js');
  const typ = parseDocType(o.typ);
  if (typ === undefined) throw new LsysError('new-unknown-type', say(NEW.unknownType, lang, { typ: o.typ, types: DOC_TYPES.join(', ') }));
  // No git: no id depends on the history.
  const repo = await openRepository({ ...o, git: false }, lang, io);
  const { root } = repo;
  const loadModel = async (): Promise<DomainModel> => {
    const run = await loadLocal(repo, today, lang, io);
    return run.context.model;
  };
  const request = {
    typ,
    titel: o.titel,
    units: o.units,
    lang,
    ...(o.owner !== undefined ? { owner: o.owner } : {}),
    ...(o.process !== undefined ? { process: o.process } : {}),
    ...(o.activity !== undefined ? { activity: o.activity } : {}),
  };
  if (o.dryRun) {
    const plan = planNewDocument(await loadModel(), request);
    io.stdout.write(plan.text);
    io.stderr.write(say(NEW.dryRun, lang, { file: shown(io.cwd, join(root, plan.file)), id: plan.id }));
    return 0;
  }
  const unlock = await lock(join(root, LOCK_FILE), lang);
  try {
    // The scan happens under the lock: a run that waited sees the file the other one wrote.
    const plan = planNewDocument(await loadModel(), request);
    const target = join(root, plan.file);
    await createExclusive(target, plan.text, shown(io.cwd, target), lang);
    io.stdout.write(say(NEW.created, lang, { file: shown(io.cwd, target), id: plan.id, typ }));
    io.stdout.write(say(NEW.nextSteps, lang, { id: plan.id }));
    return 0;
  } finally {
    await unlock();
  }
}

/** A path as the user gives it: relative to where they are. */
function shown(cwd: string, abs: string): string {
  return relative(cwd, abs) || abs;
}

/**
 * Take the lock file (created exclusively), waiting while another run holds it. A lock older
 * than a minute is a crashed run's and is removed; a lock that stays is one line and exit 2.
 */
async function lock(path: string, lang: Lang): Promise<() => Promise<void>> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return () => rm(path, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new LsysError('new-cannot-write', say(NEW.cannotWrite, lang, { file: path, reason: fsErrorReason(e, lang) }));
      }
    }
    const st = await lstat(path).catch(() => undefined);
    if (st?.isFile() && Date.now() - st.mtimeMs > LOCK_STALE_MS) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new LsysError('new-locked', say(NEW.locked, lang, { lock: path }));
    await sleep(50);
  }
}

/**
 * Write `text` to `target` only if nothing is there: a complete temporary file, then a hard link
 * to the target name, which fails when anything (a file, a symbolic link, a folder) has that
 * name, and never shows a half-written file. Where the file system has no hard links, an
 * exclusive create (`wx`) does the same without the all-or-nothing.
 */
async function createExclusive(target: string, text: string, file: string, lang: Lang): Promise<void> {
  const fail = (e: unknown): never => {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new LsysError('new-exists', say(NEW.exists, lang, { file }));
    throw new LsysError('new-cannot-write', say(NEW.cannotWrite, lang, { file, reason: fsErrorReason(e, lang) }));
  };
  await makeDir(dirname(target)).catch(fail);
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, text, { flag: 'wx' }).catch(fail);
    await link(tmp, target).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPERM' || e.code === 'ENOTSUP' || e.code === 'ENOSYS') await writeFile(target, text, { flag: 'wx' }).catch(fail);
      else fail(e);
    });
  } finally {
    await rm(tmp, { force: true });
  }
}
