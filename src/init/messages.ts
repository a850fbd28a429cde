/**
 * lsys init's texts: its refusals and errors, by id in Swedish and English with named
 * placeholders (see core/messages.ts). What init prints on success is the command line's (commands/messages.ts).
 */
import type { Catalogue } from '../core/messages.js';

export const INIT = {
  noSector: {
    sv: 'Ange minst en verksamhetsform med --sector, t.ex. --sector sol,hsl (tillåtna: sol, lss, hsl).',
    en: 'Give at least one law area with --sector, e.g. --sector sol,hsl (allowed: sol, lss, hsl).',
  },
  unknownSector: {
    sv: 'Okänd verksamhetsform "{value}" i --sector. Tillåtna värden: sol, lss, hsl (t.ex. --sector sol,hsl).',
    en: 'Unknown law area "{value}" in --sector. Allowed values: sol, lss, hsl (e.g. --sector sol,hsl).',
  },
  notAbsolute: {
    sv: 'Mappen för lsys init måste anges som en absolut sökväg (fick "{dir}").',
    en: 'The folder for lsys init must be an absolute path (got "{dir}").',
  },
  badToday: {
    sv: 'Ogiltigt datum "{today}" för --today. Skriv ett datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-15.',
    en: 'Invalid date "{today}" for --today. Write a date as YYYY-MM-DD, e.g. 2026-03-15.',
  },
  badOrganisation: {
    sv: 'Organisationens namn måste vara en rad text, t.ex. "Solbacka kommun, socialförvaltningen".',
    en: 'The organisation name must be one line of text, e.g. "Solbacka kommun, socialförvaltningen".',
  },
  notAFolder: {
    sv: '{dir} finns redan och är inte en mapp. Ange en mapp för lsys init.',
    en: '{dir} already exists and is not a folder. Give a folder for lsys init.',
  },
  fileInTheWay: {
    sv: 'lsys init vill skapa mappen {blocked}, men där finns en fil. Flytta eller byt namn på filen. Inget har skrivits.',
    en: 'lsys init wants to create the folder {blocked}, but a file is there. Move or rename the file. Nothing has been written.',
  },
  folderInTheWay: {
    sv: 'lsys init vill skriva filen {target}, men där finns en mapp. Flytta eller byt namn på mappen. Inget har skrivits.',
    en: 'lsys init wants to write the file {target}, but a folder is there. Move or rename the folder. Nothing has been written.',
  },
  notWritable: {
    sv: 'lsys init kan inte skriva i {dir}: {reason}. Inget har skrivits. Välj en annan mapp.',
    en: 'lsys init cannot write in {dir}: {reason}. Nothing has been written. Choose another folder.',
  },
  partlyWritten: {
    sv: 'lsys init kunde inte skriva {dir} färdigt: {reason}. {written} av {total} filer hann skrivas ({files}). Rätta felet och kör lsys init --force i samma mapp.',
    en: 'lsys init could not finish writing {dir}: {reason}. {written} of {total} files were written ({files}). Fix the problem and run lsys init --force in the same folder.',
  },
  wouldOverwriteOne: {
    sv: 'lsys init skulle skriva över en befintlig fil: {files}{more}. Inget har skrivits. Använd --force för att skriva över, eller välj en tom mapp.',
    en: 'lsys init would overwrite an existing file: {files}{more}. Nothing has been written. Use --force to overwrite, or choose an empty folder.',
  },
  wouldOverwrite: {
    sv: 'lsys init skulle skriva över befintliga filer: {files}{more}. Inget har skrivits. Använd --force för att skriva över, eller välj en tom mapp.',
    en: 'lsys init would overwrite existing files: {files}{more}. Nothing has been written. Use --force to overwrite, or choose an empty folder.',
  },
  andMore: {
    sv: ' och {count} till',
    en: ' and {count} more',
  },
} as const satisfies Catalogue;
