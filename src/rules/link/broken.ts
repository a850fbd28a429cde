// Checks that relative links (and images) point at files that exist, and that a `#fragment`
// names a heading in the target Markdown file (anchors made as GitHub makes them).
// Serves 6:1: staff follow links from a process to the routine that applies.
// Bad: [Avvikelser](../rutiner/RUT-003.md#genomforande) when the heading is "Genomförande".
import { join, posix } from 'node:path';
import { q } from '../../core/i18n.js';
import { decodeLinkPath, resolveLinkPath, unpackLinks } from '../../core/links.js';
import { getOrSet, weakMemo } from '../../core/memo.js';
import type { Config, DocumentRule, LoadedDocument } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  missingFile: { sv: 'Länken går till {pathPart}, som inte finns', en: 'The link points at {pathPart}, which does not exist' },
  checkPathHint: {
    sv: 'Kontrollera sökvägen; den räknas från det här dokumentets mapp.',
    en: 'Check the path; it is relative to this document’s folder.',
  },
  missingHeading: { sv: 'Rubriken #{fragment} finns inte i {where}', en: 'The heading #{fragment} does not exist in {where}' },
  thisDocument: { sv: 'detta dokument', en: 'this document' },
  didYouMeanHint: { sv: 'Menade du #{suggestion}?', en: 'Did you mean #{suggestion}?' },
  headingsHint: { sv: 'Rubrikerna där: {headings}.', en: 'Its headings: {headings}.' },
  none: { sv: '(inga)', en: '(none)' },
} as const satisfies Catalogue;

const rule: DocumentRule = {
  meta: {
    id: 'link/broken',
    description: {
      sv: 'En relativ länk till en fil eller rubrik som inte finns',
      en: 'A relative link to a file or heading that does not exist',
    },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'document',
  needsData: false,
  run(ctx) {
    // Only relative links are kept (external ones are never followed).
    for (const link of unpackLinks(ctx.doc.links)) {
      const url = link.url.trim();
      const at = { line: link.line, column: link.column };
      const hashAt = url.indexOf('#');
      const rawPath = hashAt === -1 ? url : url.slice(0, hashAt);
      const rawFragment = hashAt === -1 ? undefined : url.slice(hashAt + 1);
      const pathPart = decodeLinkPath(rawPath.split('?')[0]!); // split always gives a first part
      let target: LoadedDocument | undefined = ctx.doc;
      let targetFile = ctx.doc.file;
      if (pathPart !== '') {
        // Root-relative paths with `/` throughout: string work, no absolute paths per link.
        targetFile = resolveTarget(targetsOf(ctx.config), ctx.doc.file, pathPart);
        // A link to a known document needs no file-system call.
        if (!ctx.byFile.has(targetFile) && !ctx.exists(join(ctx.config.root, targetFile))) {
          ctx.report({
            at,
            messageId: 'missingFile',
            hintId: 'checkPathHint',
            data: { pathPart: q(pathPart) },
          });
          continue;
        }
        target = ctx.byFile.get(targetFile);
      }
      if (rawFragment === undefined || rawFragment === '') continue;
      if (!target) continue; // a fragment into a non-document file (e.g. a README) is not checked
      // A file that could not be read has no known headings (reported on it): not missing ones.
      if (target.findings.some((f) => f.rule === 'file/encoding')) continue;
      const fragment = decodeLinkPath(rawFragment).normalize('NFC');
      if (anchorsOf(target).has(fragment)) continue;
      const suggestion = target.slugs.find((slug) => fold(slug) === fold(fragment));
      ctx.report({
        at,
        messageId: 'missingHeading',
        hintId: suggestion ? 'didYouMeanHint' : 'headingsHint',
        data: {
          fragment,
          where: target === ctx.doc ? messages.thisDocument : targetFile,
          suggestion: suggestion ?? '',
          headings: target.slugs.map((slug) => '#' + slug).join(', ') || messages.none,
        },
      });
    }
  },
};
export default rule;

/** Link paths already resolved in this run (by folder and path): many links share a target. */
const targetsOf = weakMemo((_config: Config) => new Map<string, string>());

/** A link's path from `file`, root-relative. */
function resolveTarget(targets: Map<string, string>, file: string, pathPart: string): string {
  const dir = pathPart.startsWith('/') ? '.' : posix.dirname(file);
  return getOrSet(targets, `${dir}\u0000${pathPart}`, () => resolveLinkPath(file, pathPart));
}

/** A document's anchors (NFC), as a set made the first time a link points into it. */
const anchorsOf = weakMemo((doc: LoadedDocument) => new Set(doc.slugs.map((slug) => slug.normalize('NFC'))));

/** Compare anchors without diacritics, to suggest `#genomförande` for `#genomforande`. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
