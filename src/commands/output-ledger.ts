/**
 * What `lsys validate --output` wrote, so that a re-run may replace its own file and nothing
 * else. The formats of validate cannot all carry a marker (the JSON shape is a contract, the
 * stylish and github texts are what a person or a CI runner reads), and a text that merely looks
 * like lsys's output is no proof: a user may append `lsys validate >> logg.txt` to a file of
 * notes, or edit a JSON file by hand. So lsys keeps, beside its cache, the size and SHA-1 of
 * every file it wrote: a file is lsys's when it is byte for byte what lsys last wrote there.
 * A file changed since, or one lsys has no record of, needs --force.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../core/fs-write.js';

/** First key of the ledger file: anything else at that path is not read as a ledger (core/cache.ts checkCacheLocation knows it too). */
const LEDGER_MAGIC = 'lsys-outputs';
/** The ledger keeps the newest entries; an output written longer ago needs --force once. */
const KEEP = 200;

interface Entry {
  path: string;
  size: number;
  sha1: string;
}

interface LedgerFile {
  magic: string;
  files: Entry[];
}

export interface OutputLedger {
  /** Is the regular file at `path` exactly what lsys last wrote there? */
  owns(path: string): Promise<boolean>;
  /** Remember that lsys wrote `content` to `path`. Throws when the ledger cannot be written. */
  record(path: string, content: string): Promise<void>;
}

/** The ledger kept in `file` (beside the facts cache: `<cache>.outputs`). */
export function outputLedger(file: string): OutputLedger {
  const read = async (): Promise<Entry[]> => {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LedgerFile>;
      if (parsed?.magic !== LEDGER_MAGIC || !Array.isArray(parsed.files)) return [];
      return parsed.files.filter(
        (e): e is Entry => typeof e?.path === 'string' && typeof e.size === 'number' && typeof e.sha1 === 'string',
      );
    } catch {
      return [];
    }
  };
  return {
    async owns(path) {
      const key = resolve(path);
      const entry = (await read()).find((e) => e.path === key);
      if (!entry) return false;
      const st = await stat(key);
      if (!st.isFile() || st.size !== entry.size) return false;
      return sha1(await readFile(key)) === entry.sha1;
    },
    async record(path, content) {
      const key = resolve(path);
      const bytes = Buffer.from(content, 'utf8');
      const files = (await read()).filter((e) => e.path !== key);
      files.push({ path: key, size: bytes.length, sha1: sha1(bytes) });
      const ledger: LedgerFile = { magic: LEDGER_MAGIC, files: files.slice(-KEEP) };
      await writeFileAtomic(file, `${JSON.stringify(ledger)}\n`);
    },
  };
}

function sha1(buf: Buffer): string {
  return createHash('sha1').update(buf).digest('hex');
}
