/**
 * `lsys new`, the plan: from the domain model of the repository as it is, the id, file and text
 * of a new draft — the next free id for the type's prefix, a Swedish-aware slug of the title, the
 * folder where the type's documents already live, every required field with a value that
 * validates for a draft, and the headings the type requires, each with a one-line hint. Pure:
 * the command (src/commands/new.ts) loads the repository and writes the file.
 */
import { Document, isMap, isSeq, type Node } from 'yaml';
import { roleDefault } from '../core/config.js';
import { addDays, addMonths } from '../core/dates.js';
import { LsysError } from '../core/errors.js';
import { stripHidden } from '../core/invisible.js';
import { say } from '../core/messages.js';
import { DOC_TYPES, type Config, type DocType, type Lang, type LoadedDocument } from '../core/types.js';
import { activityIds, status, type DomainModel } from '../model/index.js';
import { NEW } from './new-messages.js';

/** What the user asked for, checked by the command line where it can be (values still unchecked against the repository). */
export interface NewRequest {
  typ: DocType;
  titel: string;
  /** --owner; else lsys.yaml's defaults. */
  owner?: string;
  /** --process and --activity (rutin only). */
  process?: string;
  activity?: string;
  /** --unit, in the order given. */
  units: readonly string[];
  lang: Lang;
}

/** The new document: its id, its file (root-relative, `/` separators) and its text. */
export interface NewPlan {
  id: string;
  file: string;
  text: string;
}

/** The prefix a type's ids get in a repository that has none of its documents yet (as `lsys init` and the example write them). */
const CONVENTIONAL_PREFIX: Record<DocType, string> = {
  policy: 'POL',
  process: 'PRO',
  rutin: 'RUT',
  ansvarsfördelning: 'ANS',
  riskanalys: 'RISK',
  egenkontroll: 'EGK',
  sammanställning: 'SAM',
  blankett: 'BLA',
};

/** The folder under `dokument` a type's documents get when the repository has none yet (as `lsys init` lays them out). */
const CONVENTIONAL_FOLDER: Record<DocType, string> = {
  policy: '',
  ansvarsfördelning: '',
  process: 'processer',
  rutin: 'rutiner',
  riskanalys: 'riskanalyser',
  egenkontroll: 'egenkontroll',
  sammanställning: 'sammanstallningar',
  blankett: 'blanketter',
};

/** The headings of a type that `rubriker` does not require: a skeleton drawn from the example documents. */
const SKELETON: Record<DocType, string[]> = {
  policy: ['Kvalitetspolicy', 'Mål', 'Uppföljning'],
  process: ['Syfte', 'Omfattning'],
  rutin: ['Syfte', 'Ansvar', 'Genomförande', 'Uppföljning'],
  ansvarsfördelning: ['Funktionernas ansvar', 'Uppföljning'],
  riskanalys: ['Bakgrund', 'Analys'],
  egenkontroll: ['Syfte', 'Genomförande', 'Resultat'],
  sammanställning: ['Analys av mönster och trender', 'Förbättringar'],
  blankett: ['Uppgifter att fylla i'],
};

/** A one-line hint under a heading, by the heading's name in lower case. */
const HINTS: Record<string, string> = {
  syfte: 'Skriv varför dokumentet finns och vad det ska leda till för den enskilde.',
  omfattning: 'Skriv var processen börjar och slutar och vilka verksamheter den gäller.',
  ansvar: 'Skriv vilka funktioner som gör vad, t.ex. enhetschef, sjuksköterska och medarbetare.',
  genomförande: 'Beskriv steg för steg hur arbetet går till.',
  uppföljning: 'Skriv hur, hur ofta och av vem arbetet följs upp.',
  kvalitetspolicy: 'Skriv vad god kvalitet betyder i er verksamhet och hur ni arbetar för den.',
  mål: 'Skriv verksamhetens mål och hur de mäts.',
  'funktionernas ansvar': 'Beskriv varje funktions ansvar i det systematiska kvalitetsarbetet.',
  bakgrund: 'Skriv varför riskanalysen görs och vilken verksamhet eller förändring den gäller.',
  analys: 'Skriv vilka risker som finns, hur de bedömts och vilka åtgärder som behövs.',
  resultat: 'Skriv vad kontrollerna visade och vilka åtgärder de ledde till.',
  'analys av mönster och trender': 'Skriv vilka mönster och trender avvikelserna, klagomålen och rapporterna visar.',
  förbättringar: 'Skriv vilka förbättringar sammanställningen leder till och vem som ansvarar för dem.',
  'uppgifter att fylla i': 'Skriv blankettens frågor och fält här.',
};

