/**
 * The name of the configuration file and the hash the cache keys it by: shared by
 * open-config.ts (find and open, cached) and config.ts (parse and check), which import
 * this leaf module instead of each other.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

export const CONFIG_FILE = 'lsys.yaml';

/** The hash of lsys.yaml's text under which the cache keeps the parsed configuration. */
export function configHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The absolute folder of lsys.yaml's `läskvittens.mapp` as written, for a repository at `root`
 * (an absolute path stays): resolved again when the configuration comes from the cache, so a
 * moved repository reads its own folder.
 */
export function läskvittensFolder(root: string, mappText: string): string {
  return isAbsolute(mappText) ? resolve(mappText) : resolve(root, mappText);
}
