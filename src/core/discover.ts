/**
 * Find the files to check: every `*.md` below the documents folder except README.md files
 * and paths matched by `ignorera`, and every file under `data/`. Symbolic links are
 * followed once (a link loop is visited once and never followed again).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Config } from './types.js';

export interface Discovered {
  /** Document files, relative to the root with `/` separators, sorted. */
  documents: string[];
  /** Files under data/, relative to the root, sorted. */
  dataFiles: string[];
  /** Files that could not be inspected (broken links, loops), relative to the root. */
  unreadable: Array<{ file: string; code: string }>;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

export async function discover(config: Config): Promise<Discovered> {
  const isIgnored = config.ignorera.length
    ? picomatch(config.ignorera, { dot: true })
    : () => false;
  const documents: string[] = [];
  const unreadable: Discovered['unreadable'] = [];
  const docRoot = join(config.root, config.dokument);
  await walk(config.root, docRoot, new Set(), (file, code) => {
    if (!/\.md$/i.test(file) || /(^|\/)readme\.md$/i.test(file) || isIgnored(file)) return;
    // data/ and templates/ belong to the repository, not to the documents, even with `dokument: .`.
    if (file.startsWith('data/') || file.startsWith('templates/')) return;
    if (code) unreadable.push({ file, code });
    else documents.push(file);
  }, isIgnored);
  const dataFiles: string[] = [];
  await walk(config.root, join(config.root, 'data'), new Set(), (file, code) => {
    if (!code && !isIgnored(file)) dataFiles.push(file);
  }, isIgnored);
  documents.sort();
  dataFiles.sort();
  unreadable.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, dataFiles, unreadable };
}

async function walk(
  root: string,
  dir: string,
  seen: Set<string>,
  onFile: (file: string, errorCode?: string) => void,
  isIgnored: (p: string) => boolean,
): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const abs = join(dir, entry.name);
    const rel = relative(root, abs).split(sep).join('/');
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name) || entry.name.startsWith('.') || isIgnored(rel + '/')) continue;
      await walk(root, abs, seen, onFile, isIgnored);
    } else if (entry.isFile()) {
      onFile(rel);
    } else if (entry.isSymbolicLink()) {
      try {
        const s = await stat(abs);
        if (s.isDirectory()) {
          if (!entry.name.startsWith('.')) await walk(root, abs, seen, onFile, isIgnored);
        } else if (s.isFile()) onFile(rel);
      } catch (e) {
        onFile(rel, (e as NodeJS.ErrnoException).code ?? 'EIO');
      }
    }
  }
}
