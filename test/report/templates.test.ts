/**
 * The built-in report templates, rendered from hand-made report models (a full one and one
 * with no data in any section), in HTML and Markdown, for both kinds and both languages:
 * structure a reader or a screen reader relies on, no script and no network, a sentence
 * where a section has no data, escaping, and overriding one section.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOwnReport } from '../../src/report/index.js';
import { renderReport } from '../../src/report/render.js';
import type { ActionInfo, DocRef, ReportKind, ReportModel, RoleInfo } from '../../src/report/types.js';

const XSS = '<script>alert(1)</script>';
const KINDS: ReportKind[] = ['kvalitetsberattelse', 'patientsakerhetsberattelse'];
const LANGS = ['sv', 'en'] as const;

const KB_SECTIONS = [
  'sammanfattning',
  'organisation',
  'struktur',
  'dokumentstyrning',
  'kannedom',
  'mal',
  'samverkan',
  'risker',
  'egenkontroll',
  'avvikelser',
  'atgarder',
  'tackning',
  'bilaga',
];
const PSB_SECTIONS = [
  'sammanfattning',
  'mal',
  'organisation',
  'uppfoljning',
  'samverkan',
  'risker',
  'rapportering',
  'klagomal',
  'analys',
  'delaktighet',
  'resultat',
  'kommande',
  'tackning',
  'bilaga',
];
const sectionsOf = (kind: ReportKind) => (kind === 'kvalitetsberattelse' ? KB_SECTIONS : PSB_SECTIONS);

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const role = (id: string, namn: string): RoleInfo => ({ id, namn });
const MAS = role('mas', 'Medicinskt ansvarig sjuksköterska');
const EC = role('enhetschef', 'Enhetschef');
const NAMND = role('nämnd', 'Socialnämnden');
const doc = (id: string, typ: string, titel: string, status = 'fastställd'): DocRef => ({
  id,
  titel,
  typ,
  status,
  file: `ledningssystem/${id}.md`,
});

const RISK1 = doc('RISK-001', 'riskanalys', 'Fortlöpande riskanalys 2026');
const EGK1 = doc('EGK-001', 'egenkontroll', 'Journalgranskning');
const SAM2 = doc('SAM-002', 'sammanställning', 'Avvikelser första halvåret 2026');
const SAM3 = doc('SAM-003', 'sammanställning', 'Avvikelser juli–oktober 2026');
const SAM1 = doc('SAM-001', 'sammanställning', 'Avvikelser 2025');
const PRO1 = doc('PRO-001', 'process', 'Från ansökan till insats');
const RUT1 = doc('RUT-001', 'rutin', 'Handläggning och dokumentation');
const RUT5 = doc('RUT-005', 'rutin', 'Gammal lex Sarah-rutin', 'upphävd');

const action = (källa: string, beskrivning: string, läge: ActionInfo['läge'], extra: Partial<ActionInfo> = {}): ActionInfo => ({
  document: källa.startsWith('R') ? RISK1 : EGK1,
  källa,
  beskrivning,
  ansvarig: EC,
  klart_senast: '2026-09-30',
  status: läge === 'klar' ? 'klar' : 'pågår',
  läge,
  ...(läge === 'klar' ? { klar_datum: '2026-09-15' } : {}),
  ...extra,
});

const ACTIONS: ActionInfo[] = [
  action('R1', 'Kvällsresurs på Solgläntan', 'klar'),
  action('2026-05-19', 'Bevakning av planernas uppföljning', 'klar'),
  action('R2', 'Veckovis uppföljning av signeringar', 'öppen', { klart_senast: '2027-03-31' }),
  action('R3', 'Genomgång av utskrivningsrutinen med regionen', 'försenad', { klart_senast: '2026-11-30' }),
];

function totals(avvikelser: number, klagomål: number, dagar: number, källor: ReportModel['deviations']['år']['källor'], dagarIÅret = 365) {
  return { avvikelser, klagomål, lex_sarah: 9, lex_sarah_anmälda: 2, lex_maria: 1, källor, dagar, dagarIÅret };
}

function fullModel(kind: ReportKind): ReportModel {
  return {
    kind,
    year: 2026,
    previousYear: 2025,
    today: '2027-01-15',
    organisation: `Solbacka kommun ${XSS}`,
    verksamhetsformer: ['sol', 'lss', 'hsl'],
    generator: 'lsys 0.1.0',
    roles: [NAMND, MAS, EC],
    units: [{ id: 'solgläntan', namn: 'Solgläntans särskilda boende', verksamhetsformer: ['sol', 'hsl'] }],
    responsibility: [
      {
        document: doc('ANS-001', 'ansvarsfördelning', 'Ansvarsfördelning i kvalitetsarbetet'),
        roles: [NAMND, MAS, EC],
        rows: [
          {
            uppgift: 'Fastställa ledningssystemet',
            sosfs: ['3:1'],
            ansvar: { nämnd: 'ansvarar', mas: 'deltar', enhetschef: 'informeras' },
          },
          { uppgift: 'Utreda avvikelser | lex Maria', sosfs: ['5:4', '5:5'], ansvar: { mas: 'ansvarar', enhetschef: 'utför' } },
        ],
      },
    ],
    processes: [
      {
        document: PRO1,
        activities: [
          { id: 'A1', namn: 'Ta emot ansökan', ansvarig: role('handläggare', 'Handläggare'), rutiner: [RUT1] },
          { id: 'A2', namn: 'Följa upp beslutet', ansvarig: EC, rutiner: [] },
        ],
      },
    ],
    counts: [
      { typ: 'process', utkast: 0, fastställd: 1, upphävd: 0, total: 1 },
      { typ: 'rutin', utkast: 1, fastställd: 9, upphävd: 1, total: 11 },
    ],
    approved: [
      {
        document: RUT1,
        version: '2.0',
        fastställd: '2026-05-06',
        commits: [
          { commit: 'ef99c78', date: '2026-11-25' },
          { commit: '62564a9', date: '2026-06-01' },
        ],
      },
      { document: RUT5, version: '2.0', commits: [{ commit: '62564a9', date: '2026-03-01' }] },
    ],
    overdue: [{ document: doc('RUT-007', 'rutin', 'Hot och våld'), revideras: '2026-10-01', ägare: EC }],
    reading: {
      configured: true,
      date: '2026-12-31',
      previousDate: '2025-12-31',
      rows: [
        {
          unit: { id: 'solgläntan', namn: `Solgläntan ${XSS}` },
          typ: 'rutin',
          required: 80,
          confirmed: 60,
          previousRequired: 80,
          previousConfirmed: 20,
        },
        {
          unit: { id: 'solgläntan', namn: `Solgläntan ${XSS}` },
          typ: 'policy',
          required: 8,
          confirmed: 8,
          previousRequired: 8,
          previousConfirmed: 0,
        },
      ],
      units: [
        { unit: { id: 'solgläntan', namn: `Solgläntan ${XSS}` }, required: 88, confirmed: 68, previousRequired: 88, previousConfirmed: 20 },
      ],
      total: { required: 88, confirmed: 68, previousRequired: 88, previousConfirmed: 20 },
    },
    goals: [
      {
        document: doc('POL-001', 'policy', 'Kvalitetspolicy'),
        id: 'M1',
        beskrivning: `Nöjda boende ${XSS}`,
        indikator: 'Andel nöjda',
        målvärde: '85 %',
        utfall: { värde: '84 %', kommentar: 'Nära målet' },
        föregående: { värde: '81 %' },
      },
      { document: doc('POL-001', 'policy', 'Kvalitetspolicy'), id: 'M2', beskrivning: 'Färre fall' },
    ],
    collaboration: [{ document: PRO1, med: 'Region Solbacka', beskrivning: 'Samordnad individuell plan (SIP).', rutiner: [RUT1] }],
    risks: {
      analyses: [
        {
          document: RISK1,
          datum: '2026-03-10',
          anledning: 'fortlöpande',
          risker: [
            {
              id: 'R1',
              beskrivning: `Fall kvällstid ${XSS}`,
              orsak: 'Låg bemanning',
              sannolikhet: 4,
              konsekvens: 3,
              riskvärde: 12,
              åtgärder: [ACTIONS[0]!],
            },
            { id: 'R2', beskrivning: 'Missad läkemedelsdos', sannolikhet: 3, konsekvens: 3, riskvärde: 9, åtgärder: [ACTIONS[2]!] },
            { id: 'R3', beskrivning: 'Information vid utskrivning', sannolikhet: 2, konsekvens: 4, riskvärde: 8, åtgärder: [] },
            { id: 'R5', beskrivning: 'Låg risk', sannolikhet: 1, konsekvens: 1, riskvärde: 1, åtgärder: [] },
          ],
        },
      ],
      threshold: 8,
      matrix: [
        [1, 0, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 1, 0],
        [0, 0, 1, 0],
      ],
      aboveThreshold: [],
    },
    selfInspection: {
      rows: [
        {
          document: EGK1,
          område: 'Social dokumentation',
          metod: 'Granskning av 40 akter',
          frekvens: 'halvår',
          ansvarig: EC,
          planerade: 2,
          genomförda: 2,
          utanAnmärkning: 1,
          brister: 1,
          occasions: [
            { datum: '2026-05-19', resultat: 'brister', sammanfattning: '4 av 40 akter saknade plan.', åtgärder: [ACTIONS[1]!] },
            { datum: '2026-11-10', resultat: 'utan_anmärkning', åtgärder: [] },
          ],
        },
        {
          document: doc('EGK-002', 'egenkontroll', 'Läkemedelskontroll'),
          område: 'Läkemedel',
          metod: 'Checklista',
          frekvens: 'kvartal',
          ansvarig: MAS,
          planerade: 4,
          genomförda: 3,
          utanAnmärkning: 1,
          brister: 2,
          occasions: [{ datum: '2026-03-17', resultat: 'brister', åtgärder: [] }],
        },
      ],
      planerade: 6,
      genomförda: 5,
    },
    deviations: {
      avvikelser: [
        { namn: 'Fall', år: 154, föregående: 212 },
        { namn: `Läkemedel ${XSS}`, år: 101, föregående: 148 },
        { namn: 'Hot | våld', år: 19, föregående: 23 },
      ],
      klagomål: [
        { namn: 'närstående', år: 26, föregående: 31 },
        { namn: 'vård_och_omsorgstagare', år: 16, föregående: 18 },
        { namn: 'förening_organisation', år: 1, föregående: 2 },
      ],
      år: totals(274, 43, 304, [
        { document: SAM2, från: '2026-01-01', till: '2026-06-30' },
        { document: SAM3, från: '2026-07-01', till: '2026-10-31' },
      ]),
      föregående: totals(383, 51, 365, [{ document: SAM1, från: '2025-01-01', till: '2025-12-31' }]),
      analyser: [
        {
          document: SAM2,
          från: '2026-01-01',
          till: '2026-06-30',
          html: '<h3>Analys av fallen</h3>\n<p>Fallen <strong>minskade</strong> efter kvällsresursen.</p>',
          markdown: `# Analys av fallen\n\nFallen **minskade** efter kvällsresursen. ${XSS}`,
        },
      ],
      utelämnade: [
        {
          document: doc('SAM-009', 'sammanställning', 'Dubblett'),
          skäl: 'perioden överlappar SAM-002 (2026-01-01–2026-06-30)',
          skäl_en: 'the period overlaps SAM-002 (2026-01-01–2026-06-30)',
        },
      ],
    },
    actions: ACTIONS,
    coverage: [
      {
        paragraf: '4:2',
        krav: 'Processer identifieras och fastställs.',
        krav_en: 'Processes are identified and adopted.',
        documents: [PRO1],
        lucka: false,
      },
      {
        paragraf: '5:2',
        krav: 'Egenkontroll så ofta som behövs.',
        krav_en: 'Self-inspection as often as needed.',
        documents: [],
        undantag: { skäl: 'Görs av regionen enligt avtal', till: '2027-06-30' },
        lucka: false,
      },
      { paragraf: '5:6', krav: 'Sammanställa och analysera.', krav_en: 'Compile and analyse.', documents: [], lucka: true },
    ],
    validation: {
      errors: 2,
      warnings: 1,
      byRule: [
        { rule: 'ref/unresolved', severity: 'error', count: 2 },
        { rule: 'review/due-soon', severity: 'warning', count: 1 },
      ],
      diagnostics: [
        {
          file: 'ledningssystem/RUT-001.md',
          line: 4,
          rule: 'ref/unresolved',
          severity: 'error',
          message: `Hänvisningen till PRO-9 ${XSS} finns inte`,
        },
        {
          file: 'ledningssystem/RUT-002.md',
          line: 7,
          rule: 'ref/unresolved',
          severity: 'error',
          message: 'Hänvisningen till PRO-8 finns inte',
        },
      ],
      more: 3,
    },
  };
}

function emptyModel(kind: ReportKind): ReportModel {
  const none = { avvikelser: 0, klagomål: 0, lex_sarah: 0, lex_sarah_anmälda: 0, lex_maria: 0, källor: [], dagar: 0, dagarIÅret: 365 };
  return {
    kind,
    year: 2026,
    previousYear: 2025,
    today: '2027-01-15',
    organisation: 'Tom kommun',
    verksamhetsformer: [],
    generator: 'lsys 0.1.0',
    roles: [],
    units: [],
    responsibility: [],
    processes: [],
    counts: [],
    approved: [],
    overdue: [],
    reading: {
      configured: false,
      date: '2026-12-31',
      previousDate: '2025-12-31',
      rows: [],
      units: [],
      total: { required: 0, confirmed: 0, previousRequired: 0, previousConfirmed: 0 },
    },
    goals: [],
    collaboration: [],
    risks: { analyses: [], threshold: 8, matrix: [0, 1, 2, 3].map(() => [0, 0, 0, 0]), aboveThreshold: [] },
    selfInspection: { rows: [], planerade: 0, genomförda: 0 },
    deviations: { avvikelser: [], klagomål: [], år: none, föregående: none, analyser: [], utelämnade: [] },
    actions: [],
    coverage: [],
    validation: { errors: 0, warnings: 0, byRule: [], diagnostics: [], more: 0 },
  };
}

/** The full model with its above-threshold risks derived like the model does. */
function full(kind: ReportKind): ReportModel {
  const m = fullModel(kind);
  m.risks.aboveThreshold = m.risks.analyses.flatMap((a) =>
    a.risker.filter((r) => r.riskvärde >= m.risks.threshold).map((r) => ({ ...r, analysis: a.document })),
  );
  return m;
}

