// Warns about a `lagrum` whose statute is repealed today, naming its successor. A bare short
// name is the statute in force on the document's `fastställd`: `SoL` in a routine approved in
// 2024 is SoL 2001:453, repealed 2025-07-01 → SoL 2025:400 (new numbering: check the place).
// Bad: "SOSFS 2005:12" (replaced by SOSFS 2011:9 in 2012).
import { isRepealed, statuteDescription, statuteLabel, successorOf, successorsDescription } from '../../core/lagrum.js';
import { q } from '../../core/i18n.js';
import { lagrumEntries } from './resolve.js';
import type { DocumentRule } from '../../core/types.js';

const rule: DocumentRule = {
  meta: {
    id: 'lagrum/repealed',
    description: { sv: 'Ett lagrum hänvisar till en upphävd författning', en: 'A legal reference names a repealed statute' },
    defaultSeverity: 'warning',
  },
  scope: 'document',
  run(ctx) {
    // A withdrawn document is history: what it cited then is not to be corrected.
    if (ctx.doc.data?.status === 'upphävd') return;
    for (const e of lagrumEntries(ctx.doc, ctx.catalog, ctx.today)) {
      if (!('statute' in e.result)) continue;
      const s = e.result.statute;
      if (!isRepealed(s, ctx.today)) continue;
      const next = successorOf(s, ctx.catalog);
      const nextLabel = successorsDescription(s, ctx.catalog) ?? { sv: '?', en: '?' };
      const bare = !/\d{4}:\d+/.test(e.text);
      ctx.report({
        at: ['lagrum', e.index],
        message: {
          sv: `${q(e.text)} avser ${statuteDescription(s)}, som upphävdes ${s.upphävd}; den ersätts av ${nextLabel.sv}`,
          en: `${q(e.text)} means ${statuteDescription(s)}, repealed on ${s.upphävd}; it is replaced by ${nextLabel.en}`,
        },
        hint: {
          sv: `${bare ? 'Ett kortnamn avser lagen som gällde när dokumentet fastställdes. ' : ''}Byt till ${next ? statuteLabel(next) : 'den nya författningen'} och kontrollera kapitel och paragraf där; numreringen kan ha ändrats.`,
          en: `${bare ? 'A short name means the statute in force when the document was approved. ' : ''}Change to ${next ? statuteLabel(next) : 'the new statute'} and check the chapter and section there; the numbering may have changed.`,
        },
      });
    }
  },
};
export default rule;
