// Checks that a document has the body headings its type requires (`rubriker` in lsys.yaml;
// defaults: process Syfte, Omfattning; rutin Syfte, Ansvar, Genomförande, Uppföljning).
// Serves 4:4: a routine says how the activity is done and how responsibility is divided.
// Bad: a rutin without "## Ansvar". Withdrawn documents are not checked.
import { q } from '../../core/i18n.js';
import { status } from '../../model/index.js';
import type { LocalRule } from '../../core/types.js';

const rule: LocalRule = {
  meta: {
    id: 'heading/missing',
    description: { sv: 'En rubrik som dokumenttypen kräver saknas', en: 'A heading the document type requires is missing' },
    defaultSeverity: 'error',
  },
  scope: 'local',
  run(ctx) {
    const typ = ctx.doc.typ;
    if (!typ || status(ctx.doc) === 'upphävd') return;
    const required = ctx.config.rubriker[typ] ?? [];
    if (required.length === 0) return;
    const present = new Set(ctx.doc.headings.map((h) => normalise(h.text)));
    const missing = required.filter((r) => !present.has(normalise(r)));
    for (const m of missing) {
      ctx.report({
        at: { line: ctx.doc.bodyLine, column: 1 },
        message: { sv: `Rubriken ${q(m)} saknas (krävs för ${typ})`, en: `The heading ${q(m)} is missing (required for ${typ})` },
        hint: { sv: `Lägg till "## ${m}" med text under.`, en: `Add "## ${m}" with text below it.` },
      });
    }
  },
};
export default rule;

/** Headings match regardless of case, surrounding space and a trailing colon. */
function normalise(s: string): string {
  return s.normalize('NFC').trim().replace(/:$/, '').toLocaleLowerCase('sv');
}
