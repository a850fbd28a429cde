/** The texts of the handbook's search page (the browser script `assets/sok.js`), Swedish and English. */
import type { Catalogue } from '../../core/messages.js';

export const SEARCH_MESSAGES = {
  loading: { sv: 'Sökindexet laddas …', en: 'Loading the search index …' },
  ready: { sv: 'Skriv ett eller flera ord att söka efter.', en: 'Type one or more words to search for.' },
  hits: { sv: '{antal} träffar för ”{fråga}”.', en: '{antal} results for “{fråga}”.' },
  oneHit: { sv: '1 träff för ”{fråga}”.', en: '1 result for “{fråga}”.' },
  noHits: { sv: 'Inga träffar för ”{fråga}”.', en: 'No results for “{fråga}”.' },
  shown: { sv: 'Visar de {visade} bästa.', en: 'Showing the best {visade}.' },
  partial: {
    sv: '{saknas} av {delar} delar av sökindexet kunde inte laddas: träffar kan saknas.',
    en: '{saknas} of {delar} parts of the search index could not be loaded: results may be missing.',
  },
  failed: {
    sv: 'Sökningen fungerar inte här: sökindexet kunde inte laddas. Använd menyn och innehållsförteckningen på startsidan.',
    en: 'Search does not work here: the search index could not be loaded. Use the menu and the contents on the start page.',
  },
  draft: { sv: 'UTKAST', en: 'DRAFT' },
} satisfies Catalogue;
