/**
 * The texts of the command line and the commands: help, usage errors and notices, by id in Swedish and English with
 * named placeholders (see core/messages.ts). The rules, report and init have their own.
 */
import type { Catalogue } from '../core/messages.js';

export const CLI = {
  internalError: {
    sv: 'Detta är ett fel i lsys, inte i dina dokument. Rapportera det gärna med kommandot du körde.\n',
    en: 'This is a bug in lsys, not in your documents. Please report it with the command you ran.\n',
  },
  usageOptions: {
    sv: '[flaggor]',
    en: '[options]',
  },
  helpOption: {
    sv: 'visa hjälp',
    en: 'show help',
  },
  cwdFlag: {
    sv: '--cwd <mapp>',
    en: '--cwd <dir>',
  },
  cwdOption: {
    sv: 'ledningssystemets mapp (standard: närmaste mapp uppåt med lsys.yaml)',
    en: 'the repository folder (default: the nearest folder upwards with lsys.yaml)',
  },
  todayFlag: {
    sv: '--today <ÅÅÅÅ-MM-DD>',
    en: '--today <YYYY-MM-DD>',
  },
  todayOption: {
    sv: 'datumet som alla datumregler utgår från (standard: dagens datum, eller LSYS_TODAY)',
    en: 'the date all date rules use (default: today, or LSYS_TODAY)',
  },
  langOption: {
    sv: 'språk för meddelanden: sv (standard) eller en',
    en: 'message language: sv (default) or en',
  },
  noCacheOption: {
    sv: 'läs alla filer på nytt; använd inte cachen från förra körningen',
    en: 'read every file again; do not use the cache from the last run',
  },
  cacheLocationFlag: {
    sv: '--cache-location <fil>',
    en: '--cache-location <file>',
  },
  cacheLocationOption: {
    sv: 'var cachen sparas (standard: node_modules/.cache/lsys/ i ledningssystemet, annars ~/.cache/lsys/)',
    en: 'where the cache is kept (default: node_modules/.cache/lsys/ in the repository, else ~/.cache/lsys/)',
  },
  workersFlag: {
    sv: '--workers <antal>',
    en: '--workers <count>',
  },
  workersOption: {
    sv: 'antal trådar som läser dokumenten (standard: efter storlek; 0 = ingen)',
    en: 'threads that parse the documents (default: by size; 0 = none)',
  },
  usageMain: {
    sv: '[flaggor] <kommando>',
    en: '[options] <command>',
  },
  mainDescription: {
    sv: 'Ledningssystem för systematiskt kvalitetsarbete (SOSFS 2011:9) som kod: kontrollera dokumenten som en inspektör skulle.',
    en: 'A quality management system (SOSFS 2011:9) as code: check the documents as an inspector would.',
  },
  versionOption: {
    sv: 'visa versionsnumret',
    en: 'show the version number',
  },
  helpCommand: {
    sv: 'help [kommando]',
    en: 'help [command]',
  },
  helpCommandDescription: {
    sv: 'visa hjälp för ett kommando',
    en: 'show help for a command',
  },
  usageValidate: {
    sv: '[flaggor] [sökvägar...]',
    en: '[options] [paths...]',
  },
  validateDescription: {
    sv: 'Kontrollera dokumenten i ledningssystemet och rapportera fel med fil och rad.',
    en: 'Check the documents of the management system and report problems with file and line.',
  },
  pathsArgument: {
    sv: '[sökvägar...]',
    en: '[paths...]',
  },
  pathsDescription: {
    sv: 'kontrollera bara dokument under dessa sökvägar (hänvisningar kontrolleras ändå mot alla dokument)',
    en: 'only check documents under these paths (references are still checked against every document)',
  },
  validateFormatOption: {
    sv: 'utdataformat: stylish (standard), json, github, junit, sarif, gitlab eller azure',
    en: 'output format: stylish (default), json, github, junit, sarif, gitlab or azure',
  },
  outputFlag: {
    sv: '--output <fil>',
    en: '--output <file>',
  },
  validateOutputOption: {
    sv: 'skriv resultatet till en fil i stället för till skärmen',
    en: 'write the result to a file instead of the screen',
  },
  maxWarningsFlag: {
    sv: '--max-warnings <antal>',
    en: '--max-warnings <count>',
  },
  maxWarningsOption: {
    sv: 'avsluta med kod 1 om varningarna är fler än så här',
    en: 'exit with code 1 when there are more warnings than this',
  },
  ruleFlag: {
    sv: '--rule <regel=nivå>',
    en: '--rule <rule=level>',
  },
  ruleOption: {
    sv: 'ändra en regels nivå: error, warning eller off (kan upprepas; går före lsys.yaml)',
    en: 'set a rule’s severity: error, warning or off (repeatable; wins over lsys.yaml)',
  },
  quietOption: {
    sv: 'visa bara fel, inga varningar',
    en: 'show errors only, no warnings',
  },
  validateNoGitOption: {
    sv: 'läs inte git-historiken (regeln review/changed-after-approval hoppas över)',
    en: 'do not read git history (the rule review/changed-after-approval is skipped)',
  },
  validateForceOption: {
    sv: 'skriv över en --output-fil som lsys inte själv har skrivit',
    en: 'overwrite an --output file that lsys did not write',
  },
  fixOption: {
    sv: 'skriv om lagrum som kan rättas säkert (t.ex. "SoL 2001:453 14:3" → "SoL 2025:400 27:2"), visa varje ändring och sedan det som återstår',
    en: 'rewrite legal references that can be fixed safely (e.g. "SoL 2001:453 14:3" → "SoL 2025:400 27:2"), show each change and then what remains',
  },
  fixDryRunOption: {
    sv: 'visa vad --fix skulle ändra, utan att skriva något',
    en: 'show what --fix would change, without writing anything',
  },
  rulesHeading: {
    sv: 'Regler (standardnivå):',
    en: 'Rules (default severity):',
  },
  exitCodes: {
    sv: 'Slutkoder: 0 inga fel, 1 fel hittades (eller för många varningar), 2 fel i anrop eller lsys.yaml.',
    en: 'Exit codes: 0 no errors, 1 errors found (or too many warnings), 2 usage or lsys.yaml error.',
  },
  reportDescription: {
    sv: 'Skriv årets kvalitetsberättelse (eller patientsäkerhetsberättelse) från dokumenten, med tabeller och diagram.',
    en: 'Write the year’s quality report (or patient safety report) from the documents, with tables and charts.',
  },
  yearFlag: {
    sv: '--year <ÅÅÅÅ>',
    en: '--year <YYYY>',
  },
  yearOption: {
    sv: 'året som berättelsen gäller (standard: året före --today)',
    en: 'the year the report covers (default: the year before --today)',
  },
  kindFlag: {
    sv: '--kind <typ>',
    en: '--kind <kind>',
  },
  kindOption: {
    sv: 'kvalitetsberattelse (standard) eller patientsakerhetsberattelse',
    en: 'kvalitetsberattelse (default) or patientsakerhetsberattelse',
  },
  reportFormatOption: {
    sv: 'html (standard), md eller json (rapportens data för andra verktyg)',
    en: 'html (default), md or json (the report data for other tools)',
  },
  reportOutputOption: {
    sv: 'filen att skriva (standard: <typ>-<år>.<format> i ledningssystemets mapp)',
    en: 'the file to write (default: <kind>-<year>.<format> in the repository folder)',
  },
  templateFlag: {
    sv: '--template <mapp>',
    en: '--template <dir>',
  },
  templateOption: {
    sv: 'mapp med egna mallar som ersätter de inbyggda, fil för fil (standard: ledningssystemets templates/)',
    en: 'folder of templates that replace the built-in ones file by file (default: the repository’s templates/)',
  },
  reportNoGitOption: {
    sv: 'läs inte git-historiken (revideringar under året visas då bara från fastställd)',
    en: 'do not read git history (revisions during the year then come from fastställd only)',
  },
  reportForceOption: {
    sv: 'skriv över en fil som lsys inte själv har skrivit',
    en: 'overwrite a file that lsys did not write',
  },
  siteDescription: {
    sv: 'Bygg personalens handbok: en statisk webbplats med alla gällande dokument, sökbar och utskrivbar.',
    en: 'Build the staff handbook: a static website of every document in force, searchable and printable.',
  },
  siteOutFlag: {
    sv: '--out <mapp>',
    en: '--out <dir>',
  },
  siteOutOption: {
    sv: 'mappen att skriva webbplatsen till (standard: site/ i ledningssystemets mapp)',
    en: 'the folder to write the site to (default: site/ in the repository folder)',
  },
  siteBaseUrlFlag: {
    sv: '--base-url <adress>',
    en: '--base-url <url>',
  },
  siteBaseUrlOption: {
    sv: 'var webbplatsen publiceras: https://… eller en sökväg som börjar med / (standard: webbplats.url i lsys.yaml)',
    en: 'where the site is published: https://… or a path starting with / (default: webbplats.url in lsys.yaml)',
  },
  siteDraftsOption: {
    sv: 'visa även utkast, märkta UTKAST (en förhandsvisning för granskare)',
    en: 'show drafts too, marked UTKAST (a preview for reviewers)',
  },
  siteNoGitOption: {
    sv: 'läs inte git-historiken (dokumentens ändringshistorik visas då inte)',
    en: 'do not read git history (the documents then show no change history)',
  },
  siteForceOption: {
    sv: 'ersätt en webbplats som en annan version av lsys har byggt (en mapp som lsys inte har gjort ersätts aldrig)',
    en: 'replace a site that another version of lsys built (a folder lsys did not make is never replaced)',
  },
  badBaseUrl: {
    sv: '--base-url "{value}": ange en adress som börjar med http:// eller https://, eller en sökväg som börjar med /.',
    en: '--base-url "{value}": give an address starting with http:// or https://, or a path starting with /.',
  },
  badConfigBaseUrl: {
    sv: 'webbplats.url i lsys.yaml ("{value}"): ange en adress som börjar med http:// eller https://, eller en sökväg som börjar med /.',
    en: 'webbplats.url in lsys.yaml ("{value}"): give an address starting with http:// or https://, or a path starting with /.',
  },
  wroteSite: {
    sv: 'Byggde webbplatsen i {shown}: {pages} sidor, {documents} dokument ({ms} ms). Öppna {open}.\n',
    en: 'Built the site in {shown}: {pages} pages, {documents} documents ({ms} ms). Open {open}.\n',
  },
  siteLeftOut: {
    sv: 'Obs: {count} dokument gick inte att läsa och är inte med på webbplatsen: {files}. Kör lsys validate för att se varför.\n',
    en: 'Note: {count} document(s) could not be read and are left out of the site: {files}. Run lsys validate to see why.\n',
  },
  usageInit: {
    sv: '[flaggor] [mapp]',
    en: '[options] [dir]',
  },
  initDescription: {
    sv: 'Starta ett nytt ledningssystem: lsys.yaml, ett exempeldokument av varje typ och ett CI-flöde för GitHub Actions.',
    en: 'Start a new management system: lsys.yaml, one example document of every type and a GitHub Actions workflow.',
  },
  dirArgument: {
    sv: '[mapp]',
    en: '[dir]',
  },
  dirDescription: {
    sv: 'mappen att skapa det i (standard: aktuell mapp)',
    en: 'the folder to create it in (default: the current folder)',
  },
  sectorFlag: {
    sv: '--sector <lista>',
    en: '--sector <list>',
  },
  sectorOption: {
    sv: 'verksamhetsformer, kommaseparerade: sol, lss, hsl (standard: alla tre)',
    en: 'law areas, comma-separated: sol, lss, hsl (default: all three)',
  },
  initForceOption: {
    sv: 'skriv över filer som redan finns',
    en: 'overwrite files that already exist',
  },
  badFormat: {
    sv: '--format "{format}" finns inte. Välj stylish, json, github, junit, sarif, gitlab eller azure.',
    en: '--format "{format}" does not exist. Choose stylish, json, github, junit, sarif, gitlab or azure.',
  },
  badMaxWarnings: {
    sv: '--max-warnings "{value}" ska vara ett heltal, 0 eller större.',
    en: '--max-warnings "{value}" must be a whole number, 0 or more.',
  },
  badRuleOption: {
    sv: '--rule "{value}": skriv regel=nivå, t.ex. --rule coverage/missing=off (nivå: error, warning eller off).',
    en: '--rule "{value}": write rule=level, e.g. --rule coverage/missing=off (level: error, warning or off).',
  },
  pathNotFound: {
    sv: '{path}: sökvägen finns inte. Ange en fil eller mapp i ledningssystemet.',
    en: '{path}: no such path. Give a file or folder in the repository.',
  },
  pathOutside: {
    sv: '{path}: ligger utanför ledningssystemet i {root}.',
    en: '{path}: is outside the repository in {root}.',
  },
  validateWouldOverwrite: {
    sv: '{output} finns redan och är inte skriven av lsys (eller har ändrats sedan lsys skrev den). Välj ett annat filnamn eller lägg till --force.',
    en: '{output} already exists and was not written by lsys (or has changed since lsys wrote it). Choose another file name or add --force.',
  },
  badYear: {
    sv: '--year "{value}" är inget år. Skriv fyra siffror, t.ex. --year 2026.',
    en: '--year "{value}" is not a year. Write four digits, e.g. --year 2026.',
  },
  badKind: {
    sv: '--kind "{kind}" finns inte. Välj kvalitetsberattelse eller patientsakerhetsberattelse.',
    en: '--kind "{kind}" does not exist. Choose kvalitetsberattelse or patientsakerhetsberattelse.',
  },
  badReportFormat: {
    sv: '--format "{format}" finns inte för report. Välj html, md eller json.',
    en: '--format "{format}" does not exist for report. Choose html, md or json.',
  },
  templateNotFound: {
    sv: '--template {template}: mappen finns inte.',
    en: '--template {template}: no such folder.',
  },
  reportWouldOverwrite: {
    sv: '{shown} finns redan och är inte skriven av lsys. Välj en annan fil med --output eller lägg till --force.',
    en: '{shown} already exists and was not written by lsys. Choose another file with --output or add --force.',
  },
  templateNotAFolder: {
    sv: '--template {shown}: är en fil, inte en mapp. Ange mappen som innehåller html/, md/ eller messages.yaml.',
    en: '--template {shown}: is a file, not a folder. Give the folder that holds html/, md/ or messages.yaml.',
  },
  templateEmpty: {
    sv: '--template {shown}: mappen har varken undermappen html/, md/ eller filen messages.yaml. Mallarna ligger som i lsys egen templates/, t.ex. {example}.',
    en: "--template {shown}: the folder has no html/ or md/ subfolder and no messages.yaml. Templates are laid out as in lsys's own templates/, e.g. {example}.",
  },
  badSector: {
    sv: '--sector "{value}" finns inte. Välj bland sol, lss och hsl, t.ex. --sector sol,hsl.',
    en: '--sector "{value}" does not exist. Choose from sol, lss and hsl, e.g. --sector sol,hsl.',
  },
  keptFile: {
    sv: 'Behöll den befintliga {file} (lsys init skriver aldrig över den).\n',
    en: 'Kept the existing {file} (lsys init never overwrites it).\n',
  },
  needsPackageJson: {
    sv: '\nInnan {pipeline} kan köras behöver repot en package.json som låser lsys:\n  cd {shown} && npm init -y && npm install --save-dev <sökväg eller git-adress till lsys>\n',
    en: '\nBefore {pipeline} can run, the repository needs a package.json that locks lsys:\n  cd {shown} && npm init -y && npm install --save-dev <path or git URL of lsys>\n',
  },
  ciFlag: { sv: '--ci <plattform>', en: '--ci <platform>' },
  ciOption: {
    sv: 'pipeline att skriva: github (standard, .github/workflows/lsys.yml), gitlab (.gitlab-ci.yml), azure (azure-pipelines.yml) eller none',
    en: 'pipeline to write: github (default, .github/workflows/lsys.yml), gitlab (.gitlab-ci.yml), azure (azure-pipelines.yml) or none',
  },
  badCi: {
    sv: '--ci "{value}" finns inte. Välj github, gitlab, azure eller none.',
    en: '--ci "{value}" does not exist. Choose github, gitlab, azure or none.',
  },
  wroteReport: {
    sv: 'Skrev {shown} ({kind} {year}, {ms} ms).{problems}\n',
    en: 'Wrote {shown} ({kind} {year}, {ms} ms).{problems}\n',
  },
  qualityReport: { sv: 'kvalitetsberättelse', en: 'quality report' },
  patientSafetyReport: { sv: 'patientsäkerhetsberättelse', en: 'patient safety report' },
  reportProblems: {
    sv: ' Ledningssystemet har {errors} och {warnings}; de sammanfattas i bilagan.',
    en: ' The system has {errors} and {warnings}; they are summarised in the appendix.',
  },
  keptFileConsider: {
    sv: 'Behöll den befintliga {file} (lsys init skriver aldrig över den). Lägg gärna till:\n{lines}\n',
    en: 'Kept the existing {file} (lsys init never overwrites it). Consider adding:\n{lines}\n',
  },
  created: {
    sv: 'Skapade {count} filer i {shown}:\n{files}\n{kept}\nNästa steg: redigera lsys.yaml (organisation, roller, enheter) och kör\n  lsys validate{cwd}\n{ci}',
    en: 'Created {count} files in {shown}:\n{files}\n{kept}\nNext: edit lsys.yaml (organisation, roller, enheter) and run\n  lsys validate{cwd}\n{ci}',
  },
  badToday: {
    sv: '--today "{today}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-11-25.',
    en: '--today "{today}" is not a valid date. Write YYYY-MM-DD, e.g. 2026-11-25.',
  },
  badWorkers: {
    sv: '--workers "{value}" ska vara ett heltal från 0 till 64.',
    en: '--workers "{value}" must be a whole number from 0 to 64.',
  },
  // Commander's errors, translated in both languages; {hint} is commander's suggestion (didYouMean…) or empty.
  unknownOption: {
    sv: 'okänd flagga "{quoted}". {hint}Se "lsys <kommando> --help" för flaggorna.',
    en: 'unknown option "{quoted}". {hint}See "lsys <command> --help" for the options.',
  },
  unknownCommand: {
    sv: 'okänt kommando "{quoted}". {hint}Kommandon: validate, report, init. Se "lsys --help".',
    en: 'unknown command "{quoted}". {hint}Commands: validate, report, init. See "lsys --help".',
  },
  didYouMean: { sv: 'Menade du {name}? ', en: 'Did you mean {name}? ' },
  didYouMeanOneOf: { sv: 'Menade du någon av {names}? ', en: 'Did you mean one of {names}? ' },
  optionMissingArgument: { sv: 'flaggan "{quoted}" behöver ett värde.', en: 'the option "{quoted}" needs a value.' },
  missingArgument: { sv: 'argumentet "{quoted}" saknas.', en: 'the argument "{quoted}" is missing.' },
  excessArguments: { sv: 'för många argument. Se "lsys <kommando> --help".', en: 'too many arguments. See "lsys <command> --help".' },
  missingMandatoryOptionValue: { sv: 'flaggan "{quoted}" måste anges.', en: 'the option "{quoted}" must be given.' },
  otherCommanderError: { sv: '{message}. Se "lsys --help".', en: '{message}. See "lsys --help".' },
} as const satisfies Catalogue;
