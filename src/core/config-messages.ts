/**
 * The texts of lsys.yaml's errors (config.ts, open-config.ts) and of its `dokument:` folder
 * (discover.ts): by id, Swedish and English, named placeholders (core/messages.ts).
 */
import type { Catalogue } from './messages.js';

export const CONFIG_MESSAGES = {
  at: { sv: '{where}: {message}', en: '{where}: {message}' },
  cwdNotFound: {
    sv: '{start}: mappen finns inte. Ange en befintlig mapp med --cwd.',
    en: '{start}: no such folder. Give an existing folder with --cwd.',
  },
  notFound: {
    sv: 'Hittade ingen lsys.yaml i {folder} eller någon mapp ovanför. Kör "lsys init" för att starta ett ledningssystem, eller ange dess mapp med --cwd.',
    en: 'No lsys.yaml found in {folder} or any parent folder. Run "lsys init" to start a repository, or give its folder with --cwd.',
  },
  unreadable: {
    sv: 'kan inte läsas ({reason}). Kontrollera filens rättigheter.',
    en: "cannot be read ({reason}). Check the file's permissions.",
  },
  yamlError: { sv: '{text}. {hint}', en: '{text}. {hint}' },
  yamlUnreadable: { sv: 'YAML kunde inte läsas: {error}', en: 'YAML could not be read: {error}' },
  notMapping: {
    sv: 'filen ska vara en mappning med nycklar som organisation, verksamhetsformer och roller.',
    en: 'the file must be a mapping with keys such as organisation, verksamhetsformer and roller.',
  },
  exemptionUnknown: {
    sv: 'undantaget gäller {sosfs}, som inte finns i SOSFS 2011:9. Skriv kapitel:paragraf, t.ex. "4:6".',
    en: 'the exemption names {sosfs}, which SOSFS 2011:9 does not have. Write chapter:paragraph, e.g. "4:6".',
  },
  exemptionDate: {
    sv: '"till: {till}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD.',
    en: '"till: {till}" is not a valid date. Write YYYY-MM-DD.',
  },
  roleTwice: {
    sv: 'rollen "{role}" finns två gånger under roller. Ta bort den ena.',
    en: 'the role "{role}" is listed twice under roller. Remove one.',
  },
  unknownKey: {
    sv: 'okänd nyckel "{key}"{at}. Rätta stavningen eller ta bort den.',
    en: 'unknown key "{key}"{at}. Fix the spelling or remove it.',
  },
  unknownKeyAllowed: {
    sv: 'okänd nyckel "{key}"{at}. Rätta stavningen eller ta bort den; tillåtna nycklar: {allowed}.',
    en: 'unknown key "{key}"{at}. Fix the spelling or remove it; allowed keys: {allowed}.',
  },
  keyMissing: { sv: 'nyckeln "{key}" saknas{at}. Lägg till den.', en: 'the key "{key}" is missing{at}. Add it.' },
  notAllowed: {
    sv: '"{where}" har ett otillåtet värde. Tillåtna värden: {allowed}.',
    en: '"{where}" has a value that is not allowed. Allowed values: {allowed}.',
  },
  wrongType: { sv: '"{where}" ska vara {type}.', en: '"{where}" must be {type}.' },
  sosfsForm: {
    sv: '"{where}" har fel form: skriv kapitel:paragraf, t.ex. "4:6".',
    en: '"{where}" has the wrong form: write chapter:paragraph, e.g. "4:6".',
  },
  idForm: {
    sv: '"{where}" har fel form: id:n skrivs med små bokstäver och bindestreck, t.ex. "enhetschef" eller "hemtjänst-norr".',
    en: '"{where}" has the wrong form: ids are lower-case words with hyphens, e.g. "enhetschef" or "hemtjänst-norr".',
  },
  roleUnknown: {
    sv: '{where} nämner rollen "{role}", som inte finns under roller. Rätta stavningen eller lägg till rollen under roller.',
    en: '{where} names the role "{role}", which is not under roller. Correct the spelling or add the role under roller.',
  },
  monthDayForm: {
    sv: '"{where}" ska vara en dag i året skriven MM-DD, t.ex. "03-01" för 1 mars.',
    en: '"{where}" must be a day of the year written MM-DD, e.g. "03-01" for 1 March.',
  },
  urlForm: {
    sv: '"{where}" är ingen webbadress: skriv den med http:// eller https://, t.ex. "https://intranat.example.se/handbok/".',
    en: '"{where}" is not a web address: write it with http:// or https://, e.g. "https://intranet.example.org/handbook/".',
  },
  formUrlForm: {
    sv: '"{where}" är ingen webbadress: skriv den med http:// eller https://, t.ex. "https://forms.office.com/r/abc?dokument={id}&version={version}".',
    en: '"{where}" is not a web address: write it with http:// or https://, e.g. "https://forms.office.com/r/abc?dokument={id}&version={version}".',
  },
  notDate: {
    sv: '"{where}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD och kontrollera att dagen finns, t.ex. 2027-12-31.',
    en: '"{where}" is not a valid date. Write YYYY-MM-DD and check that the day exists, e.g. 2027-12-31.',
  },
  integerRange: { sv: '"{where}" ska vara ett heltal {range}.', en: '"{where}" must be a whole number {range}.' },
  atLeast: { sv: '"{where}" ska vara minst {limit}.', en: '"{where}" must be at least {limit}.' },
  atMost: { sv: '"{where}" ska vara högst {limit}.', en: '"{where}" must be at most {limit}.' },
  empty: { sv: '"{where}" får inte vara tomt.', en: '"{where}" must not be empty.' },
  minItemsOne: { sv: '"{where}" ska ha minst {limit} post.', en: '"{where}" must have at least {limit} item.' },
  minItems: { sv: '"{where}" ska ha minst {limit} poster.', en: '"{where}" must have at least {limit} items.' },
  sameTwice: {
    sv: '"{where}" innehåller samma värde två gånger. Ta bort det ena.',
    en: '"{where}" contains the same value twice. Remove one.',
  },
  wrong: { sv: '"{where}" är fel: {message}.', en: '"{where}" is wrong: {message}.' },
} as const satisfies Catalogue;

/** The `dokument:` folder of lsys.yaml (discover.ts). */
export const DOKUMENT_MESSAGES = {
  at: { sv: '{where}: dokument: "{dokument}" {message}', en: '{where}: dokument: "{dokument}" {message}' },
  outside: {
    sv: 'ligger utanför ledningssystemet. Ange en mapp i ledningssystemets mapp, t.ex. dokument: ledningssystem.',
    en: 'is outside the repository. Give a folder inside the repository folder, e.g. dokument: ledningssystem.',
  },
  notFound: {
    sv: 'finns inte (ingen mapp {folder}). Rätta stavningen i lsys.yaml eller skapa mappen.',
    en: 'does not exist (no folder {folder}). Fix the spelling in lsys.yaml or create the folder.',
  },
  unreadable: {
    sv: 'kan inte läsas ({reason}). Kontrollera mappens rättigheter.',
    en: "cannot be read ({reason}). Check the folder's permissions.",
  },
  link: {
    sv: 'är en länk till {target}, utanför ledningssystemet. Ange en mapp i ledningssystemets mapp.',
    en: 'is a link to {target}, outside the repository. Give a folder inside the repository folder.',
  },
  notFolder: {
    sv: 'är en fil, inte en mapp. Ange mappen som dokumenten ligger i, t.ex. dokument: ledningssystem.',
    en: 'is a file, not a folder. Give the folder the documents are in, e.g. dokument: ledningssystem.',
  },
} as const satisfies Catalogue;
