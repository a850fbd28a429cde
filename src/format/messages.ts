/**
 * The texts of the output formats (the summary line, the GitHub step summary): by id, Swedish
 * and English, named placeholders (core/messages.ts). The plural words are text.ts's table.
 */
import type { Catalogue } from '../core/messages.js';

export const FORMAT_MESSAGES = {
  noProblems: { sv: '✔ Inga problem i {files} ({documents})', en: '✔ No problems in {files} ({documents})' },
  problems: { sv: '✖ {total} ({errors}, {warnings}) i {files}', en: '✖ {total} ({errors}, {warnings}) in {files}' },
  summaryHead: {
    sv: '| Fil | Rad | Regel | Allvarlighet | Meddelande |',
    en: '| File | Line | Rule | Severity | Message |',
  },
  moreOne: {
    sv: '…och {n} problem till, som inte visas här; jobbets logg visar alla.',
    en: '…and {n} more problem, not shown here; the job log lists them all.',
  },
  moreMany: {
    sv: '…och {n} problem till, som inte visas här; jobbets logg visar alla.',
    en: '…and {n} more problems, not shown here; the job log lists them all.',
  },
} as const satisfies Catalogue;
