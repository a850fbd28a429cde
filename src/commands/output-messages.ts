/**
 * Texts about the files lsys writes (--output, GITHUB_STEP_SUMMARY): by id, Swedish and
 * English, named placeholders (see core/messages.ts).
 */
import type { Catalogue } from '../core/messages.js';

export const OUTPUT = {
  notWritable: {
    sv: 'Kan inte skriva {shown}: {reason}.',
    en: 'Cannot write {shown}: {reason}.',
  },
  fifoWithoutReader: {
    sv: '{shown} är en namngiven pipe (FIFO) som ingen läser från. Starta läsaren först (t.ex. cat {shown}) eller välj en vanlig fil.',
    en: '{shown} is a named pipe (FIFO) that nothing reads from. Start the reader first (e.g. cat {shown}) or choose a regular file.',
  },
  notRecorded: {
    sv: 'obs: lsys kunde inte anteckna att den skrev {shown} ({reason}); nästa körning till samma fil behöver --force.',
    en: 'note: lsys could not record that it wrote {shown} ({reason}); the next run to the same file needs --force.',
  },
  isFolder: {
    sv: '{shown} är en mapp. Ange en fil att skriva, t.ex. en ny fil i den mappen.',
    en: '{shown} is a folder. Give a file to write, e.g. a new file in that folder.',
  },
  blockDevice: {
    sv: '{shown} är en blockenhet (en disk); dit skriver lsys inte. Välj en vanlig fil.',
    en: '{shown} is a block device (a disk); lsys does not write there. Choose a regular file.',
  },
  socket: {
    sv: '{shown} är en socket; dit kan lsys inte skriva. Välj en vanlig fil.',
    en: '{shown} is a socket; lsys cannot write there. Choose a regular file.',
  },
  unreadable: {
    sv: '{shown} finns redan men kan inte läsas ({reason}), så lsys kan inte se om filen är skriven av lsys. Välj ett annat filnamn eller lägg till --force.',
    en: '{shown} already exists but cannot be read ({reason}), so lsys cannot tell whether it wrote it. Choose another file name or add --force.',
  },
  stepSummaryNotWritable: {
    sv: 'Kan inte skriva stegsammanfattningen GITHUB_STEP_SUMMARY={path}: {reason}. Resultatet ovan är komplett; kontrollera variabeln i arbetsflödet.',
    en: 'Cannot write the step summary GITHUB_STEP_SUMMARY={path}: {reason}. The findings above are complete; check the variable in the workflow.',
  },
} as const satisfies Catalogue;
