/** The report templates' Handlebars helpers: Swedish dates and numbers, words, escaping, charts. */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { embedMarkdown, escapeMd, escapeMdCell, formatDate, registerHelpers } from '../../src/report/helpers.js';
import type { DeviationSection, RiskSection, SelfInspectionSection } from '../../src/report/types.js';

const NBSP = '\u00a0';
const MINUS = '\u2212';

type Lang = 'sv' | 'en';
type Format = 'html' | 'md';

/** Render a one-line template with the helpers of a language and format. */
function render(source: string, context: Record<string, unknown> = {}, lang: Lang = 'sv', format: Format = 'html'): string {
  const hb = Handlebars.create();
  registerHelpers(hb, lang, format);
  return hb.compile(source, { noEscape: format === 'md' })(context);
}

describe('datum', () => {
  const sv = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
  const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  it.each(sv.map((name, i) => [i + 1, name, en[i]]))('month %i: %s / %s', (month, svName, enName) => {
    const date = `2026-${String(month).padStart(2, '0')}-01`;
    expect(render('{{datum d}}', { d: date })).toBe(`1 ${svName} 2026`);
    expect(render('{{datum d}}', { d: date }, 'en')).toBe(`1 ${enName} 2026`);
  });

  it('writes the day without a leading zero and the last day of a month', () => {
    expect(render('{{datum "2026-03-01"}}')).toBe('1 mars 2026');
    expect(render('{{datum "2026-12-31"}}')).toBe('31 december 2026');
    expect(render('{{datum "2026-03-01"}}', {}, 'en')).toBe('1 March 2026');
  });

  it('knows the leap day and leaves an impossible date as written', () => {
    expect(render('{{datum "2024-02-29"}}')).toBe('29 februari 2024');
    expect(render('{{datum "2025-02-29"}}')).toBe('2025-02-29');
    expect(render('{{datum "snart"}}')).toBe('snart');
    expect(render('{{datum x}}', {})).toBe('');
    expect(formatDate('2000-02-29', 'en')).toBe('29 February 2000');
  });

  it('escapes a non-date in HTML', () => {
    expect(render('{{datum d}}', { d: '<b>' })).toBe('&lt;b&gt;');
  });
});

describe('period', () => {
  it('writes the year once when both dates are in it', () => {
    expect(render('{{period "2026-01-01" "2026-04-30"}}')).toBe('1 januari–30 april 2026');
    expect(render('{{period "2025-12-01" "2026-01-31"}}')).toBe('1 december 2025–31 januari 2026');
    expect(render('{{period "2026-07-01" "2026-10-31"}}', {}, 'en')).toBe('1 July–31 October 2026');
  });
});

describe('tal', () => {
  it.each([
    [0, '0', '0'],
    [1, '1', '1'],
    [1234, `1${NBSP}234`, '1,234'],
    [12345.5, `12${NBSP}345,5`, '12,345.5'],
    [-5, `${MINUS}5`, '-5'],
    [1234567, `1${NBSP}234${NBSP}567`, '1,234,567'],
  ])('%d → %s / %s', (n, sv, en) => {
    expect(render('{{tal n}}', { n })).toBe(sv);
    expect(render('{{tal n}}', { n }, 'en')).toBe(en);
  });

  it('shows a dash for what is not a number', () => {
    expect(render('{{tal n}}', {})).toBe('–');
    expect(render('{{tal n}}', { n: 'många' })).toBe('–');
  });
});

describe('plural', () => {
  it.each([
    [0, '0 avvikelser'],
    [1, '1 avvikelse'],
    [2, '2 avvikelser'],
    [1234, `1${NBSP}234 avvikelser`],
  ])('%d → %s', (n, expected) => {
    expect(render('{{plural n "avvikelse" "avvikelser"}}', { n })).toBe(expected);
  });

  it('works with words in the report language', () => {
    expect(render('{{plural n (t "risk" "risk") (t "risker" "risks")}}', { n: 3 }, 'en')).toBe('3 risks');
    expect(render('{{plural n (t "risk" "risk") (t "risker" "risks")}}', { n: 1 }, 'en')).toBe('1 risk');
  });
});

