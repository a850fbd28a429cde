/**
 * STAND-IN on branch p-site only (helper S owns src/site/search/): the smallest buildSearch that
 * lets the pipeline run and be tested. The lead takes S's file over this one at merge.
 */
import type { BuildSearch } from '../types.js';

export const buildSearch: BuildSearch = async (docs) => [
  { path: 'sok/index.json', content: JSON.stringify(docs.map((d) => [d.page, d.title, d.type])) },
  { path: 'assets/sok.js', content: '' },
];