// ---------------------------------------------------------------------------------------------
// Reading the output
// ---------------------------------------------------------------------------------------------

const html = (model: ReportModel, lang: 'sv' | 'en' = 'sv', overrideDirs: string[] = []) =>
  renderReport(model, { format: 'html', lang, overrideDirs });
const md = (model: ReportModel, lang: 'sv' | 'en' = 'sv', overrideDirs: string[] = []) =>
  renderReport(model, { format: 'md', lang, overrideDirs });

const headingLevels = (out: string) => [...out.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
const ids = (out: string) => [...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
const tables = (out: string) => out.match(/<table[\s\S]*?<\/table>/g) ?? [];
const sections = (out: string) => new Map([...out.matchAll(/<section id="([^"]+)"[\s\S]*?<\/section>/g)].map((m) => [m[1], m[0]]));
/** Text outside tags, entities decoded: what a reader sees. */
const text = (out: string) =>
  out
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** Markdown headings outside fenced code. */
function mdHeadings(out: string): Array<{ level: number; text: string }> {
  const result: Array<{ level: number; text: string }> = [];
  let fence = false;
  for (const line of out.split('\n')) {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    const m = fence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (m) result.push({ level: m[1]!.length, text: m[2]! });
  }
  return result;
}

/** Markdown sections: the text under each `## ` heading. */
function mdSections(out: string): Array<{ heading: string; body: string }> {
  const parts = out.split(/^## /m).slice(1);
  return parts.map((p) => ({ heading: p.split('\n')[0]!, body: p.slice(p.indexOf('\n') + 1) }));
}

function expectHeadingsInOrder(levels: number[]): void {
  expect(levels[0]).toBe(1);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]! > levels[i - 1]! + 1) throw new Error(`heading level skipped: h${levels[i - 1]} → h${levels[i]} at heading ${i + 1}`);
  }
}

const NO_DATA = /\b(Inga|Ingen|Inget|inga|ingen|inget|No|no|none)\b/;

// ---------------------------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------------------------

describe.each(KINDS)('HTML, %s', (kind) => {
  describe.each(LANGS)('lang %s', (lang) => {
    const outputs = { full: html(full(kind), lang), empty: html(emptyModel(kind), lang) };

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)(
      '%s model: one self-contained HTML5 document with the generator mark',
      (which) => {
        const out = outputs[which];
        expect(out.startsWith('<!DOCTYPE html>\n<html lang="' + lang + '">')).toBe(true);
        expect(out).toContain('<meta charset="utf-8">');
        expect(out).toContain('<meta name="generator" content="lsys 0.1.0">');
        expect(isOwnReport(out)).toBe(true);
        expect(out).toMatch(/<title>[^<]+2026[^<]*<\/title>/);
        expect(out).toContain('@page { size: A4; margin: 20mm 18mm; }');
        expect(out.match(/<html/g)).toHaveLength(1);
        expect(out.match(/<\/html>/g)).toHaveLength(1);
      },
    );

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)('%s model: no script, no external URL, no external resource', (which) => {
      const out = outputs[which];
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/\son[a-z]+\s*=/i);
      // The SVG namespace is a name, not a resource; nothing else may name a network address.
      expect(out.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//i);
      expect(out).not.toMatch(/<(img|link|iframe|object|embed)\b/i);
      expect(out).not.toMatch(/url\((?!#)/);
      expect(out).not.toMatch(/@import/);
    });

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)('%s model: one h1 and headings in order', (which) => {
      expectHeadingsInOrder(headingLevels(outputs[which]));
    });

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)('%s model: every table has column headers and a caption', (which) => {
      for (const t of tables(outputs[which])) {
        expect(t).toMatch(/<th scope="col"/);
        expect(t).toMatch(/^<table[^>]*>\s*<caption>[^<\s]/);
      }
    });

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)(
      '%s model: the table of contents links to every section, in order, and ids are unique',
      (which) => {
        const out = outputs[which];
        const nav = /<nav[\s\S]*?<\/nav>/.exec(out)![0];
        const links = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
        expect(links).toEqual(sectionsOf(kind));
        const all = ids(out);
        for (const link of links) expect(all).toContain(link);
        expect(new Set(all).size).toBe(all.length);
        expect([...sections(out).keys()]).toEqual(sectionsOf(kind));
        // The table of contents says what the heading says.
        for (const id of links) {
          const tocText = text(new RegExp(`href="#${id}">([\\s\\S]*?)</a>`).exec(nav)![1]!).trim();
          const heading = text(new RegExp(`<h2 id="${id}-rubrik">([\\s\\S]*?)</h2>`).exec(out)![1]!).trim();
          expect(heading).toBe(tocText);
        }
      },
    );

    it('empty model: every section says in a sentence that it has no data', () => {
      const s = sections(outputs.empty);
      expect([...s.keys()]).toEqual(sectionsOf(kind));
      for (const [id, body] of s) {
        const sentence = /<p class="tom">([^<]+)<\/p>/.exec(body);
        expect(sentence, `section ${id}`).not.toBeNull();
        expect(sentence![1], `section ${id}`).toMatch(NO_DATA);
      }
      expect(outputs.empty).not.toContain('<svg');
      expect(outputs.empty).not.toContain('<figure');
    });

    it('full model: model text is escaped, sanitised analysis HTML is kept', () => {
      const out = outputs.full;
      expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(out).not.toContain(XSS);
      expect(out).toContain('<p>Fallen <strong>minskade</strong> efter kvällsresursen.</p>');
    });

    it('full model: charts are figures with a caption and an accessible SVG', () => {
      const figures = outputs.full.match(/<figure>[\s\S]*?<\/figure>/g) ?? [];
      // The kvalitetsberättelse also charts the läskvittenser per unit (Personalens kännedom om rutiner).
      const kb = kind === 'kvalitetsberattelse';
      expect(figures).toHaveLength(kb ? 5 : 4);
      for (const f of figures) {
        expect(f).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby=/);
        expect(f).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
        expect(f).toMatch(/<figcaption>[^<]+<\/figcaption>/);
        expect(f).toMatch(/width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
      }
      const titles = figures.map((f) => /<title id="([^"]+)"/.exec(f)![1]).sort();
      expect(titles).toEqual([
        'avvikelser-diagram-title',
        'egenkontroll-diagram-title',
        ...(kb ? ['kannedom-diagram-title'] : []),
        'klagomal-diagram-title',
        'riskmatris-title',
      ]);
    });
  });
});