describe('procent and forandring', () => {
  it('gives a share with a no-break space in Swedish', () => {
    expect(render('{{procent 3 4}}')).toBe(`75${NBSP}%`);
    expect(render('{{procent 6 7}}')).toBe(`85${NBSP}%`); // rounded down: 100 % only when all
    expect(render('{{procent 29 100}}')).toBe(`29${NBSP}%`);
    expect(render('{{procent 263 264}}')).toBe(`99${NBSP}%`);
    expect(render('{{procent 3 4}}', {}, 'en')).toBe('75%');
    expect(render('{{procent 1 0}}')).toBe('–');
  });

  it('gives the change with a sign', () => {
    expect(render('{{forandring 10 7}}')).toBe('+3');
    expect(render('{{forandring 7 10}}')).toBe(`${MINUS}3`);
    expect(render('{{forandring 7 7}}')).toBe('±0');
    expect(render('{{forandring 2500 1000}}')).toBe(`+1${NBSP}500`);
  });
});

describe('comparisons', () => {
  const yes = (expr: string, ctx: Record<string, unknown> = {}) => render(`{{#if ${expr}}}ja{{else}}nej{{/if}}`, ctx);

  it('eq, ne, gt, gte, lt', () => {
    expect(yes('(eq a "klar")', { a: 'klar' })).toBe('ja');
    expect(yes('(eq a "klar")', { a: 'öppen' })).toBe('nej');
    expect(yes('(ne a "klar")', { a: 'öppen' })).toBe('ja');
    expect(yes('(gt a 0)', { a: 1 })).toBe('ja');
    expect(yes('(gt a 0)', { a: 0 })).toBe('nej');
    expect(yes('(gte a 8)', { a: 8 })).toBe('ja');
    expect(yes('(lt a b)', { a: 304, b: 365 })).toBe('ja');
    expect(yes('(lt a b)', { a: 365, b: 365 })).toBe('nej');
  });

  it('and, or, not (an empty list is false)', () => {
    expect(yes('(and a b)', { a: 1, b: 'x' })).toBe('ja');
    expect(yes('(and a b)', { a: 1, b: '' })).toBe('nej');
    expect(yes('(or a b c)', { a: [], b: 0, c: [1] })).toBe('ja');
    expect(yes('(or a b)', { a: [], b: 0 })).toBe('nej');
    expect(yes('(not a)', { a: [] })).toBe('ja');
    expect(yes('(not a)', { a: 'x' })).toBe('nej');
  });
});

describe('t', () => {
  it('picks the language and fills the placeholders as written', () => {
    expect(render('{{t "Inga risker {0}." "No risks in {0}." year}}', { year: 2026 })).toBe('Inga risker 2026.');
    expect(render('{{t "Inga risker {0}." "No risks in {0}." year}}', { year: 2026 }, 'en')).toBe('No risks in 2026.');
    expect(render('{{t "{0} av {1}" "{0} of {1}" (tal a) (tal b)}}', { a: 1234, b: 2000 })).toBe(`1${NBSP}234 av 2${NBSP}000`);
  });

  it('escapes what it inserts in HTML, but not in Markdown', () => {
    expect(render('{{t "Org: {0}" "Org: {0}" o}}', { o: '<script>' })).toBe('Org: &lt;script&gt;');
    expect(render('{{t "Org: {0}" "Org: {0}" (md o)}}', { o: '<script>' }, 'sv', 'md')).toBe('Org: &lt;script>');
  });
});

describe('lists and arithmetic', () => {
  const rows = [
    { namn: 'a', år: 3, läge: 'klar', utfall: { värde: '1' }, lista: [1, 2] },
    { namn: 'b', år: 4, läge: 'öppen', lista: [] },
    { namn: 'c', år: 5, läge: 'klar', lista: [3] },
  ];

  it('summa, antal, plus, minus', () => {
    expect(render('{{summa rows "år"}}', { rows })).toBe('12');
    expect(render('{{summa rows "lista"}}', { rows })).toBe('3');
    expect(render('{{antal rows "läge" "klar"}}', { rows })).toBe('2');
    expect(render('{{antal rows "utfall"}}', { rows })).toBe('1');
    expect(render('{{plus year 1}}', { year: 2026 })).toBe('2027');
    expect(render('{{minus 10 4}}')).toBe('6');
  });

  it('filtrera and hitta', () => {
    expect(render('{{#each (filtrera rows "läge" "klar")}}{{namn}}{{/each}}', { rows })).toBe('ac');
    expect(render('{{#each (filtrera rows "läge" "klar" utom=true)}}{{namn}}{{/each}}', { rows })).toBe('b');
    expect(render('{{#with (hitta rows "namn" "b")}}{{år}}{{/with}}', { rows })).toBe('4');
    expect(render('{{#with (hitta rows "namn" "x")}}{{år}}{{else}}ingen{{/with}}', { rows })).toBe('ingen');
  });
});

