/**
 * The document a command names: an id (`RUT-012`) or a file path (relative to the current
 * folder or to the repository). Anything else is one clear line and exit 2.
 */
import { lstatSync } from 'node:fs';
import { resolve } from 'node:path';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import type { Config, Lang, LoadedDocument } from '../core/types.js';
import type { DomainModel } from '../model/index.js';
import { AUTHOR } from './messages.js';

/** Find the document `arg` names, by path when such a file exists, else by id. */
export function findDocument(arg: string, model: DomainModel, o: { cwd: string; config: Config; lang: Lang }): LoadedDocument {
  const { config, lang } = o;
  const candidates = [resolve(o.cwd, arg), resolve(config.root, arg)];
  const path = candidates.find((p) => exists(p));
  if (path !== undefined) {
    const doc = model.documents.find((d) => d.absPath === path);
    if (!doc) throw new LsysError('not-a-document', say(AUTHOR.notDocument, lang, { path: arg, folder: config.dokument }));
    return doc;
  }
  const found = model.idIndex.get(arg) ?? [];
  if (found.length > 1) {
    throw new LsysError('duplicate-id', say(AUTHOR.duplicateId, lang, { id: arg, files: found.map((d) => d.file).join(', ') }));
  }
  const doc = found[0];
  if (!doc) throw new LsysError('unknown-id', say(AUTHOR.unknownId, lang, { id: arg }));
  return doc;
}

/** Whether anything (a file, a folder, a link, even a broken one) is at `path`. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