describe('HTML content of the kvalitetsberättelse', () => {
  const out = html(full('kvalitetsberattelse'));
  const s = sections(out);
  const words = (id: string) => text(s.get(id)!);

  it('has the title, the organisation and the report date on the first page', () => {
    expect(out).toMatch(/<h1>Kvalitetsberättelse 2026<span class="org">Solbacka kommun &lt;script&gt;/);
    expect(text(out)).toContain('Rapportdatum 15 januari 2027');
    expect(text(out)).toContain('Kontrollen av ledningssystemet den 15 januari 2027 hittade 2 fel.');
  });

  it('1: the ansvarsfördelning as a role × task matrix with letters', () => {
    expect(s.get('organisation')).toMatch(/<th scope="col" class="roll"><span>Socialnämnden<\/span><\/th>/);
    expect(s.get('organisation')).toContain('<abbr title="Ansvarar">A</abbr>');
    expect(words('organisation')).toContain('Utreda avvikelser | lex Maria 5:4, 5:5 – A U');
  });

  it('2–3: processes in order, routines, counts; documents approved and changed, overdue', () => {
    expect(words('struktur')).toContain('1 Ta emot ansökan Handläggare Handläggning och dokumentation RUT-001');
    expect(words('struktur')).toContain('2 Följa upp beslutet Enhetschef Ingen rutin');
    expect(words('struktur')).toContain('Totalt 10 1 1 12');
    expect(words('dokumentstyrning')).toContain(
      'Handläggning och dokumentation RUT-001 Rutin 2.0 6 maj 2026 2 ändringar, senast 25 november 2026 ef99c78',
    );
    expect(words('dokumentstyrning')).toContain('Gammal lex Sarah-rutin RUT-005 (upphävd) Rutin 2.0 – 1 ändring');
    expect(words('dokumentstyrning')).toContain('Hot och våld RUT-007 Rutin 1 oktober 2026 Enhetschef');
  });

  it('4–5: goals with outcomes, collaboration', () => {
    expect(words('mal')).toContain('Andel nöjda 85 % 84 % 81 % Nära målet');
    expect(words('mal')).toContain('Färre fall');
    expect(words('mal')).toContain('Ej redovisat');
    expect(words('samverkan')).toContain('Region Solbacka Samordnad individuell plan (SIP).');
  });

  it('6: the analyses, the matrix and the risks at or above the threshold with their actions', () => {
    expect(words('risker')).toContain('Under 2026 gjordes 1 riskanalys med sammanlagt 4 risker.');
    expect(words('risker')).toContain('10 mars 2026 Fortlöpande riskanalys 2026 RISK-001 Fortlöpande 4');
    expect(words('risker')).toContain('Kvällsresurs på Solgläntan – Enhetschef, klart senast 30 september 2026: Klar 15 september 2026');
    expect(words('risker')).toContain('Information vid utskrivning');
    expect(words('risker')).toContain('Ingen åtgärd');
    expect(words('risker')).not.toContain('Låg risk');
  });

  it('7: performed vs planned, results and shortcomings', () => {
    expect(words('egenkontroll')).toContain('Under 2026 genomfördes 5 av 6 planerade egenkontrolltillfällen (83 %).');
    expect(words('egenkontroll')).toContain('Totalt 6 5 83 % 2 3');
    expect(words('egenkontroll')).toContain('19 maj 2026 Social dokumentation EGK-001 Brister 4 av 40 akter saknade plan.');
    expect(words('egenkontroll')).toContain('17 mars 2026 Läkemedel EGK-002 Brister – Ingen åtgärd');
    expect(words('egenkontroll')).not.toContain('10 november 2026');
  });

  it('8: counts by category and source with both years and totals, lex Sarah / lex Maria, period, analysis, left out', () => {
    const w = words('avvikelser');
    expect(w).toContain('Sammanställningarna täcker 304 av 365 dagar 2026. Året är bara delvis redovisat');
    expect(w).toContain('För 2025 täcker de 365 av 365 dagar.');
    expect(w).toContain('2026 Avvikelser juli–oktober 2026 SAM-003 1 juli–31 oktober 2026');
    expect(w).toContain('Fall 154 212 −58');
    expect(w).toContain('Totalt 274 383 −109');
    expect(w).toContain('Närstående 26 31 −5');
    expect(w).toContain('Föreningar och organisationer 1 2 −1');
    expect(w).toContain('Totalt 43 51 −8');
    expect(w).toContain('varav anmälda till IVO som allvarliga 2 2');
    expect(w).toContain('Lex Maria-anmälningar om vårdskada eller risk för allvarlig vårdskada 1 1');
    expect(w).toContain('Fallen minskade efter kvällsresursen.');
    expect(w).toContain('Dubblett SAM-009 perioden överlappar SAM-002');
  });

  it('9: every action with its position in words', () => {
    const w = words('atgarder');
    expect(w).toContain('Under 2026 slutfördes 2 åtgärder. Vid årets slut var 1 öppna i tid och 1 försenade.');
    expect(w).toContain(
      'Genomgång av utskrivningsrutinen med regionen Riskanalys: Fortlöpande riskanalys 2026 RISK-001 , R3 Enhetschef 30 november 2026 Försenad (Pågår)',
    );
    expect(w).toContain('Bevakning av planernas uppföljning Egenkontroll: Journalgranskning EGK-001 , 19 maj 2026');
  });

  it('10: every paragraph with its documents; gaps and exemptions in words', () => {
    const w = words('tackning');
    expect(w).toContain(
      'Av 3 tillämpliga paragrafer i kapitel 3–7 i SOSFS 2011:9 har 1 minst ett fastställt dokument som uppfyller kravet, 1 är undantagna och 1 saknar dokument (luckor).',
    );
    expect(w).toContain('4 kap. 2 § Processer identifieras och fastställs. Från ansökan till insats PRO-001 Uppfylld');
    expect(w).toContain('5 kap. 2 § Egenkontroll så ofta som behövs. – Undantag: Görs av regionen enligt avtal (till 30 juni 2027)');
    expect(w).toContain('5 kap. 6 § Sammanställa och analysera. – Lucka : inget fastställt dokument');
    expect(s.get('tackning')).toContain('<tr class="lucka">');
  });

  it('11: the validation summary, by rule, the findings and "och N till"', () => {
    const w = words('bilaga');
    expect(w).toContain('Kontrollen av ledningssystemet den 15 januari 2027 (lsys validate) gav 2 fel och 1 varning.');
    expect(w).toContain('ref/unresolved Fel 2');
    expect(w).toContain('ledningssystem/RUT-001.md:4 Fel Hänvisningen till PRO-9 <script>alert(1)</script> finns inte ref/unresolved');
    expect(w).toContain('… och 3 till.');
  });

  it('the summary shows the key figures beside the year before', () => {
    const w = words('sammanfattning');
    expect(w).toContain('Avvikelser 274 383');
    expect(w).toContain('Lex Sarah-rapporter 9 9');
    expect(w).toContain('Egenkontroller: genomförda av planerade 5 av 6 –');
    expect(w).toContain('sammanställningarna täcker 304 av 365 dagar 2026');
  });

  it('without a compilation for the year before, the comparison is a dash, not a zero', () => {
    const m = full('kvalitetsberattelse');
    m.deviations.föregående = { ...m.deviations.föregående, källor: [], dagar: 0, avvikelser: 0 };
    const w = text(sections(html(m)).get('avvikelser')!);
    expect(w).toContain('För 2025 finns ingen sammanställning, så jämförelse med föregående år saknas.');
    expect(w).toContain('Fall 154 – –');
  });

  it('in English the words are English', () => {
    const en = text(html(full('kvalitetsberattelse'), 'en'));
    expect(en).toContain('Quality report 2026');
    expect(en).toContain('The compilations cover 304 of 365 days of 2026.');
    expect(en).toContain('Chapter 5, Section 6 Compile and analyse. – Gap : no approved document');
    expect(en).not.toContain('Inga ');
  });
});