describe('words for the documents’ values', () => {
  it('roll gives the name, or the id when the name is missing', () => {
    expect(render('{{roll r}}', { r: { id: 'mas', namn: 'Medicinskt ansvarig sjuksköterska' } })).toBe('Medicinskt ansvarig sjuksköterska');
    expect(render('{{roll r}}', { r: { id: 'mas', namn: '' } })).toBe('mas');
    expect(render('{{roll r}}', { r: { id: 'x', namn: 'A & <B>' } })).toBe('A &amp; &lt;B&gt;');
  });

  it.each([
    ['status', 'utkast', 'Utkast', 'Draft'],
    ['status', 'fastställd', 'Fastställd', 'Approved'],
    ['status', 'upphävd', 'Upphävd', 'Repealed'],
    ['typnamn', 'policy', 'Policy', 'Policy'],
    ['typnamn', 'process', 'Process', 'Process'],
    ['typnamn', 'rutin', 'Rutin', 'Routine'],
    ['typnamn', 'ansvarsfördelning', 'Ansvarsfördelning', 'Division of responsibilities'],
    ['typnamn', 'riskanalys', 'Riskanalys', 'Risk analysis'],
    ['typnamn', 'egenkontroll', 'Egenkontroll', 'Self-inspection'],
    ['typnamn', 'sammanställning', 'Sammanställning', 'Compilation'],
    ['typnamn', 'blankett', 'Blankett', 'Form'],
    ['frekvens', 'vecka', 'Varje vecka', 'Weekly'],
    ['frekvens', 'månad', 'Varje månad', 'Monthly'],
    ['frekvens', 'kvartal', 'Varje kvartal', 'Quarterly'],
    ['frekvens', 'halvår', 'Varje halvår', 'Every six months'],
    ['frekvens', 'år', 'Varje år', 'Yearly'],
    ['frekvens', 'vartannat_år', 'Vartannat år', 'Every other year'],
    ['källa', 'vård_och_omsorgstagare', 'Vård- och omsorgstagare', 'Patients and service users'],
    ['källa', 'närstående', 'Närstående', 'Relatives'],
    ['källa', 'personal', 'Personal', 'Staff'],
    ['källa', 'vårdgivare', 'Vårdgivare', 'Care providers'],
    ['källa', 'socialtjänst', 'Verksamhet inom socialtjänsten', 'Social services providers'],
    ['källa', 'lss', 'Verksamhet enligt LSS', 'LSS providers'],
    ['källa', 'myndighet', 'Myndigheter', 'Authorities'],
    ['källa', 'förening_organisation', 'Föreningar och organisationer', 'Associations and organisations'],
    ['källa', 'övrig', 'Övriga', 'Others'],
    ['lage', 'klar', 'Klar', 'Completed'],
    ['lage', 'öppen', 'Öppen', 'Open'],
    ['lage', 'försenad', 'Försenad', 'Overdue'],
    ['atgardsstatus', 'planerad', 'Planerad', 'Planned'],
    ['atgardsstatus', 'pågår', 'Pågår', 'In progress'],
    ['resultat', 'utan_anmärkning', 'Utan anmärkning', 'No remarks'],
    ['resultat', 'brister', 'Brister', 'Shortcomings'],
    ['anledning', 'fortlöpande', 'Fortlöpande', 'Ongoing'],
    ['anledning', 'förändring', 'Inför förändring', 'Before a change'],
    ['ansvar', 'ansvarar', 'Ansvarar', 'Responsible'],
    ['ansvar', 'informeras', 'Informeras', 'Informed'],
    ['allvarlighet', 'error', 'Fel', 'Error'],
    ['allvarlighet', 'warning', 'Varning', 'Warning'],
  ])('%s %s → %s / %s', (helper, value, sv, en) => {
    expect(render(`{{${helper} v}}`, { v: value })).toBe(sv);
    expect(render(`{{${helper} v}}`, { v: value }, 'en')).toBe(en);
  });

  it('shows an unknown value as written, with underscores as spaces, and escaped', () => {
    expect(render('{{källa "egen_kanal"}}')).toBe('Egen kanal');
    expect(render('{{typnamn v}}', { v: '<i>x' })).toBe('&lt;i&gt;x');
    expect(render('{{status v}}', {})).toBe('');
  });

  it('ansvar has one letter per language and a dash for no part', () => {
    expect(['ansvarar', 'utför', 'deltar', 'informeras'].map((v) => render('{{ansvar v kort=true}}', { v })).join('')).toBe('AUDI');
    expect(['ansvarar', 'utför', 'deltar', 'informeras'].map((v) => render('{{ansvar v kort=true}}', { v }, 'en')).join('')).toBe('RPTI');
    expect(render('{{ansvar v}}', {})).toBe('–');
  });

  it('verksamhet joins a list with "och"', () => {
    expect(render('{{verksamhet v}}', { v: ['sol', 'lss', 'hsl'] })).toBe('socialtjänst, verksamhet enligt LSS och hälso- och sjukvård');
    expect(render('{{verksamhet v}}', { v: ['sol', 'hsl'] }, 'en')).toBe('social services and health care');
    expect(render('{{verksamhet "hsl"}}')).toBe('hälso- och sjukvård');
  });

  it('paragraf and slug', () => {
    // No-break spaces: a narrow table column never leaves "§" alone on a line.
    expect(render('{{paragraf "5:1"}}')).toBe('5\u00a0kap.\u00a01\u00a0§');
    expect(render('{{paragraf "5:1"}}', {}, 'sv', 'md')).toBe('5\u00a0kap.\u00a01\u00a0§');
    expect(render('{{paragraf "5:1"}}', {}, 'en')).toBe('Chapter\u00a05,\u00a0Section\u00a01');
    expect(render('{{paragraf "bilaga"}}')).toBe('bilaga');
    expect(render('{{paragraf "5:3a"}}')).toBe('5\u00a0kap.\u00a03\u00a0a\u00a0§');
    expect(render('{{paragraf "5:3a"}}', {}, 'en', 'md')).toBe('Chapter\u00a05,\u00a0Section\u00a03a');
    expect(render('{{slug "8 Avvikelser, klagomål och synpunkter"}}')).toBe('8-avvikelser-klagomål-och-synpunkter');
    expect(render('{{slug "10 Täckning av SOSFS 2011:9"}}')).toBe('10-täckning-av-sosfs-20119');
  });
});

