/** The report model's period logic: which documents, occasions and counts belong to a year. */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import { loadConfig } from '../../src/core/config.js';
import { validateRepository } from '../../src/core/validate.js';
import { registry } from '../../src/rules/index.js';
import { buildReportModel, plannedOccasions } from '../../src/report/model.js';
import type { ReportKind } from '../../src/report/types.js';
import { BASE_CONFIG, doc, makeRepo, rutin, RUTIN_BODY, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function model(files: Record<string, string>, year: number, opts: { today?: string; kind?: ReportKind; config?: string } = {}) {
  const repo = makeRepo(files, opts.config ?? BASE_CONFIG);
  repos.push(repo);
  const catalog = loadCatalog();
  const config = loadConfig(repo.root, 'sv', (r) => catalog.paragraph(r) !== undefined);
  const run = await validateRepository({ config, today: opts.today ?? '2027-01-15', lang: 'sv', git: false, registry });
  return buildReportModel(run, { year, kind: opts.kind ?? 'kvalitetsberattelse', generator: 'lsys test' });
}

const common = { status: 'fastställd', version: '1.0', ägare: 'enhetschef', fastställd_av: 'nämnd' };
const sam = (id: string, från: string, till: string, extra: Record<string, unknown> = {}, body = '') =>
  doc({ id, typ: 'sammanställning', titel: `Sammanställning ${id}`, ...common, fastställd: till, period: { från, till }, ...extra }, body);
const risk = (id: string, datum: string, risker: unknown[], status = 'fastställd') =>
  doc({ id, typ: 'riskanalys', titel: `Riskanalys ${id}`, ...common, status, fastställd: datum, datum, anledning: 'fortlöpande', risker });
const egk = (id: string, fastställd: string, frekvens: string, genomförda: unknown[] = []) =>
  doc({
    id,
    typ: 'egenkontroll',
    titel: `Egenkontroll ${id}`,
    ...common,
    fastställd,
    revideras: '2027-12-31',
    område: 'Dokumentation',
    metod: 'Journalgranskning',
    frekvens,
    ansvarig: 'enhetschef',
    genomförda,
  });

describe('planned egenkontroll occasions', () => {
  // FORMAT.md: the first occasion is due one frekvens after fastställd.
  it.each([
    ['kvartal from 2025-01-15, whole 2026', '2025-01-15', undefined, 'kvartal', 2026, undefined, 4],
    ['halvår approved mid-year: due once, in December', '2026-06-11', undefined, 'halvår', 2026, undefined, 1],
    ['halvår approved on the report date: nothing due yet', '2026-12-01', undefined, 'halvår', 2026, '2026-12-01', 0],
    [
      'kvartal approved in the spring, report in the autumn: only the occasions due by then',
      '2026-03-15',
      undefined,
      'kvartal',
      2026,
      '2026-10-01',
      2,
    ],
    ['report date after the year: the whole year', '2025-01-15', undefined, 'kvartal', 2026, '2027-01-20', 4],
    ['månad from 2026-01-31 (month ends clamp, no drift)', '2026-01-31', undefined, 'månad', 2026, undefined, 11],
    ['vecka whole year', '2025-12-29', undefined, 'vecka', 2026, undefined, 52],
    ['vartannat_år, off year', '2025-03-01', undefined, 'vartannat_år', 2026, undefined, 0],
    ['vartannat_år, on year', '2024-03-01', undefined, 'vartannat_år', 2026, undefined, 1],
    ['år from a leap day', '2024-02-29', undefined, 'år', 2025, undefined, 1],
    ['started by an occasion performed before approval', '2026-09-01', '2026-02-01', 'kvartal', 2026, undefined, 4],
    ['år approved in the year: first due the next year', '2026-01-01', undefined, 'år', 2026, undefined, 0],
    ['plan starting after the year', '2027-01-01', undefined, 'år', 2026, undefined, 0],
    ['no dates', undefined, undefined, 'år', 2026, undefined, 0],
    ['unknown frekvens', '2025-01-01', undefined, 'dagligen', 2026, undefined, 0],
  ])('%s', (_n, fastställd, first, frekvens, year, until, expected) => {
    expect(plannedOccasions(fastställd, first, frekvens, year, until)).toBe(expected);
  });
});

describe('report model', () => {
  it('sums the sammanställningar whose period lies in the year, beside the year before, without double counting', async () => {
    const m = await model(
      {
        'ledningssystem/SAM-001.md': sam('SAM-001', '2025-01-01', '2025-12-31', {
          avvikelser: [
            { kategori: 'fall', antal: 100 },
            { kategori: 'läkemedel', antal: 40 },
          ],
          klagomål: [{ källa: 'närstående', antal: 7 }],
          rapporter: { lex_sarah: 3, lex_maria: 1 },
        }),
        'ledningssystem/SAM-002.md': sam(
          'SAM-002',
          '2026-01-01',
          '2026-06-30',
          { avvikelser: [{ kategori: 'fall', antal: 60 }] },
          '## Analys\n\nFallen ökar nattetid.\n',
        ),
        'ledningssystem/SAM-003.md': sam('SAM-003', '2026-07-01', '2026-12-31', {
          avvikelser: [
            { kategori: 'fall', antal: 50 },
            { kategori: 'bemötande', antal: 5 },
          ],
          klagomål: [{ källa: 'närstående', antal: 4 }],
          rapporter: { lex_sarah: 2, lex_sarah_anmälda: 1 },
        }),
        // Overlaps SAM-002: must not be summed again.
        'ledningssystem/SAM-004.md': sam('SAM-004', '2026-04-01', '2026-06-30', { avvikelser: [{ kategori: 'fall', antal: 30 }] }),
        // Spans the year end: listed as left out, never summed.
        'ledningssystem/SAM-005.md': sam('SAM-005', '2026-12-01', '2027-01-31', { avvikelser: [{ kategori: 'fall', antal: 9 }] }),
        // A draft (e.g. just made by lsys new) is not yet a fact of the year: never summed.
        'ledningssystem/SAM-006.md': sam('SAM-006', '2026-01-01', '2026-12-31', {
          status: 'utkast',
          fastställd: undefined,
          fastställd_av: undefined,
          avvikelser: [{ kategori: 'fall', antal: 999 }],
        }),
      },
      2026,
    );
    const d = m.deviations;
    expect(d.avvikelser).toEqual([
      { namn: 'fall', år: 110, föregående: 100 },
      { namn: 'bemötande', år: 5, föregående: 0 },
      { namn: 'läkemedel', år: 0, föregående: 40 },
    ]);
    expect(d.klagomål).toEqual([{ namn: 'närstående', år: 4, föregående: 7 }]);
    expect(d.år).toMatchObject({
      avvikelser: 115,
      klagomål: 4,
      lex_sarah: 2,
      lex_sarah_anmälda: 1,
      lex_maria: 0,
      dagar: 365,
      dagarIÅret: 365,
    });
    expect(d.föregående).toMatchObject({ avvikelser: 140, klagomål: 7, lex_sarah: 3, lex_maria: 1 });
    expect(d.år.källor.map((k) => k.document.id)).toEqual(['SAM-002', 'SAM-003']);
    expect(d.utelämnade.map((u) => u.document.id).sort()).toEqual(['SAM-004', 'SAM-005']);
    expect(d.analyser.map((a) => a.document.id)).toEqual(['SAM-002']);
    expect(d.analyser[0]!.html).toContain('<h4>Analys</h4>');
  });

  it('counts a leap year as 366 days and a partly covered year honestly', async () => {
    const m = await model(
      { 'ledningssystem/SAM-001.md': sam('SAM-001', '2024-01-01', '2024-10-31', { avvikelser: [{ kategori: 'fall', antal: 1 }] }) },
      2024,
      { today: '2024-12-01' },
    );
    expect(m.deviations.år.dagarIÅret).toBe(366);
    expect(m.deviations.år.dagar).toBe(305);
  });

  it('takes risk analyses by datum (also withdrawn ones) and counts the matrix', async () => {
    const m = await model(
      {
        'ledningssystem/RISK-001.md': risk(
          'RISK-001',
          '2026-12-31',
          [
            {
              id: 'R1',
              beskrivning: 'Fall',
              sannolikhet: 4,
              konsekvens: 3,
              åtgärder: [{ beskrivning: 'Sensor', ansvarig: 'enhetschef', klart_senast: '2027-03-01', status: 'pågår' }],
            },
            { id: 'R2', beskrivning: 'Låg', sannolikhet: 1, konsekvens: 2 },
          ],
          'upphävd',
        ),
        'ledningssystem/RISK-002.md': risk('RISK-002', '2027-01-01', [
          {
            id: 'R1',
            beskrivning: 'Nästa år',
            sannolikhet: 4,
            konsekvens: 4,
            åtgärder: [{ beskrivning: 'x', ansvarig: 'mas', klart_senast: '2027-02-01', status: 'planerad' }],
          },
        ]),
        'ledningssystem/RISK-003.md': risk('RISK-003', '2025-12-31', [
          { id: 'R1', beskrivning: 'Förra året', sannolikhet: 2, konsekvens: 2 },
        ]),
      },
      2026,
    );
    expect(m.risks.analyses.map((a) => a.document.id)).toEqual(['RISK-001']);
    expect(m.risks.matrix[3]![2]).toBe(1);
    expect(m.risks.matrix[0]![1]).toBe(1);
    expect(m.risks.matrix.flat().reduce((a, b) => a + b)).toBe(2);
    expect(m.risks.aboveThreshold.map((r) => `${r.analysis.id}/${r.id}:${r.riskvärde}`)).toEqual(['RISK-001/R1:12']);
  });

  it('counts egenkontroll occasions performed in the year against those planned', async () => {
    const m = await model(
      {
        'ledningssystem/EGK-001.md': egk('EGK-001', '2025-01-15', 'kvartal', [
          { datum: '2025-12-31', resultat: 'utan_anmärkning' },
          {
            datum: '2026-01-01',
            resultat: 'brister',
            sammanfattning: 'Saknade signaturer',
            åtgärder: [
              { beskrivning: 'Utbildning', ansvarig: 'enhetschef', klart_senast: '2026-03-01', status: 'klar', klar_datum: '2026-02-20' },
            ],
          },
          { datum: '2026-06-30', resultat: 'utan_anmärkning' },
          { datum: '2027-01-01', resultat: 'utan_anmärkning' },
        ]),
      },
      2026,
    );
    expect(m.selfInspection.rows[0]).toMatchObject({ planerade: 4, genomförda: 2, utanAnmärkning: 1, brister: 1 });
    expect(m.selfInspection).toMatchObject({ planerade: 4, genomförda: 2 });
    expect(m.actions.map((a) => `${a.källa}:${a.läge}`)).toEqual(['2026-01-01:klar']);
  });

  it('lists documents approved in the year and those overdue at year end; goals by utfall.år', async () => {
    const m = await model(
      {
        'ledningssystem/RUT-001.md': doc(
          rutin('RUT-001', { fastställd: '2026-01-01', revideras: '2026-12-31', process: undefined }),
          RUTIN_BODY,
        ),
        'ledningssystem/RUT-002.md': doc(
          rutin('RUT-002', { fastställd: '2025-12-31', revideras: '2026-06-30', process: undefined }),
          RUTIN_BODY,
        ),
        'ledningssystem/RUT-003.md': doc(
          rutin('RUT-003', {
            status: 'utkast',
            fastställd: '2026-05-01',
            revideras: undefined,
            fastställd_av: undefined,
            process: undefined,
          }),
          RUTIN_BODY,
        ),
        'ledningssystem/POL-001.md': doc({
          id: 'POL-001',
          typ: 'policy',
          titel: 'Kvalitetspolicy',
          ...common,
          fastställd: '2025-02-01',
          revideras: '2027-01-31',
          mål: [
            {
              id: 'M1',
              beskrivning: 'Nöjda brukare',
              målvärde: '90 %',
              utfall: [
                { år: 2025, värde: '85 %' },
                { år: 2026, värde: '91 %', kommentar: 'Nått' },
              ],
            },
            { id: 'M2', beskrivning: 'Utan utfall' },
          ],
        }),
      },
      2026,
    );
    expect(m.approved.map((a) => `${a.document.id}@${a.fastställd}`)).toEqual(['RUT-001@2026-01-01']);
    expect(m.overdue.map((o) => o.document.id)).toEqual(['RUT-002']);
    expect(m.goals.find((g) => g.id === 'M1')).toMatchObject({
      utfall: { värde: '91 %', kommentar: 'Nått' },
      föregående: { värde: '85 %' },
    });
    expect(m.goals.find((g) => g.id === 'M2')?.utfall).toBeUndefined();
  });

  it('gives every section an empty value for an empty repository (the templates then say so)', async () => {
    const m = await model({}, 2026);
    expect(m.processes).toEqual([]);
    expect(m.risks.analyses).toEqual([]);
    expect(m.risks.matrix.flat().every((n) => n === 0)).toBe(true);
    expect(m.selfInspection.rows).toEqual([]);
    expect(m.deviations.avvikelser).toEqual([]);
    expect(m.deviations.år.dagar).toBe(0);
    expect(m.actions).toEqual([]);
    expect(m.coverage.every((c) => c.lucka)).toBe(true);
    expect(m.coverage.length).toBe(22);
  });

  it('the patientsäkerhetsberättelse draws only on documents for health care', async () => {
    const cfg = BASE_CONFIG.replace('enheter:\n', 'enheter:\n  - { id: lärkan, namn: Gruppbostad Lärkan, verksamhetsformer: [lss] }\n');
    const m = await model(
      {
        'ledningssystem/RISK-001.md': risk('RISK-001', '2026-03-01', [
          { id: 'R1', beskrivning: 'Fall', sannolikhet: 2, konsekvens: 2 },
        ]).replace('anledning:', 'gäller_för: [solgläntan]\nanledning:'),
        'ledningssystem/RISK-002.md': risk('RISK-002', '2026-03-01', [
          { id: 'R1', beskrivning: 'LSS', sannolikhet: 2, konsekvens: 2 },
        ]).replace('anledning:', 'gäller_för: [lärkan]\nanledning:'),
      },
      2026,
      { kind: 'patientsakerhetsberattelse', config: cfg },
    );
    expect(m.risks.analyses.map((a) => a.document.id)).toEqual(['RISK-001']);
    expect(m.units.map((u) => u.id)).toEqual(['solgläntan']);
    expect(m.coverage.map((c) => c.paragraf)).toContain('7:3');
    expect(m.coverage.map((c) => c.paragraf)).toContain('7:2');
    expect(m.coverage.map((c) => c.paragraf)).not.toContain('4:5');
  });

  it('the coverage section never lists 5:3a, and lists 7:2–7:3 only when hsl is run', async () => {
    const files = { 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { sosfs: ['5:3', '5:3a', '7:2'] }), RUTIN_BODY) };
    const all = await model(files, 2026);
    const rows = all.coverage.map((c) => c.paragraf);
    expect(rows).not.toContain('5:3a');
    expect(rows).toEqual(expect.arrayContaining(['5:3', '7:2', '7:3']));
    const solOnly = await model(files, 2026, {
      config: BASE_CONFIG.replace('verksamhetsformer: [sol, lss, hsl]', 'verksamhetsformer: [sol]'),
    });
    expect(solOnly.coverage.map((c) => c.paragraf).filter((p) => p.startsWith('7:'))).toEqual(['7:1']);
  });
});