/**
 * The document type a user typed: the Swedish name as written, in any case, and also without
 * diacritics (`ansvarsfordelning`, `sammanstallning`). Undefined when it is none.
 */
export function parseDocType(input: string): DocType | undefined {
  const plain = (s: string): string => fold(s.trim().toLocaleLowerCase('sv'));
  return DOC_TYPES.find((t) => plain(t) === plain(input));
}

/** Lower case without diacritics: å→a, ä→a, ö→o, é→e, ü→u (and æ→ae, ø→o, ß→ss, which NFD does not split). */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/ß/g, 'ss');
}

/** Longest slug: file names stay readable and well under every file system's limit. */
const MAX_SLUG = 60;

/**
 * A file-name slug of a title: lower case, Swedish letters folded (å→a, ä→a, ö→o, é→e),
 * every run of other characters one `-`, no `-` at the ends, at most 60 characters (cut at a
 * `-` when there is one). Empty for a title with no letters or digits.
 */
export function slugify(title: string): string {
  const slug = fold(title.toLocaleLowerCase('sv'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 0 ? cut.slice(0, dash) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

const ID = /^([A-ZÅÄÖ]{2,6})-([0-9]{1,5})$/;
const ID_IN_FILE_NAME = /^([A-ZÅÄÖ]{2,6})-([0-9]{1,5})(?![0-9])/;

/**
 * The id a document holds: its frontmatter id (invisible characters removed), else — for a
 * file whose frontmatter cannot be read at all — the id its file name starts with, so that a
 * broken file's number is not handed out again.
 */
function heldId(doc: LoadedDocument): { prefix: string; number: number; width: number } | undefined {
  const m = doc.id !== undefined ? ID.exec(stripHidden(doc.id)) : ID_IN_FILE_NAME.exec(doc.file.slice(doc.file.lastIndexOf('/') + 1));
  return m ? { prefix: m[1]!, number: Number(m[2]), width: m[2]!.length } : undefined;
}

/** The value seen most often; a tie goes to the one seen first. Undefined for none. */
function mostCommon<T>(values: Iterable<T>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * The next free id of a type: the prefix its documents use most (a tie: the first in document
 * order; none: the conventional one), and 1 + the highest number any document — any type, any
 * status, upphävd too, and broken files — holds with that prefix, so that no number is ever
 * handed out twice. Zero-padded to the width the repository uses most for that prefix (3 when
 * it has none).
 */
export function nextId(documents: readonly LoadedDocument[], typ: DocType, lang: Lang): string {
  const ofType = documents.filter((d) => d.typ === typ && d.id !== undefined);
  const prefix = mostCommon(ofType.flatMap((d) => heldId(d)?.prefix ?? [])) ?? CONVENTIONAL_PREFIX[typ];
  let highest = 0;
  const widths: number[] = [];
  for (const d of documents) {
    const held = heldId(d);
    if (held?.prefix !== prefix) continue;
    highest = Math.max(highest, held.number);
    widths.push(held.width);
  }
  const width = mostCommon(widths) ?? 3;
  const number = highest + 1;
  if (number > 99_999) throw new LsysError('new-no-free-id', say(NEW.noFreeId, lang, { prefix, number }));
  return `${prefix}-${String(number).padStart(width, '0')}`;
}

/**
 * The folder (root-relative, `/` separators, '' for the root) for a new document of a type: where
 * most of its documents are (a tie: the first in document order), else the conventional folder
 * under `dokument`.
 */
export function folderFor(documents: readonly LoadedDocument[], config: Pick<Config, 'dokument'>, typ: DocType): string {
  const used = mostCommon(
    documents.filter((d) => d.typ === typ).map((d) => (d.file.includes('/') ? d.file.slice(0, d.file.lastIndexOf('/')) : '')),
  );
  if (used !== undefined) return used;
  const base = config.dokument
    .split(/[\\/]+/)
    .filter((p) => p !== '' && p !== '.')
    .join('/');
  return [base, CONVENTIONAL_FOLDER[typ]].filter((p) => p !== '').join('/');
}

/** "1" when most of the repository's versions are whole numbers, else "1.0" (the example's and `lsys init`'s form). */
function firstVersion(documents: readonly LoadedDocument[]): string {
  let whole = 0;
  let parts = 0;
  for (const d of documents) {
    const v = d.data?.version;
    if (typeof v !== 'string') continue;
    if (/^\d+$/.test(v)) whole++;
    else if (/^\d+\.\d+$/.test(v)) parts++;
  }
  return whole > parts ? '1' : '1.0';
}

/** The ids in a list, for a message ("(inga)" when there are none). */
function listed(ids: Iterable<string>, lang: Lang): string {
  const list = [...ids];
  return list.length ? list.join(', ') : say(NEW.noUnits, lang);
}

/** Check the request against the repository; throws a usage LsysError naming the fix. Returns the owner. */
function checkRequest(model: DomainModel, req: NewRequest): string {
  const { lang, typ } = req;
  const titel = req.titel.trim();
  if (titel === '' || /[\r\n]/.test(titel)) throw new LsysError('new-bad-title', say(NEW.badTitle, lang));
  const roles = model.config.roller.map((r) => r.id);
  if (req.owner !== undefined && !model.roleIds.has(req.owner)) {
    throw new LsysError('new-unknown-owner', say(NEW.unknownOwner, lang, { role: req.owner, roles: roles.join(', ') }));
  }
  const owner = req.owner ?? roleDefault(model.config, typ, 'ägare');
  if (owner === undefined) throw new LsysError('new-no-owner', say(NEW.noOwner, lang, { roles: roles.join(', ') }));
  for (const unit of req.units) {
    if (!model.unitIds.has(unit)) {
      throw new LsysError('new-unknown-unit', say(NEW.unknownUnit, lang, { unit, units: listed(model.unitIds, lang) }));
    }
  }
  for (const [flag, value] of [
    ['--process', req.process],
    ['--activity', req.activity],
  ] as const) {
    if (value !== undefined && typ !== 'rutin') throw new LsysError('new-only-rutin', say(NEW.onlyRutin, lang, { flag }));
  }
  if (req.activity !== undefined && req.process === undefined)
    throw new LsysError('new-activity-needs-process', say(NEW.activityNeedsProcess, lang));
  if (req.process !== undefined) {
    const processes = model.byType('process').filter((d) => status(d) !== 'upphävd');
    const process = processes.find((d) => d.id === req.process);
    if (!process) {
      throw new LsysError(
        'new-unknown-process',
        say(NEW.unknownProcess, lang, {
          id: req.process,
          ids: listed(
            processes.flatMap((d) => (d.id ? [d.id] : [])),
            lang,
          ),
        }),
      );
    }
    if (req.activity !== undefined && !activityIds(process).has(req.activity)) {
      throw new LsysError(
        'new-unknown-activity',
        say(NEW.unknownActivity, lang, { process: req.process, activity: req.activity, ids: listed(activityIds(process), lang) }),
      );
    }
  }
  return owner;
}

/** The new draft for a request: throws a usage LsysError when the request does not fit the repository. */
export function planNewDocument(model: DomainModel, req: NewRequest): NewPlan {
  const owner = checkRequest(model, req);
  const id = nextId(model.documents, req.typ, req.lang);
  const slug = slugify(req.titel);
  const folder = folderFor(model.documents, model.config, req.typ);
  const file = `${folder === '' ? '' : `${folder}/`}${id}${slug === '' ? '' : `-${slug}`}.md`;
  const titel = req.titel.trim();
  const fields = frontmatter({ ...req, titel }, id, owner, firstVersion(model.documents), model.today);
  const headings = (model.config.rubriker[req.typ] ?? []).length > 0 ? model.config.rubriker[req.typ]! : SKELETON[req.typ];
  return { id, file, text: `---\n${fields}---\n\n${body(titel, headings)}` };
}

/** The frontmatter, in the key order of the example documents, written with the `yaml` library. */
function frontmatter(req: NewRequest, id: string, owner: string, version: string, today: string): string {
  const data: Record<string, unknown> = {
    id,
    typ: req.typ,
    titel: req.titel,
    status: 'utkast',
    version,
    ägare: owner,
  };
  if (req.units.length > 0) data.gäller_för = [...new Set(req.units)];
  if (req.process !== undefined) data.process = req.process;
  if (req.activity !== undefined) data.aktivitet = req.activity;
  Object.assign(data, typeFields(req.typ, owner, today));
  // failsafe: every value is written as the text it is, as lsys reads it (`version: 1.0`, not "1.0").
  const doc = new Document(data, { schema: 'failsafe' });
  const flow = (node: unknown): void => {
    if (isMap(node) || isSeq(node)) (node as Node & { flow?: boolean }).flow = true;
  };
  flow(doc.get('gäller_för', true));
  flow(doc.get('period', true));
  const uppgifter = doc.get('uppgifter', true);
  if (isSeq(uppgifter)) for (const u of uppgifter.items) if (isMap(u)) flow(u.get('ansvar', true));
  // Maps as `{ a: 1 }` and lists as `[a, b]`, as the example documents write them (the library pads both or neither).
  return doc.toString({ lineWidth: 0 }).replace(/^gäller_för: \[ (.*) \]$/m, 'gäller_för: [$1]');
}

/** The placeholder values typeFields writes: `lsys approve` refuses a document that still has one. */
export const PLACEHOLDERS: readonly string[] = [
  'Ange aktivitetens namn',
  'Beskriv uppgiften',
  'Beskriv risken',
  'Beskriv orsaken',
  'Ange vad som kontrolleras',
  'Beskriv hur kontrollen görs',
];

/** Is this the hint lsys new writes under a heading (HINTS, or the one for any other heading)? */
export function isHint(comment: string): boolean {
  const t = comment.trim();
  return Object.values(HINTS).some((h) => h.replace(/--/g, '–') === t) || /^Skriv här det som hör till avsnittet .+\.$/.test(t);
}

/** The fields a type requires, with minimal valid content that is obviously to be replaced. */
function typeFields(typ: DocType, owner: string, today: string): Record<string, unknown> {
  const month = today.slice(0, 7);
  switch (typ) {
    case 'process':
      return { aktiviteter: [{ id: 'A1', namn: PLACEHOLDERS[0], ansvarig: owner }] };
    case 'ansvarsfördelning':
      return { uppgifter: [{ uppgift: PLACEHOLDERS[1], ansvar: { [owner]: 'ansvarar' } }] };
    case 'riskanalys':
      return {
        datum: today,
        anledning: 'fortlöpande',
        risker: [{ id: 'R1', beskrivning: PLACEHOLDERS[2], orsak: PLACEHOLDERS[3], sannolikhet: '1', konsekvens: '1' }],
      };
    case 'egenkontroll':
      return { område: PLACEHOLDERS[4], metod: PLACEHOLDERS[5], frekvens: 'år', ansvarig: owner };
    case 'sammanställning':
      // The month of today: a short period, so that a draft left as it is displaces no real one in the year's report.
      return { period: { från: `${month}-01`, till: lastOfMonth(today) } };
    default:
      return {};
  }
}

/** The last day of the month of a date. */
function lastOfMonth(date: string): string {
  return addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);
}

/** `# Titel`, then each heading with its hint as an HTML comment (invisible in the handbook and the reports). */
function body(titel: string, headings: readonly string[]): string {
  const sections = headings.map((h) => {
    const hint = HINTS[h.normalize('NFC').trim().toLocaleLowerCase('sv')] ?? `Skriv här det som hör till avsnittet ${h}.`;
    return `## ${h}\n\n<!-- ${hint.replace(/--/g, '–')} -->\n`;
  });
  return [`# ${titel}\n`, ...sections].join('\n');
}
