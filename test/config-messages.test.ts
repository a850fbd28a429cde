/**
 * Errors in lsys.yaml are all in the user's language: Swedish by default (no `Missing closing
 * "quote`, `must match format "date"`, `must be >= 1`), English with --lang en. YAML syntax
 * errors get our own wording by the yaml package's error code; schema errors by keyword.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/core/config.js';
import { BASE_CONFIG } from './helpers/repo.js';

const messageOf = (text: string, lang: 'sv' | 'en' = 'sv'): string => {
  try {
    parseConfig(text, '/repo', lang);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('no error');
};

const head = BASE_CONFIG.slice(0, BASE_CONFIG.indexOf('regler:\n'));
const CASES: Array<[string, string, RegExp, RegExp]> = [
  [
    'an unclosed quote',
    `${head}undantag:\n  - { sosfs: "4:6, skäl: x }\n`,
    /YAML-fel: Ett tecken saknas \(t\.ex\. ett avslutande citattecken/,
    /YAML error: Missing closing "quote/,
  ],
  ['a tab as indentation', `${head}revision:\n\tvarna_dagar: 30\n`, /YAML-fel: /, /YAML error: /],
  [
    'an impossible date',
    `${head}undantag:\n  - { sosfs: "4:6", skäl: Ingen hsl, till: 2026-02-30 }\n`,
    /"undantag post 1, till" är inget giltigt datum\. Skriv ÅÅÅÅ-MM-DD/,
    /"undantag item 1, till" is not a valid date/,
  ],
  [
    'a number below its minimum',
    `${head}revision:\n  max_månader: 0\n`,
    /"revision\.max_månader" ska vara minst 1\./,
    /"revision\.max_månader" must be at least 1\./,
  ],
  [
    'a number outside its range',
    `${head}risk:\n  åtgärdsgräns: 17\n`,
    /"risk\.åtgärdsgräns" ska vara ett heltal 1–16\./,
    /"risk\.åtgärdsgräns" must be a whole number 1–16\./,
  ],
  [
    'an empty list',
    BASE_CONFIG.replace('verksamhetsformer: [sol, lss, hsl]', 'verksamhetsformer: []'),
    /"verksamhetsformer" ska ha minst 1 post\./,
    /"verksamhetsformer" must have at least 1 item\./,
  ],
  [
    'the same value twice',
    BASE_CONFIG.replace('verksamhetsformer: [sol, lss, hsl]', 'verksamhetsformer: [sol, sol]'),
    /"verksamhetsformer" innehåller samma värde två gånger/,
    /contains the same value twice/,
  ],
  [
    'an empty text',
    BASE_CONFIG.replace('organisation: Testkommunen, socialförvaltningen', 'organisation: ""'),
    /"organisation" får inte vara tomt\./,
    /"organisation" must not be empty\./,
  ],
  [
    'a paragraph of the wrong form',
    `${head}undantag:\n  - { sosfs: "4-6", skäl: x }\n`,
    /"undantag post 1, sosfs" har fel form: skriv kapitel:paragraf/,
    /write chapter:paragraph/,
  ],
];

describe('lsys.yaml errors', () => {
  it.each(CASES)('%s: Swedish by default, English with --lang en', (_name, text, sv, en) => {
    const s = messageOf(text);
    expect(s).toMatch(/^lsys\.yaml(:\d+:\d+)?: /);
    expect(s).toMatch(sv);
    // No English left in the Swedish message.
    expect(s).not.toMatch(/\b(must|Missing|should|Expected|Unexpected|match|format "|>=|<=)\b/);
    expect(messageOf(text, 'en')).toMatch(en);
  });
});
