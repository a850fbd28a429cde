/**
 * YAML syntax errors in the user's language: the `yaml` package's messages are English, so
 * Swedish text is ours, by the package's error code. Used for document frontmatter and lsys.yaml.
 */
import { format, say, type Catalogue } from './messages.js';
import type { Text } from './types.js';

const YAML_SV: Record<string, string> = {
  DUPLICATE_KEY: 'Nyckeln finns två gånger',
  BAD_INDENT: 'Fel indrag',
  MISSING_CHAR: 'Ett tecken saknas (t.ex. ett avslutande citattecken eller en hakparentes)',
  BLOCK_AS_IMPLICIT_KEY: 'Ett block kan inte vara nyckel',
  MULTILINE_IMPLICIT_KEY: 'En nyckel kan inte sträcka sig över flera rader (saknas ett kolon?)',
  UNEXPECTED_TOKEN: 'Oväntat tecken',
  TAB_AS_INDENT: 'Tabb används som indrag (använd mellanslag)',
  BAD_ALIAS: 'Felaktigt alias',
  ALIAS_PROPS: 'Ett alias kan inte ha egenskaper',
  BAD_DIRECTIVE: 'Felaktigt direktiv',
  BAD_SCALAR_START: 'Ett värde kan inte börja med detta tecken (sätt det inom citattecken)',
  BLOCK_IN_FLOW: 'Block inuti en [lista] eller {mappning}',
  MULTIPLE_ANCHORS: 'Flera ankare på samma värde',
  MULTIPLE_DOCS: 'Flera YAML-dokument i samma fil eller frontmatter (en rad --- för mycket?)',
  BAD_DQ_ESCAPE: 'Felaktig \\-kod inom "citattecken" (skriv \\\\ för ett omvänt snedstreck, eller använd \'enkla citattecken\')',
  BAD_PROP_ORDER: 'Ankare och tagg står i fel ordning',
  IMPOSSIBLE: 'YAML som inte går att tolka',
  KEY_OVER_1024_CHARS: 'En nyckel är längre än 1024 tecken',
  MULTIPLE_TAGS: 'Flera taggar på samma värde',
  NON_STRING_KEY: 'En nyckel måste vara en text',
  RESOURCE_EXHAUSTION: 'För stor eller för djupt nästlad YAML',
  BAD_COLLECTION_TYPE: 'Fel sorts samling (lista eller mappning) för taggen',
  TAG_RESOLVE_FAILED: 'Okänd tagg',
  UNEXPECTED_CHAR: 'Oväntat tecken',
};

export const YAML_MESSAGES = {
  error: { sv: 'YAML-fel: {reason}', en: 'YAML error: {reason}' },
  unknown: { sv: 'felaktig YAML ({code})', en: 'invalid YAML ({code})' },
  duplicateKey: { sv: 'Nyckeln ”{key}” finns två gånger', en: 'The key "{key}" appears twice' },
  duplicateKeyHint: { sv: 'Ta bort eller slå ihop den ena förekomsten.', en: 'Remove or merge one of them.' },
  tabHint: { sv: 'Byt tabbar mot mellanslag.', en: 'Replace tabs with spaces.' },
  quoteHint: { sv: 'Sätt värden som börjar med t.ex. @, ` eller % inom citattecken.', en: 'Quote values that start with e.g. @, ` or %.' },
  syntaxHint: { sv: 'Kontrollera indrag, kolon efter nycklar och citattecken.', en: 'Check indentation, colons after keys and quotes.' },
} as const satisfies Catalogue;

/**
 * A YAML syntax error: in Swedish the code's sentence from YAML_SV, in English the `yaml`
 * package's own message (its first line, without the position lsys gives separately); a
 * duplicate key with its name when the caller knows it.
 */
export function yamlErrorText(code: string, message: string, key?: string): Text {
  // A repeated key is named when it is known (frontmatter): "Nyckeln ”titel” finns två gånger".
  if (code === 'DUPLICATE_KEY' && key !== undefined)
    return format(YAML_MESSAGES.error, { reason: format(YAML_MESSAGES.duplicateKey, { key }) });
  const en = (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const sv = YAML_SV[code] ?? say(YAML_MESSAGES.unknown, 'sv', { code });
  return format(YAML_MESSAGES.error, { reason: { sv, en } });
}

export function yamlErrorHint(code: string): Text {
  if (code === 'DUPLICATE_KEY') return YAML_MESSAGES.duplicateKeyHint;
  if (code === 'TAB_AS_INDENT') return YAML_MESSAGES.tabHint;
  if (code === 'BAD_SCALAR_START' || code === 'UNEXPECTED_TOKEN' || code === 'UNEXPECTED_CHAR') return YAML_MESSAGES.quoteHint;
  return YAML_MESSAGES.syntaxHint;
}
