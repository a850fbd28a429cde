/**
 * The handbook's folder on disk, written so that nothing is lost:
 *
 * - lsys replaces only a folder it made. The marker `.lsys-site` (JSON: the lsys version and a
 *   manifest of every file with its SHA-1) proves it. A folder that is not empty and has no
 *   marker is never touched, not even with --force (it may be anything: someone's documents,
 *   the repository itself). --force only lets lsys replace a folder whose marker is damaged or
 *   from another lsys version. A symlink, file, FIFO or device where the folder should be is
 *   refused as well.
 * - The site is built in a temporary sibling folder (`.<name>.tmp-<pid>`, same parent, so the
 *   renames are atomic), then swapped in: old → `.<name>.old-<pid>`, new → the folder, old
 *   deleted. A failure or Ctrl-C before the swap removes the temporary folder and leaves the
 *   previous site as it was.
 * - Incremental: a file whose content hash is the one in the old manifest is hard-linked from
 *   the old site instead of written (copied where links are not possible).
 */
import { hash } from 'node:crypto';
import { copyFileSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { basename, dirname, join } from 'node:path';
import { LsysError } from '../core/errors.js';
import { makeDir, targetKind } from '../core/fs-write.js';
import { VERSION } from '../core/version.js';
import type { Lang } from '../core/types.js';
import { say } from '../core/messages.js';
import { SITE_OUTPUT } from './output-messages.js';
import { fileWriter } from './file-writer.js';
import type { SiteFile } from './types.js';

/** The marker file's name at the top of the site. */
export const MARKER = '.lsys-site';
const MARKER_MAGIC = 'lsys-site';

interface Marker {
  magic: string;
  version: string;
  /** Every file of the site (path → SHA-1 of its content), sorted by path. */
  files: Record<string, string>;
  /** The key of each document page's inputs (see build.ts): an unchanged key means the page need not be rendered. */
  keys?: Record<string, string>;
}

/** What the folder holds now: nothing, or a site this lsys made (its manifest for an incremental build). */
export interface SiteFolder {
  dir: string;
  exists: boolean;
  /** The old manifest, when the folder is a site of this lsys version. */
  previous?: Record<string, string>;
  /** The old page keys, when the folder is a site of this lsys version. */
  previousKeys?: Record<string, string>;
  /** Every entry in the folder was checked: real folders and the manifest's regular files, nothing else (no links). */
  verified?: true;
  /** When verified: the manifest's files that are there. */
  present?: ReadonlySet<string>;
}

/**
 * May lsys write the site to `dir`? Throws one LsysError (exit 2) when not; nothing is touched
 * either way. `shown` is the folder as the user gave it.
 */
export function checkSiteFolder(dir: string, o: { shown: string; force: boolean; lang: Lang }): SiteFolder {
  let st;
  try {
    st = lstatSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { dir, exists: false };
    throw new LsysError('site-out-unreadable', say(SITE_OUTPUT.unreadable, o.lang, { shown: o.shown }));
  }
  if (st.isSymbolicLink()) throw new LsysError('site-out-symlink', say(SITE_OUTPUT.symlink, o.lang, { shown: o.shown }));
  if (!st.isDirectory()) {
    throw new LsysError(
      'site-out-not-a-folder',
      say(SITE_OUTPUT.notAFolder, o.lang, { shown: o.shown, kind: kindName(targetKind(st), o.lang) }),
    );
  }
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    throw new LsysError('site-out-unreadable', say(SITE_OUTPUT.unreadable, o.lang, { shown: o.shown }));
  }
  if (entries.length === 0) return { dir, exists: true };
  if (!entries.includes(MARKER)) throw new LsysError('site-out-not-ours', say(SITE_OUTPUT.notOurs, o.lang, { shown: o.shown }));
  const marker = readMarker(join(dir, MARKER));
  // Made by lsys (the marker is there), but damaged or from another version: replaced only when asked.
  if (marker?.version !== VERSION && !o.force)
    throw new LsysError('site-out-other-marker', say(SITE_OUTPUT.otherMarker, o.lang, { shown: o.shown }));
  // Files someone put in the folder after lsys made it (a logo, a web.config): the swap would
  // remove them, so they are named and kept unless --force says they may go.
  let present: Set<string> | undefined;
  if (!o.force) {
    const { added, files } = foreignFiles(dir, marker?.files ?? {});
    present = files;
    if (added.length > 0) {
      const shownFiles = added.slice(0, 3).join(', ') + (added.length > 3 ? ` (+${added.length - 3})` : '');
      throw new LsysError('site-out-foreign-files', say(SITE_OUTPUT.foreignFiles, o.lang, { shown: o.shown, files: shownFiles }));
    }
  }
  return marker?.version === VERSION
    ? {
        dir,
        exists: true,
        previous: marker.files,
        previousKeys: marker.keys ?? {},
        ...(present ? { verified: true as const, present } : {}),
      }
    : { dir, exists: true };
}

