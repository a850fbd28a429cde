/**
 * The links lsys checks, kept compactly. A document's relative links (external ones —
 * `https:`, `mailto:`, `//host` — and empty ones are never followed) are one string per
 * document, a link a line: `line:column url`. At 10,000 documents that is 10,000 strings
 * instead of 40,000 link objects with a position object each, to cache, clone and collect.
 */
import { posix } from 'node:path';
import type { Link } from './types.js';

/** Is this a link lsys checks (relative, not empty)? */
export function isRelativeLink(url: string): boolean {
  const u = url.trim();
  return u !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(u) && !u.startsWith('//');
}

export function packLinks(links: readonly Link[]): string {
  let out = '';
  for (const l of links) {
    if (!isRelativeLink(l.url)) continue;
    // A normalised URL has no line break; should one slip through, it stays on its line.
    out += `${out === '' ? '' : '\n'}${l.at.line}:${l.at.column} ${l.url.replace(/\n/g, '%0A')}`;
  }
  return out;
}

export interface PackedLink {
  url: string;
  line: number;
  column: number;
}

export function unpackLinks(packed: string): PackedLink[] {
  if (packed === '') return [];
  return packed.split('\n').map((row) => {
    const colon = row.indexOf(':');
    const space = row.indexOf(' ', colon);
    return { line: Number(row.slice(0, colon)), column: Number(row.slice(colon + 1, space)), url: row.slice(space + 1) };
  });
}

/** A link's path part percent-decoded; as written when it does not decode. */
export function decodeLinkPath(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The repository path a link's (decoded) path part leads to from the document `file`, as
 * link/broken resolves it: `/…` from the repository root, anything else from the document's
 * folder.
 */
export function resolveLinkPath(file: string, pathPart: string): string {
  return posix.join(pathPart.startsWith('/') ? '.' : posix.dirname(file), pathPart);
}
