/** The help texts of `lsys approve` and `lsys withdraw` (their other texts: src/author/messages.ts). */
import type { Catalogue } from '../core/messages.js';

export const AUTHOR_CLI = {
  usageApprove: { sv: '[flaggor] <id|fil>', en: '[options] <id|file>' },
  approveDescription: {
    sv: 'Fastställ ett dokument: status fastställd, ny version, fastställd (i dag), fastställd_av och revideras. Vägrar om dokumentet skulle ha fel.',
    en: 'Approve a document: status fastställd, a new version, fastställd (today), fastställd_av and revideras. Refuses when the document would have errors.',
  },
  targetArgument: { sv: '<id|fil>', en: '<id|file>' },
  approveTargetDescription: {
    sv: 'dokumentets id (t.ex. RUT-012) eller fil',
    en: 'the document’s id (e.g. RUT-012) or file',
  },
  byFlag: { sv: '--by <roll>', en: '--by <role>' },
  byOption: {
    sv: 'rollen som fastställer (standard: defaults.fastställd_av i lsys.yaml, annars dokumentets nuvarande fastställd_av)',
    en: 'the approving role (default: defaults.fastställd_av in lsys.yaml, else the document’s current fastställd_av)',
  },
  majorOption: { sv: 'ny huvudversion, t.ex. 1.2 → 2.0 (en ny utgåva)', en: 'a new major version, e.g. 1.2 → 2.0 (a new edition)' },
  minorOption: {
    sv: 'ny mindre version, t.ex. 1.2 → 1.3 (standard utom vid första fastställandet)',
    en: 'a new minor version, e.g. 1.2 → 1.3 (the default except at the first approval)',
  },
  dryRunOption: { sv: 'visa ändringen som en diff och skriv ingenting', en: 'show the change as a diff and write nothing' },
  noGitOption: {
    sv: 'läs inte git-historiken (regeln review/changed-after-approval hoppas över)',
    en: 'do not read git history (the rule review/changed-after-approval is skipped)',
  },
  approveExamples: {
    sv: `Exempel:
  lsys approve RUT-012                      fastställ utkastet RUT-012 (rollen från defaults.fastställd_av)
  lsys approve RUT-012 --by verksamhetschef --dry-run
                                            visa ändringen utan att skriva den
  lsys approve ledningssystem/rutiner/RUT-012-lakemedel.md --major
                                            ny utgåva: version 1.4 → 2.0

Versionen: ett utkast som aldrig fastställts behåller sin version (minst 1.0); annars höjs den mindre
siffran (1.9 → 1.10), med --major den större (1.2 → 2.0). revideras blir i dag + revision.max_månader
(inte för riskanalys och sammanställning). Dokumentet kontrolleras som det blir efter fastställandet:
fel stoppar (slutkod 1), varningar visas.

Slutkoder: 0 fastställt (eller visat med --dry-run), 1 dokumentet skulle ha fel, 2 fel i anrop eller lsys.yaml.`,
    en: `Examples:
  lsys approve RUT-012                      approve the draft RUT-012 (the role from defaults.fastställd_av)
  lsys approve RUT-012 --by verksamhetschef --dry-run
                                            show the change without writing it
  lsys approve ledningssystem/rutiner/RUT-012-lakemedel.md --major
                                            a new edition: version 1.4 → 2.0

The version: a draft never approved keeps its version (at least 1.0); otherwise the minor number is
raised (1.9 → 1.10), with --major the major one (1.2 → 2.0). revideras becomes today + revision.max_månader
(not for riskanalys and sammanställning). The document is checked as it will be after approval: errors
stop it (exit code 1), warnings are shown.

Exit codes: 0 approved (or shown with --dry-run), 1 the document would have errors, 2 usage or lsys.yaml error.`,
  },
  usageWithdraw: { sv: '[flaggor] <id|fil>', en: '[options] <id|file>' },
  withdrawDescription: {
    sv: 'Upphäv ett dokument (status upphävd) och, med --replaced-by, sätt ersätter på dokumentet som ersätter det.',
    en: 'Withdraw a document (status upphävd) and, with --replaced-by, set ersätter on the document that replaces it.',
  },
  withdrawTargetDescription: {
    sv: 'id (t.ex. RUT-003) eller fil för dokumentet som upphävs',
    en: 'the id (e.g. RUT-003) or file of the document to withdraw',
  },
  replacedByFlag: { sv: '--replaced-by <id>', en: '--replaced-by <id>' },
  replacedByOption: {
    sv: 'dokumentet som ersätter det upphävda (får ersätter: <upphävt id>)',
    en: 'the document that replaces the withdrawn one (gets ersätter: <withdrawn id>)',
  },
  withdrawExamples: {
    sv: `Exempel:
  lsys withdraw RUT-003                     upphäv RUT-003
  lsys withdraw RUT-003 --replaced-by RUT-013
                                            upphäv RUT-003 och skriv ersätter: RUT-003 i RUT-013
  lsys withdraw RUT-003 --replaced-by RUT-013 --dry-run
                                            visa båda ändringarna utan att skriva dem

Efteråt listas de dokument som fortfarande hänvisar till det upphävda (de får varningen ref/withdrawn).
Ett utkast kan också upphävas; dess id återanvänds aldrig av lsys new.

Slutkoder: 0 upphävt (eller visat med --dry-run), 2 fel i anrop eller lsys.yaml.`,
    en: `Examples:
  lsys withdraw RUT-003                     withdraw RUT-003
  lsys withdraw RUT-003 --replaced-by RUT-013
                                            withdraw RUT-003 and write ersätter: RUT-003 in RUT-013
  lsys withdraw RUT-003 --replaced-by RUT-013 --dry-run
                                            show both changes without writing them

Afterwards the documents that still point at the withdrawn one are listed (they get the warning ref/withdrawn).
A draft can be withdrawn too; its id is never reused by lsys new.

Exit codes: 0 withdrawn (or shown with --dry-run), 2 usage or lsys.yaml error.`,
  },
} as const satisfies Catalogue;
