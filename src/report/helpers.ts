/**
 * Handlebars helpers for the report templates: Swedish dates and numbers, plurals, the
 * words for the documents' enum values, comparisons, Markdown escaping and the charts.
 *
 * Every helper returns plain text, which Handlebars escapes in HTML (`{{…}}`); only the
 * chart helpers return a `SafeString` (our own SVG, whose text the chart functions escape).
 * In Markdown (compiled with `noEscape`) the `md` and `mdcell` helpers escape user text, and
 * the chart helpers return a GFM table with the same figures instead of an SVG.
 */
import type Handlebars from 'handlebars';
import { slug } from 'github-slugger';
import { isDate } from '../core/dates.js';
import { formatParagraph as formatParagraphText } from '../core/paragraph.js';
import { formatNumber, formatPercent, groupedBarSvg, progressSvg, riskMatrixSvg } from './charts/index.js';
import type { DeviationSection, ReportModel, RiskSection, RoleInfo, SelfInspectionSection } from './types.js';

export type HelperLang = 'sv' | 'en';
export type HelperFormat = 'html' | 'md';

const MONTHS: Record<HelperLang, string[]> = {
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

type Words = Record<string, [sv: string, en: string]>;

const STATUS: Words = {
  utkast: ['Utkast', 'Draft'],
  fastställd: ['Fastställd', 'Approved'],
  upphävd: ['Upphävd', 'Repealed'],
};

const DOC_TYPE: Words = {
  policy: ['Policy', 'Policy'],
  process: ['Process', 'Process'],
  rutin: ['Rutin', 'Routine'],
  ansvarsfördelning: ['Ansvarsfördelning', 'Division of responsibilities'],
  riskanalys: ['Riskanalys', 'Risk analysis'],
  egenkontroll: ['Egenkontroll', 'Self-inspection'],
  sammanställning: ['Sammanställning', 'Compilation'],
  blankett: ['Blankett', 'Form'],
};

const FREQUENCY: Words = {
  vecka: ['Varje vecka', 'Weekly'],
  månad: ['Varje månad', 'Monthly'],
  kvartal: ['Varje kvartal', 'Quarterly'],
  halvår: ['Varje halvår', 'Every six months'],
  år: ['Varje år', 'Yearly'],
  vartannat_år: ['Vartannat år', 'Every other year'],
};

/** Sources of complaints, in the words of 5 kap. 3 § SOSFS 2011:9. */
const SOURCE: Words = {
  vård_och_omsorgstagare: ['Vård- och omsorgstagare', 'Patients and service users'],
  närstående: ['Närstående', 'Relatives'],
  personal: ['Personal', 'Staff'],
  vårdgivare: ['Vårdgivare', 'Care providers'],
  socialtjänst: ['Verksamhet inom socialtjänsten', 'Social services providers'],
  lss: ['Verksamhet enligt LSS', 'LSS providers'],
  myndighet: ['Myndigheter', 'Authorities'],
  förening_organisation: ['Föreningar och organisationer', 'Associations and organisations'],
  övrig: ['Övriga', 'Others'],
};

const POSITION: Words = {
  klar: ['Klar', 'Completed'],
  öppen: ['Öppen', 'Open'],
  försenad: ['Försenad', 'Overdue'],
};

const ACTION_STATUS: Words = {
  planerad: ['Planerad', 'Planned'],
  pågår: ['Pågår', 'In progress'],
  klar: ['Klar', 'Completed'],
};

const RESULT: Words = {
  utan_anmärkning: ['Utan anmärkning', 'No remarks'],
  brister: ['Brister', 'Shortcomings'],
};

const REASON: Words = {
  fortlöpande: ['Fortlöpande', 'Ongoing'],
  förändring: ['Inför förändring', 'Before a change'],
};

/** Initials differ in each language (A U D I / R P T I), so `kort=true` can show letters. */
const RESPONSIBILITY: Words = {
  ansvarar: ['Ansvarar', 'Responsible'],
  utför: ['Utför', 'Performs'],
  deltar: ['Deltar', 'Takes part'],
  informeras: ['Informeras', 'Informed'],
};

const SECTOR: Words = {
  sol: ['socialtjänst', 'social services'],
  lss: ['verksamhet enligt LSS', 'LSS services'],
  hsl: ['hälso- och sjukvård', 'health care'],
};

const SEVERITY: Words = {
  error: ['Fel', 'Error'],
  warning: ['Varning', 'Warning'],
};

/** The word for an enum value; an unknown value is shown as written, `_` read as a space. */
function word(table: Words, value: unknown, lang: HelperLang): string {
  if (typeof value !== 'string' || value === '') return '';
  const hit = Object.prototype.hasOwnProperty.call(table, value) ? table[value] : undefined;
  if (hit) return hit[lang === 'sv' ? 0 : 1];
  const plain = value.replace(/_/g, ' ');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** `2026-03-01` → `1 mars 2026` / `1 March 2026`; anything that is not a date is returned as written. */
export function formatDate(date: unknown, lang: HelperLang): string {
  if (date === undefined || date === null || date === '') return '';
  if (!isDate(date)) return String(date);
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  return `${d} ${MONTHS[lang][m - 1]} ${y}`;
}

/** A period: `1 januari–30 april 2026`, `1 december 2025–31 januari 2026`. */
export function formatPeriod(from: unknown, to: unknown, lang: HelperLang): string {
  if (!isDate(from) || !isDate(to)) return [formatDate(from, lang), formatDate(to, lang)].filter((s) => s !== '').join('–');
  if (from.slice(0, 4) === to.slice(0, 4)) {
    const [d, m] = [Number(from.slice(8, 10)), Number(from.slice(5, 7))];
    return `${d} ${MONTHS[lang][m - 1]}–${formatDate(to, lang)}`;
  }
  return `${formatDate(from, lang)}–${formatDate(to, lang)}`;
}

/** No-break space: a paragraph reference never wraps inside itself ("3 kap. 1" ⏎ "§"). */
const NBSP = '\u00a0';

/** `5:1` → `5 kap. 1 §` / `Chapter 5, Section 1`, with no-break spaces (HTML and Markdown alike). */
export function formatParagraph(p: unknown, lang: HelperLang): string {
  return formatParagraphText(p, lang).replace(/ /g, NBSP);
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A number in the reader's format; not a number → an en dash. */
export function formatCount(v: unknown, lang: HelperLang): string {
  const n = toNumber(v);
  return n === undefined ? '–' : formatNumber(n, lang);
}

/** Escape text for a GFM table cell: `|` and line breaks would end the cell or the row. */
export function escapeMdCell(v: unknown): string {
  return escapeMd(v)
    .replace(/\|/g, '\\|')
    .replace(/\s*\r?\n\s*/g, '<br>')
    .trim();
}

/**
 * Escape user text for Markdown: a `<` that would start an HTML tag and a `&` that would start
 * an entity become entities, so a title like `<script>` is shown as written and never turns
 * into HTML. Everything else stays as typed (the file is also read as plain text).
 */
export function escapeMd(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/\r\n?/g, '\n');
}

/**
 * A document's own Markdown, ready to be placed inside the Markdown report: ATX headings moved
 * down `shift` levels (so a `#` in a sammanställning never becomes a second h1), raw HTML
 * tags outside code neutralised (`<script>` → `&lt;script>`), as rehype-sanitize does for HTML,
 * and images turned into links (`![x](http://…)` → `\![x](http://…)`): nothing is fetched.
 */
export function embedMarkdown(markdown: unknown, shift = 2): string {
  if (typeof markdown !== 'string') return '';
  let fence: string | undefined;
  return markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (fence) {
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        return line;
      }
      if (f) {
        fence = f[1];
        return line;
      }
      if (/^ {4,}|^\t/.test(line)) return line; // indented code
      const heading = /^(\s{0,3})(#{1,6})(?=\s|$)/.exec(line);
      const shifted = heading ? `${heading[1]}${'#'.repeat(Math.min(6, heading[2].length + shift))}${line.slice(heading[0].length)}` : line;
      // Outside inline code spans, a "<" that starts a tag, comment or declaration is escaped,
      // and an image (`![alt](url)`) becomes a link ("!" + link), so a reader of the report
      // never fetches anything (as in the HTML report).
      return shifted
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/<(?=[A-Za-z\/!?])/g, '&lt;').replace(/(?<!\\)!\[/g, '\\![')))
        .join('');
    })
    .join('\n')
    .trim();
}

