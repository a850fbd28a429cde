/**
 * lsys site's body hook for the load (core LoadAllOptions.bodyHook): each body the load parses
 * is rendered from the load's own tokens, in the thread that parsed it, so a first build parses
 * no body twice (issue 10: "parse nothing twice"). What it gives is what renderDeferred gives for
 * the same body; a body it does not render (raw HTML, which the report's sanitiser must see, or
 * a personnummer to mask first) is rendered by the site as before.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Token } from 'markdown-it';
import type { ParsedDocument } from '../core/types.js';
import { maskPersonalNumbers } from '../core/personnummer.js';
import { deferredFromTokens, type DeferredBody } from './render-fast.js';

export function bodyHook(markdown: string, tokens: Token[], doc: ParsedDocument): DeferredBody | undefined {
  // Only for what the site can show (a document with frontmatter and an id).
  if (doc.data === undefined || doc.id === undefined) return undefined;
  if (maskPersonalNumbers(markdown) !== markdown) return undefined;
  return deferredFromTokens(tokens);
}

/**
 * The hook's module, for LoadAllOptions.bodyHook: this file, compiled (beside this module in
 * dist/site/ and in the bundle; under vitest, which runs the sources, the one in dist/).
 */
export const BODY_HOOK = ['./body-hook.js', '../../dist/site/body-hook.js']
  .map((u) => new URL(u, import.meta.url))
  .find((u) => existsSync(fileURLToPath(u)))?.href;
