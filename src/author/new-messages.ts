/**
 * The texts of `lsys new`: its help, its refusals and what it prints, by id in Swedish and
 * English with named placeholders (see core/messages.ts). The document it writes is Swedish
 * whatever `--lang` says: its hints are in new-document.ts.
 */
import type { Catalogue } from '../core/messages.js';

export const NEW = {
  description: {
    sv: 'Skapa ett utkast till ett nytt dokument med nästa lediga id, alla obligatoriska fält och de rubriker som typen kräver',
    en: 'Create a draft of a new document with the next free id, every required field and the headings its type requires',
  },
  usage: { sv: '<typ> <titel> [flaggor]', en: '<type> <title> [options]' },
  typArgument: { sv: '<typ>', en: '<type>' },
  typDescription: {
    sv: 'dokumenttyp: policy, process, rutin, ansvarsfördelning, riskanalys, egenkontroll, sammanställning eller blankett',
    en: 'document type: policy, process, rutin, ansvarsfördelning, riskanalys, egenkontroll, sammanställning or blankett',
  },
  titleArgument: { sv: '<titel>', en: '<title>' },
  titleDescription: { sv: 'dokumentets titel, inom citattecken', en: "the document's title, in quotes" },
  ownerFlag: { sv: '--owner <roll>', en: '--owner <role>' },
  ownerOption: {
    sv: 'dokumentägare (ett roll-id i lsys.yaml); annars defaults.ägare i lsys.yaml',
    en: 'document owner (a role id of lsys.yaml); otherwise the owner in the defaults block of lsys.yaml',
  },
  processFlag: { sv: '--process <id>', en: '--process <id>' },
  processOption: { sv: 'rutinens process (ett process-id, t.ex. PRO-001)', en: "the routine's process (a process id, e.g. PRO-001)" },
  activityFlag: { sv: '--activity <id>', en: '--activity <id>' },
  activityOption: {
    sv: 'aktiviteten i processen som rutinen hör till (t.ex. A3); kräver --process',
    en: 'the activity of the process the routine belongs to (e.g. A3); needs --process',
  },
  unitFlag: { sv: '--unit <enhet>', en: '--unit <unit>' },
  unitOption: {
    sv: 'enhet som dokumentet gäller för (kan anges flera gånger); utan flaggan gäller det alla enheter',
    en: 'a unit the document applies to (may be given several times); without it, all units',
  },
  dryRunOption: {
    sv: 'visa filen som skulle skrivas, utan att skriva något',
    en: 'show the file that would be written, without writing anything',
  },
  examples: {
    sv: `
Exempel:
  lsys new rutin "Fallprevention" --owner mas --process PRO-001 --activity A6
  lsys new riskanalys "Riskanalys inför sommaren" --unit solgläntan
  lsys new sammanstallning "Avvikelser och klagomål 2026" --dry-run

Dokumentet blir ett utkast (status: utkast) med nästa lediga id för typen, i den mapp där
typens dokument redan ligger. Ägaren tas från --owner eller från defaults i lsys.yaml.
Ingen befintlig fil skrivs över.
`,
    en: `
Examples:
  lsys new rutin "Fallprevention" --owner mas --process PRO-001 --activity A6
  lsys new riskanalys "Nattorganisation 2027" --unit myndighetsenheten
  lsys new sammanstallning "Avvikelser 2026" --dry-run

The document is a draft (status: utkast) with the next free id of its type, in the folder
where that type's documents already are. The owner comes from --owner or from defaults in
lsys.yaml. No existing file is overwritten. The document's text is Swedish.
`,
  },

  unknownType: {
    sv: 'Okänd dokumenttyp "{typ}". Välj en av: {types}.',
    en: 'Unknown document type "{typ}". Choose one of: {types}.',
  },
  badTitle: {
    sv: 'Titeln måste vara en rad text, t.ex. "Läkemedelshantering i hemtjänsten".',
    en: 'The title must be one line of text, e.g. "Läkemedelshantering i hemtjänsten".',
  },
  noOwner: {
    sv: 'Ange dokumentets ägare med --owner ROLL, eller ange defaults.ägare i lsys.yaml. Roller: {roles}.',
    en: "Give the document's owner with --owner ROLE, or set defaults.ägare in lsys.yaml. Roles: {roles}.",
  },
  unknownOwner: {
    sv: 'Okänd roll "{role}" för --owner. Roller i lsys.yaml: {roles}.',
    en: 'Unknown role "{role}" for --owner. Roles in lsys.yaml: {roles}.',
  },
  unknownUnit: {
    sv: 'Okänd enhet "{unit}" för --unit. Enheter i lsys.yaml: {units}.',
    en: 'Unknown unit "{unit}" for --unit. Units in lsys.yaml: {units}.',
  },
  noUnits: { sv: '(inga)', en: '(none)' },
  onlyRutin: {
    sv: '{flag} gäller bara för rutiner (lsys new rutin …).',
    en: '{flag} applies only to routines (lsys new rutin …).',
  },
  activityNeedsProcess: {
    sv: '--activity kräver --process: ange processen som aktiviteten hör till, t.ex. --process PRO-001 --activity A3.',
    en: '--activity needs --process: give the process the activity belongs to, e.g. --process PRO-001 --activity A3.',
  },
  unknownProcess: {
    sv: 'Det finns ingen process med id "{id}" för --process. Processer: {ids}.',
    en: 'There is no process with id "{id}" for --process. Processes: {ids}.',
  },
  unknownActivity: {
    sv: 'Processen {process} har ingen aktivitet "{activity}". Aktiviteter: {ids}.',
    en: 'The process {process} has no activity "{activity}". Activities: {ids}.',
  },
  noFreeId: {
    sv: 'Det finns inget ledigt id med prefixet {prefix}: numret {number} har fler än fem siffror.',
    en: 'There is no free id with the prefix {prefix}: the number {number} has more than five digits.',
  },
  locked: {
    sv: 'Ett annat lsys new skriver i ledningssystemet just nu ({lock} finns). Försök igen om en stund, eller ta bort filen om inget annat lsys new körs.',
    en: 'Another lsys new is writing to the ledningssystem right now ({lock} exists). Try again in a moment, or remove the file if no other lsys new is running.',
  },
  cannotWrite: {
    sv: 'Kan inte skriva {file}: {reason}. Inget har skrivits.',
    en: 'Cannot write {file}: {reason}. Nothing has been written.',
  },
  exists: {
    sv: '{file} finns redan och skrivs inte över. Välj en annan titel eller flytta filen.',
    en: '{file} already exists and is not overwritten. Choose another title or move the file.',
  },

  created: {
    sv: 'Skapade {file} ({id}, {typ}, utkast).\n',
    en: 'Created {file} ({id}, {typ}, draft).\n',
  },
  nextSteps: {
    sv: 'Nästa steg: skriv texten under rubrikerna och i fälten som börjar med "Ange" eller "Beskriv", kör lsys validate och fastställ sedan med lsys approve {id}.\n',
    en: 'Next: write the text under the headings and in the fields that start with "Ange" or "Beskriv", run lsys validate, then approve with lsys approve {id}.\n',
  },
  dryRun: {
    sv: 'Skulle skapa {file} ({id}). Inget har skrivits (--dry-run).\n',
    en: 'Would create {file} ({id}). Nothing has been written (--dry-run).\n',
  },
} as const satisfies Catalogue;
