/**
 * The texts of `lsys approve` and `lsys withdraw` (fastställ, upphäv): refusals, summaries and
 * the reminder to commit, in Swedish and English.
 */
import type { Catalogue } from '../core/messages.js';

export const AUTHOR = {
  // Finding the document.
  unknownId: {
    sv: 'Inget dokument har id {id}. Kontrollera stavningen (stora bokstäver, t.ex. RUT-012) eller ange filens sökväg.',
    en: 'No document has the id {id}. Check the spelling (capital letters, e.g. RUT-012) or give the file’s path.',
  },
  duplicateId: {
    sv: 'Id {id} används av flera dokument: {files}. Rätta dubbletten först, eller ange filens sökväg.',
    en: 'The id {id} is used by several documents: {files}. Fix the duplicate first, or give the file’s path.',
  },
  notDocument: {
    sv: '{path} är inget dokument i ledningssystemet (en .md-fil under {folder}). Ange ett dokument-id eller en dokumentfil.',
    en: '{path} is not a document of the ledningssystem (a .md file under {folder}). Give a document id or a document file.',
  },
  unreadable: {
    sv: '{file} går inte att läsa som ett dokument med frontmatter; kör lsys validate och rätta filen först.',
    en: '{file} cannot be read as a document with frontmatter; run lsys validate and fix the file first.',
  },
  isLink: {
    sv: '{file} är en symbolisk länk; lsys ändrar inte länkar. Ange filen den pekar på: {target}.',
    en: '{file} is a symbolic link; lsys does not edit links. Give the file it points at: {target}.',
  },
  hardLink: {
    sv: '{file} har flera hårda länkar; lsys skulle bryta dem om filen skrevs. Gör den till en vanlig fil först.',
    en: '{file} has several hard links; writing it would break them. Make it a plain file first.',
  },
  notRegular: {
    sv: '{file} är ingen vanlig fil; lsys ändrar bara vanliga filer.',
    en: '{file} is not a regular file; lsys edits only regular files.',
  },
  shape: {
    sv: '{file}: fältet {key} är skrivet på ett sätt som lsys inte ändrar (flera rader, blockform, ankare eller tagg); ändra det för hand.',
    en: '{file}: the field {key} is written in a way lsys does not edit (several lines, block style, an anchor or a tag); edit it by hand.',
  },
  unsafe: {
    sv: '{file}: ändringen gav inte exakt det väntade resultatet, så inget skrevs; ändra fälten för hand.',
    en: '{file}: the edit did not give exactly the expected result, so nothing was written; edit the fields by hand.',
  },
  writeFailed: {
    sv: '{file} kunde inte skrivas: {reason}.',
    en: '{file} could not be written: {reason}.',
  },
  // Options.
  majorAndMinor: {
    sv: '--major och --minor kan inte anges samtidigt: välj --major för en ny utgåva eller --minor för en mindre ändring.',
    en: '--major and --minor cannot both be given: choose --major for a new edition or --minor for a smaller change.',
  },
  unknownRole: {
    sv: 'Rollen {role} finns inte under roller i lsys.yaml. Roller: {roles}.',
    en: 'The role {role} is not under roller in lsys.yaml. Roles: {roles}.',
  },
  noApprover: {
    sv: 'Vem fastställer {id}? Ange --by ROLL (t.ex. --by {example}) eller sätt defaults.fastställd_av i lsys.yaml.',
    en: 'Who approves {id}? Give --by ROLE (e.g. --by {example}) or set defaults.fastställd_av in lsys.yaml.',
  },
  // approve
  approveWithdrawn: {
    sv: '{id} är upphävt och kan inte fastställas. Skapa ett nytt dokument med lsys new som ersätter det.',
    en: '{id} is withdrawn and cannot be approved. Create a new document with lsys new that replaces it.',
  },
  approveRefused: {
    sv: '{id} fastställdes inte: dokumentet skulle ha fel efter fastställandet. Rätta dem och försök igen.',
    en: '{id} was not approved: the document would have errors after approval. Fix them and try again.',
  },
  approveUnfinished: {
    sv: '{id} fastställdes inte: texten som lsys new skrev som hjälp finns kvar. Skriv in det som ska stå på dessa rader och försök igen.',
    en: '{id} was not approved: the guidance lsys new wrote is still there. Write what belongs on these lines and try again.',
  },
  unfinishedField: {
    sv: 'fältet har kvar platshållaren "{text}"',
    en: 'the field still has the placeholder "{text}"',
  },
  unfinishedHeading: {
    sv: 'rubriken "{text}" har ingen text ännu, bara lsys tips',
    en: 'the heading "{text}" has no text yet, only lsys\'s hint',
  },
  approveWarnings: {
    sv: 'Varningar för {id} efter fastställandet (de hindrar inte):',
    en: 'Warnings for {id} after approval (they do not block it):',
  },
  approved: {
    sv: '{id} {titel} fastställd som version {version} av {by}, revideras senast {revideras}.',
    en: '{id} {titel} approved as version {version} by {by}, to be reviewed by {revideras}.',
  },
  approvedRecord: {
    sv: '{id} {titel} fastställd som version {version} av {by}.',
    en: '{id} {titel} approved as version {version} by {by}.',
  },
  wouldApprove: {
    sv: 'Provkörning: {id} {titel} skulle fastställas som version {version} av {by}{review}. Inget har skrivits.',
    en: 'Dry run: {id} {titel} would be approved as version {version} by {by}{review}. Nothing was written.',
  },
  wouldReview: { sv: ', revideras senast {revideras}', en: ', to be reviewed by {revideras}' },
  approveCommit: { sv: 'Fastställ {id} version {version}', en: 'Approve {id} version {version}' },
  approveBranch: { sv: 'faststall-{id}', en: 'approve-{id}' },
  // withdraw
  alreadyWithdrawn: {
    sv: '{id} är redan upphävt; inget att göra.',
    en: '{id} is already withdrawn; nothing to do.',
  },
  successorUnknown: {
    sv: '--replaced-by {successor}: inget dokument har det id:t. Skapa efterträdaren först (lsys new) eller rätta id:t.',
    en: '--replaced-by {successor}: no document has that id. Create the successor first (lsys new) or correct the id.',
  },
  successorSelf: {
    sv: '--replaced-by {successor}: ett dokument kan inte ersätta sig självt.',
    en: '--replaced-by {successor}: a document cannot replace itself.',
  },
  successorWithdrawn: {
    sv: '--replaced-by {successor}: {successor} är självt upphävt och kan inte ersätta {id}.',
    en: '--replaced-by {successor}: {successor} is withdrawn itself and cannot replace {id}.',
  },
  successorTaken: {
    sv: '--replaced-by {successor}: {successor} ersätter redan {other} (ersätter: {other} i {file}); ett dokument ersätter bara ett.',
    en: '--replaced-by {successor}: {successor} already replaces {other} (ersätter: {other} in {file}); a document replaces only one.',
  },
  withdrawn: { sv: '{id} {titel} är upphävt.', en: '{id} {titel} is withdrawn.' },
  withdrawnReplaced: {
    sv: '{id} {titel} är upphävt och ersätts av {successor} {successorTitel} (ersätter: {id}).',
    en: '{id} {titel} is withdrawn and replaced by {successor} {successorTitel} (ersätter: {id}).',
  },
  wouldWithdraw: {
    sv: 'Provkörning: {id} {titel} skulle upphävas{replaced}. Inget har skrivits.',
    en: 'Dry run: {id} {titel} would be withdrawn{replaced}. Nothing was written.',
  },
  wouldReplace: { sv: ' och ersättas av {successor}', en: ' and replaced by {successor}' },
  stillPointing: {
    sv: 'Dessa dokument hänvisar fortfarande till {id} och får varningen ref/withdrawn tills hänvisningen ändras{to}:',
    en: 'These documents still point at {id} and get the warning ref/withdrawn until the reference is changed{to}:',
  },
  stillLinking: {
    sv: 'Dessa länkar i texten leder fortfarande till {id} (lsys validate varnar inte för dem); ändra dem{to}:',
    en: 'These links in the text still lead to {id} (lsys validate does not warn about them); change them{to}:',
  },
  pointTo: { sv: ' till {successor}', en: ' to {successor}' },
  withdrawCommit: { sv: 'Upphäv {id}', en: 'Withdraw {id}' },
  withdrawCommitReplaced: { sv: 'Upphäv {id}, ersätts av {successor}', en: 'Withdraw {id}, replaced by {successor}' },
  withdrawBranch: { sv: 'upphav-{id}', en: 'withdraw-{id}' },
  // Both.
  nextSteps: {
    sv: 'Checka in ändringen och öppna en pull request så att den granskas innan den gäller:',
    en: 'Commit the change and open a pull request so that it is reviewed before it applies:',
  },
  nextStepsOnBranch: {
    sv: 'Checka in ändringen på grenen {branch}, så att den granskas i grenens pull request innan den gäller:',
    en: 'Commit the change on the branch {branch}, so that it is reviewed in the pull request of the branch before it applies:',
  },
} as const satisfies Catalogue;
