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
  crashed: {
    sv: 'Kontrollen {rule} kraschade: {error}. Rapportera gärna felet till lsys.',
    en: 'The check {rule} crashed: {error}. Please report this to lsys.',
  },
} as const satisfies Catalogue;
