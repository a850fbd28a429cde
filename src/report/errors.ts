/**
 * The report's errors and the words they use (Handlebars' parser tokens): messages with ids,
 * Swedish and English, named placeholders (see core/messages.ts). The report's own wording is
 * templates/messages.yaml; these are lsys's errors about templates and the request.
 */
import type { Catalogue } from '../core/messages.js';

export const REPORT_ERRORS = {
  noHealthCare: {
    sv: 'Ingen patientsäkerhetsberättelse: lsys.yaml anger inte hsl i verksamhetsformer, så organisationen bedriver ingen hälso- och sjukvård, och berättelsen krävs bara av vårdgivare (3 kap. 10 § patientsäkerhetslagen). Skriv kvalitetsberättelsen med --kind kvalitetsberattelse, eller lägg till hsl i verksamhetsformer om hälso- och sjukvård bedrivs.',
    en: 'No patient safety report: lsys.yaml lists no hsl in verksamhetsformer, so the organisation runs no health care, and the report is required of care providers only (Chapter 3, Section 10 of the Patient Safety Act). Write the quality report with --kind kvalitetsberattelse, or add hsl to verksamhetsformer if health care is provided.',
  },
  partialNotFoundWhileFilling: {
    sv: 'Mallarna använder delmallen "{name}" ({{> {name}}}) som inte finns. Delmallar är filerna under {format}/partials/.',
    en: 'The templates use the partial "{name}" ({{> {name}}}), which does not exist. Partials are the files under {format}/partials/.',
  },
  fillFailedAt: {
    sv: '{file}, rad {line}: mallen kunde inte fyllas i: {reason}',
    en: '{file}, line {line}: the template could not be filled in: {reason}',
  },
  fillFailed: { sv: '{file}: mallen kunde inte fyllas i: {reason}', en: '{file}: the template could not be filled in: {reason}' },
  fillBlockArgument: {
    sv: '{{#{helper}}} behöver ett värde att arbeta med, t.ex. {{#{helper} avvikelser}}.',
    en: '{{#{helper}}} needs a value to work on, e.g. {{#{helper} avvikelser}}.',
  },
  fillHelperArguments: {
    sv: 'ett hjälpord fick fel eller för få argument, t.ex. lookup, som behöver två: {{lookup objekt "nyckel"}}.',
    en: 'a helper got wrong or too few arguments, e.g. lookup, which needs two: {{lookup object "key"}}.',
  },
  cannotFill: { sv: 'Mallen kunde inte fyllas i: {reason}', en: 'The template could not be filled in: {reason}' },
  folderUnreadable: {
    sv: '{path}: mallmappen kan inte läsas ({code}). Kontrollera behörigheterna.',
    en: '{path}: the template folder cannot be read ({code}). Check the permissions.',
  },
  fileUnreadable: {
    sv: '{file}: mallen kan inte läsas ({code}). Kontrollera behörigheterna.',
    en: '{file}: the template cannot be read ({code}). Check the permissions.',
  },
  errorWord: { sv: 'fel', en: 'error' },
  layoutMissing: {
    sv: 'Mallen {format}/layout.hbs saknas. Kontrollera mappen med mallar.',
    en: 'The template {format}/layout.hbs is missing. Check the template folder.',
  },
  partialMissing: {
    sv: '{file}, rad {line}: delmallen "{name}" ({{> {name}}}) finns inte. Delmallar är filerna under {format}/partials/ (partials/sections/risker.hbs heter sections/risker); skapa filen eller rätta namnet.',
    en: '{file}, line {line}: the partial "{name}" ({{> {name}}}) does not exist. Partials are the files under {format}/partials/ (partials/sections/risker.hbs is sections/risker); create the file or correct the name.',
  },
  helperMissing: {
    sv: '{file}, rad {line}: hjälpfunktionen "{name}" ({{{name} …}}) finns inte i lsys.{advice}',
    en: '{file}, line {line}: the helper "{name}" ({{{name} …}}) does not exist in lsys.{advice}',
  },
  didYouMean: { sv: ' Menade du "{name}"?', en: ' Did you mean "{name}"?' },
  correctOrRemove: { sv: ' Rätta namnet eller ta bort anropet.', en: ' Correct the name or remove the call.' },
  messageMissing: {
    sv: '{file}, rad {line}: texten "{id}" ({{t "{id}"}}) finns inte i mallarnas messages.yaml. Rätta id:t eller lägg till texten, med sv och en, i templates/messages.yaml.',
    en: '{file}, line {line}: the text "{id}" ({{t "{id}"}}) is not in the templates\' messages.yaml. Correct the id or add the text, with sv and en, to templates/messages.yaml.',
  },
  messagesYaml: { sv: '{file}:{line}:{column}: {text}. {hint}', en: '{file}:{line}:{column}: {text}. {hint}' },
  messagesUnreadable: { sv: '{file}: texterna kan inte läsas: {reason}', en: '{file}: the texts cannot be read: {reason}' },
  messagesNotMapping: {
    sv: '{file}: ska vara en lista av id med sv och en, t.ex. "sammanfattning:" följt av "  sv: Sammanfattning" och "  en: Summary".',
    en: '{file}: must be a list of ids with sv and en, e.g. "sammanfattning:" followed by "  sv: Sammanfattning" and "  en: Summary".',
  },
  messagesUnknownPlaceholder: {
    sv: '{file}: texten "{id}" har platshållaren {{name}} ({lang}), som lsys inte fyller i för den texten. Den kan ha: {known}.',
    en: '{file}: the text "{id}" has the placeholder {{name}} ({lang}), which lsys does not fill in for that text. It may have: {known}.',
  },
  messagesPlaceholderOneLang: {
    sv: '{file}: texten "{id}" har platshållaren {{name}} i {has} men inte i {lacks}. Båda språken ska ha samma platshållare.',
    en: '{file}: the text "{id}" has the placeholder {{name}} in {has} but not in {lacks}. Both languages must have the same placeholders.',
  },
  messagesEntry: {
    sv: '{file}: texten "{id}" behöver både sv och en, som text.',
    en: '{file}: the text "{id}" needs both sv and en, as text.',
  },
  syntaxParse: {
    sv: 'mallen har ett syntaxfel på rad {line}{at}{where}: {what}',
    en: 'the template has a syntax error on line {line}{at}{where}: {what}',
  },
  syntaxColumn: { sv: ', tecken {col}', en: ', column {col}' },
  syntaxJustAfter: { sv: ' strax efter "{before}"', en: ' just after "{before}"' },
  syntaxMismatch: {
    sv: 'mallen har ett syntaxfel: blocket {{#{open}}} på rad {line}, tecken {col}, avslutas med {{/{close}}}; avsluta med {{/{open}}}',
    en: 'the template has a syntax error: the block {{#{open}}} on line {line}, column {col}, is closed by {{/{close}}}; close it with {{/{open}}}',
  },
  syntaxLine: { sv: ' (rad {line})', en: ' (line {line})' },
  syntaxOther: { sv: 'mallen har ett syntaxfel{at}: {reason}', en: 'the template has a syntax error{at}: {reason}' },
  blockNotClosed: {
    sv: 'ett block ({{#…}}) avslutas aldrig: {{/…}} saknas före slutet av filen',
    en: 'a block ({{#…}}) is never closed: {{/…}} is missing before the end of the file',
  },
  blockNotOpened: {
    sv: '{{/…}} avslutar ett block som aldrig har börjat (inget {{#…}} före)',
    en: '{{/…}} closes a block that was never opened (no {{#…}} before it)',
  },
  tagNotClosed: { sv: 'taggen avslutas inte med }} (fann {found})', en: 'the tag is not closed with }} (found {found})' },
  expected: { sv: 'väntade {expected} men fann {found}', en: 'expected {expected} but found {found}' },
  or: { sv: 'eller', en: 'or' },
  text: { sv: 'text', en: 'text' },
  aName: { sv: 'ett namn', en: 'a name' },
  aValue: { sv: 'ett värde', en: 'a value' },
} as const satisfies Catalogue;

