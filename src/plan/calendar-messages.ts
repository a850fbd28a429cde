/**
 * The texts of `lsys calendar` (issue 11): what a person reads in the calendar program (event
 * summaries, descriptions, categories, the calendar's name) and on the command line.
 */
import type { Catalogue } from '../core/messages.js';

/** The words of the events, by kind: SUMMARY and CATEGORIES. */
export const CALENDAR_EVENTS = {
  revision: { sv: 'Revidera {id} {title}', en: 'Review {id} {title}' },
  egenkontroll: { sv: 'Egenkontroll {id} {title}', en: 'Self-inspection {id} {title}' },
  åtgärd: { sv: 'Åtgärd klar: {detail} ({id})', en: 'Action due: {detail} ({id})' },
  undantag: { sv: 'Undantag {title} upphör', en: 'Exemption {title} ends' },
  läskvittens: { sv: 'Läst och bekräftat {id} {title}, {unit}', en: 'Read and confirmed {id} {title}, {unit}' },
  kvalitetsberättelse: { sv: 'Kvalitetsberättelse {year} klar', en: 'Quality report {year} due' },
  patientsäkerhetsberättelse: { sv: 'Patientsäkerhetsberättelse {year} klar', en: 'Patient safety report {year} due' },
  categoryRevision: { sv: 'Revision', en: 'Review' },
  categoryEgenkontroll: { sv: 'Egenkontroll', en: 'Self-inspection' },
  categoryÅtgärd: { sv: 'Åtgärd', en: 'Action' },
  categoryUndantag: { sv: 'Undantag', en: 'Exemption' },
  categoryLäskvittens: { sv: 'Läskvittens', en: 'Read confirmation' },
  categoryKvalitetsberättelse: { sv: 'Kvalitetsberättelse', en: 'Quality report' },
  categoryPatientsäkerhetsberättelse: { sv: 'Patientsäkerhetsberättelse', en: 'Patient safety report' },
  categoryÅrshjul: { sv: 'Årshjul', en: 'Annual cycle' },
  descriptionId: { sv: 'Id: {id}', en: 'Id: {id}' },
  descriptionOccasion: { sv: 'Tillfälle {detail} enligt planen', en: 'Occasion {detail} of the plan' },
  descriptionAction: { sv: 'Åtgärd: {detail}', en: 'Action: {detail}' },
  descriptionReason: { sv: 'Skäl för undantaget: {detail}', en: 'Reason for the exemption: {detail}' },
  descriptionReading: {
    sv: 'Den {today} hade {missing} av {required} läsare inte bekräftat version {version}.',
    en: 'On {today}, {missing} of {required} readers had not confirmed version {version}.',
  },
  descriptionRole: { sv: 'Ansvarig: {name} ({role})', en: 'Responsible: {name} ({role})' },
  descriptionUnits: { sv: 'Enheter: {units}', en: 'Units: {units}' },
  descriptionFile: { sv: 'Fil: {file}', en: 'File: {file}' },
  descriptionUrl: { sv: 'I handboken: {url}', en: 'In the handbook: {url}' },
  calendarName: { sv: 'Årshjul – {organisation}', en: 'Annual cycle – {organisation}' },
  calendarNameFiltered: { sv: 'Årshjul – {organisation} ({filter})', en: 'Annual cycle – {organisation} ({filter})' },
  calendarDescription: {
    sv: 'Ledningssystemets årshjul: revisioner, egenkontroller, åtgärder, undantag, läskvittenser och årliga berättelser, från {from} till och med {last}. Skapad av lsys.',
    en: 'The management system’s annual cycle: reviews, self-inspections, actions, exemptions, read confirmations and yearly reports, from {from} up to and including {last}. Made by lsys.',
  },
} satisfies Catalogue;

