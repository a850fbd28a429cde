// Checks that relative links (and images) point at files that exist, and that a `#fragment`
// names a heading in the target Markdown file (anchors made as GitHub makes them).
// Serves 6:1: staff follow links from a process to the routine that applies.
// Bad: [Avvikelser](../rutiner/RUT-003.md#genomforande) when the heading is "Genomförande".
import { dirname, join, relative, sep } from 'node:path';
import { q } from '../../core/i18n.js';
import type { DocumentRule, LoadedDocument } from '../../core/types.js';

const rule: DocumentRule = {
  meta: {
    id: 'link/broken',
    description: { sv: 'En relativ länk till en fil eller rubrik som inte finns', en: 'A relative link to a file or heading that does not exist' },
    defaultSeverity: 'error',
  },
  scope: 'document',
  needsData: false,
  run(ctx) {
    for (const link of ctx.doc.links) {
      const url = link.url.trim();
      if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue; // external
      const hashAt = url.indexOf('#');
      const rawPath = hashAt === -1 ? url : url.slice(0, hashAt);
      const rawFragment = hashAt === -1 ? undefined : url.slice(hashAt + 1);
      const pathPart = safeDecode(rawPath.split('?')[0]);
      let target: LoadedDocument | undefined = ctx.doc;
      let targetFile = ctx.doc.file;
      if (pathPart !== '') {
        const abs = pathPart.startsWith('/')
          ? join(ctx.config.root, pathPart)
          : join(dirname(ctx.doc.absPath), pathPart);
        targetFile = relative(ctx.config.root, abs).split(sep).join('/');
        // A link to a known document needs no file-system call.
        if (!ctx.byFile.has(targetFile) && !ctx.exists(abs)) {
          ctx.report({
            at: link.at,
            message: { sv: `Länken går till ${q(pathPart)}, som inte finns`, en: `The link points at ${q(pathPart)}, which does not exist` },
            hint: { sv: 'Kontrollera sökvägen; den räknas från det här dokumentets mapp.', en: 'Check the path; it is relative to this document’s folder.' },
          });
          continue;
        }
        target = ctx.byFile.get(targetFile);
      }
      if (rawFragment === undefined || rawFragment === '') continue;
      if (!target) continue; // a fragment into a non-document file (e.g. a README) is not checked
      const fragment = safeDecode(rawFragment).normalize('NFC');
      if (target.headings.some((h) => h.slug.normalize('NFC') === fragment)) continue;
      const suggestion = target.headings.find((h) => fold(h.slug) === fold(fragment));
      ctx.report({
        at: link.at,
        message: {
          sv: `Rubriken #${fragment} finns inte i ${target === ctx.doc ? 'detta dokument' : targetFile}`,
          en: `The heading #${fragment} does not exist in ${target === ctx.doc ? 'this document' : targetFile}`,
        },
        hint: suggestion
          ? { sv: `Menade du #${suggestion.slug}?`, en: `Did you mean #${suggestion.slug}?` }
          : {
              sv: `Rubrikerna där: ${target.headings.map((h) => '#' + h.slug).join(', ') || '(inga)'}.`,
              en: `Its headings: ${target.headings.map((h) => '#' + h.slug).join(', ') || '(none)'}.`,
            },
      });
    }
  },
};
export default rule;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Compare anchors without diacritics, to suggest `#genomförande` for `#genomforande`. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