/** The last argument of every helper call is Handlebars' options object. */
function args(a: unknown[]): { values: unknown[]; options: Handlebars.HelperOptions } {
  return { values: a.slice(0, -1), options: a[a.length - 1] as Handlebars.HelperOptions };
}

const truthy = (v: unknown): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));

/** A GFM table from a header row and body rows whose cells are already escaped (escapeMdCell). */
function mdTable(header: string[], rows: string[][], align: Array<'l' | 'r'>): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header.map(escapeMdCell)), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function rootOf(options: Handlebars.HelperOptions): Partial<ReportModel> {
  return ((options?.data as { root?: Partial<ReportModel> } | undefined)?.root ?? {}) as Partial<ReportModel>;
}

/** Register every helper on a Handlebars environment for one language and output format. */
export function registerHelpers(hb: typeof Handlebars, lang: HelperLang, format: HelperFormat): void {
  const pick = (sv: unknown, en: unknown): string => String((lang === 'sv' ? sv : en) ?? '');
  const svg = (markup: string) => new hb.SafeString(markup);
  const yearOf = (options: Handlebars.HelperOptions) => {
    const root = rootOf(options);
    const year = typeof root.year === 'number' ? root.year : undefined;
    return { year, previous: typeof root.previousYear === 'number' ? root.previousYear : year !== undefined ? year - 1 : undefined };
  };
  const idOf = (options: Handlebars.HelperOptions, fallback: string) =>
    typeof options?.hash?.id === 'string' && options.hash.id !== '' ? options.hash.id : fallback;

  // --- Language, dates and numbers ---------------------------------------------------------

  /**
   * `{{t "sv text" "en text" arg0 arg1 …}}`: the text in the report's language, `{0}`, `{1}` …
   * replaced by the arguments as written (format counts with `(tal n)`: a year must stay 2026).
   */
  hb.registerHelper('t', (...a: unknown[]) => {
    const { values } = args(a);
    const [sv, en, ...rest] = values;
    return pick(sv, en).replace(/\{(\d+)\}/g, (m, i: string) => {
      const v = rest[Number(i)];
      return v === undefined || v === null ? m : String(v);
    });
  });
  /** `{{datum "2026-03-01"}}` → "1 mars 2026". */
  hb.registerHelper('datum', (d: unknown) => formatDate(d, lang));
  /** `{{period från till}}` → "1 januari–30 april 2026". */
  hb.registerHelper('period', (from: unknown, to: unknown) => formatPeriod(from, to, lang));
  /** `{{tal n}}` → "12 345,5" (no-break space between thousands). */
  hb.registerHelper('tal', (n: unknown) => formatCount(n, lang));
  /** `{{plural n "avvikelse" "avvikelser"}}` → "1 avvikelse", "3 avvikelser". */
  hb.registerHelper('plural', (n: unknown, one: unknown, many: unknown) => {
    const v = toNumber(n) ?? 0;
    return `${formatNumber(v, lang)} ${String(v === 1 ? one : many)}`;
  });
  /** `{{procent a b}}` → "75 %" (a of b); b = 0 → "–". */
  hb.registerHelper('procent', (a: unknown, b: unknown) => {
    const x = toNumber(a);
    const y = toNumber(b);
    return x === undefined || y === undefined || y === 0 ? '–' : formatPercent(x / y, lang);
  });
  /** `{{forandring a b}}` → "+3", "−2", "±0" (a compared with b). */
  hb.registerHelper('forandring', (a: unknown, b: unknown) => {
    const x = toNumber(a);
    const y = toNumber(b);
    if (x === undefined || y === undefined) return '–';
    const d = x - y;
    return d === 0 ? '±0' : d > 0 ? `+${formatNumber(d, lang)}` : formatNumber(d, lang);
  });
  /** `{{summa list "field"}}`: the sum of a numeric field (an array field counts its length). */
  hb.registerHelper('summa', (list: unknown, field: unknown) => {
    if (!Array.isArray(list)) return 0;
    return list.reduce((n: number, item: unknown) => {
      const v = item && typeof item === 'object' && typeof field === 'string' ? (item as Record<string, unknown>)[field] : item;
      return n + (Array.isArray(v) ? v.length : toNumber(v) ?? 0);
    }, 0);
  });
  /** `{{antal list "field" value}}`: how many items have field = value (without value: a truthy field). */
  hb.registerHelper('antal', (...a: unknown[]) => {
    const { values } = args(a);
    const [list, field, value] = values;
    if (!Array.isArray(list)) return 0;
    return list.filter((item: unknown) => {
      const v = item && typeof item === 'object' && typeof field === 'string' ? (item as Record<string, unknown>)[field] : undefined;
      return values.length >= 3 ? v === value : truthy(v);
    }).length;
  });
  /** `{{plus a b}}`, `{{minus a b}}`: arithmetic on counts (and years: `{{plus year 1}}` → 2027). */
  hb.registerHelper('plus', (a: unknown, b: unknown) => (toNumber(a) ?? 0) + (toNumber(b) ?? 0));
  hb.registerHelper('minus', (a: unknown, b: unknown) => (toNumber(a) ?? 0) - (toNumber(b) ?? 0));
  /**
   * `{{#each (filtrera list "läge" "klar")}}`: the items whose field equals value;
   * with `utom=true` the items whose field does not.
   */
  hb.registerHelper('filtrera', (list: unknown, field: unknown, value: unknown, options: Handlebars.HelperOptions) => {
    if (!Array.isArray(list) || typeof field !== 'string') return [];
    const except = options?.hash?.utom === true;
    return list.filter((item: unknown) => {
      const v = item && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
      return except ? v !== value : v === value;
    });
  });
  /** `{{#with (hitta list "namn" "närstående")}}…{{/with}}`: the first item whose field equals value. */
  hb.registerHelper('hitta', (list: unknown, field: unknown, value: unknown) => {
    if (!Array.isArray(list) || typeof field !== 'string') return undefined;
    return list.find((item: unknown) => item && typeof item === 'object' && (item as Record<string, unknown>)[field] === value);
  });
  /** `{{paragraf "5:1"}}` → "5 kap. 1 §"; `{{paragraf "5:3a"}}` → "5 kap. 3 a §". */
  hb.registerHelper('paragraf', (p: unknown) => formatParagraph(p, lang));
  /** `{{slug "6 Riskanalyser"}}` → "6-riskanalyser", the anchor GitHub gives a Markdown heading. */
  hb.registerHelper('slug', (s: unknown) => slug(String(s ?? '')));

  // --- Comparisons ------------------------------------------------------------------------

  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => (toNumber(a) ?? NaN) > (toNumber(b) ?? NaN));
  hb.registerHelper('gte', (a: unknown, b: unknown) => (toNumber(a) ?? NaN) >= (toNumber(b) ?? NaN));
  hb.registerHelper('lt', (a: unknown, b: unknown) => (toNumber(a) ?? NaN) < (toNumber(b) ?? NaN));
  /** True when every argument is truthy (an empty list is false). */
  hb.registerHelper('and', (...a: unknown[]) => args(a).values.every(truthy));
  /** True when any argument is truthy (an empty list is false). */
  hb.registerHelper('or', (...a: unknown[]) => args(a).values.some(truthy));
  hb.registerHelper('not', (v: unknown) => !truthy(v));

  // --- Words for the documents' values ------------------------------------------------------

  /** `{{roll ansvarig}}` → the role's name (its id when the name is missing). */
  hb.registerHelper('roll', (r: unknown) => {
    if (typeof r === 'string') return r;
    const role = r as Partial<RoleInfo> | undefined;
    return role?.namn || role?.id || '';
  });
  hb.registerHelper('status', (s: unknown) => word(STATUS, s, lang));
  hb.registerHelper('typnamn', (s: unknown) => word(DOC_TYPE, s, lang));
  hb.registerHelper('frekvens', (s: unknown) => word(FREQUENCY, s, lang));
  hb.registerHelper('källa', (s: unknown) => word(SOURCE, s, lang));
  hb.registerHelper('kalla', (s: unknown) => word(SOURCE, s, lang));
  hb.registerHelper('lage', (s: unknown) => word(POSITION, s, lang));
  hb.registerHelper('atgardsstatus', (s: unknown) => word(ACTION_STATUS, s, lang));
  hb.registerHelper('resultat', (s: unknown) => word(RESULT, s, lang));
  hb.registerHelper('anledning', (s: unknown) => word(REASON, s, lang));
  /** A cell of the ansvarsfördelning ("Ansvarar"; with `kort=true` the letter "A"); no part → an en dash. */
  hb.registerHelper('ansvar', (s: unknown, options: Handlebars.HelperOptions) => {
    if (typeof s !== 'string' || s === '') return '–';
    const w = word(RESPONSIBILITY, s, lang);
    return options?.hash?.kort === true ? w.charAt(0) : w;
  });
  hb.registerHelper('allvarlighet', (s: unknown) => word(SEVERITY, s, lang));
  /** `{{verksamhet "hsl"}}` → "hälso- och sjukvård"; a list → "socialtjänst, verksamhet enligt LSS och hälso- och sjukvård". */
  hb.registerHelper('verksamhet', (v: unknown) => {
    const items = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '').map((x) => {
      const w = Object.prototype.hasOwnProperty.call(SECTOR, x) ? SECTOR[x][lang === 'sv' ? 0 : 1] : x;
      return w;
    });
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${items[items.length - 1]}`;
  });

  // --- Markdown escaping --------------------------------------------------------------------

  /** User text in a GFM table cell: `|`, line breaks and `<` escaped. In HTML: the text as is (Handlebars escapes it). */
  hb.registerHelper('mdcell', (v: unknown) => (format === 'md' ? escapeMdCell(v) : v === undefined || v === null ? '' : String(v)));
  /** `{{mdinnehall markdown}}`: a document's Markdown body inside the Markdown report (headings moved down, raw HTML escaped). */
  hb.registerHelper('mdinnehall', (v: unknown) => embedMarkdown(v));
  /** User text in Markdown prose: `<` and `&` escaped. In HTML: the text as is (Handlebars escapes it). */
  hb.registerHelper('md', (v: unknown) => (format === 'md' ? escapeMd(v) : v === undefined || v === null ? '' : String(v)));

  // --- Charts -------------------------------------------------------------------------------

  /** Egenkontroll occasions of the year worth reading: shortcomings, a summary or actions; sorted by date. */
  hb.registerHelper('tillfallen', (section: unknown) => {
    const rows = (section as SelfInspectionSection | undefined)?.rows ?? [];
    return rows
      .flatMap((r) => r.occasions.map((o) => ({ ...o, document: r.document, område: r.område })))
      .filter((o) => o.resultat === 'brister' || o.sammanfattning || o.åtgärder.length > 0)
      .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.document.id < b.document.id ? -1 : 1));
  });

  const w = (sv: string, en: string) => (lang === 'sv' ? sv : en);

  /** `{{{riskMatris risks}}}`: the 4×4 heat map (html) or the matrix as a table (md). */
  hb.registerHelper('riskMatris', (risks: unknown, options: Handlebars.HelperOptions) => {
    const r = (risks ?? {}) as Partial<RiskSection>;
    const counts = r.matrix ?? [];
    const threshold = typeof r.threshold === 'number' ? r.threshold : 0;
    const { year } = yearOf(options);
    const title = w(`Riskmatris ${year ?? ''}: antal risker per sannolikhet och konsekvens`, `Risk matrix ${year ?? ''}: risks by likelihood and consequence`);
    if (format === 'html') {
      return svg(riskMatrixSvg({ counts, threshold, lang, title, xLabel: w('Konsekvens', 'Consequence'), yLabel: w('Sannolikhet', 'Likelihood'), id: idOf(options, 'riskmatris') }));
    }
    const rows: string[][] = [];
    for (let s = 4; s >= 1; s--) {
      const cells = [1, 2, 3, 4].map((k) => {
        const n = formatCount(counts?.[s - 1]?.[k - 1] ?? 0, lang);
        return s * k >= threshold && threshold > 0 ? `**${n}**` : n;
      });
      rows.push([String(s), ...cells]);
    }
    const note = w(
      `*${title}. Fet siffra: riskvärde (sannolikhet × konsekvens) på eller över åtgärdsgränsen ${formatNumber(threshold, lang)}.*`,
      `*${title}. Bold: risk value (likelihood × consequence) at or above the action threshold ${formatNumber(threshold, lang)}.*`,
    );
    return `${note}\n\n${mdTable([w('Sannolikhet \\ Konsekvens', 'Likelihood \\ Consequence'), '1', '2', '3', '4'], rows, ['l', 'r', 'r', 'r', 'r'])}`;
  });

  const countChart = (kind: 'avvikelser' | 'klagomål', deviations: unknown, options: Handlebars.HelperOptions) => {
    const d = (deviations ?? {}) as Partial<DeviationSection>;
    const rows = (kind === 'avvikelser' ? d.avvikelser : d.klagomål) ?? [];
    const { year, previous } = yearOf(options);
    const label = (namn: string) => (kind === 'klagomål' ? word(SOURCE, namn, lang) : namn);
    const categories = rows.map((r) => label(r.namn));
    // No compilation for the year before: no comparison (a column of zeros would read as "none").
    const compare = !(d.föregående && Array.isArray(d.föregående.källor) && d.föregående.källor.length === 0);
    const years = compare ? w(`${year ?? ''} och ${previous ?? ''}`, `${year ?? ''} and ${previous ?? ''}`) : `${year ?? ''}`;
    const title =
      kind === 'avvikelser'
        ? w(`Avvikelser per kategori ${years}`, `Deviations by category, ${years}`)
        : w(`Klagomål och synpunkter per källa ${years}`, `Complaints and comments by source, ${years}`);
    const xLabel = kind === 'avvikelser' ? w('Kategori', 'Category') : w('Källa', 'Source');
    if (format === 'html') {
      return svg(
        groupedBarSvg({
          categories,
          series: [
            { name: String(year ?? ''), values: rows.map((r) => r.år) },
            ...(compare ? [{ name: String(previous ?? ''), values: rows.map((r) => r.föregående) }] : []),
          ],
          title,
          xLabel,
          yLabel: w('Antal', 'Count'),
          lang,
          id: idOf(options, kind === 'avvikelser' ? 'avvikelser-diagram' : 'klagomal-diagram'),
        }),
      );
    }
    const body = rows.map((r) => [escapeMdCell(label(r.namn)), formatNumber(r.år, lang), ...(compare ? [formatNumber(r.föregående, lang)] : [])]);
    const header = [xLabel, String(year ?? ''), ...(compare ? [String(previous ?? '')] : [])];
    return `*${escapeMd(title)}*\n\n${mdTable(header, body, compare ? ['l', 'r', 'r'] : ['l', 'r'])}`;
  };
  /** `{{{avvikelseDiagram deviations}}}`: deviations by category, the year beside the year before. */
  hb.registerHelper('avvikelseDiagram', (d: unknown, options: Handlebars.HelperOptions) => countChart('avvikelser', d, options));
  /** `{{{klagomalDiagram deviations}}}`: complaints by source, the year beside the year before. */
  hb.registerHelper('klagomalDiagram', (d: unknown, options: Handlebars.HelperOptions) => countChart('klagomål', d, options));

  /** `{{{egenkontrollDiagram selfInspection}}}`: performed vs planned per egenkontroll. */
  hb.registerHelper('egenkontrollDiagram', (section: unknown, options: Handlebars.HelperOptions) => {
    const rows = (section as Partial<SelfInspectionSection> | undefined)?.rows ?? [];
    const { year } = yearOf(options);
    const title = w(`Egenkontroller ${year ?? ''}: genomförda av planerade`, `Self-inspections ${year ?? ''}: performed of planned`);
    const label = (r: (typeof rows)[number]) => r.område || r.document.titel;
    if (format === 'html') {
      return svg(
        progressSvg({
          rows: rows.map((r) => ({ label: label(r), done: r.genomförda, planned: r.planerade })),
          title,
          lang,
          id: idOf(options, 'egenkontroll-diagram'),
          doneLabel: w('Genomförda', 'Performed'),
          plannedLabel: w('Planerade', 'Planned'),
        }),
      );
    }
    const body = rows.map((r) => [
      escapeMdCell(label(r)),
      formatNumber(r.genomförda, lang),
      formatNumber(r.planerade, lang),
      r.planerade > 0 ? formatPercent(r.genomförda / r.planerade, lang) : '–',
    ]);
    return `*${escapeMd(title)}*\n\n${mdTable([w('Egenkontroll', 'Self-inspection'), w('Genomförda', 'Performed'), w('Planerade', 'Planned'), w('Andel', 'Share')], body, ['l', 'r', 'r', 'r'])}`;
  });
}
