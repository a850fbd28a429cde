import { closeSync, constants, open as openCb, type Stats } from 'node:fs';
import { lstat, mkdir, open, readlink, rename, writeFile, rm, stat } from 'node:fs/promises';
import { Socket } from 'node:net';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { Lang } from './primitives.js';
import type { Catalogue, Message } from './messages.js';

/** Write a file atomically: a temp file in the same folder, then rename over the target. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await makeDir(dirname(path));
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, content, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** An `Error` with a Node-style errno code. */
function fsError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path });
}

/**
 * Create a folder and its missing parents. Not `mkdir(…, { recursive: true })`: Node's
 * recursive mode spins at 100 % CPU forever where a parent exists but cannot hold children
 * (`/proc/x`: checked on Node 20.20), because mkdir there fails with ENOENT and Node takes
 * that as "create the parent first". Here every folder is created once, and an error is final.
 */
export async function makeDir(dir: string): Promise<void> {
  const missing: string[] = [];
  let d = resolve(dir);
  for (;;) {
    const st = await stat(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (st) {
      if (!st.isDirectory()) throw fsError('ENOTDIR', 'mkdir', d);
      break;
    }
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const m of missing.reverse()) {
    try {
      await mkdir(m);
    } catch (e) {
      // Made meanwhile by someone else is fine; anything else (ENOENT under /proc, EACCES, EROFS) is final.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(m).catch(() => undefined))?.isDirectory()) continue;
      throw e;
    }
  }
}

const openFd = promisify(openCb);

/** An opened device, FIFO or descriptor, written once. */
export interface ThroughWriter {
  write(content: string | Uint8Array): Promise<void>;
}

/**
 * Open an existing character device (`/dev/null`, a terminal), FIFO or descriptor
 * (`/dev/fd/3`) to write through it: never replaced, never created. A FIFO is opened without
 * waiting: with no reader that fails at once with ENXIO instead of hanging, and the reader
 * found stays connected until the write; the pipe is then written as Node writes its own
 * stdout, waiting for a slow reader. A regular file reached through a descriptor (`3> out.txt`,
 * `3>> log`) is appended to, as the shell opened it. A reader that has gone away (EPIPE) ends
 * the write quietly.
 */
export async function openThrough(path: string): Promise<ThroughWriter> {
  const st = await stat(path);
  if (st.isFIFO()) {
    const fd = await openFd(path, constants.O_WRONLY | constants.O_NONBLOCK);
    return {
      async write(content) {
        let socket: Socket;
        try {
          socket = new Socket({ fd, readable: false, writable: true });
        } catch (e) {
          closeSync(fd);
          throw e;
        }
        await new Promise<void>((res, rej) => {
          socket.on('error', (e: NodeJS.ErrnoException) => {
            socket.destroy();
            if (e.code === 'EPIPE') res();
            else rej(e);
          });
          socket.on('close', () => res());
          socket.end(content);
        });
      },
    };
  }
  const fh = await open(path, constants.O_WRONLY | constants.O_APPEND | constants.O_NOCTTY);
  return {
    async write(content) {
      try {
        await fh.writeFile(content);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EPIPE') throw e;
      } finally {
        await fh.close();
      }
    },
  };
}

/**
 * The paths a chain of symbolic links passes through, from `path` to where it ends, also when
 * that end does not exist (yet): writing "through" a link means writing at the last one.
 */
export async function linkChain(path: string): Promise<string[]> {
  const chain = [resolve(path)];
  for (let i = 0; i < 40; i++) {
    const p = chain.at(-1)!;
    const st = await lstat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (!st?.isSymbolicLink()) return chain;
    chain.push(resolve(dirname(p), await readlink(p)));
  }
  throw fsError('ELOOP', 'open', path);
}

/** What to do with an existing path given as a place to write a file to. */
export type TargetKind = 'missing' | 'file' | 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket';

export function targetKind(st: Stats | undefined): TargetKind {
  if (!st) return 'missing';
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice()) return 'character-device';
  if (st.isBlockDevice()) return 'block-device';
  return 'socket';
}

/**
 * `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: a descriptor the shell opened
 * for lsys. Written through whatever it is, like a device.
 */
export function isDescriptorPath(path: string): boolean {
  return /^\/dev\/(stdout|stderr|fd\/\d+)$|^\/proc\/(self|thread-self|\d+)\/fd\/\d+$/.test(resolve(path));
}

/**
 * The beginning of a file, and its end when it is longer than `head + tail` bytes (joined by a
 * newline): enough to recognise lsys's own marker without reading a huge file.
 */
export async function readHeadAndTail(path: string, head = 128 * 1024, tail = 4 * 1024): Promise<string> {
  const fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const { size } = await fh.stat();
    if (size <= head + tail) {
      const buf = Buffer.alloc(size);
      const { bytesRead } = await fh.read(buf, 0, size, 0);
      return buf.subarray(0, bytesRead).toString('utf8');
    }
    const a = Buffer.alloc(head);
    const b = Buffer.alloc(tail);
    const ra = await fh.read(a, 0, head, 0);
    const rb = await fh.read(b, 0, tail, size - tail);
    return `${a.subarray(0, ra.bytesRead).toString('utf8')}\n${b.subarray(0, rb.bytesRead).toString('utf8')}`;
  } finally {
    await fh.close();
  }
}

const PERMISSION: Message = { sv: 'behörighet saknas', en: 'permission denied' };
const DISK_FULL: Message = { sv: 'disken är full', en: 'the disk is full' };

/** The reason per errno code; codes that mean the same to a user share one entry. */
const REASONS: Catalogue = {
  EACCES: PERMISSION,
  EPERM: PERMISSION,
  EROFS: { sv: 'filsystemet är skrivskyddat', en: 'the file system is read-only' },
  ENOTDIR: { sv: 'en del av sökvägen är en fil, inte en mapp', en: 'part of the path is a file, not a folder' },
  ENOENT: { sv: 'mappen finns inte och kan inte skapas där', en: 'the folder does not exist and cannot be created there' },
  EISDIR: { sv: 'det är en mapp', en: 'it is a folder' },
  ENOSPC: DISK_FULL,
  EDQUOT: DISK_FULL,
  ELOOP: { sv: 'för många symboliska länkar i rad', en: 'too many symbolic links in a row' },
  ENAMETOOLONG: { sv: 'namnet är för långt', en: 'the name is too long' },
  ENXIO: { sv: 'ingen läser i andra änden', en: 'nothing reads at the other end' },
  EBUSY: { sv: 'filen används', en: 'the file is busy' },
};

/** Why a file operation failed, in the user's words: "filsystemet är skrivskyddat". */
export function fsErrorReason(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const reason = code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  if (reason) return lang === 'en' ? reason.en : reason.sv;
  return code ?? (e instanceof Error ? e.message.split('\n')[0]! : String(e));
}
