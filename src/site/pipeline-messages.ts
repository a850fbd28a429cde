/**
 * The texts of the site pipeline (build.ts): the document types as staff read them in search
 * results. The pages' own texts are pages/'s (src/site/messages.ts).
 */
import type { Catalogue } from '../core/messages.js';
import type { DocType } from '../core/types.js';

export const SITE_TYPES: Catalogue<DocType> = {
  policy: { sv: 'Policy', en: 'Policy' },
  process: { sv: 'Process', en: 'Process' },
  rutin: { sv: 'Rutin', en: 'Routine' },
  ansvarsfördelning: { sv: 'Ansvarsfördelning', en: 'Division of responsibilities' },
  riskanalys: { sv: 'Riskanalys', en: 'Risk analysis' },
  egenkontroll: { sv: 'Egenkontroll', en: 'Self-inspection' },
  sammanställning: { sv: 'Sammanställning', en: 'Summary' },
  blankett: { sv: 'Blankett', en: 'Form' },
};