/**
 * Paths under `dir` (files, links and empty folders, `/`-separated, sorted) that the marker's
 * manifest does not list, and the manifest's files that are there.
 */
function foreignFiles(dir: string, manifest: Record<string, string>): { added: string[]; files: Set<string> } {
  const out: string[] = [];
  const files = new Set<string>();
  const walk = (abs: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      out.push(rel);
      return;
    }
    if (entries.length === 0 && rel !== '') out.push(`${rel}/`);
    for (const e of entries) {
      const path = rel === '' ? e.name : `${rel}/${e.name}`;
      if (path === MARKER) continue;
      if (e.isDirectory()) walk(join(abs, e.name), path);
      else if (!(path in manifest) || !e.isFile()) out.push(path);
      else files.add(path);
    }
  };
  walk(dir, '');
  return { added: out.sort(), files };
}

function kindName(kind: ReturnType<typeof targetKind>, lang: Lang): string {
  return say(kind === 'fifo' ? SITE_OUTPUT.kindFifo : kind === 'file' ? SITE_OUTPUT.kindFile : SITE_OUTPUT.kindOther, lang);
}

function readMarker(file: string): Marker | undefined {
  try {
    const st = lstatSync(file);
    if (!st.isFile() || st.size > 64 * 1024 * 1024) return undefined;
    const m = JSON.parse(readFileSync(file, 'utf8')) as Partial<Marker>;
    if (m.magic !== MARKER_MAGIC || typeof m.version !== 'string' || !m.files || typeof m.files !== 'object') return undefined;
    for (const v of Object.values(m.files)) if (typeof v !== 'string') return undefined;
    if (m.keys !== undefined && (typeof m.keys !== 'object' || m.keys === null || Object.values(m.keys).some((v) => typeof v !== 'string')))
      return undefined;
    return m as Marker;
  } catch {
    return undefined;
  }
}

