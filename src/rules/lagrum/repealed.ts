// Warns about a `lagrum` whose statute is repealed today, naming its successor. A bare short
// name is the statute in force on the document's `fastställd`: `SoL` in a routine approved in
// 2024 is SoL 2001:453, repealed 2025-07-01 → SoL 2025:400 (new numbering: check the place).
// A place of SoL 2001:453 in the comparison table (catalog/sol-2025-400.json) is named in
// SoL 2025:400 too, and --fix may rewrite it where the mapping is one-to-one and certain.
// Bad: "SOSFS 2005:12" (replaced by SOSFS 2011:9 in 2012); "SoL 2001:453 14:3" (now 27 kap. 2 §).
import { isRepealed, statuteDescription, successorLabels, successorsDescription } from '../../core/lagrum.js';
import { q } from '../../core/i18n.js';
import { lagrumEntries } from './resolve.js';
import { correspondenceSentence, fixedCitation, hasNumber, isOldSol, placeOf, placeText, rewriteAdvice } from './sol-2025.js';
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
      const next = successorLabels(s, ctx.catalog);
      const nextLabel = successorsDescription(s, ctx.catalog) ?? { sv: '?', en: '?' };
      const bare = !hasNumber(e);
      const message = {
        sv: `${q(e.text)} avser ${statuteDescription(s)}, som upphävdes ${s.upphävd}; den ersätts av ${nextLabel.sv}`,
        en: `${q(e.text)} means ${statuteDescription(s)}, repealed on ${s.upphävd}; it is replaced by ${nextLabel.en}`,
      };
      const shortName = {
        sv: bare ? 'Ett kortnamn avser lagen som gällde när dokumentet fastställdes. ' : '',
        en: bare ? 'A short name means the statute in force when the document was approved. ' : '',
      };
      // SoL 2001:453 at a place the comparison table knows: name where it went.
      const place = isOldSol(s) ? placeOf(e) : undefined;
      const mapped = place === undefined ? undefined : correspondenceSentence(place);
      if (place !== undefined && mapped) {
        const fixed = fixedCitation(place);
        const advice = rewriteAdvice(place);
        ctx.report({
          at: ['lagrum', e.index],
          message: { sv: `${message.sv}. ${mapped.sv}`, en: `${message.en}. ${capitalise(mapped.en)}` },
          hint: { sv: `${shortName.sv}${advice.sv}`, en: `${shortName.en}${advice.en}` },
          ...(fixed ? { fix: { path: ['lagrum', e.index], from: e.text, to: fixed } } : {}),
        });
        continue;
      }
      // Another statute whose catalogue entry says where a place went (HSL 1982:763 31 §).
      const plats = placeOf(e);
      const moved = plats === undefined ? undefined : s.platser?.[plats];
      if (plats !== undefined && moved) {
        const to = next[0] ?? '';
        ctx.report({
          at: ['lagrum', e.index],
          message: {
            sv: `${message.sv}. ${placeText(plats, 'sv')} (${moved.ämne}) motsvaras enligt innehållet av ${to} ${placeText(moved.plats, 'sv')}; kontrollera`,
            en: `${message.en}. ${capitalise(placeText(plats, 'en'))} (${moved.ämne_en}) corresponds by content to ${to} ${placeText(moved.plats, 'en')}; check it`,
          },
          hint: {
            sv: `${shortName.sv}Byt till "${to} ${moved.plats}" och kontrollera att bestämmelsen säger det dokumentet avser.`,
            en: `${shortName.en}Change it to "${to} ${moved.plats}" and check that the provision says what the document means.`,
          },
        });
        continue;
      }
      ctx.report({
        at: ['lagrum', e.index],
        message,
        hint: {
          sv: `${shortName.sv}Byt till ${next.length ? next.join(' eller ') : 'den nya författningen'} och kontrollera kapitel och paragraf där; numreringen kan ha ändrats.`,
          en: `${shortName.en}Change to ${next.length ? next.join(' or ') : 'the new statute'} and check the chapter and section there; the numbering may have changed.`,
        },
      });
    }
  },
};
export default rule;

function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
