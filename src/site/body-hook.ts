/**
 * lsys site's body hook for the load (core LoadAllOptions.bodyHook): each body the load parses
 * is rendered from the load's own tokens, in the thread that parsed it, so a first build parses
 * no body twice (issue 10: "parse nothing twice"). What it gives is what renderDeferred gives for
 * the same body; a body it does not render (raw HTML, which the report's sanitiser must see, or
 * a personnummer to mask first) is rendered by the site as before. It also notes the file's git
 * blob id and version, so the change history need not ask git for the newest blob.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from 'markdown-it';
import type { ParsedDocument } from '../core/types.js';
import { deferredFromTokens, type DeferredBody } from './render-fast.js';
import { gitBlobId, versionIn } from './blob-version.js';

/** What the hook gives: the body rendered (when it could be), and the file's git blob id and version. */
export interface LoadedFile {
  body?: DeferredBody;
  /** git's id of the file's bytes as read. */
  blob: string;
  /** The frontmatter's `version:` as the change history reads it from a blob (blob-version.ts). */
  version?: string;
}

export function bodyHook(
  _markdown: string,
  tokens: Token[],
  doc: ParsedDocument,
  file: { text: string; bytes: Uint8Array },
): LoadedFile | undefined {
  // Only for what the site can show (a document with frontmatter and an id).
  if (doc.data === undefined || doc.id === undefined) return undefined;
  // The version as history reads it from the blob's bytes (a BOM or CRLF kept, as git keeps them).
  const version = versionIn(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8'));
  const out: LoadedFile = { blob: gitBlobId(file.bytes), ...(version !== undefined ? { version } : {}) };
  // A personnummer anywhere in the file (the load found them all): the site masks and renders it.
  if (doc.personalNumbers.length > 0) return out;
  const body = deferredFromTokens(tokens);
  return body ? { ...out, body } : out;
}

/**
 * The hook's module, for LoadAllOptions.bodyHook: this file, compiled (beside this module in
 * dist/site/ and in the bundle; under vitest, which runs the sources, the one in dist/).
 */
export const BODY_HOOK = ['./body-hook.js', '../../dist/site/body-hook.js']
  .map((u) => new URL(u, import.meta.url))
  .find((u) => existsSync(fileURLToPath(u)))?.href;