describe('Markdown escaping', () => {
  it('mdcell escapes pipes, line breaks and tags for a GFM table cell', () => {
    expect(render('{{mdcell v}}', { v: 'a | b' }, 'sv', 'md')).toBe('a \\| b');
    expect(render('{{mdcell v}}', { v: 'rad ett\nrad två\r\nrad tre' }, 'sv', 'md')).toBe('rad ett<br>rad två<br>rad tre');
    expect(render('{{mdcell v}}', { v: '<script>alert(1)</script>' }, 'sv', 'md')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(escapeMdCell('  x  ')).toBe('x');
    expect(escapeMdCell(undefined)).toBe('');
  });

  it('leaves ordinary text as typed', () => {
    expect(escapeMd('Vård & omsorg, < 5 % och > 2')).toBe('Vård & omsorg, < 5 % och > 2');
    expect(escapeMd('&amp; och &#60;')).toBe('&amp;amp; och &amp;#60;');
  });

  it('in HTML, mdcell and md return the text, which Handlebars escapes', () => {
    expect(render('{{mdcell v}}', { v: 'a | <b>' })).toBe('a | &lt;b&gt;');
    expect(render('{{md v}}', { v: '<script>' })).toBe('&lt;script&gt;');
  });

  it('mdinnehall moves headings down and escapes raw HTML outside code', () => {
    const body = [
      '# Analys',
      '',
      'Text <script>alert(1)</script> och `<kod>`.',
      '',
      '```',
      '# inte en rubrik <b>',
      '```',
      '',
      '### Djup',
      '###### Sex',
    ].join('\n');
    expect(embedMarkdown(body).split('\n')).toEqual([
      '### Analys',
      '',
      'Text &lt;script>alert(1)&lt;/script> och `<kod>`.',
      '',
      '```',
      '# inte en rubrik <b>',
      '```',
      '',
      '##### Djup',
      '###### Sex',
    ]);
    expect(render('{{{mdinnehall v}}}', { v: '# A' }, 'sv', 'md')).toBe('### A');
  });

  it('mdinnehall turns images into links (nothing is fetched), outside code only', () => {
    expect(embedMarkdown('Se ![Fall](http://example.se/f.png) och ![ref][bild] men `![kod](x.png)`.')).toBe(
      'Se \\![Fall](http://example.se/f.png) och \\![ref][bild] men `![kod](x.png)`.',
    );
    expect(embedMarkdown('Redan \\![escaped](x.png)')).toBe('Redan \\![escaped](x.png)');
  });

  it('mdinnehall leaves out HTML comment blocks (invisible in the HTML report too), never a comment inside code', () => {
    const body = [
      '## Analys',
      '',
      '<!-- Skriv vilka mönster och trender avvikelserna visar. -->',
      '',
      'Fallen minskade.',
      '<!-- en kommentar',
      'över två rader -->',
      '```',
      '<!-- kod -->',
      '```',
      'Text med <!-- inline --> kommentar.',
    ].join('\n');
    expect(embedMarkdown(body).split('\n')).toEqual([
      '#### Analys',
      '',
      '',
      'Fallen minskade.',
      '```',
      '<!-- kod -->',
      '```',
      'Text med &lt;!-- inline --> kommentar.',
    ]);
  });
});

describe('tillfallen', () => {
  it('lists the occasions with shortcomings, a summary or actions, by date', () => {
    const doc = (id: string) => ({ id, titel: id, typ: 'egenkontroll', status: 'fastställd', file: `${id}.md` });
    const section = {
      rows: [
        {
          document: doc('EGK-2'),
          område: 'B',
          occasions: [
            { datum: '2026-05-01', resultat: 'brister', åtgärder: [] },
            { datum: '2026-06-01', resultat: 'utan_anmärkning', åtgärder: [] },
          ],
        },
        {
          document: doc('EGK-1'),
          område: 'A',
          occasions: [{ datum: '2026-03-01', resultat: 'utan_anmärkning', sammanfattning: 'Bra', åtgärder: [] }],
        },
      ],
    };
    expect(render('{{#each (tillfallen s)}}{{this.datum}} {{område}};{{/each}}', { s: section })).toBe('2026-03-01 A;2026-05-01 B;');
  });
});

describe('charts', () => {
  const risks: RiskSection = {
    analyses: [],
    threshold: 8,
    matrix: [
      [1, 0, 0, 0],
      [0, 2, 0, 1],
      [0, 0, 3, 0],
      [0, 0, 0, 1],
    ],
    aboveThreshold: [],
  };
  const totals = (källor: number) => ({
    avvikelser: 0,
    klagomål: 0,
    lex_sarah: 0,
    lex_sarah_anmälda: 0,
    lex_maria: 0,
    källor: Array.from({ length: källor }, () => ({
      document: { id: 'S', titel: 'S', typ: 'sammanställning', status: 'fastställd', file: 'S.md' },
      från: '2026-01-01',
      till: '2026-12-31',
    })),
    dagar: 365,
    dagarIÅret: 365,
  });
  const deviations = (previous: number): DeviationSection => ({
    avvikelser: [
      { namn: 'Fall', år: 120, föregående: 98 },
      { namn: '<script>alert(1)</script>', år: 3, föregående: 1 },
    ],
    klagomål: [
      { namn: 'närstående', år: 26, föregående: 31 },
      { namn: 'förening_organisation', år: 1, föregående: 2 },
    ],
    år: totals(1),
    föregående: totals(previous),
    analyser: [],
    utelämnade: [],
  });
  const selfInspection: SelfInspectionSection = {
    rows: [
      {
        document: { id: 'EGK-1', titel: 'Journalgranskning', typ: 'egenkontroll', status: 'fastställd', file: 'e.md' },
        område: 'Dokumentation',
        metod: 'Granskning',
        frekvens: 'kvartal',
        ansvarig: { id: 'ec', namn: 'Enhetschef' },
        planerade: 4,
        genomförda: 3,
        utanAnmärkning: 2,
        brister: 1,
        occasions: [],
      },
    ],
    planerade: 4,
    genomförda: 3,
  };
  const root = { year: 2026, previousYear: 2025, risks, deviations: deviations(1), selfInspection };

  it('riskMatris: an SVG heat map with Swedish title and axes, not escaped', () => {
    const out = render('{{riskMatris risks}}', root);
    expect(out.startsWith('<svg')).toBe(true);
    expect(out).toContain('Riskmatris 2026');
    expect(out).toContain('Sannolikhet');
    expect(out).toContain('Konsekvens');
    expect(out).toContain('id="riskmatris-title"');
    expect(render('{{riskMatris risks}}', root, 'en')).toContain('Likelihood');
  });

  it('a chart id can be given, so one page can hold two charts', () => {
    const out = render('{{riskMatris risks id="risk-a"}}{{riskMatris risks id="risk-b"}}', root);
    expect(out).toContain('id="risk-a-title"');
    expect(out).toContain('id="risk-b-title"');
  });

  it('avvikelseDiagram: both years as series, category names escaped inside the SVG', () => {
    const out = render('{{avvikelseDiagram deviations}}', root);
    expect(out).toContain('<svg');
    expect(out).toContain('Avvikelser per kategori 2026 och 2025');
    expect(out).toContain('Antal');
    expect(out).toContain('id="avvikelser-diagram-title"');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;');
  });

  it('without a compilation for the year before, only the year is drawn', () => {
    const out = render('{{avvikelseDiagram deviations}}', { ...root, deviations: deviations(0) });
    expect(out).toContain('Avvikelser per kategori 2026');
    expect(out).not.toContain('2025');
  });

  it('klagomalDiagram names the sources in words', () => {
    const out = render('{{klagomalDiagram deviations}}', root);
    expect(out).toContain('Klagomål och synpunkter per källa 2026 och 2025');
    expect(out).toContain('Närstående');
    expect(out).toContain('Föreningar och organisationer');
    expect(out).toContain('id="klagomal-diagram-title"');
  });

  it('egenkontrollDiagram: performed vs planned', () => {
    const out = render('{{egenkontrollDiagram selfInspection}}', root);
    expect(out).toContain('Egenkontroller 2026: genomförda av planerade');
    expect(out).toContain('Genomförda');
    expect(out).toContain('Planerade');
    expect(out).toContain('Dokumentation');
    expect(out).toContain('id="egenkontroll-diagram-title"');
  });

  it('in Markdown every chart is a table with the same figures', () => {
    const matrix = render('{{riskMatris risks}}', root, 'sv', 'md');
    expect(matrix).toContain('| Sannolikhet \\ Konsekvens | 1 | 2 | 3 | 4 |');
    expect(matrix).toContain('| 4 | 0 | **0** | **0** | **1** |');
    expect(matrix).toContain('| 3 | 0 | 0 | **3** | **0** |');
    expect(matrix).toContain('| 1 | 1 | 0 | 0 | 0 |');
    expect(matrix).not.toContain('<svg');

    const dev = render('{{avvikelseDiagram deviations}}', root, 'sv', 'md');
    expect(dev).toContain('| Kategori | 2026 | 2025 |');
    expect(dev).toContain('| Fall | 120 | 98 |');
    expect(dev).toContain('| &lt;script>alert(1)&lt;/script> | 3 | 1 |');

    const kla = render('{{klagomalDiagram deviations}}', root, 'sv', 'md');
    expect(kla).toContain('| Närstående | 26 | 31 |');

    const egk = render('{{egenkontrollDiagram selfInspection}}', root, 'sv', 'md');
    expect(egk).toContain(`| Dokumentation | 3 | 4 | 75${NBSP}% |`);
  });
});
