// Warns about a `lagrum` that does not follow the grammar or names no statute of the catalogue
// (catalog/statutes.json), so references to laws can be kept current.
// Bad: "Socialtjänstlagen kap 4" (grammar) or "SOSFS" without its number.
import { isLagrumParseError, LAGRUM_GRAMMAR, misprintOf, parseLagrum } from '../../core/lagrum.js';
import { q } from '../../core/i18n.js';
import { lagrumEntries } from './resolve.js';
import type { DocumentRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  notTheForm: {
    sv: 'Lagrummet {text} följer inte formen för lagrum',
    en: 'The reference {text} does not follow the form of a legal reference',
  },
  spacedLetterHint: {
    sv: 'Skriv {spaced}: paragrafens bokstav skrivs utan mellanslag (3:8a för 3 kap. 8 a §).',
    en: "Write {spaced}: the section's letter is written without a space (3:8a for chapter 3 section 8 a).",
  },
  notInCatalogue: {
    sv: 'Lagrummet {text} finns inte i lsys författningskatalog',
    en: 'The reference {text} is not in lsys’s statutes catalogue',
  },
  misprintHint: {
    sv: 'Menade du {misprint}? Numret är en känd felskrivning (den finns i officiell text, men ingen författning har det).',
    en: 'Did you mean {misprint}? The number is a known misprint (it appears in official text, but no statute has it).',
  },
  seriesNeedsNumber: {
    sv: 'Lagrummet {text} saknar nummer: en föreskriftsserie behöver sitt nummer',
    en: 'The reference {text} has no number: a regulation series needs its number',
  },
  checkNameHint: {
    sv: 'Kontrollera namn och nummer (t.ex. "SoL 2025:400", "HSLF-FS 2017:40"). {grammar}',
    en: 'Check the name and number (e.g. "SoL 2025:400", "HSLF-FS 2017:40"). {grammar}',
  },
} as const satisfies Catalogue;

const rule: DocumentRule = {
  meta: {
    id: 'lagrum/unknown',
    description: {
      sv: 'Ett lagrum som inte finns i katalogen eller inte följer formen',
      en: 'A legal reference not in the catalogue or not in the expected form',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    // A withdrawn document is history: what it cited then is not to be corrected.
    if (ctx.doc.data?.status === 'upphävd') return;
    for (const e of lagrumEntries(ctx.doc, ctx.catalog, ctx.today)) {
      const r = e.result;
      if ('statute' in r) continue;
      const at = ['lagrum', e.index];
      const spaced = 'error' in r && r.error === 'syntax' ? spacedLetter(e.text) : undefined;
      const misprint = 'unknown' in r ? misprintOf(e.text, ctx.catalog) : undefined;
      if (spaced) {
        ctx.report({
          at,
          messageId: 'notTheForm',
          hintId: 'spacedLetterHint',
          data: { text: q(e.text), spaced: q(spaced) },
        });
      } else if (misprint) {
        ctx.report({
          at,
          messageId: 'notInCatalogue',
          hintId: 'misprintHint',
          data: { text: q(e.text), misprint: q(misprint) },
        });
      } else if ('error' in r) {
        ctx.report({
          at,
          messageId: r.error === 'series-needs-number' ? 'seriesNeedsNumber' : 'notTheForm',
          data: { text: q(e.text) },
          hint: LAGRUM_GRAMMAR,
        });
      } else {
        ctx.report({
          at,
          messageId: 'notInCatalogue',
          hintId: 'checkNameHint',
          data: { text: q(e.text), grammar: LAGRUM_GRAMMAR },
        });
      }
    }
  },
};
export default rule;

/** "PSL 3:8 a" written as in prose: "PSL 3:8a" when that follows the grammar, else undefined. */
function spacedLetter(text: string): string | undefined {
  const m = /^(.*\d) ([a-z])$/.exec(text.trim());
  if (!m) return undefined;
  const joined = m[1]! + m[2]!; // both groups always take part
  return isLagrumParseError(parseLagrum(joined)) ? undefined : joined;
}
