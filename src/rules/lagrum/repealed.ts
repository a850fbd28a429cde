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
import { format, perLang, type Catalogue } from '../../core/messages.js';
import type { DocumentRule } from '../../core/types.js';

const messages = {
  repealed: {
    sv: '{text} avser {statute}, som upphävdes {date}; den ersätts av {successors}',
    en: '{text} means {statute}, repealed on {date}; it is replaced by {successors}',
  },
  repealedMapped: { sv: '{repealed}. {mapped}', en: '{repealed}. {mapped}' },
  repealedMoved: {
    sv: '{repealed}. {place} ({subject}) motsvaras enligt innehållet av {to} {newPlace}; kontrollera',
    en: '{repealed}. {place} ({subject}) corresponds by content to {to} {newPlace}; check it',
  },
  shortName: {
    sv: 'Ett kortnamn avser lagen som gällde när dokumentet fastställdes. ',
    en: 'A short name means the statute in force when the document was approved. ',
  },
  adviceHint: { sv: '{shortName}{advice}', en: '{shortName}{advice}' },
  movedHint: {
    sv: '{shortName}Byt till "{to} {plats}" och kontrollera att bestämmelsen säger det dokumentet avser.',
    en: '{shortName}Change it to "{to} {plats}" and check that the provision says what the document means.',
  },
  successorHint: {
    sv: '{shortName}Byt till {next} och kontrollera kapitel och paragraf där; numreringen kan ha ändrats.',
    en: '{shortName}Change to {next} and check the chapter and section there; the numbering may have changed.',
  },
  theNewStatute: { sv: 'den nya författningen', en: 'the new statute' },
} as const satisfies Catalogue;

const rule: DocumentRule = {
  meta: {
    id: 'lagrum/repealed',
    description: { sv: 'Ett lagrum hänvisar till en upphävd författning', en: 'A legal reference names a repealed statute' },
    defaultSeverity: 'warning',
    messages,
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
      const bare = !hasNumber(e);
      const repealed = format(messages.repealed, {
        text: q(e.text),
        statute: statuteDescription(s),
        date: String(s.upphävd),
        successors: successorsDescription(s, ctx.catalog) ?? '?',
      });
      const shortName = bare ? messages.shortName : '';
      // SoL 2001:453 at a place the comparison table knows: name where it went.
      const place = isOldSol(s) ? placeOf(e) : undefined;
      const mapped = place === undefined ? undefined : correspondenceSentence(place);
      if (place !== undefined && mapped) {
        const fixed = fixedCitation(place);
        const advice = rewriteAdvice(place);
        ctx.report({
          at: ['lagrum', e.index],
          messageId: 'repealedMapped',
          hintId: 'adviceHint',
          data: { repealed, mapped: perLang((lang) => (lang === 'en' ? capitalise(mapped.en) : mapped.sv)), shortName, advice },
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
          messageId: 'repealedMoved',
          hintId: 'movedHint',
          data: {
            repealed,
            place: perLang((lang) => (lang === 'en' ? capitalise(placeText(plats, 'en')) : placeText(plats, 'sv'))),
            subject: perLang((lang) => (lang === 'en' ? moved.ämne_en : moved.ämne)),
            to,
            newPlace: perLang((lang) => placeText(moved.plats, lang)),
            shortName,
            plats: moved.plats,
          },
        });
        continue;
      }
      ctx.report({
        at: ['lagrum', e.index],
        message: repealed,
        hintId: 'successorHint',
        data: { shortName, next: next.length ? perLang((lang) => next.join(lang === 'en' ? ' or ' : ' eller ')) : messages.theNewStatute },
      });
    }
  },
};
export default rule;

function capitalise(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}
