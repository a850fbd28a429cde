/** The texts of `lsys due`: its options, help, errors and output, in Swedish and English. */
import type { Catalogue } from '../core/messages.js';

export const DUE = {
  // ── The command line ──
  description: {
    sv: 'Visa vad som är försenat eller ska göras inom N dagar: revisioner, egenkontroller, åtgärder, undantag, läskvittenser och årets berättelser, per ansvarig roll',
    en: 'Show what is late or due within N days: reviews, self-inspections, actions, exemptions, read confirmations and the yearly reports, by responsible role',
  },
  daysFlag: { sv: '--days <antal>', en: '--days <count>' },
  daysOption: {
    sv: 'hur många dagar framåt som visas, 0–3660 (standard 60); det som är försenat visas alltid',
    en: 'how many days ahead to show, 0–3660 (default 60); what is late is always shown',
  },
  ownerFlag: { sv: '--owner <roll>', en: '--owner <role>' },
  ownerOption: {
    sv: 'bara det som en roll i lsys.yaml ansvarar för, t.ex. mas',
    en: 'only what a role of lsys.yaml is responsible for, e.g. mas',
  },
  unitFlag: { sv: '--unit <enhet>', en: '--unit <unit>' },
  unitOption: {
    sv: 'bara dokument som gäller för en enhet i lsys.yaml (och de som gäller alla enheter)',
    en: 'only documents that apply to a unit of lsys.yaml (and those that apply to every unit)',
  },
  formatOption: {
    sv: 'text (standard, för terminalen), md (tabeller för e-post eller en pull request), json eller csv (för Excel)',
    en: 'text (default, for the terminal), md (tables for an e-mail or a pull request), json or csv (for Excel)',
  },
  outputFlag: { sv: '--output <fil>', en: '--output <file>' },
  outputOption: {
    sv: 'skriv till en fil i stället för till terminalen (skriver aldrig över en fil som lsys inte har skrivit)',
    en: 'write to a file instead of the terminal (never overwrites a file lsys did not write)',
  },
  forceOption: { sv: 'skriv över --output även om lsys inte har skrivit filen', en: 'overwrite --output even when lsys did not write it' },
  help: {
    sv: `Exempel:
  lsys due                              allt som är försenat eller ska göras inom 60 dagar
  lsys due --days 30 --owner mas        det som medicinskt ansvarig sjuksköterska ska göra inom 30 dagar
  lsys due --unit solgläntan --format md --output att-göra.md
  lsys due --format csv --output att-göra.csv   öppna filen i Excel

Med standardinställningen revision.varna_dagar: 60 finns allt som lsys validate varnar för
som försenat eller snart förfallet med i listan, på samma rad i samma fil. Listan har dessutom
det som ska göras inom --days dagar utan att validate varnar för det än: nästa egenkontroll,
åtgärder med klart_senast, undantag som går ut och årets berättelser.
Med blocket läskvittens i lsys.yaml visas också varje dokument och enhet där några
av läsarna inte har bekräftat versionen som gäller (bara antal, aldrig vilka), på
dagen då alla ska ha läst den; --unit visar en enhets.
Kvalitetsberättelsen och patientsäkerhetsberättelsen visas med datumet de ska vara klara;
lsys kan inte veta att de är skrivna, så de visas aldrig som försenade.

Slutkod: 0 (även när något är försenat: lsys due är en planering, inte en kontroll),
2 om ett alternativ är fel eller lsys.yaml inte går att läsa.`,
    en: `Examples:
  lsys due                              everything late or due within 60 days
  lsys due --days 30 --owner mas        what the medically responsible nurse must do within 30 days
  lsys due --unit north --format md --output todo.md
  lsys due --format csv --output todo.csv       open the file in Excel

With the default revision.varna_dagar: 60, everything lsys validate warns about as overdue or
due soon is in the list, at the same line of the same file. The list also has what falls due
within --days that validate does not warn about yet: the next self-inspection, actions with a
klart_senast, exemptions that end and the yearly reports. With the läskvittens block in
lsys.yaml it also shows each document and unit where some readers have not confirmed the
version in force (counts only, never who), on the day everyone must have read it; --unit
shows one unit's. The quality report
and the patient safety report are shown with the date they are due; lsys cannot know they are
written, so they are never shown as late.

Exit code: 0 (also when something is late: lsys due is a plan, not a check),
2 when an option is wrong or lsys.yaml cannot be read.`,
  },
  badDays: {
    sv: '--days "{value}": ange ett heltal mellan 0 och 3660, t.ex. --days 30.',
    en: '--days "{value}": give a whole number from 0 to 3660, e.g. --days 30.',
  },
  badFormat: {
    sv: '--format "{format}": välj text, md, json eller csv.',
    en: '--format "{format}": choose text, md, json or csv.',
  },
  wouldOverwrite: {
    sv: '{shown} finns redan och är inte skriven av lsys due. Välj ett annat filnamn, eller lägg till --force för att skriva över den.',
    en: '{shown} already exists and was not written by lsys due. Choose another file name, or add --force to overwrite it.',
  },
  wrote: { sv: 'Skrev {shown} ({summary}).', en: 'Wrote {shown} ({summary}).' },

  // ── The output ──
  heading: {
    sv: 'Att göra: försenat och det som infaller till och med {until} ({days} dagar från {today}){filter}',
    en: 'To do: what is late and what falls due until {until} ({days} days from {today}){filter}',
  },
  filterOwner: { sv: ', roll {owner}', en: ', role {owner}' },
  filterUnit: { sv: ', enhet {unit}', en: ', unit {unit}' },
  nothing: {
    sv: 'Inget är försenat och inget infaller till och med {until} ({days} dagar från {today}){filter}.',
    en: 'Nothing is late and nothing falls due until {until} ({days} days from {today}){filter}.',
  },
  summary: { sv: '{total}: {late}, {soon}.', en: '{total}: {late}, {soon}.' },
  itemOne: { sv: '1 sak att göra', en: '1 thing to do' },
  itemMany: { sv: '{n} saker att göra', en: '{n} things to do' },
  lateOne: { sv: '1 försenad', en: '1 late' },
  lateMany: { sv: '{n} försenade', en: '{n} late' },
  soon: { sv: '{n} inom {days} dagar', en: '{n} within {days} days' },
  noRole: { sv: 'Ingen ansvarig angiven', en: 'No responsible role given' },
  unknownRole: { sv: '{role} (finns inte i lsys.yaml)', en: '{role} (not in lsys.yaml)' },
  today: { sv: 'i dag', en: 'today' },
  inOneDay: { sv: 'om 1 dag', en: 'in 1 day' },
  inDays: { sv: 'om {n} dagar', en: 'in {n} days' },
  oneDayLate: { sv: '1 dag sen', en: '1 day late' },
  daysLate: { sv: '{n} dagar sen', en: '{n} days late' },
  occasion: { sv: '{title}, tillfälle {n}', en: '{title}, occasion {n}' },
  actionOf: { sv: '{title}: {detail}', en: '{title}: {detail}' },
  exemption: { sv: 'SOSFS 2011:9 {paragraf}: {skäl}', en: 'SOSFS 2011:9 {paragraf}: {skäl}' },
  reportFor: { sv: 'för {year}', en: 'for {year}' },
  reading: {
    sv: '{title}, {unit}: {missing} av {required} har inte bekräftat version {version}',
    en: '{title}, {unit}: {missing} of {required} have not confirmed version {version}',
  },

  // Kinds, as a coordinator says them.
  'kind-revision': { sv: 'Revision', en: 'Review' },
  'kind-egenkontroll': { sv: 'Egenkontroll', en: 'Self-inspection' },
  'kind-åtgärd': { sv: 'Åtgärd', en: 'Action' },
  'kind-undantag': { sv: 'Undantag upphör', en: 'Exemption ends' },
  'kind-läskvittens': { sv: 'Läskvittens', en: 'Read confirmation' },
  'kind-kvalitetsberättelse': { sv: 'Kvalitetsberättelse', en: 'Quality report' },
  'kind-patientsäkerhetsberättelse': { sv: 'Patientsäkerhetsberättelse', en: 'Patient safety report' },

  // Column headings of md and csv.
  colDate: { sv: 'Datum', en: 'Date' },
  colWhen: { sv: 'När', en: 'When' },
  colDays: { sv: 'Dagar kvar', en: 'Days left' },
  colKind: { sv: 'Typ', en: 'Kind' },
  colId: { sv: 'Id', en: 'Id' },
  colWhat: { sv: 'Vad', en: 'What' },
  colRole: { sv: 'Ansvarig', en: 'Responsible' },
  colFile: { sv: 'Fil', en: 'File' },
  colLine: { sv: 'Rad', en: 'Line' },
} as const satisfies Catalogue;
