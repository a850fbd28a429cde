/**
 * Find the files to check: every `*.md` below the documents folder except README.md files
 * and paths matched by `ignorera`, and every file under `data/`. Symbolic links are
 * followed once (a link loop is visited once and never followed again).
 *
 * The walk is synchronous and builds paths by concatenation: a region's 10,000 documents
 * sit in a couple of thousand folders, and one tight loop of readdir calls is several times
 * faster than a promise per folder. Only symbolic links need `realpath`; a plain subfolder's
 * real path is its parent's real path plus its name.
 */
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { LsysError } from './errors.js';
import type { Config, Lang } from './types.js';
import { DOKUMENT_MESSAGES } from './config-messages.js';
import { say, type Message, type MessageData } from './messages.js';

export interface Discovered {
  /**
   * Document files, relative to the root with `/` separators, sorted — also links that cannot
   * be followed (broken, or a loop): loading them reports why.
   */
  documents: string[];
  /** Files under data/, relative to the root, sorted (only the ones that can be read). */
  dataFiles: string[];
  /**
   * Symbolic links (to a file or a folder, at any depth) whose real path is outside the
   * repository: never read. Each is also in `documents` (loading reports it once, at the
   * link), keyed by its path, with the link's own text as value.
   */
  outsideLinks: Map<string, string>;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

export async function discover(config: Config, lang: Lang = 'sv'): Promise<Discovered> {
  const isIgnored = config.ignorera.length ? picomatch(config.ignorera, { dot: true }) : () => false;
  const documents: string[] = [];
  const docRel = documentFolder(config, lang);
  const outsideLinks = new Map<string, string>();
  const realRoot = realRootOf(config.root);
  walk(
    config.root,
    docRel,
    (file, broken, outside) => {
      if (outside !== undefined) {
        // A folder link that leads out, or a document (*.md) link that does: one finding at the link.
        if (file.startsWith('data/') || file.startsWith('templates/') || isIgnored(outside.folder ? file + '/' : file)) return;
        if (outside.folder || (/\.md$/i.test(file) && !/(^|\/)readme\.md$/i.test(file))) {
          outsideLinks.set(file, outside.target);
          documents.push(file);
        }
        return;
      }
      if (isDocument(file, isIgnored)) documents.push(file);
    },
    isIgnored,
    realRoot,
  );
  const dataFiles: string[] = [];
  // Data files that lead out of the repository are not the repository's: not read.
  walk(
    config.root,
    'data',
    (file, broken, outside) => {
      if (!broken && outside === undefined && !isIgnored(file)) dataFiles.push(file);
    },
    isIgnored,
    realRoot,
  );
  documents.sort(compare);
  dataFiles.sort(compare);
  return { documents, dataFiles, outsideLinks };
}

/**
 * The same choice as `discover`, over root-relative paths held in memory (the rule tester,
 * test/helpers/rule-tester.ts): no folder is read, so `dokument` is only checked to lie inside
 * the repository, and there are no links.
 */
export function discoverListed(config: Config, files: Iterable<string>, lang: Lang = 'sv'): Discovered {
  const isIgnored = config.ignorera.length ? picomatch(config.ignorera, { dot: true }) : () => false;
  const docRel = documentFolder(config, lang, false);
  // What the walk below `under` skips: hidden folders, node_modules and .git, ignored folders.
  const walked = (file: string, under: string): boolean => {
    const base = under === '' ? '' : under + '/';
    if (!file.startsWith(base)) return false;
    const dirs = file.slice(base.length).split('/').slice(0, -1);
    return dirs.every((d, i) => !(SKIP_DIRS.has(d) || d.startsWith('.') || isIgnored(base + dirs.slice(0, i + 1).join('/') + '/')));
  };
  const all = [...files].sort(compare);
  return {
    documents: all.filter((f) => walked(f, docRel) && isDocument(f, isIgnored)),
    dataFiles: all.filter((f) => walked(f, 'data') && !isIgnored(f)),
    outsideLinks: new Map(),
  };
}

/** A file the walk found is a document: Markdown, not a README, not ignored, not under data/ or templates/. */
function isDocument(file: string, isIgnored: (p: string) => boolean): boolean {
  if (!/\.md$/i.test(file) || /(^|\/)readme\.md$/i.test(file) || isIgnored(file)) return false;
  // data/ and templates/ belong to the repository, not to the documents, even with `dokument: .`.
  return !(file.startsWith('data/') || file.startsWith('templates/'));
}

function realRootOf(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

function isOutside(realRoot: string, real: string): boolean {
  const r = relative(realRoot, real);
  return r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r);
}

/**
 * `dokument` as a root-relative folder with `/` separators and no `./` or trailing `/` ('' for
 * the root), after checking that it is a folder inside the repository. A folder that does not
 * exist would check nothing and pass (a typo must not turn CI green), and one outside the
 * repository (`/etc`, `../..`, or a link that leads out) is not the repository's documents:
 * both are configuration errors.
 */
function documentFolder(config: Config, lang: Lang, onDisk = true): string {
  const { root, dokument } = config;
  const at = config.keyPositions.dokument;
  const where = at ? `${config.file}:${at.line}:${at.column}` : config.file;
  const fail = (code: string, message: Message, data?: MessageData): never => {
    throw new LsysError(code, say(DOKUMENT_MESSAGES.at, lang, { where, dokument, message: say(message, lang, data) }));
  };
  const abs = resolve(root, dokument);
  const rel = relative(root, abs);
  if (isOutside(root, abs)) {
    fail('dokument-outside', DOKUMENT_MESSAGES.outside);
  }
  if (!onDisk)
    return rel
      .split(sep)
      .filter((p) => p !== '' && p !== '.')
      .join('/');
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      fail('dokument-not-found', DOKUMENT_MESSAGES.notFound, { folder: abs });
    }
    fail('dokument-unreadable', DOKUMENT_MESSAGES.unreadable, { reason: code ?? String(e) });
  }
  if (isOutside(realRootOf(root), real!)) {
    fail('dokument-outside', DOKUMENT_MESSAGES.link, { target: real! });
  }
  if (!statSync(real!).isDirectory()) {
    fail('dokument-not-folder', DOKUMENT_MESSAGES.notFolder);
  }
  return rel
    .split(sep)
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

