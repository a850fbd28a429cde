/**
 * Where `--output` text goes, decided before the work is done, so a refusal leaves everything
 * as it was. lsys never harms a file it did not write:
 *
 * - a regular file is replaced atomically (temp file, rename) only when it is lsys's, or with
 *   --force: a report carries lsys's generator marker; what `validate` wrote is recorded in a
 *   ledger beside the cache (output-ledger.ts). An empty, unreadable, changed or unrecognised
 *   file is not lsys's;
 * - a character device (`/dev/null`, a terminal) or a FIFO is written through, never replaced;
 *   a FIFO with no reader is an error at once, not a hang;
 * - `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`: written through the descriptor, like a device;
 * - a symbolic link is followed: what it points to obeys the rules above, the link stays;
 * - a folder, a block device (a disk) or a socket is refused.
 */
import { appendFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LsysError } from '../core/errors.js';
import { fsErrorReason, isDescriptorPath, linkChain, openThrough, readHeadAndTail, targetKind, writeFileAtomic } from '../core/fs-write.js';
import { outputLedger, type OutputLedger } from './output-ledger.js';
import type { Lang } from '../core/types.js';
import { say } from '../core/messages.js';
import { OUTPUT } from './output-messages.js';

export interface OutputOptions {
  /** The path as the user wrote it, for messages. */
  shown: string;
  /** Replace a regular file lsys did not write. */
  force: boolean;
  /**
   * How lsys knows its own file: the marker in its text (the head, and the tail of a large
   * file), or the ledger of what it wrote, which is then also told of each write.
   */
  own: { isOwn(text: string): boolean } | { ledger: OutputLedger };
  /** The one line when an existing regular file is not lsys's: names the file and the way out. */
  wouldOverwrite: string;
  lang: Lang;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export interface Output {
  /** The text goes to lsys's own stdout (`--output /dev/stdout`). */
  toStdout: boolean;
  /** A regular file is written (replaced atomically), not a device, pipe or descriptor. */
  regularFile?: boolean;
  write(content: string): Promise<void>;
}

/**
 * `--output FILE` of a command whose files carry no marker (validate, due, diff): known by
 * the ledger beside the cache (`<cache>.outputs`, also with --no-cache). Checked before the
 * work, so that a refusal leaves every file as it was. Undefined without `--output`.
 */
export async function prepareLedgerOutput(
  shown: string | undefined,
  o: {
    cwd: string;
    cacheBase: string;
    force: boolean;
    wouldOverwrite: string;
    lang: Lang;
    stdout: OutputOptions['stdout'];
    stderr: OutputOptions['stderr'];
  },
): Promise<Output | undefined> {
  if (shown === undefined) return undefined;
  const { cwd, cacheBase, ...rest } = o;
  return prepareOutput(resolve(cwd, shown), { ...rest, shown, own: { ledger: outputLedger(`${cacheBase}.outputs`) } });
}

/** Check `target` and return how to write it; throws a one-line LsysError when it must not be written. */
export async function prepareOutput(target: string, o: OutputOptions): Promise<Output> {
  const cannot = (e: unknown): LsysError =>
    new LsysError('output-not-writable', say(OUTPUT.notWritable, o.lang, { shown: o.shown, reason: fsErrorReason(e, o.lang) }));
  const noReader = (): LsysError => new LsysError('output-no-reader', say(OUTPUT.fifoWithoutReader, o.lang, { shown: o.shown }));
  const through = async (path: string): Promise<Output> => {
    try {
      const w = await openThrough(path);
      return {
        toStdout: false,
        async write(content) {
          await w.write(content).catch((e: unknown) => {
            throw cannot(e);
          });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENXIO') throw (await stat(path).catch(() => undefined))?.isFIFO() ? noReader() : cannot(e);
      throw cannot(e);
    }
  };
  const atomic = (path: string): Output => ({
    toStdout: false,
    regularFile: true,
    async write(content) {
      await writeFileAtomic(path, content).catch((e: unknown) => {
        throw cannot(e);
      });
      if (!('ledger' in o.own)) return;
      await o.own.ledger.record(path, content).catch((e: unknown) => {
        o.stderr.write(`lsys: ${say(OUTPUT.notRecorded, o.lang, { shown: o.shown, reason: fsErrorReason(e, o.lang) })}\n`);
      });
    },
  });

  let chain: string[];
  try {
    chain = await linkChain(target);
  } catch (e) {
    throw cannot(e);
  }
  // A descriptor the shell opened (possibly behind a link of the user's): write through it.
  const descriptor = chain.find(isDescriptorPath);
  if (descriptor !== undefined) {
    const n = descriptor.endsWith('/stdout')
      ? 1
      : descriptor.endsWith('/stderr')
        ? 2
        : Number(descriptor.slice(descriptor.lastIndexOf('/') + 1));
    const self = !/^\/proc\/\d+\//.test(descriptor) || descriptor.startsWith(`/proc/${process.pid}/`);
    if (self && n === 1) return { toStdout: true, write: async (c) => void o.stdout.write(c) };
    if (self && n === 2) return { toStdout: false, write: async (c) => void o.stderr.write(c) };
    return through(descriptor);
  }
  const end = chain.at(-1)!; // linkChain's chain starts with the path itself
  const st = await stat(end).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw cannot(e);
  });
  switch (targetKind(st)) {
    case 'missing':
      return atomic(end);
    case 'directory':
      throw new LsysError('output-is-directory', say(OUTPUT.isFolder, o.lang, { shown: o.shown }));
    case 'fifo':
    case 'character-device':
      return through(end);
    case 'block-device':
      throw new LsysError('output-not-writable', say(OUTPUT.blockDevice, o.lang, { shown: o.shown }));
    case 'socket':
      throw new LsysError('output-not-writable', say(OUTPUT.socket, o.lang, { shown: o.shown }));
    case 'file':
      if (!o.force) {
        let own: boolean;
        try {
          own = 'ledger' in o.own ? await o.own.ledger.owns(end) : o.own.isOwn(await readHeadAndTail(end));
        } catch (e) {
          throw new LsysError('output-unreadable', say(OUTPUT.unreadable, o.lang, { shown: o.shown, reason: fsErrorReason(e, o.lang) }));
        }
        if (!own) throw new LsysError('would-overwrite', o.wouldOverwrite);
      }
      return atomic(end);
  }
}

/**
 * Append the Markdown summary to `$GITHUB_STEP_SUMMARY`. The runner always makes it a writable
 * file, so one that cannot be written is a broken setup: one line and exit 2 (the findings have
 * been printed by then), not a stack trace, and not a silent success with the summary missing.
 * A device or FIFO is written through, as for --output.
 */
export async function appendStepSummary(path: string, text: string, lang: Lang): Promise<void> {
  try {
    const st = await stat(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (st && (st.isFIFO() || st.isCharacterDevice())) {
      await (await openThrough(path)).write(text);
    } else {
      await appendFile(path, text);
    }
  } catch (e) {
    const reason = fsErrorReason(e, lang);
    throw new LsysError('step-summary-not-writable', say(OUTPUT.stepSummaryNotWritable, lang, { path, reason }));
  }
}
