/** The texts of `läskvittens.mapp`'s configuration errors (core/reading.ts): Swedish and English, named placeholders. */
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
} as const satisfies Catalogue;