function linkText(abs: string): string {
  try {
    return readlinkSync(abs);
  } catch {
    return '?';
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Walk `rel` (relative to `root`), calling `onFile` with each file's root-relative path. A
 * symbolic link whose real path is outside `realRoot` is not followed: `onFile` gets the
 * link itself with `outside` set.
 */
function walk(
  root: string,
  rel: string,
  onFile: (file: string, broken?: boolean, outside?: { folder: boolean; target: string }) => void,
  isIgnored: (p: string) => boolean,
  realRoot: string,
): void {
  const seen = new Set<string>();
  let start: string;
  try {
    start = realpathSync(rel === '' ? root : `${root}/${rel}`);
  } catch {
    return;
  }
  const visit = (relDir: string, realDir: string): void => {
    if (seen.has(realDir)) return;
    seen.add(realDir);
    let entries: Dirent[];
    try {
      entries = readdirSync(relDir === '' ? root : `${root}/${relDir}`, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const name = entry.name;
      const relPath = relDir === '' ? name : `${relDir}/${name}`;
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(name) || name.startsWith('.') || isIgnored(relPath + '/')) continue;
        visit(relPath, `${realDir}/${name}`);
      } else if (entry.isFile()) {
        onFile(relPath);
      } else if (entry.isSymbolicLink()) {
        const abs = `${root}/${relPath}`;
        let s;
        let real: string;
        try {
          s = statSync(abs);
          real = realpathSync(abs);
        } catch {
          onFile(relPath, true);
          continue;
        }
        if (s.isDirectory() && name.startsWith('.')) continue;
        if (isOutside(realRoot, real)) {
          if (s.isDirectory() || s.isFile()) onFile(relPath, false, { folder: s.isDirectory(), target: linkText(abs) });
        } else if (s.isDirectory()) visit(relPath, real);
        else if (s.isFile()) onFile(relPath);
      }
    }
  };
  visit(rel, start);
}