describe('HTML content of the patientsäkerhetsberättelse', () => {
  const out = html(full('patientsakerhetsberattelse'));
  const s = sections(out);
  const words = (id: string) => text(s.get(id)!);

  it('follows the SKR structure with the PSL 3:10 headings', () => {
    expect(out).toMatch(/<h1>Patientsäkerhetsberättelse 2026/);
    const headings = [...out.matchAll(/<h2 id="[^"]+-rubrik">([\s\S]*?)<\/h2>/g)].map((m) => text(m[1]!).trim());
    expect(headings).toEqual([
      '1 Sammanfattning',
      '2 Övergripande mål och strategier',
      '3 Organisatoriskt ansvar för patientsäkerhetsarbetet',
      '4 Struktur för uppföljning och utvärdering',
      '5 Samverkan för att förebygga vårdskador',
      '6 Riskanalys',
      '7 Hälso- och sjukvårdspersonalens rapporteringsskyldighet',
      '8 Klagomål och synpunkter',
      '9 Sammanställning och analys',
      '10 Patienters och närståendes delaktighet',
      '11 Resultat',
      '12 Mål och strategier för kommande år',
      'Bilaga 1: Täckning av SOSFS 2011:9',
      'Bilaga 2: Kontroll av ledningssystemet',
    ]);
    expect(text(out)).toContain('3 kap. 10 § patientsäkerhetslagen');
  });

  it('reports lex Maria but not lex Sarah, and the sections draw on the same data', () => {
    expect(words('rapportering')).toContain('Lex Maria-anmälningar om vårdskada');
    expect(words('rapportering')).not.toContain('Lex Sarah-rapporter');
    expect(words('sammanfattning')).not.toContain('Lex Sarah');
    expect(words('klagomal')).toContain('Närstående 26 31 −5');
    expect(words('analys')).toContain('Fallen minskade efter kvällsresursen.');
    expect(words('delaktighet')).toContain('Under 2026 kom 16 klagomål och synpunkter från vård- och omsorgstagare och 26 från närstående');
    expect(words('resultat')).toContain('Under 2026 rapporterades 274 avvikelser och 1 lex Maria-anmälan gjordes till IVO.');
    expect(words('resultat')).toContain('Kvällsresurs på Solgläntan');
    expect(words('resultat')).not.toContain('Veckovis uppföljning av signeringar');
    expect(words('kommande')).toContain('Arbetet under 2027');
    expect(words('kommande')).toContain('Veckovis uppföljning av signeringar');
    expect(words('kommande')).toContain('5 kap. 6 § Sammanställa och analysera.');
    expect(words('samverkan')).toContain('4 kap. 6 § SOSFS 2011:9');
  });
});

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

describe.each(KINDS)('Markdown, %s', (kind) => {
  describe.each(LANGS)('lang %s', (lang) => {
    const outputs = { full: md(full(kind), lang), empty: md(emptyModel(kind), lang) };

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)(
      '%s model: the generator comment first, one h1, headings in order',
      (which) => {
        const out = outputs[which];
        expect(out.split('\n')[0]).toBe('<!-- generator: lsys 0.1.0 -->');
        expect(isOwnReport(out)).toBe(true);
        expectHeadingsInOrder(mdHeadings(out).map((h) => h.level));
      },
    );

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)('%s model: no raw HTML from the model, no script, no URL', (which) => {
      const out = outputs[which];
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/https?:\/\//);
      expect(out).not.toContain('<svg');
      // The only HTML is the generator comment and line breaks inside table cells.
      const tags = [...out.matchAll(/<[a-zA-Z!/][^>]*>/g)].map((m) => m[0]);
      expect(new Set(tags)).toEqual(new Set(['<!-- generator: lsys 0.1.0 -->', ...(tags.includes('<br>') ? ['<br>'] : [])]));
    });

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)(
      '%s model: every table is well formed (header, separator, same number of cells)',
      (which) => {
        const lines = outputs[which].split('\n');
        const cells = (line: string) => line.replace(/\\\|/g, '').split('|').length;
        for (let i = 0; i < lines.length; i++) {
          if (!/^\| .* \|$/.test(lines[i]!) || (i > 0 && lines[i - 1]!.startsWith('|'))) continue;
          // The first row of a table: a blank line before it, a separator after it.
          expect(lines[i - 1], `line ${i}`).toBe('');
          expect(lines[i + 1], `line ${i + 2}`).toMatch(/^\|( :?-{3,}:? \|)+$/);
          let j = i;
          while (j < lines.length && lines[j]!.startsWith('|')) {
            expect(cells(lines[j]!), `line ${j + 1}: ${lines[j]}`).toBe(cells(lines[i]!));
            j++;
          }
        }
      },
    );

    it.each(Object.keys(outputs) as Array<keyof typeof outputs>)(
      '%s model: the table of contents links to every section heading',
      (which) => {
        const out = outputs[which];
        const toc = mdSections(out).find((s) => s.heading === (lang === 'sv' ? 'Innehåll' : 'Contents'))!;
        const links = [...toc.body.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
        const headings = mdSections(out)
          .map((s) => s.heading)
          .filter((h) => h !== toc.heading);
        expect(links).toHaveLength(sectionsOf(kind).length);
        expect(headings).toHaveLength(sectionsOf(kind).length);
        links.forEach((link, i) => {
          const slug = headings[i]!.toLowerCase()
            .replace(/[^\p{L}\p{N}\s-]/gu, '')
            .replace(/\s/g, '-');
          expect(link).toBe(slug);
        });
      },
    );

    it('empty model: every section says in a sentence that it has no data', () => {
      const parts = mdSections(outputs.empty).filter((s) => !['Innehåll', 'Contents'].includes(s.heading));
      expect(parts).toHaveLength(sectionsOf(kind).length);
      for (const p of parts) expect(p.body, p.heading).toMatch(NO_DATA);
    });
  });
});

