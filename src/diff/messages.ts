/** The wording of `lsys diff`: its errors, notes and the headings and sentences of its summary. */
import type { Catalogue } from '../core/messages.js';

export const DIFF_ERRORS = {
  noGit: {
    sv: 'lsys diff behöver git, men git går inte att starta. Installera git och se till att det finns i PATH',
    en: 'lsys diff needs git, but git cannot be started. Install git and make sure it is on PATH',
  },
  notARepository: {
    sv: '{root} ligger inte i ett git-förråd: lsys diff jämför två commits och behöver git-historiken',
    en: '{root} is not in a git repository: lsys diff compares two commits and needs the git history',
  },
  badRef: {
    sv: '{option} {ref}: ingen sådan commit, gren eller tagg i förrådet. Kontrollera namnet (git log --oneline {ref})',
    en: '{option} {ref}: no such commit, branch or tag in the repository. Check the name (git log --oneline {ref})',
  },
  noDefaultBase: {
    sv: 'Hittar ingen huvudgren att jämföra med (provade {tried}). Ange jämförelsepunkten med --base, t.ex. --base origin/main',
    en: 'Found no default branch to compare with (tried {tried}). Name the base with --base, e.g. --base origin/main',
  },
  noMergeBase: {
    sv: '{ref} och {head} har ingen gemensam historik. Ange jämförelsepunkten med --base',
    en: '{ref} and {head} share no history. Name the base with --base',
  },
  shallow: {
    sv: '{ref} och {head} har ingen gemensam historik i den här klonen, som är grund (shallow). {fetch}',
    en: '{ref} and {head} share no history in this clone, which is shallow. {fetch}',
  },
  noDefaultBaseShallow: {
    sv: 'Hittar ingen huvudgren att jämföra med (provade {tried}) i den här klonen, som är grund (shallow) och bara har den utcheckade grenen. {fetch}',
    en: 'Found no default branch to compare with (tried {tried}) in this clone, which is shallow and has only the checked-out branch. {fetch}',
  },
  badRefShallow: {
    sv: '{option} {ref}: ingen sådan commit, gren eller tagg i den här klonen, som är grund (shallow). {fetch}',
    en: '{option} {ref}: no such commit, branch or tag in this clone, which is shallow. {fetch}',
  },
  ciBaseMissing: {
    sv: '{variable}={value}: ingen sådan gren eller commit i klonen, så lsys vet inte vad ändringen ska jämföras med. Hämta den (git fetch origin {value}) eller ange --base',
    en: '{variable}={value}: no such branch or commit in the clone, so lsys does not know what to compare the change with. Fetch it (git fetch origin {value}) or name --base',
  },
  ciBaseMissingShallow: {
    sv: '{variable}={value}: ingen sådan gren eller commit i den här klonen, som är grund (shallow). {fetch}',
    en: '{variable}={value}: no such branch or commit in this clone, which is shallow. {fetch}',
  },
  gitFailed: {
    sv: 'git kunde inte läsa {what}: {reason}',
    en: 'git could not read {what}: {reason}',
  },
  headConfig: {
    sv: 'lsys.yaml i {ref} går inte att läsa: {reason}',
    en: 'lsys.yaml in {ref} cannot be read: {reason}',
  },
  headNoConfig: {
    sv: '{ref} har ingen lsys.yaml i {root}: lsys diff jämför ledningssystemet i den commit som granskas',
    en: '{ref} has no lsys.yaml in {root}: lsys diff compares the ledningssystem of the commit under review',
  },
  badFormat: {
    sv: '--format {format}: välj md, json eller text',
    en: '--format {format}: choose md, json or text',
  },
  wouldOverwrite: {
    sv: '{shown} finns redan och är inte skriven av lsys. Välj en annan fil eller lägg till --force för att skriva över den',
    en: '{shown} exists and was not written by lsys. Choose another file or add --force to overwrite it',
  },
  summaryNotWritten: {
    sv: 'kunde inte lägga till sammanfattningen i GITHUB_STEP_SUMMARY ({file}): {reason}',
    en: 'could not append the summary to GITHUB_STEP_SUMMARY ({file}): {reason}',
  },
} as const satisfies Catalogue;

/** What to do about a shallow clone, for the CI platform lsys runs on (one sentence of an error line). */
export const DIFF_FETCH = {
  github: {
    sv: 'Hämta hela historiken: lägg till fetch-depth: 0 under with: i steget actions/checkout',
    en: 'Fetch the whole history: add fetch-depth: 0 under with: in the actions/checkout step',
  },
  gitlab: {
    sv: 'Hämta hela historiken: sätt variabeln GIT_DEPTH: "0" i jobbet i .gitlab-ci.yml',
    en: 'Fetch the whole history: set the variable GIT_DEPTH: "0" on the job in .gitlab-ci.yml',
  },
  azure: {
    sv: 'Hämta hela historiken: lägg till fetchDepth: 0 i steget - checkout: self',
    en: 'Fetch the whole history: add fetchDepth: 0 to the - checkout: self step',
  },
  other: {
    sv: 'Hämta hela historiken (git fetch --unshallow; i CI fetch-depth: 0 i actions/checkout på GitHub, GIT_DEPTH: "0" på GitLab, fetchDepth: 0 i checkout på Azure) eller ange --base',
    en: 'Fetch the whole history (git fetch --unshallow; in CI fetch-depth: 0 in actions/checkout on GitHub, GIT_DEPTH: "0" on GitLab, fetchDepth: 0 in checkout on Azure) or name --base',
  },
} as const satisfies Catalogue;

