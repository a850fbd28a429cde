/**
 * The version a document's change history shows for each of its blobs (the `version:` line of
 * its frontmatter as committed), and git's id of a file's bytes: the load's threads know both
 * for the file as it is on disk, so the newest blob of a document unchanged since its last
 * commit (nearly every document) is not read from git again (body-hook.ts, build.ts).
 */
import { createHash } from 'node:crypto';

/** The `version:` of a file's frontmatter as written (quotes taken off), or undefined. */
export function versionIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const end = text.indexOf('\n---', 3);
  const front = end === -1 ? '' : text.slice(0, end);
  const m = /^version:[ \t]*(["']?)([^\n"']*?)\1[ \t]*$/m.exec(front);
  return m?.[2] || undefined;
}

/** git's blob id of these bytes (`git hash-object`, SHA-1 repositories). */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