describe('Markdown content', () => {
  const out = md(full('kvalitetsberattelse'));

  it('carries the same figures as the HTML, in tables', () => {
    expect(out).toContain('Sammanställningarna täcker 304 av 365 dagar 2026.');
    expect(out).toContain('| Fall | 154 | 212 | −58 |');
    expect(out).toContain('| **Totalt** | **274** | **383** | **−109** |');
    expect(out).toContain('| Närstående | 26 | 31 | −5 |');
    expect(out).toContain('| Sannolikhet \\ Konsekvens | 1 | 2 | 3 | 4 |');
    expect(out).toContain('| 4 | 0 | **0** | **1** | **0** |');
    expect(out).toContain('| 5\u00a0kap.\u00a06\u00a0§ | Sammanställa och analysera. | – | **LUCKA**: inget fastställt dokument |');
    expect(out).toContain('… och 3 till.');
  });

  it('escapes table cells and model text', () => {
    expect(out).toContain('| Utreda avvikelser \\| lex Maria | 5:4, 5:5 | – | A | U |');
    expect(out).toContain('| Hot \\| våld | 19 | 23 | −4 |');
    expect(out).toContain('Solbacka kommun &lt;script>alert(1)&lt;/script>');
  });

  it('puts the analysis text in below the report’s headings', () => {
    expect(out).toContain('### Analys av fallen\n\nFallen **minskade** efter kvällsresursen. &lt;script>');
  });
});