/** Where a base lsys.yaml could not be used: said in the summary, and the base counts as empty. */
export const DIFF_NOTES = {
  baseConfigBroken: {
    sv: 'lsys.yaml i {ref} går inte att läsa ({reason}); jämförelsen görs mot ett tomt ledningssystem',
    en: 'lsys.yaml in {ref} cannot be read ({reason}); the comparison is made against an empty ledningssystem',
  },
  missing: { sv: 'filen saknas', en: 'the file is missing' },
  sameCommit: {
    sv: 'Base och head är samma commit ({commit}): {ref} pekar på den utcheckade grenen själv, så det finns inget att jämföra. Ange huvudgrenen med --base, t.ex. --base origin/main',
    en: 'Base and head are the same commit ({commit}): {ref} points at the checked-out branch itself, so there is nothing to compare. Name the default branch with --base, e.g. --base origin/main',
  },
} as const satisfies Catalogue;

export const DIFF_TEXT = {
  title: { sv: 'Ändringar i ledningssystemet', en: 'Changes to the ledningssystem' },
  compared: {
    sv: 'Jämför {base} ({baseCommit}) med {head} ({headCommit}).',
    en: 'Comparing {base} ({baseCommit}) with {head} ({headCommit}).',
  },
  nothing: {
    sv: 'Ändringen rör inga dokument, ingen täckning och inga fynd i ledningssystemet.',
    en: 'The change touches no document, no coverage and no finding of the ledningssystem.',
  },
  documents: { sv: 'Dokument', en: 'Documents' },
  added: { sv: 'Nya', en: 'Added' },
  changed: { sv: 'Ändrade', en: 'Changed' },
  renamed: { sv: 'Flyttade eller omdöpta', en: 'Moved or renamed' },
  withdrawn: { sv: 'Upphävda', en: 'Withdrawn' },
  deleted: { sv: 'Borttagna', en: 'Deleted' },
  deletedWarning: {
    sv: 'Borttagna filer försvinner ur ledningssystemet utan spår i dokumentet. SOSFS 2011:9 förutsätter att dokument bevaras: upphäv dem hellre (lsys withdraw ID), så att historiken finns kvar.',
    en: 'Deleted files leave the ledningssystem without a trace in the document. SOSFS 2011:9 expects documents to be kept: withdraw them instead (lsys withdraw ID), so their history stays.',
  },
  colDocument: { sv: 'Dokument', en: 'Document' },
  colTitle: { sv: 'Titel', en: 'Title' },
  colOwner: { sv: 'Ägare', en: 'Owner' },
  colWhat: { sv: 'Vad', en: 'What' },
  colFile: { sv: 'Fil', en: 'File' },
  movedFrom: { sv: 'flyttad från {from}', en: 'moved from {from}' },
  replacedBy: { sv: 'ersätts av {id}', en: 'replaced by {id}' },
  newDocument: { sv: 'nytt, {status} version {version}', en: 'new, {status} version {version}' },
  deletedFile: { sv: 'filen borttagen (var {status} version {version})', en: 'file deleted (was {status} version {version})' },
  withdrawnFrom: { sv: 'upphävd (var {status} version {version})', en: 'withdrawn (was {status} version {version})' },
  sameContent: { sv: 'samma innehåll', en: 'same content' },
  newVersion: { sv: 'ny version {before} → {after}, fastställd {date}', en: 'new version {before} → {after}, approved {date}' },
  approved: { sv: 'fastställd {date} (version {after})', en: 'approved {date} (version {after})' },
  versionRaisedNotApproved: {
    sv: 'version höjd {before} → {after}, inte fastställd på nytt',
    en: 'version raised {before} → {after}, not approved again',
  },
  changedWithoutNewVersion: {
    sv: '⚠ fastställd text ändrad utan ny version (fortfarande {version})',
    en: '⚠ approved text changed without a new version (still {version})',
  },
  contentChangedWithoutNewVersion: {
    sv: '⚠ fastställt innehåll ändrat utan ny version (fortfarande {version}): {keys}',
    en: '⚠ approved content changed without a new version (still {version}): {keys}',
  },
  frontmatterOnly: { sv: 'bara frontmatter: {keys}', en: 'frontmatter only: {keys}' },
  draftEdited: { sv: 'utkast, texten ändrad', en: 'draft, text changed' },
  textChanged: { sv: 'texten ändrad', en: 'text changed' },
  keysChanged: { sv: 'ändrade fält: {keys}', en: 'changed fields: {keys}' },
  coverage: { sv: 'Täckning av SOSFS 2011:9', en: 'Coverage of SOSFS 2011:9' },
  colParagraph: { sv: 'Paragraf', en: 'Paragraph' },
  colBefore: { sv: 'Före', en: 'Before' },
  colAfter: { sv: 'Efter', en: 'After' },
  lostLast: {
    sv: '⚠ {paragraf} förlorar sitt sista dokument: {krav}',
    en: '⚠ {paragraf} loses its last document: {krav}',
  },
  exempt: { sv: '(undantag i lsys.yaml)', en: '(exemption in lsys.yaml)' },
  none: { sv: 'inget', en: 'none' },
  processes: { sv: 'Processer och aktiviteter', en: 'Processes and activities' },
  colProcess: { sv: 'Process', en: 'Process' },
  colActivities: { sv: 'Aktiviteter', en: 'Activities' },
  colVia: { sv: 'Genom', en: 'Through' },
  units: { sv: 'Enheter (gäller_för)', en: 'Units (gäller_för)' },
  colUnit: { sv: 'Enhet', en: 'Unit' },
  colDocuments: { sv: 'Dokument', en: 'Documents' },
  allUnits: { sv: 'alla enheter', en: 'all units' },
  responsibilities: { sv: 'Ansvarsfördelning', en: 'Division of responsibility' },
  colTask: { sv: 'Uppgift', en: 'Task' },
  colRole: { sv: 'Roll', en: 'Role' },
  findings: { sv: 'Valideringsfynd', en: 'Validation findings' },
  introduced: { sv: 'Nya fynd ({n})', en: 'Introduced findings ({n})' },
  removed: { sv: 'Åtgärdade fynd ({n})', en: 'Removed findings ({n})' },
  error: { sv: 'fel', en: 'error' },
  warning: { sv: 'varning', en: 'warning' },
  noFindingChange: { sv: 'Ändringen inför och tar bort inga fynd.', en: 'The change introduces and removes no finding.' },
  reviewers: { sv: 'Bör granskas av', en: 'Should be reviewed by' },
  owns: { sv: 'ägare till {docs}', en: 'owner of {docs}' },
  approves: { sv: 'fastställer {docs}', en: 'approves {docs}' },
  noReviewers: { sv: 'Inga dokument ändras: ingen roll behöver granska.', en: 'No document changes: no role needs to review.' },
} as const satisfies Catalogue;

