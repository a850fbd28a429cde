// Warns about a `lagrum` without a year that means SoL 2025:400 at a place whose content changed
// with the new numbering, in a document that uses the place's old meaning (title, headings or
// other `lagrum` show it). Serves 4 kap. 2 § SOSFS 2011:9: processes rest on the law in force.
// Bad: "SoL 14:3" in a lex Sarah routine approved 2026 (14:3 is now the duty to document; lex
// Sarah reporting is 27 kap. 2 §).
import { loadSolMapping } from '../../core/catalog.js';
import { lagrumEntries } from './resolve.js';
import { evidenceText, fixedCitation, hasNumber, isNewSol, oldMeaningEvidence, placeOf, renumberedMessage } from './sol-2025.js';
import type { DocumentRule } from '../../core/types.js';
import { format, perLang, type Catalogue } from '../../core/messages.js';

const messages = {
  hint: {
    sv: '{signs}Ett kortnamn utan årtal avser lagen som gällde när dokumentet fastställdes. Avser hänvisningen det gamla innehållet ({gammal}): {change}.{keep}',
    en: '{signs}A short name without a year means the statute in force when the document was approved. If the reference means the old content ({gammal}): {change}.{keep}',
  },
  signs: { sv: 'Tecken på den gamla betydelsen: {evidence}. ', en: 'Signs of the old meaning: {evidence}. ' },
  changeTo: {
    sv: 'byt till "{fixed}" (lsys validate --fix gör det åt dig)',
    en: 'change it to "{fixed}" (lsys validate --fix does it for you)',
  },
  changePlace: { sv: 'byt till rätt plats i {to}, med nummer', en: 'change it to the right place in {to}, with the number' },
  keep: {
    sv: ' Avser den verkligen den nya bestämmelsen: skriv "{to} {plats}", så vet lsys att den nya lagen avses.',
    en: ' If it really means the new provision: write "{to} {plats}", so lsys knows the new law is meant.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule = {
  meta: {
    id: 'lagrum/renumbered',
    description: {
      sv: 'Ett lagrum utan årtal pekar på en paragraf i nya SoL som har fått annat innehåll',
      en: 'A legal reference without a year points at a section of the new SoL whose content changed',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    // A withdrawn document is history: what it cited then is not to be corrected.
    if (ctx.doc.data?.status === 'upphävd') return;
    const entries = lagrumEntries(ctx.doc, ctx.catalog, ctx.today);
    for (const e of entries) {
      if (!('statute' in e.result) || !isNewSol(e.result.statute)) continue;
      // Written with its number ("SoL 2025:400 14:3"), the citation says which law it means.
      if (hasNumber(e)) continue;
      const place = placeOf(e);
      const meaning = place === undefined ? undefined : loadSolMapping().newMeaning(place);
      if (!meaning) continue;
      const evidence = meaning.finns_inte ? [] : oldMeaningEvidence(ctx.doc, meaning, entries, e.index);
      if (!evidence) continue;
      const fixed = fixedCitation(meaning.plats);
      const to = loadSolMapping().to;
      ctx.report({
        at: ['lagrum', e.index],
        message: renumberedMessage(e.text, meaning),
        hintId: 'hint',
        data: {
          signs: evidence.length ? format(messages.signs, { evidence: perLang((l) => evidenceText(evidence, l)) }) : '',
          gammal: perLang((l) => (l === 'sv' ? meaning.gammal : meaning.gammal_en)),
          change: fixed ? format(messages.changeTo, { fixed }) : format(messages.changePlace, { to }),
          keep: meaning.finns_inte ? '' : format(messages.keep, { to, plats: meaning.plats }),
        },
        ...(fixed ? { fix: { path: ['lagrum', e.index], from: e.text, to: fixed } } : {}),
      });
    }
  },
};
export default rule;