/** Handlebars' parser tokens in the words of someone who writes templates. */
export const TOKENS = {
  CLOSE: { sv: '}}', en: '}}' },
  CLOSE_UNESCAPED: { sv: '}}}', en: '}}}' },
  CLOSE_RAW_BLOCK: { sv: '}}}}', en: '}}}}' },
  CLOSE_SEXPR: { sv: ')', en: ')' },
  OPEN_SEXPR: { sv: '(', en: '(' },
  OPEN_BLOCK_PARAMS: { sv: 'as |…|', en: 'as |…|' },
  CLOSE_BLOCK_PARAMS: { sv: '|', en: '|' },
  SEP: { sv: '. eller /', en: '. or /' },
  EQUALS: { sv: '=', en: '=' },
  ID: { sv: 'ett namn', en: 'a name' },
  STRING: { sv: 'en text inom citattecken', en: 'a quoted text' },
  NUMBER: { sv: 'ett tal', en: 'a number' },
  BOOLEAN: { sv: 'true eller false', en: 'true or false' },
  UNDEFINED: { sv: 'undefined', en: 'undefined' },
  NULL: { sv: 'null', en: 'null' },
  DATA: { sv: '@namn', en: '@name' },
  OPEN: { sv: '{{', en: '{{' },
  OPEN_UNESCAPED: { sv: '{{{', en: '{{{' },
  OPEN_BLOCK: { sv: '{{#…}}', en: '{{#…}}' },
  OPEN_ENDBLOCK: { sv: '{{/…}}', en: '{{/…}}' },
  OPEN_INVERSE: { sv: '{{^…}}', en: '{{^…}}' },
  OPEN_INVERSE_CHAIN: { sv: '{{else …}}', en: '{{else …}}' },
  INVERSE: { sv: '{{else}}', en: '{{else}}' },
  OPEN_PARTIAL: { sv: '{{> …}}', en: '{{> …}}' },
  OPEN_PARTIAL_BLOCK: { sv: '{{#> …}}', en: '{{#> …}}' },
  COMMENT: { sv: '{{!…}}', en: '{{!…}}' },
  CONTENT: { sv: 'text', en: 'text' },
  OPEN_RAW_BLOCK: { sv: '{{{{…}}}}', en: '{{{{…}}}}' },
  END_RAW_BLOCK: { sv: '{{{{/…}}}}', en: '{{{{/…}}}}' },
  EOF: { sv: 'slutet av filen', en: 'the end of the file' },
  INVALID: { sv: 'ett tecken som inte hör hemma där', en: 'a character that does not belong there' },
} as const satisfies Catalogue;