/** The help of `lsys diff`. */
export const DIFF_CLI = {
  description: {
    sv: 'sammanfatta vad en ändring (gren, pull request) gör med ledningssystemet: dokument, täckning, processer, enheter, ansvar, fynd och granskare',
    en: 'summarise what a change (branch, pull request) does to the ledningssystem: documents, coverage, processes, units, responsibilities, findings and reviewers',
  },
  baseFlag: { sv: '--base <ref>', en: '--base <ref>' },
  baseOption: {
    sv: 'jämför med denna commit, gren eller tagg (standard: sammanslagningsbasen med huvudgrenen)',
    en: 'compare with this commit, branch or tag (default: the merge base with the default branch)',
  },
  headFlag: { sv: '--head <ref>', en: '--head <ref>' },
  headOption: {
    sv: 'ändringen som granskas (standard: HEAD, det som är incheckat)',
    en: 'the change under review (default: HEAD, what is committed)',
  },
  formatOption: { sv: 'utdataformat: text (standard), md eller json', en: 'output format: text (default), md or json' },
  outputFlag: { sv: '--output <fil>', en: '--output <file>' },
  outputOption: {
    sv: 'skriv sammanfattningen till en fil i stället för till skärmen',
    en: 'write the summary to a file instead of the screen',
  },
  forceOption: { sv: 'skriv över en --output-fil som lsys inte har skrivit', en: 'overwrite an --output file lsys did not write' },
  failOnNewOption: {
    sv: 'avsluta med slutkod 1 om ändringen inför nya fel (inte varningar)',
    en: 'exit with code 1 when the change introduces errors (not warnings)',
  },
  examples: {
    sv: `Exempel:
  lsys diff                                  jämför HEAD med huvudgrenen (text i terminalen)
  lsys diff --base main --format md          Markdown för en kommentar i en pull request
  lsys diff --format json --output diff.json
  lsys diff --base v2026.1 --head HEAD --fail-on-new

Under GitHub Actions läggs Markdown-sammanfattningen också till i $GITHUB_STEP_SUMMARY.
Slutkoder: 0 klart, 1 nya fel med --fail-on-new, 2 fel i anropet, lsys.yaml eller git.`,
    en: `Examples:
  lsys diff                                  compare HEAD with the default branch (text in the terminal)
  lsys diff --base main --format md          Markdown for a pull-request comment
  lsys diff --format json --output diff.json
  lsys diff --base v2026.1 --head HEAD --fail-on-new

Under GitHub Actions the Markdown summary is also appended to $GITHUB_STEP_SUMMARY.
Exit codes: 0 done, 1 new errors with --fail-on-new, 2 a problem with the call, lsys.yaml or git.`,
  },
} as const satisfies Catalogue;