// ---------------------------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------------------------

describe('an organisation’s own template', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('replaces just that section; the other sections stay built-in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-templates-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'html', 'partials', 'sections'), { recursive: true });
    writeFileSync(
      join(dir, 'html', 'partials', 'sections', 'risker.hbs'),
      '<section id="risker" class="kapitel"><h2 id="risker-rubrik">{{#if nr}}<span class="nr">{{nr}}</span> {{/if}}{{rubrik}}</h2><p>Egen risktext: {{tal risks.analyses.length}} analyser, {{organisation}}.</p></section>\n',
    );
    const model = full('kvalitetsberattelse');
    const out = html(model, 'sv', [dir]);
    const s = sections(out);
    expect(text(s.get('risker')!)).toContain('Egen risktext: 1 analyser, Solbacka kommun <script>alert(1)</script>.');
    expect(s.get('risker')).not.toContain('<svg');
    expect(s.get('risker')).toContain('&lt;script&gt;');
    expect(out).not.toContain('riskmatris-title');
    expect([...s.keys()]).toEqual(KB_SECTIONS);
    expect(text(s.get('egenkontroll')!)).toContain('Under 2026 genomfördes 5 av 6 planerade egenkontrolltillfällen');
    expect(out).toContain('<meta name="generator" content="lsys 0.1.0">');
    // The built-in templates are untouched for everyone else.
    expect(html(model)).toContain('riskmatris-title');
  });

  it('an override of the Markdown section does not touch the HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-templates-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'md', 'partials', 'sections'), { recursive: true });
    writeFileSync(join(dir, 'md', 'partials', 'sections', 'bilaga.hbs'), '## {{nr}} Egen bilaga\n\nIngen bilaga här.\n');
    const model = full('kvalitetsberattelse');
    expect(md(model, 'sv', [dir])).toContain('## 12 Egen bilaga');
    expect(html(model, 'sv', [dir])).toContain('… och 3 till.');
  });
});