function byKey(a: [string, unknown], b: [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function sha1(content: string | Uint8Array): string {
  // crypto.hash: one call, five times faster than createHash().update() on 10,000 pages.
  return hash('sha1', content);
}

/** A site path is relative, with `/`, and never leaves the site. */
function checkPath(path: string): void {
  if (!isSitePath(path)) throw new Error(`lsys site: bad output path ${JSON.stringify(path)}`);
}

/** An empty, `.` or `..` segment anywhere in a `/`-separated path. */
const BAD_SEGMENT = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;

function isSitePath(path: string): boolean {
  return path !== '' && path !== MARKER && !path.includes('\\') && !path.includes('\0') && !BAD_SEGMENT.test(path);
}

export interface WriteResult {
  /** Files written (new or changed). */
  written: number;
  /** Files taken unchanged from the previous site (hard-linked or copied). */
  kept: number;
}

/** Pages the build did not render (their inputs are unchanged) and the page keys for the marker. */
interface PageKeys {
  keys: Record<string, string>;
  reused: readonly string[];
}

/**
 * Write the site: `files` (generated) and `copies` (site path → absolute source file) into a
 * temporary folder beside `folder.dir`, then swap it in. On any failure the temporary folder
 * goes and the previous site stays.
 */
export async function writeSite(
  folder: SiteFolder,
  files: readonly SiteFile[],
  copies: ReadonlyMap<string, string>,
  pages: PageKeys = { keys: {}, reused: [] },
): Promise<WriteResult> {
  return finishSite(await openSiteWriter(folder), files, copies, pages);
}

/**
 * The rest of a site whose writer is open (files the build gave to `put` as they were made are
 * in it already): `files`, the reused pages and the copies, then the marker and the swap. On any
 * failure the temporary folder goes and the previous site stays.
 */
export async function finishSite(
  writer: SiteWriter,
  files: readonly SiteFile[],
  copies: ReadonlyMap<string, string>,
  pages: PageKeys = { keys: {}, reused: [] },
): Promise<WriteResult> {
  try {
    let count = 0;
    for (const f of files) {
      writer.put(f.path, f.content);
      // Now and then the event loop, so that Ctrl-C is heard.
      if (++count % 500 === 0) await nextTurn();
    }
    return await writer.finish(copies, pages);
  } finally {
    await writer.abort();
  }
}

/**
 * The temporary folder a site is written into, open while the build still makes files: `put`
 * writes one at once (a first build writes each document page as soon as its body is rendered,
 * while worker threads render the next ones); `finish` writes the marker and swaps the folder in;
 * `abort` (always called, a no-op after finish) removes what is left.
 */
export interface SiteWriter {
  put(path: string, content: string | Uint8Array): void;
  finish(copies: ReadonlyMap<string, string>, pages: PageKeys): Promise<WriteResult>;
  abort(): Promise<void>;
}

export async function openSiteWriter(folder: SiteFolder): Promise<SiteWriter> {
  const { dir } = folder;
  const parent = dirname(dir);
  const name = basename(dir);
  const tmp = join(parent, `.${name}.tmp-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  const previous = folder.previous ?? {};
  const manifest: Record<string, string> = {};
  let written = 0;
  let kept = 0;
  const interrupted = (): void => {
    rmSync(tmp, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const files = fileWriter();
  const abort = async (): Promise<void> => {
    process.removeListener('SIGINT', interrupted);
    process.removeListener('SIGTERM', interrupted);
    await files.close();
    await rm(tmp, { recursive: true, force: true });
  };
  try {
    await makeDir(parent);
    await rm(tmp, { recursive: true, force: true });
    await makeDir(tmp);
  } catch (e) {
    await abort();
    throw e;
  }
  // Folders made inside the temporary folder (lsys's own, just made: nothing else is in it).
  const made = new Set<string>([tmp]);
  const folderFor = (target: string): void => {
    const folderOf = dirname(target);
    if (!made.has(folderOf)) {
      mkdirSync(folderOf, { recursive: true });
      made.add(folderOf);
    }
  };
  // Synchronous calls: for thousands of small files a tight loop is several times faster than
  // promises (open, write and close each through the thread pool).
  const put = (path: string, text: string | Uint8Array): void => {
    checkPath(path);
    if (path in manifest) throw new Error(`lsys site: two files at ${path}`);
    // Encoded once, then hashed and written as bytes: hashing a string encodes it again inside
    // crypto, which cost as much as the write itself on 10,000 pages.
    const content = typeof text === 'string' ? Buffer.from(text) : text;
    const hash = sha1(content);
    manifest[path] = hash;
    const target = join(tmp, ...path.split('/'));
    folderFor(target);
    if (previous[path] === hash && keep(join(dir, ...path.split('/')), target)) {
      kept++;
      return;
    }
    files.write(target, content, typeof text === 'string');
    written++;
  };
  const finish = async (copies: ReadonlyMap<string, string>, pages: PageKeys): Promise<WriteResult> => {
    // Pages the build did not render because their inputs are unchanged: the previous file as it is.
    for (const path of pages.reused) {
      checkPath(path);
      const hash = previous[path];
      if (path in manifest || hash === undefined) throw new Error(`lsys site: cannot reuse ${path}`);
      manifest[path] = hash;
      const target = join(tmp, ...path.split('/'));
      folderFor(target);
      if (!keep(join(dir, ...path.split('/')), target)) throw new Error(`lsys site: the previous ${path} went missing during the build`);
      kept++;
    }
    for (const [path, source] of [...copies].sort(byKey)) put(`filer/${path}`, readFileSync(source));
    // Every file on disk before the marker that vouches for them.
    await files.drain();
    const sorted = Object.fromEntries(Object.entries(manifest).sort(byKey));
    await writeFile(
      join(tmp, MARKER),
      JSON.stringify(
        { magic: MARKER_MAGIC, version: VERSION, files: sorted, keys: Object.fromEntries(Object.entries(pages.keys).sort(byKey)) },
        null,
        1,
      ) + '\n',
    );
    // The swap: the old site is moved aside, never deleted before the new one is in place.
    if (folder.exists) {
      await rename(dir, old);
      try {
        await rename(tmp, dir);
      } catch (e) {
        await rename(old, dir);
        throw e;
      }
      if (folder.verified) removeOldSite(old, previous);
      else rmSync(old, { recursive: true, force: true });
    } else {
      await rename(tmp, dir);
    }
    return { written, kept };
  };
  return { put, finish, abort };
}

/**
 * Delete the previous site once the new one is in place: its files by the manifest first (an
 * unlink each, about twice as fast as a recursive delete, which stats every file), then whatever
 * is left (folders). Only for a folder whose every entry was checked (no symbolic link on the way).
 */
function removeOldSite(old: string, manifest: Record<string, string>): void {
  for (const path of Object.keys(manifest)) {
    // The manifest comes from a file in the folder: a path that could lead out of it is never used.
    if (!isSitePath(path)) continue;
    try {
      unlinkSync(join(old, ...path.split('/')));
    } catch {
      // gone already, or not a file: the recursive delete below takes what is left
    }
  }
  rmSync(old, { recursive: true, force: true });
}

/** Take an unchanged file from the old site (the manifest vouches for it): a hard link, else a copy; false when neither works. */
function keep(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch {
    try {
      copyFileSync(from, to);
      return true;
    } catch {
      return false;
    }
  }
}
