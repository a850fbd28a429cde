/**
 * Find the repository (the folder of lsys.yaml, walking up) and open its configuration:
 * from the cache when lsys.yaml's text is unchanged, so a warm run loads no YAML parser
 * and no schema validator for it; otherwise parsed and checked by config.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCachedConfig } from './cache.js';
import { LsysError } from './errors.js';
import { CONFIG_FILE, configHash, läskvittensFolder } from './config-file.js';
import { CONFIG_MESSAGES } from './config-messages.js';
import { say } from './messages.js';
import type { Config, Lang } from './types.js';

/** Walk up from `start` to the folder that holds lsys.yaml. */
export function findRoot(start: string, lang: Lang): string {
  let dir = resolve(start);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new LsysError('cwd-not-found', say(CONFIG_MESSAGES.cwdNotFound, lang, { start }));
  }
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new LsysError('config-not-found', say(CONFIG_MESSAGES.notFound, lang, { folder: resolve(start) }));
}

/**
 * lsys.yaml of `root`, from `cacheFile` when it holds this very text (only a configuration
 * that passed every check is cached), otherwise parsed and checked — where any problem is a
 * configuration error (exit 2).
 */
export async function openConfig(root: string, lang: Lang, validSosfs?: (ref: string) => boolean, cacheFile?: string): Promise<Config> {
  let text: string | undefined;
  try {
    text = readFileSync(join(root, CONFIG_FILE), 'utf8');
  } catch {
    // loadConfig says why it cannot be read.
  }
  if (cacheFile && text !== undefined) {
    const cached = readCachedConfig(cacheFile, configHash(text));
    if (cached) {
      const l = cached.läskvittens;
      return { ...cached, root, ...(l ? { läskvittens: { ...l, mapp: läskvittensFolder(root, l.mappText) } } : {}) };
    }
  }
  const { loadConfig, parseConfig } = await import('./config.js');
  return text === undefined ? loadConfig(root, lang, validSosfs) : parseConfig(text, root, lang, validSosfs);
}
