/**
 * Every text of the handbook's pages (`lsys site`), in Swedish and English with named
 * placeholders, chosen by the build's language. The pipeline and the search may add their
 * few texts here too.
 */
import { say, type Catalogue, type MessageData } from '../core/messages.js';
import type { Lang } from '../core/types.js';

export const SITE_MESSAGES = {
  // Layout
  siteName: { sv: '{organisation} – ledningssystem', en: '{organisation} – management system' },
  pageTitle: { sv: '{page} – {site}', en: '{page} – {site}' },
  skipLink: { sv: 'Hoppa till innehållet', en: 'Skip to content' },
  navLabel: { sv: 'Huvudmeny', en: 'Main menu' },
  navStart: { sv: 'Start', en: 'Home' },
  navProcesses: { sv: 'Processer', en: 'Processes' },
  navTypes: { sv: 'Dokumenttyper', en: 'Document types' },
  navUnits: { sv: 'Enheter', en: 'Units' },
  navRoles: { sv: 'Roller', en: 'Roles' },
  navSosfs: { sv: 'SOSFS 2011:9', en: 'SOSFS 2011:9' },
  navSearch: { sv: 'Sök', en: 'Search' },
  searchLabel: { sv: 'Sök i ledningssystemet', en: 'Search the management system' },
  searchButton: { sv: 'Sök', en: 'Search' },
  draftBanner: {
    sv: 'Förhandsvisning med utkast: dokument märkta UTKAST är inte fastställda och gäller inte ännu.',
    en: 'Preview with drafts: documents marked DRAFT are not approved and do not apply yet.',
  },
  draftMark: { sv: 'UTKAST', en: 'DRAFT' },
  footerAccessibility: { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
  footerContact: { sv: 'Frågor om innehållet: {kontakt}', en: 'Questions about the content: {kontakt}' },
  footerGenerated: { sv: 'Byggd med lsys från ledningssystemets dokument.', en: 'Built with lsys from the management system’s documents.' },
  tableLabel: { sv: 'Tabell: {namn} (rullbar)', en: 'Table: {namn} (scrollable)' },
  tableNumber: { sv: 'Tabell {nummer} (rullbar)', en: 'Table {nummer} (scrollable)' },
  // Start page
  startTitle: { sv: 'Ledningssystemet', en: 'The management system' },
  startIntro: {
    sv: 'Här finns alla processer, rutiner och andra styrande dokument som gäller i {organisation}.',
    en: 'Here are all processes, routines and other governing documents in force at {organisation}.',
  },
  startSearch: { sv: 'Sök', en: 'Search' },
  startProcesses: { sv: 'Processer', en: 'Processes' },
  startTypes: { sv: 'Dokumenttyper', en: 'Document types' },
  startUnits: { sv: 'Enheter', en: 'Units' },
  startRoles: { sv: 'Roller', en: 'Roles' },
  startNew: { sv: 'Nytt och ändrat', en: 'New and changed' },
  startNewIntro: { sv: 'Fastställda de senaste {dagar} dagarna, nyast först.', en: 'Approved in the last {dagar} days, newest first.' },
  startNewNone: {
    sv: 'Inget dokument har fastställts de senaste {dagar} dagarna.',
    en: 'No document was approved in the last {dagar} days.',
  },
  startNewItem: { sv: 'fastställd {datum}, version {version}', en: 'approved {datum}, version {version}' },
  startReview: { sv: 'Dags att revidera', en: 'Due for review' },
  startReviewIntro: {
    sv: 'Styrande dokument vars revisionsdatum har passerat eller närmar sig, per ägande roll.',
    en: 'Governing documents whose review date has passed or is near, by owning role.',
  },
  startReviewNone: { sv: 'Inga dokument behöver revideras just nu.', en: 'No documents need review now.' },
  reviewOverdue: { sv: 'skulle ha reviderats {datum}', en: 'review was due {datum}' },
  reviewOverdueShort: { sv: '(revisionen är försenad)', en: '(review overdue)' },
  printNote: {
    sv: 'Utskrift ur {webbplats}, {id} version {version}, {datum}. En utskrift är en okontrollerad kopia: kontrollera i handboken att versionen fortfarande gäller.',
    en: 'Printed from {webbplats}, {id} version {version}, {datum}. A printout is an uncontrolled copy: check in the handbook that this version is still in force.',
  },
  reviewDue: { sv: 'revideras senast {datum}', en: 'review by {datum}' },
  noOwner: { sv: 'Ingen ägare angiven', en: 'No owner given' },
  count: { sv: '{antal} st.', en: '{antal}' },
  noneShown: { sv: 'Inga dokument.', en: 'No documents.' },
  noProcesses: { sv: 'Inga processer.', en: 'No processes.' },
  noUnits: { sv: 'Inga enheter angivna i lsys.yaml.', en: 'No units in lsys.yaml.' },
  // Document page
  metadata: { sv: 'Om dokumentet', en: 'About the document' },
  fieldId: { sv: 'Id', en: 'Id' },
  fieldTyp: { sv: 'Typ', en: 'Type' },
  fieldVersion: { sv: 'Version', en: 'Version' },
  fieldStatus: { sv: 'Status', en: 'Status' },
  fieldFastställd: { sv: 'Fastställd', en: 'Approved' },
  fieldFastställdAv: { sv: 'Fastställd av', en: 'Approved by' },
  fieldÄgare: { sv: 'Ägare', en: 'Owner' },
  fieldRevideras: { sv: 'Revideras', en: 'Review' },
  fieldGällerFör: { sv: 'Gäller för', en: 'Applies to' },
  fieldSosfs: { sv: 'SOSFS 2011:9', en: 'SOSFS 2011:9' },
  fieldLagrum: { sv: 'Lagrum', en: 'Statutes' },
  allUnits: { sv: 'Alla enheter', en: 'All units' },
  notGiven: { sv: 'Ej angivet', en: 'Not given' },
  content: { sv: 'Innehåll', en: 'Content' },
  related: { sv: 'Relaterade dokument', en: 'Related documents' },
  relatedFrom: { sv: 'Hänvisar hit', en: 'Refer to this document' },
  belongsTo: { sv: 'Ingår i process', en: 'Part of process' },
  belongsToItem: { sv: 'aktivitet {aktivitet}', en: 'activity {aktivitet}' },
  belongsToItems: { sv: 'aktiviteterna {aktiviteter}', en: 'activities {aktiviteter}' },
  activities: { sv: 'Aktiviteter', en: 'Activities' },
  activityCol: { sv: 'Aktivitet', en: 'Activity' },
  responsibleCol: { sv: 'Ansvarig', en: 'Responsible' },
  routinesCol: { sv: 'Rutiner', en: 'Routines' },
  stepCol: { sv: 'Steg', en: 'Step' },
  noActivities: { sv: 'Processen har inga aktiviteter.', en: 'The process has no activities.' },
  // Not "Flöde": process documents often have a section of that name themselves.
  flow: { sv: 'Flödesschema', en: 'Flow chart' },
  flowTitle: { sv: 'Flödet i processen {titel}', en: 'The flow of the process {titel}' },
  flowDesc: { sv: 'Aktiviteterna i ordning: {steg}.', en: 'The activities in order: {steg}.' },
  tasks: { sv: 'Uppgifter och ansvar', en: 'Tasks and responsibilities' },
  taskCol: { sv: 'Uppgift', en: 'Task' },
  ansvarar: { sv: 'Ansvarar', en: 'Accountable' },
  utför: { sv: 'Utför', en: 'Performs' },
  deltar: { sv: 'Deltar', en: 'Takes part' },
  informeras: { sv: 'Informeras', en: 'Informed' },
  noTasks: { sv: 'Inga uppgifter.', en: 'No tasks.' },
  history: { sv: 'Ändringshistorik', en: 'Change history' },
  historyDate: { sv: 'Datum', en: 'Date' },
  historyVersion: { sv: 'Version', en: 'Version' },
  historySubject: { sv: 'Ändring', en: 'Change' },
  historyNone: { sv: 'Ingen historik: byggd utan git.', en: 'No history: built without git.' },
  // Withdrawn page
  withdrawnTitle: { sv: '{titel} (upphävd)', en: '{titel} (withdrawn)' },
  withdrawnOn: { sv: 'Dokumentet {id} upphävdes den {datum}.', en: 'The document {id} was withdrawn on {datum}.' },
  withdrawn: { sv: 'Dokumentet {id} är upphävt och gäller inte längre.', en: 'The document {id} is withdrawn and no longer applies.' },
  replacedBy: { sv: 'Det ersätts av', en: 'It is replaced by' },
  noSuccessor: { sv: 'Inget dokument ersätter det. Gå till', en: 'No document replaces it. Go to' },
  startLink: { sv: 'startsidan', en: 'the home page' },
  // Type, unit and role pages
  typeTitle: { sv: '{typ}', en: '{typ}' },
  typesTitle: { sv: 'Dokumenttyper', en: 'Document types' },
  unitTitle: { sv: '{enhet}', en: '{enhet}' },
  unitIntro: {
    sv: 'Dokument som gäller för enheten, också de som gäller för alla enheter.',
    en: 'Documents that apply to the unit, including those that apply to all units.',
  },
  roleTitle: { sv: '{roll}', en: '{roll}' },
  roleOwns: { sv: 'Äger', en: 'Owns' },
  roleApproves: { sv: 'Fastställer', en: 'Approves' },
  roleTasks: { sv: 'Ansvarar för i ansvarsfördelningar', en: 'Accountable for in responsibility matrices' },
  roleActivities: { sv: 'Ansvarig för aktiviteter i processer', en: 'Responsible for process activities' },
  roleSelfInspections: { sv: 'Ansvarig för egenkontroller', en: 'Responsible for self-inspections' },
  roleNothing: { sv: 'Rollen har inget ansvar i de dokument som visas.', en: 'The role has no responsibility in the documents shown.' },
  // Läskvittens (issue 13): reading lists on unit and role pages, the confirmation link
  readingTitle: { sv: 'Att läsa och bekräfta', en: 'To read and confirm' },
  readingUnitIntro: {
    sv: 'Dokument som personalen på enheten ska läsa och bekräfta att de har läst, med hur många av enhetens läsare som har bekräftat den version som gäller.',
    en: 'Documents the staff of the unit must read and confirm they have read, with how many of the unit’s readers have confirmed the version in force.',
  },
  readingRoleIntro: {
    sv: 'Dokument som den som har rollen ska läsa och bekräfta att hen har läst. Siffrorna gäller alla med rollen, på alla enheter där dokumentet gäller.',
    en: 'Documents whoever has the role must read and confirm they have read. The figures are for everyone with the role, in every unit the document applies to.',
  },
  readingNone: {
    sv: 'Just nu finns inget att läsa och bekräfta för enheten.',
    en: 'There is nothing to read and confirm for the unit now.',
  },
  readingMeta: { sv: 'version {version}, läses senast {datum}', en: 'version {version}, read by {datum}' },
  readingShare: { sv: '{bekräftat} av {läsare} har bekräftat ({andel}\u00a0%)', en: '{bekräftat} of {läsare} have confirmed ({andel}%)' },
  readingLate: { sv: '(försenat)', en: '(overdue)' },
  readingChanged: {
    sv: 'Ändrat sedan senast bekräftade version ({version}):',
    en: 'Changed since the last confirmed version ({version}):',
  },
  readingChange: { sv: '{datum}, version {version}: {ändring}', en: '{datum}, version {version}: {ändring}' },
  readingNewVersion: {
    sv: 'Ny version {version} sedan senast bekräftade version ({tidigare}).',
    en: 'New version {version} since the last confirmed version ({tidigare}).',
  },
  readingConfirm: { sv: 'Bekräfta att du har läst', en: 'Confirm that you have read it' },
  readingConfirmLabel: {
    sv: 'Bekräfta att du har läst {id} {titel}, version {version}',
    en: 'Confirm that you have read it: {id} {titel}, version {version}',
  },
  fieldReading: { sv: 'Läskvittens', en: 'Read confirmation' },
  readingDocument: {
    sv: 'Ska läsas och bekräftas av {roller} senast {datum}.',
    en: 'To be read and confirmed by {roller} by {datum}.',
  },
  documentCol: { sv: 'Dokument', en: 'Document' },
  typeCol: { sv: 'Typ', en: 'Type' },
  // SOSFS page
  sosfsTitle: { sv: 'Täckning av SOSFS 2011:9', en: 'Coverage of SOSFS 2011:9' },
  sosfsIntro: {
    sv: 'Varje paragraf som gäller verksamheten, med de dokument som uppfyller den.',
    en: 'Each paragraph that applies to the organisation, with the documents that meet it.',
  },
  chapter: { sv: '{kapitel} kap.', en: 'Chapter {kapitel}' },
  paragraphCol: { sv: 'Paragraf', en: 'Section' },
  requirementCol: { sv: 'Krav', en: 'Requirement' },
  coveredByCol: { sv: 'Uppfylls av', en: 'Met by' },
  uncovered: { sv: 'Saknas', en: 'Missing' },
  exemptCell: { sv: 'Undantag: {skäl}', en: 'Exemption: {skäl}' },
  exemptions: { sv: 'Undantag', en: 'Exemptions' },
  exemptionsActive: { sv: 'Gällande undantag', en: 'Exemptions in force' },
  exemptionsExpired: { sv: 'Utgångna undantag', en: 'Expired exemptions' },
  exemptionsNone: { sv: 'Inga undantag.', en: 'No exemptions.' },
  reasonCol: { sv: 'Skäl', en: 'Reason' },
  untilCol: { sv: 'Gäller till', en: 'Valid until' },
  untilNone: { sv: 'Tills vidare', en: 'Until further notice' },
  // Accessibility statement
  a11yTitle: { sv: 'Tillgänglighetsredogörelse', en: 'Accessibility statement' },
  a11yIntro: {
    sv: '{organisation} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister.',
    en: '{organisation} is responsible for this website. We want as many people as possible to be able to use it. This statement describes how the website complies with the Swedish act (2018:1937) on accessibility to digital public services, known accessibility problems and how you can report problems.',
  },
  a11yStatusHeading: { sv: 'Hur tillgänglig är webbplatsen?', en: 'How accessible is this website?' },
  a11yStatus: {
    sv: 'Webbplatsen är byggd för att uppfylla nivå AA i WCAG 2.1. Varje sorts sida kontrolleras automatiskt med verktyget axe-core när webbplatsen testas. Automatiska kontroller hittar inte alla brister; vi har inte gjort någon fullständig manuell granskning.',
    en: 'The website is built to meet level AA of WCAG 2.1. Every kind of page is checked automatically with the axe-core tool when the website is tested. Automatic checks do not find every problem; no full manual audit has been made.',
  },
  a11yKnown: { sv: 'Kända brister', en: 'Known problems' },
  a11yKnownText: {
    sv: 'Sökfunktionen kräver JavaScript. Innehållet i dokumenten är skrivet av verksamheten och kan ha brister som verktyget inte upptäcker, till exempel bilder utan alternativtext.',
    en: 'Search needs JavaScript. The content of the documents is written by the organisation and may have problems the tool does not detect, such as images without alternative text.',
  },
  a11yReport: { sv: 'Rapportera brister i tillgängligheten', en: 'Report accessibility problems' },
  a11yReportText: {
    sv: 'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i ett annat format, kontakta oss:',
    en: 'If you find problems that are not described here, or need content in another format, contact us:',
  },
  a11yContact: { sv: 'E-post eller webbadress: {kontakt}', en: 'E-mail or web address: {kontakt}' },
  a11yPhone: { sv: 'Telefon: {telefon}', en: 'Phone: {telefon}' },
  a11yNoContact: {
    sv: 'Ingen särskild kontakt för tillgänglighet är angiven. Vänd dig till {organisation} på det sätt du brukar, till exempel till din chef eller kvalitetssamordnaren.',
    en: 'No accessibility contact is given. Contact {organisation} the way you usually do, for example your manager or the quality coordinator.',
  },
  a11ySupervision: { sv: 'Tillsyn', en: 'Enforcement' },
  a11ySupervisionText: {
    sv: 'Myndigheten för digital förvaltning (DIGG) har ansvar för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det:',
    en: 'The Agency for Digital Government (DIGG) enforces the act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact DIGG:',
  },
  a11yDate: { sv: 'Om redogörelsen', en: 'About this statement' },
  a11yDateText: { sv: 'Redogörelsen upprättades den {datum}.', en: 'This statement was prepared on {datum}.' },
  // Search page
  searchTitle: { sv: 'Sök', en: 'Search' },
  searchNoScript: {
    sv: 'Sökningen behöver JavaScript. Använd menyn för att hitta dokumenten.',
    en: 'Search needs JavaScript. Use the menu to find the documents.',
  },
  searchResults: { sv: 'Sökresultat', en: 'Search results' },
  // 404
  notFoundTitle: { sv: 'Sidan finns inte', en: 'Page not found' },
  notFoundText: {
    sv: 'Sidan du letar efter finns inte, eller så har dokumentet bytt adress.',
    en: 'The page you are looking for does not exist, or the document has moved.',
  },
  notFoundStart: { sv: 'Gå till startsidan', en: 'Go to the home page' },
  notFoundSearch: { sv: 'Sök i ledningssystemet', en: 'Search the management system' },
  // Document types, singular and plural
  type_policy: { sv: 'Policy', en: 'Policy' },
  type_process: { sv: 'Process', en: 'Process' },
  type_rutin: { sv: 'Rutin', en: 'Routine' },
  type_ansvarsfördelning: { sv: 'Ansvarsfördelning', en: 'Responsibility matrix' },
  type_riskanalys: { sv: 'Riskanalys', en: 'Risk analysis' },
  type_egenkontroll: { sv: 'Egenkontroll', en: 'Self-inspection' },
  type_sammanställning: { sv: 'Sammanställning', en: 'Summary' },
  type_blankett: { sv: 'Blankett', en: 'Form' },
  types_policy: { sv: 'Policyer', en: 'Policies' },
  types_process: { sv: 'Processer', en: 'Processes' },
  types_rutin: { sv: 'Rutiner', en: 'Routines' },
  types_ansvarsfördelning: { sv: 'Ansvarsfördelningar', en: 'Responsibility matrices' },
  types_riskanalys: { sv: 'Riskanalyser', en: 'Risk analyses' },
  types_egenkontroll: { sv: 'Egenkontroller', en: 'Self-inspections' },
  types_sammanställning: { sv: 'Sammanställningar', en: 'Summaries' },
  types_blankett: { sv: 'Blanketter', en: 'Forms' },
} as const satisfies Catalogue;

export type SiteMessageId = keyof typeof SITE_MESSAGES;

/** A page text in the build's language, placeholders filled (not escaped: see pages/html.ts `t`). */
export function siteText(lang: Lang, id: SiteMessageId, data?: MessageData): string {
  return say(SITE_MESSAGES[id], lang, data);
}

/** The label of a document type ("Rutin"); an unknown `typ` is shown as written. `plural` for headings of lists. */
export function typeLabel(typ: string, lang: Lang, plural = false): string {
  const id = `${plural ? 'types' : 'type'}_${typ}`;
  return id in SITE_MESSAGES ? siteText(lang, id as SiteMessageId) : typ;
}
