/**
 * The charts' own words (a chart drawn without a caption from the templates): by id, Swedish
 * and English, named placeholders (core/messages.ts).
 */
import type { Catalogue } from '../../core/messages.js';

export const CHART_MESSAGES = {
  noData: { sv: 'Inga uppgifter', en: 'No data' },
  shareOfPlanned: { sv: 'Andel av planerade', en: 'Share of planned' },
  valueInYear: { sv: '{value} år {year}', en: '{value} in {year}' },
} as const satisfies Catalogue;
