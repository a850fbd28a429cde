/**
 * The texts of a validation run that are not a rule's: notices beside the findings and the
 * finding a crashed check leaves. By id, Swedish and English, named placeholders (core/messages.ts).
 */
import type { Catalogue } from './messages.js';

export const RUN_MESSAGES = {
  cacheNotWritten: {
    sv: 'obs: cachen kunde inte skrivas till {file} ({reason}); nästa körning blir inte snabbare. Ange en fil som går att skriva med --cache-location, eller kör med --no-cache.',
    en: 'note: the cache could not be written to {file} ({reason}); the next run will not be faster. Give a writable file with --cache-location, or run with --no-cache.',
  },
  gitMissing: {
    sv: 'obs: git hittades inte (inte installerat eller inte i PATH), så regeln review/changed-after-approval hoppas över. Installera git, eller kör med --no-git.',
    en: 'note: git was not found (not installed or not on PATH), so the rule review/changed-after-approval is skipped. Install git, or run with --no-git.',
  },
  unknownRule: {
    sv: '{where}Okänd regel "{id}" (i lsys.yaml under regler eller i --rule). Se "lsys validate --help" för regelnamnen.',
    en: '{where}Unknown rule "{id}" (in lsys.yaml regler or --rule). See "lsys validate --help" for the rule ids.',
  },
  crashed: {
    sv: 'Kontrollen {rule} kraschade: {error}. Rapportera gärna felet till lsys.',
    en: 'The check {rule} crashed: {error}. Please report this to lsys.',
  },
} as const satisfies Catalogue;

/** Why a --cache-location is refused (cache.ts checkCacheLocation). */
export const CACHE_MESSAGES = {
  refused: { sv: '--cache-location {shown}: {why}', en: '--cache-location {shown}: {why}' },
  symbolicLink: {
    sv: '{name} är en symbolisk länk; cachen skrivs bara som en vanlig fil. Ange en annan fil.',
    en: '{name} is a symbolic link; the cache is only written as a regular file. Give another file.',
  },
  folder: { sv: '{name} är en mapp. Ange en fil, t.ex. {example}.', en: '{name} is a folder. Give a file, e.g. {example}.' },
  notRegular: {
    sv: '{name} är ingen vanlig fil (en enhet, pipe eller socket). Ange en annan fil.',
    en: '{name} is not a regular file (a device, pipe or socket). Give another file.',
  },
  notACache: {
    sv: '{name} finns redan och är ingen cache som lsys har skrivit; lsys skriver inte över den. Ange en ny fil, t.ex. node_modules/.cache/lsys/facts.jsonl.',
    en: '{name} already exists and is not a cache lsys wrote; lsys does not overwrite it. Give a new file, e.g. node_modules/.cache/lsys/facts.jsonl.',
  },
} as const satisfies Catalogue;
