/**
 * Handlebars helpers for the report templates, wired here; what they do lives beside:
 * helpers/format.ts (dates, counts, paragraphs, Markdown escaping), helpers/words.ts (the
 * words for the documents' enum values), helpers/select.ts (data selection) and
 * helpers/charts.ts (chart adapters). Their wording is the report catalogue (messages.ts).
 *
 * Every helper returns plain text, which Handlebars escapes in HTML (`{{…}}`); only the
 * chart helpers return a `SafeString` (our own SVG, whose text the chart functions escape).
 * In Markdown (compiled with `noEscape`) the `md` and `mdcell` helpers escape user text, and
 * the chart helpers return a GFM table with the same figures instead of an SVG.
 */
import type Handlebars from 'handlebars';
import { slug } from 'github-slugger';
import { valueText } from '../core/messages.js';
import { formatNumber, formatPercent } from './charts/index.js';
import { countChart, readingChart, riskMatrixChart, selfInspectionChart, type ChartContext, type ChartOutput } from './helpers/charts.js';
import {
  embedMarkdown,
  escapeMd,
  escapeMdCell,
  formatCount,
  formatDate,
  formatParagraph,
  formatPeriod,
  toNumber,
  type HelperFormat,
  type HelperLang,
} from './helpers/format.js';
import { count, filter, find, occasionsWorthReading, sum, truthy } from './helpers/select.js';
import { sectors, word } from './helpers/words.js';
import { builtinReportMessages, reportText, type ReportMessages } from './messages.js';
import type { ReportModel, RoleInfo } from './types.js';

export { embedMarkdown, escapeMd, escapeMdCell, formatDate, type HelperFormat, type HelperLang };

/** The last argument of every helper call is Handlebars' options object. */
function args(a: unknown[]): { values: unknown[]; options: Handlebars.HelperOptions } {
  return { values: a.slice(0, -1), options: a[a.length - 1] as Handlebars.HelperOptions };
}

function rootOf(options: Handlebars.HelperOptions): Partial<ReportModel> {
  return (options?.data as { root?: Partial<ReportModel> } | undefined)?.root ?? {};
}

/**
 * Register every helper on a Handlebars environment for one language and output format,
 * with the report's catalogue (the built-in one unless a template folder adds its own).
 */
