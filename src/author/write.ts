/**
 * Read a document to edit it, and write edited documents back: each to a temp file beside it
 * first, then all renamed, so that a failure leaves every document as it was (withdraw writes
 * the withdrawn document and its successor together).
 */
import { randomBytes } from 'node:crypto';
import { chmod, lstat, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { LsysError } from '../core/errors.js';
import { fsErrorReason } from '../core/fs-write.js';
import { say } from '../core/messages.js';
import type { Lang, LoadedDocument } from '../core/types.js';
import { AUTHOR } from './messages.js';

/** A document's text and file mode, read to be edited. */
export interface Original {
  doc: LoadedDocument;
  text: string;
  mode: number;
}

/**
 * Read a document to edit: a regular file with one link, valid UTF-8. A symbolic link is
 * refused (editing it would replace the link with a file; the user names the target instead).
 */
export async function readForEdit(doc: LoadedDocument, lang: Lang): Promise<Original> {
  const file = doc.file;
  const st = await lstat(doc.absPath).catch(() => undefined);
  if (!st) throw new LsysError('unreadable', say(AUTHOR.unreadable, lang, { file }));
  if (st.isSymbolicLink()) {
    const target = await realpath(doc.absPath).catch(() => '?');
    throw new LsysError('document-is-link', say(AUTHOR.isLink, lang, { file, target }));
  }
  if (!st.isFile()) throw new LsysError('not-regular', say(AUTHOR.notRegular, lang, { file }));
  if (st.nlink > 1) throw new LsysError('hard-link', say(AUTHOR.hardLink, lang, { file }));
  const buf = await readFile(doc.absPath).catch(() => undefined);
  if (!buf || !isUtf8(buf) || buf.includes(0)) throw new LsysError('unreadable', say(AUTHOR.unreadable, lang, { file }));
  return { doc, text: buf.toString('utf8'), mode: st.mode & 0o7777 };
}

/** Write every file's new text: all temp files first (with the file's own mode), then the renames. */
export async function writeAll(files: ReadonlyArray<Original & { newText: string }>, lang: Lang): Promise<void> {
  const temps: string[] = [];
  let current = files[0]?.doc.file ?? '';
  try {
    for (const f of files) {
      current = f.doc.file;
      const tmp = `${f.doc.absPath}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(tmp, f.newText, { flag: 'wx', mode: f.mode });
      temps.push(tmp);
      // The mode given to writeFile passes through the umask: set it exactly.
      await chmod(tmp, f.mode);
    }
    for (const [i, f] of files.entries()) {
      current = f.doc.file;
      await rename(temps[i]!, f.doc.absPath);
    }
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw new LsysError('write-failed', say(AUTHOR.writeFailed, lang, { file: current, reason: fsErrorReason(e, lang) }));
  }
}
