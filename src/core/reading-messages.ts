/** The texts of `läskvittens.mapp`'s configuration errors and notices (core/reading.ts, core/validate.ts): Swedish and English, named placeholders. */
import type { Catalogue } from './messages.js';

export const READING_MESSAGES = {
  folderIsFile: {
    sv: '{file}: läskvittens.mapp: "{mapp}" är en fil, inte en mapp. Ange mappen där personal.csv och bekräftelsefilerna ligger.',
    en: '{file}: läskvittens.mapp: "{mapp}" is a file, not a folder. Give the folder that holds personal.csv and the confirmation files.',
  },
  folderUnreadable: {
    sv: '{file}: läskvittens.mapp: mappen "{mapp}" kan inte läsas ({reason}). Kontrollera mappens rättigheter.',
    en: '{file}: läskvittens.mapp: the folder "{mapp}" cannot be read ({reason}). Check the folder\'s permissions.',
  },
  noFolder: {
    sv: '{file}: läskvittens är påslaget, men mappen {folder} (läskvittens.mapp) finns inte: ingen läsare räknas och reading/overdue varnar inte. Skapa mappen med personal.csv, eller rätta sökvägen.',
    en: '{file}: läskvittens is on, but the folder {folder} (läskvittens.mapp) does not exist: no reader is counted and reading/overdue gives no warning. Create the folder with personal.csv, or fix the path.',
  },
  noRoster: {
    sv: '{file}: läskvittens är påslaget, men mappen {folder} har ingen personal.csv: ingen läsare räknas och reading/overdue varnar inte. Lägg personallistan där (kolumnerna läsare;enhet;roll).',
    en: '{file}: läskvittens is on, but the folder {folder} has no personal.csv: no reader is counted and reading/overdue gives no warning. Put the roster there (columns läsare;enhet;roll).',
  },
} as const satisfies Catalogue;