export function registerHelpers(
  hb: typeof Handlebars,
  lang: HelperLang,
  format: HelperFormat,
  messages: ReportMessages = builtinReportMessages(),
): void {
  const pick = (sv: unknown, en: unknown): string => valueText((lang === 'sv' ? sv : en) ?? '');
  const chart = (options: Handlebars.HelperOptions): ChartContext => {
    const root = rootOf(options);
    const year = typeof root.year === 'number' ? root.year : undefined;
    const previous = typeof root.previousYear === 'number' ? root.previousYear : year !== undefined ? year - 1 : undefined;
    const id = typeof options?.hash?.id === 'string' && options.hash.id !== '' ? options.hash.id : undefined;
    return { lang, format, messages, year, previous, id };
  };
  const out = (c: ChartOutput) => (c.svg !== undefined ? new hb.SafeString(c.svg) : (c.md ?? ''));

  // --- Language, dates and numbers ---------------------------------------------------------

  /**
   * `{{t "id" name=value …}}`: the catalogue's message `id` in the report's language, each
   * `{name}` replaced by the hash argument as written (format counts with `(tal n)`: a year
   * must stay 2026). The older form `{{t "sv text" "en text" arg0 arg1 …}}` (`{0}`, `{1}` …)
   * still works for an organisation's own templates.
   */
  hb.registerHelper('t', (...a: unknown[]) => {
    const { values, options } = args(a);
    const [first, second, ...rest] = values;
    if (values.length === 1 && typeof first === 'string')
      return reportText(messages, first, lang, options?.hash as Record<string, string> | undefined);
    return pick(first, second).replace(/\{(\d+)\}/g, (m, i: string) => {
      const v = rest[Number(i)];
      return v === undefined || v === null ? m : valueText(v);
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
  hb.registerHelper('summa', (list: unknown, field: unknown) => sum(list, field));
  /** `{{antal list "field" value}}`: how many items have field = value (without value: a truthy field). */
  hb.registerHelper('antal', (...a: unknown[]) => {
    const { values } = args(a);
    const [list, field, value] = values;
    return count(list, field, value, values.length >= 3);
  });
  /** `{{plus a b}}`, `{{minus a b}}`: arithmetic on counts (and years: `{{plus year 1}}` → 2027). */
  hb.registerHelper('plus', (a: unknown, b: unknown) => (toNumber(a) ?? 0) + (toNumber(b) ?? 0));
  hb.registerHelper('minus', (a: unknown, b: unknown) => (toNumber(a) ?? 0) - (toNumber(b) ?? 0));
  /**
   * `{{#each (filtrera list "läge" "klar")}}`: the items whose field equals value;
   * with `utom=true` the items whose field does not.
   */
  hb.registerHelper('filtrera', (list: unknown, field: unknown, value: unknown, options: Handlebars.HelperOptions) =>
    filter(list, field, value, options?.hash?.utom === true),
  );
  /** `{{#with (hitta list "namn" "närstående")}}…{{/with}}`: the first item whose field equals value. */
  hb.registerHelper('hitta', (list: unknown, field: unknown, value: unknown) => find(list, field, value));
  /** `{{paragraf "5:1"}}` → "5 kap. 1 §"; `{{paragraf "5:3a"}}` → "5 kap. 3 a §". */
  hb.registerHelper('paragraf', (p: unknown) => formatParagraph(p, lang));
  /** `{{slug "6 Riskanalyser"}}` → "6-riskanalyser", the anchor GitHub gives a Markdown heading. */
  hb.registerHelper('slug', (s: unknown) => slug(valueText(s ?? '')));

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
  hb.registerHelper('status', (s: unknown) => word(messages, 'status', s, lang));
  hb.registerHelper('typnamn', (s: unknown) => word(messages, 'typ', s, lang));
  hb.registerHelper('frekvens', (s: unknown) => word(messages, 'frekvens', s, lang));
  hb.registerHelper('källa', (s: unknown) => word(messages, 'källa', s, lang));
  hb.registerHelper('kalla', (s: unknown) => word(messages, 'källa', s, lang));
  hb.registerHelper('lage', (s: unknown) => word(messages, 'läge', s, lang));
  hb.registerHelper('atgardsstatus', (s: unknown) => word(messages, 'åtgärdsstatus', s, lang));
  hb.registerHelper('resultat', (s: unknown) => word(messages, 'resultat', s, lang));
  hb.registerHelper('anledning', (s: unknown) => word(messages, 'anledning', s, lang));
  /** A cell of the ansvarsfördelning ("Ansvarar"; with `kort=true` the letter "A"); no part → an en dash. */
  hb.registerHelper('ansvar', (s: unknown, options: Handlebars.HelperOptions) => {
    if (typeof s !== 'string' || s === '') return '–';
    const w = word(messages, 'ansvar', s, lang);
    return options?.hash?.kort === true ? w.charAt(0) : w;
  });
  hb.registerHelper('allvarlighet', (s: unknown) => word(messages, 'allvarlighet', s, lang));
  /** `{{verksamhet "hsl"}}` → "hälso- och sjukvård"; a list → "socialtjänst, verksamhet enligt LSS och hälso- och sjukvård". */
  hb.registerHelper('verksamhet', (v: unknown) => sectors(messages, v, lang));

  // --- Markdown escaping --------------------------------------------------------------------

  /** User text in a GFM table cell: `|`, line breaks and `<` escaped. In HTML: the text as is (Handlebars escapes it). */
  hb.registerHelper('mdcell', (v: unknown) => (format === 'md' ? escapeMdCell(v) : v === undefined || v === null ? '' : valueText(v)));
  /** `{{mdinnehall markdown}}`: a document's Markdown body inside the Markdown report (headings moved down, raw HTML escaped). */
  hb.registerHelper('mdinnehall', (v: unknown) => embedMarkdown(v));
  /** User text in Markdown prose: `<` and `&` escaped. In HTML: the text as is (Handlebars escapes it). */
  hb.registerHelper('md', (v: unknown) => (format === 'md' ? escapeMd(v) : v === undefined || v === null ? '' : valueText(v)));

  // --- Data selection and charts ------------------------------------------------------------

  /** Egenkontroll occasions of the year worth reading: shortcomings, a summary or actions; sorted by date. */
  hb.registerHelper('tillfallen', (section: unknown) => occasionsWorthReading(section));
  /** `{{{riskMatris risks}}}`: the 4×4 heat map (html) or the matrix as a table (md). */
  hb.registerHelper('riskMatris', (risks: unknown, options: Handlebars.HelperOptions) => out(riskMatrixChart(risks, chart(options))));
  /** `{{{avvikelseDiagram deviations}}}`: deviations by category, the year beside the year before. */
  hb.registerHelper('avvikelseDiagram', (d: unknown, options: Handlebars.HelperOptions) =>
    out(countChart('avvikelser', d, chart(options))),
  );
  /** `{{{klagomalDiagram deviations}}}`: complaints by source, the year beside the year before. */
  hb.registerHelper('klagomalDiagram', (d: unknown, options: Handlebars.HelperOptions) => out(countChart('klagomål', d, chart(options))));
  /** `{{{egenkontrollDiagram selfInspection}}}`: performed vs planned per egenkontroll. */
  hb.registerHelper('egenkontrollDiagram', (section: unknown, options: Handlebars.HelperOptions) =>
    out(selfInspectionChart(section, chart(options))),
  );
  /** `{{{kannedomDiagram reading}}}`: läskvittenser per unit, made of required (Personalens kännedom om rutiner). */
  hb.registerHelper('kannedomDiagram', (section: unknown, options: Handlebars.HelperOptions) => out(readingChart(section, chart(options))));
}
