/** Why `lsys site` will not write its folder (output.ts): one line each, exit code 2. */
import type { Catalogue } from '../core/messages.js';

export const SITE_OUTPUT = {
  notOurs: {
    sv: '{shown} finns redan, är inte tom och är inte gjord av lsys site (ingen .lsys-site). Inget har ändrats; ange en annan mapp med --out, eller töm mappen själv.',
    en: '{shown} exists, is not empty and was not made by lsys site (no .lsys-site). Nothing was changed; give another folder with --out, or empty it yourself.',
  },
  otherMarker: {
    sv: '{shown} gjordes av en annan version av lsys site eller har en skadad .lsys-site. Inget har ändrats; kör med --force för att ersätta den.',
    en: '{shown} was made by another version of lsys site or has a damaged .lsys-site. Nothing was changed; run with --force to replace it.',
  },
  foreignFiles: {
    sv: '{shown} innehåller filer som lsys site inte har gjort: {files}. De skulle försvinna när webbplatsen byggs om. Inget har ändrats; flytta dem, eller kör med --force om de får tas bort.',
    en: '{shown} contains files lsys site did not make: {files}. They would be removed when the site is rebuilt. Nothing was changed; move them, or run with --force if they may be removed.',
  },
  symlink: {
    sv: '{shown} är en symbolisk länk; lsys site skriver bara till en vanlig mapp. Inget har ändrats.',
    en: '{shown} is a symbolic link; lsys site writes only to a plain folder. Nothing was changed.',
  },
  notAFolder: {
    sv: '{shown} är {kind}, inte en mapp. Inget har ändrats; ange en mapp med --out.',
    en: '{shown} is {kind}, not a folder. Nothing was changed; give a folder with --out.',
  },
  unreadable: {
    sv: '{shown} går inte att läsa. Inget har ändrats.',
    en: '{shown} cannot be read. Nothing was changed.',
  },
  kindFile: { sv: 'en fil', en: 'a file' },
  kindFifo: { sv: 'en namngiven pipe (FIFO)', en: 'a named pipe (FIFO)' },
  kindOther: { sv: 'en enhetsfil eller socket', en: 'a device or socket' },
} satisfies Catalogue;
