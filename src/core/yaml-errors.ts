/**
 * YAML syntax errors in the user's language: the `yaml` package's messages are English, so
 * Swedish text is ours, by the package's error code. Used for document frontmatter and lsys.yaml.
 */
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

export function yamlErrorText(code: string, message: string): Text {
  const en = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return { sv: `YAML-fel: ${YAML_SV[code] ?? `felaktig YAML (${code})`}`, en: `YAML error: ${en}` };
}

export function yamlErrorHint(code: string): Text | undefined {
  if (code === 'DUPLICATE_KEY') return { sv: 'Ta bort eller slå ihop den ena förekomsten.', en: 'Remove or merge one of them.' };
  if (code === 'TAB_AS_INDENT') return { sv: 'Byt tabbar mot mellanslag.', en: 'Replace tabs with spaces.' };
  if (code === 'BAD_SCALAR_START' || code === 'UNEXPECTED_TOKEN' || code === 'UNEXPECTED_CHAR')
    return { sv: 'Sätt värden som börjar med t.ex. @, ` eller % inom citattecken.', en: 'Quote values that start with e.g. @, ` or %.' };
  return { sv: 'Kontrollera indrag, kolon efter nycklar och citattecken.', en: 'Check indentation, colons after keys and quotes.' };
}