/** The command line's texts for `lsys calendar`. */
export const CALENDAR_CLI = {
  description: {
    sv: 'Skriv årshjulet som en kalenderfil (iCalendar, .ics) att importera i Outlook, Google Kalender eller Apple Kalender',
    en: 'Write the annual cycle as a calendar file (iCalendar, .ics) to import into Outlook, Google Calendar or Apple Calendar',
  },
  ownerFlag: { sv: '--owner <roll>', en: '--owner <role>' },
  ownerOption: {
    sv: 'bara det som rollen ansvarar för (ett roll-id ur lsys.yaml)',
    en: 'only what the role is responsible for (a role id from lsys.yaml)',
  },
  unitFlag: { sv: '--unit <enhet>', en: '--unit <unit>' },
  unitOption: {
    sv: 'bara det som gäller enheten, och det som gäller alla enheter (ett enhets-id ur lsys.yaml)',
    en: 'only what applies to the unit, and what applies to every unit (a unit id from lsys.yaml)',
  },
  fromFlag: { sv: '--from <datum>', en: '--from <date>' },
  fromOption: { sv: 'första dagen i kalendern, ÅÅÅÅ-MM-DD (standard: i dag)', en: 'the calendar’s first day, YYYY-MM-DD (default: today)' },
  monthsFlag: { sv: '--months <antal>', en: '--months <count>' },
  monthsOption: {
    sv: 'hur många månader kalendern täcker, 1–60 (standard: 12)',
    en: 'how many months the calendar covers, 1–60 (default: 12)',
  },
  outputFlag: { sv: '--output <fil>', en: '--output <file>' },
  outputOption: {
    sv: 'kalenderfilen (standard: arshjul.ics i repots rot, arshjul-<roll>-<enhet>.ics med filter); - skriver till stdout',
    en: 'the calendar file (default: arshjul.ics in the repository root, arshjul-<role>-<unit>.ics with filters); - writes to stdout',
  },
  remindFlag: { sv: '--remind <dagar>', en: '--remind <days>' },
  remindOption: {
    sv: 'påminnelse så många dagar före, 0–365; 0 = ingen (standard: årshjul.påminnelse_dagar i lsys.yaml, annars 14)',
    en: 'reminder this many days before, 0–365; 0 = none (default: årshjul.påminnelse_dagar in lsys.yaml, else 14)',
  },
  forceOption: {
    sv: 'skriv över en befintlig fil som lsys inte har skrivit',
    en: 'overwrite an existing file that lsys did not write',
  },
  examples: {
    sv: `Exempel:
  lsys calendar                                       årshjulet för ett år från i dag, i arshjul.ics
  lsys calendar --owner mas                           bara det MAS ansvarar för, i arshjul-mas.ics
  lsys calendar --unit myndighetsenheten --months 24  en enhets årshjul för två år
  lsys calendar --from 2027-01-01 --remind 7          kalenderåret 2027, påminnelse en vecka före
  lsys calendar --output -                            skriv kalendern till stdout

Importera filen i kalenderprogrammet (Outlook: Arkiv > Öppna och exportera > Importera/exportera;
Google Kalender: Inställningar > Importera och exportera; Apple Kalender: Arkiv > Importera).
Importera igen efter ändringar: händelserna uppdateras i stället för att dubbleras.

Slutkoder: 0 kalendern skriven, 2 fel i kommandoraden, lsys.yaml eller utdatafilen.`,
    en: `Examples:
  lsys calendar                                       the annual cycle for a year from today, in arshjul.ics
  lsys calendar --owner mas                           only what the MAS is responsible for, in arshjul-mas.ics
  lsys calendar --unit myndighetsenheten --months 24  one unit's annual cycle for two years
  lsys calendar --from 2027-01-01 --remind 7          the calendar year 2027, reminder a week before
  lsys calendar --output -                            write the calendar to stdout

Import the file in the calendar program (Outlook: File > Open & Export > Import/Export;
Google Calendar: Settings > Import & export; Apple Calendar: File > Import).
Import again after changes: the events are updated instead of duplicated.

Exit codes: 0 calendar written, 2 error in the command line, lsys.yaml or the output file.`,
  },
  badFrom: { sv: '--from "{value}": ange ett datum som ÅÅÅÅ-MM-DD.', en: '--from "{value}": give a date as YYYY-MM-DD.' },
  badMonths: { sv: '--months "{value}": ange ett heltal från 1 till 60.', en: '--months "{value}": give a whole number from 1 to 60.' },
  badRemind: {
    sv: '--remind "{value}": ange ett heltal dagar från 0 till 365 (0 = ingen påminnelse).',
    en: '--remind "{value}": give a whole number of days from 0 to 365 (0 = no reminder).',
  },
  wouldOverwrite: {
    sv: '{shown} finns redan och är inte en kalender som lsys har skrivit. Välj en annan fil med --output, eller skriv över den med --force.',
    en: '{shown} already exists and is not a calendar lsys wrote. Choose another file with --output, or overwrite it with --force.',
  },
  wrote: {
    sv: 'Skrev {shown}: {events} från {from} till och med {last}{reminder}. Importera filen i kalenderprogrammet; att importera igen uppdaterar händelserna.\n',
    en: 'Wrote {shown}: {events} from {from} up to and including {last}{reminder}. Import the file into the calendar program; importing again updates the events.\n',
  },
  eventCount: { sv: '{count} händelser', en: '{count} events' },
  eventCountOne: { sv: '1 händelse', en: '1 event' },
  reminder: { sv: ', påminnelse {days} dagar före', en: ', reminder {days} days before' },
  reminderOne: { sv: ', påminnelse 1 dag före', en: ', reminder 1 day before' },
} satisfies Catalogue;
