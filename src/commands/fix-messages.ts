/**
 * The texts of `lsys validate --fix` and `--fix-dry-run` (fix.ts): by id, Swedish and English,
 * named placeholders (core/messages.ts).
 */
import type { Catalogue } from '../core/messages.js';

export const FIX = {
  nothing: { sv: 'Inget att rätta automatiskt.', en: 'Nothing to fix automatically.' },
  wouldFix: {
    sv: 'Skulle rätta {refs} {inFiles} (--fix-dry-run: inget har skrivits):',
    en: 'Would fix {refs} {inFiles} (--fix-dry-run: nothing written):',
  },
  fixed: { sv: 'Rättade {refs} {inFiles}:', en: 'Fixed {refs} {inFiles}:' },
  notFixed: { sv: 'Rättades inte:', en: 'Not fixed:' },
  refsOne: { sv: '{n} hänvisning', en: '{n} reference' },
  refsMany: { sv: '{n} hänvisningar', en: '{n} references' },
  filesOne: { sv: 'i {n} fil', en: 'in {n} file' },
  filesMany: { sv: 'i {n} filer', en: 'in {n} files' },
} as const satisfies Catalogue;