// ---------------------------------------------------------------------------------------------
// Citations (SOSFS-2011-9.md, "Annual reports")
// ---------------------------------------------------------------------------------------------

describe.each(['html', 'md'] as const)('citations in the %s templates', (format) => {
  const render = (model: ReportModel, lang: 'sv' | 'en') => {
    const out = renderReport(model, { format, lang, overrideDirs: [] });
    return format === 'html' ? text(out) : out.replace(/\s+/g, ' ');
  };
  const PSB: Record<'sv' | 'en', Array<string>> = {
    sv: [
      '3 kap. 10 § patientsäkerhetslagen och 7 kap. 2–3 §§ SOSFS 2011:9',
      'ska vara upprättad senast den 1 mars 2027 och hållas tillgänglig för den som vill ta del av den (3 kap. 10 § patientsäkerhetslagen)',
      'hur ansvaret för patientsäkerhetsarbetet är fördelat (3 kap. 9 § patientsäkerhetslagen)',
      'hur det organisatoriska ansvaret har varit fördelat (7 kap. 2 § SOSFS 2011:9)',
      'möjlighet att delta i patientsäkerhetsarbetet (3 kap. 4 § patientsäkerhetslagen)',
      'ta emot och besvara klagomål från patienter och deras närstående (3 kap. 8 a–8 b §§ patientsäkerhetslagen)',
      '(5 kap. 3 § SOSFS 2011:9)',
    ],
    en: [
      'Chapter 3, Section 10 of the Patient Safety Act and Chapter 7, Sections 2–3 of SOSFS 2011:9',
      'must be drawn up by 1 March 2027 and kept available to anyone who wants to read it (Chapter 3, Section 10 of the Patient Safety Act)',
      '(Chapter 3, Section 9 of the Patient Safety Act)',
      '(Chapter 7, Section 2 of SOSFS 2011:9)',
      '(Chapter 3, Section 4 of the Patient Safety Act)',
      '(Chapter 3, Sections 8 a–8 b of the Patient Safety Act)',
      '(Chapter 5, Section 3 of SOSFS 2011:9)',
    ],
  };

  it.each(LANGS)(
    'patientsäkerhetsberättelse (%s): PSL 3:4, 3:8 a–8 b, 3:9, 3:10 (1 March, available) and SOSFS 7:2–3, never 7:3 alone',
    (lang) => {
      for (const model of [full('patientsakerhetsberattelse'), emptyModel('patientsakerhetsberattelse')]) {
        const out = render(model, lang);
        for (const cite of PSB[lang]) expect(out).toContain(cite);
        expect(out).not.toMatch(/7 kap\. 3 § SOSFS|Chapter 7, Section 3 of SOSFS/);
      }
      expect(render(emptyModel('patientsakerhetsberattelse'), lang)).toContain(
        lang === 'sv'
          ? 'Ingen ansvarsfördelning för patientsäkerhetsarbetet finns i ledningssystemet (3 kap. 9 § patientsäkerhetslagen, 7 kap. 2 § SOSFS 2011:9).'
          : '(Chapter 3, Section 9 of the Patient Safety Act, Chapter 7, Section 2 of SOSFS 2011:9).',
      );
    },
  );

  it.each(LANGS)('kvalitetsberättelse (%s): the allmänt råd to 7:1, and none of the PSB paragraphs 7:2–7:3', (lang) => {
    const out = render(emptyModel('kvalitetsberattelse'), lang);
    expect(out).toContain(
      lang === 'sv' ? '(allmänna råd till 7 kap. 1 § SOSFS 2011:9)' : '(general advice to Chapter 7, Section 1 of SOSFS 2011:9)',
    );
    expect(out).not.toMatch(/7 kap\. [23] §|Chapter 7, Sections? [23]|patientsäkerhetslagen|Patient Safety Act|1 mars|1 March/);
  });
});
