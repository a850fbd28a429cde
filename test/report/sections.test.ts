/**
 * Report sections built on the domain model: where the report used to see a fact differently
 * from the rules, it now sees what they see; and bad input in a section does not crash it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/model.js';
import { renderReport } from '../../src/report/render.js';
import { BASE_CONFIG, doc, makeRepo, RUTIN_BODY, rutin, validateRun, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

async function build(files: Record<string, string>, year: number, today: string, config = BASE_CONFIG) {
  const repo = makeRepo(files, config);
  repos.push(repo);
  const run = await validateRun(repo.root, { today, ruleOverrides: { 'coverage/missing': 'warning' } });
  const model = buildReportModel(run, { year, kind: 'kvalitetsberattelse', generator: 'lsys test' });
  const rules = (id: string) => run.result.diagnostics.filter((d) => d.rule === id);
  return { model, rules };
}

const common = { version: '1.0', ägare: 'enhetschef', fastställd_av: 'förvaltningschef' };
const åtgärd = (beskrivning: string, klart_senast: string, extra: Record<string, unknown> = {}) => ({
  beskrivning,
  ansvarig: 'enhetschef',
  klart_senast,
  status: 'pågår',
  ...extra,
});
const riskanalys = (id: string, status: string, datum: string, risker: unknown[]) =>
  doc({ id, typ: 'riskanalys', titel: `Riskanalys ${id}`, status, ...common, fastställd: datum, datum, anledning: 'fortlöpande', risker });

const egk = (id: string, fastställd: string, frekvens: string, genomförda: unknown[]) =>
  doc({
    id,
    typ: 'egenkontroll',
    titel: `Egenkontroll ${id}`,
    status: 'fastställd',
    ...common,
    fastställd,
    revideras: '2027-12-31',
    område: 'Läkemedel',
    metod: 'Stickprov',
    frekvens,
    ansvarig: 'enhetschef',
    genomförda,
  });

describe('report sections', () => {
  it('a risk scored off the 1–4 scales (2.5, 9) is listed but gets no matrix cell, and the report does not crash', async () => {
    const { model } = await build(
      {
        'ledningssystem/RA-001.md': riskanalys('RA-001', 'fastställd', '2026-02-01', [
          { id: 'R1', beskrivning: 'Fall', sannolikhet: 2.5, konsekvens: 4 },
          { id: 'R2', beskrivning: 'Brand', sannolikhet: 9, konsekvens: 4 },
          { id: 'R3', beskrivning: 'Vatten', sannolikhet: 1, konsekvens: 2 },
        ]),
      },
      2026,
      '2026-12-01',
    );
    expect(model.risks.matrix.flat().reduce((a, b) => a + b, 0)).toBe(1);
    expect(model.risks.matrix[0]![1]).toBe(1);
    expect(model.risks.aboveThreshold.map((r) => r.id)).toEqual(['R2', 'R1']);
  });

  it('an open åtgärd of an upphävd riskanalys is not followed up (as action/overdue), one completed in the year still shows', async () => {
    const { model, rules } = await build(
      {
        'ledningssystem/RA-001.md': riskanalys('RA-001', 'upphävd', '2025-03-01', [
          {
            id: 'R1',
            beskrivning: 'Fall',
            sannolikhet: 3,
            konsekvens: 4,
            åtgärder: [åtgärd('Larm', '2026-03-01'), åtgärd('Matta', '2026-02-01', { status: 'klar', klar_datum: '2026-02-10' })],
          },
        ]),
        'ledningssystem/RA-002.md': riskanalys('RA-002', 'fastställd', '2025-03-01', [
          { id: 'R1', beskrivning: 'Fall', sannolikhet: 3, konsekvens: 4, åtgärder: [åtgärd('Sensor', '2026-03-01')] },
        ]),
      },
      2026,
      '2026-12-01',
    );
    expect(model.actions.map((a) => `${a.document.id} ${a.beskrivning} ${a.läge}`)).toEqual([
      'RA-002 Sensor försenad',
      'RA-001 Matta klar',
    ]);
    expect(rules('action/overdue').map((d) => d.file)).toEqual(['ledningssystem/RA-002.md']);
  });

  it('an egenkontroll behind its frekvens carries the due date (as egenkontroll/overdue), also when nothing was planned or done in the year', async () => {
    const { model, rules } = await build(
      {
        'ledningssystem/EGK-001.md': egk('EGK-001', '2025-01-10', 'kvartal', [{ datum: '2026-03-15', resultat: 'utan_anmärkning' }]),
        'ledningssystem/EGK-002.md': egk('EGK-002', '2026-01-10', 'kvartal', [{ datum: '2026-10-01', resultat: 'utan_anmärkning' }]),
        // Every other year from 2022-03-01; last done 2023-06-01, so due 2025-06-01: nothing is planned for 2025.
        'ledningssystem/EGK-003.md': egk('EGK-003', '2022-03-01', 'vartannat_år', [{ datum: '2023-06-01', resultat: 'utan_anmärkning' }]),
      },
      2025,
      '2025-12-31',
    );
    expect(model.selfInspection.rows.map((r) => [r.document.id, r.planerade, r.genomförda, r.försenad])).toEqual([
      ['EGK-001', 3, 0, undefined],
      ['EGK-003', 0, 0, '2025-06-01'],
    ]);
    expect(rules('egenkontroll/overdue').map((d) => d.file)).toEqual(['ledningssystem/EGK-003.md']);
    const later = await build(
      { 'ledningssystem/EGK-001.md': egk('EGK-001', '2025-01-10', 'kvartal', [{ datum: '2026-03-15', resultat: 'utan_anmärkning' }]) },
      2026,
      '2026-12-01',
    );
    expect(later.model.selfInspection.rows[0]).toMatchObject({ planerade: 4, genomförda: 1, försenad: '2026-06-15' });
  });

  it('an egenkontroll behind its frekvens says so, with its due date, in the HTML and Markdown reports in both languages', async () => {
    const { model } = await build(
      { 'ledningssystem/EGK-001.md': egk('EGK-001', '2025-01-10', 'kvartal', [{ datum: '2026-03-15', resultat: 'utan_anmärkning' }]) },
      2026,
      '2026-12-01',
    );
    const sentences = {
      sv: 'Försenad: nästa tillfälle skulle ha genomförts 15 juni 2026',
      en: 'Overdue: the next occasion should have been carried out by 15 June 2026',
    };
    for (const lang of ['sv', 'en'] as const) {
      for (const format of ['html', 'md'] as const) {
        const out = renderReport(model, { format, lang, overrideDirs: [] });
        expect(out, `${format}, ${lang}`).toContain(sentences[lang]);
      }
    }
    // An egenkontroll in step with its frekvens has no such sentence.
    const inStep = await build(
      { 'ledningssystem/EGK-001.md': egk('EGK-001', '2026-01-10', 'kvartal', [{ datum: '2026-10-01', resultat: 'utan_anmärkning' }]) },
      2026,
      '2026-12-01',
    );
    expect(inStep.model.selfInspection.rows[0]?.försenad).toBeUndefined();
    for (const format of ['html', 'md'] as const)
      expect(renderReport(inStep.model, { format, lang: 'sv', overrideDirs: [] })).not.toContain('Försenad: nästa');
  });

  it('a document with an unknown typ and a passed revideras is overdue for review in the report, as review/overdue reports it', async () => {
    const { model, rules } = await build(
      {
        'ledningssystem/RUT-001.md': doc(
          rutin('RUT-001', { typ: 'rutinn', revideras: '2026-05-01', fastställd: '2025-05-01' }),
          RUTIN_BODY,
        ),
        'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY),
      },
      2026,
      '2026-12-01',
    );
    expect(model.overdue.map((o) => [o.document.id, o.document.typ, o.revideras])).toEqual([['RUT-001', 'rutinn', '2026-05-01']]);
    expect(rules('review/overdue').map((d) => d.file)).toEqual(['ledningssystem/RUT-001.md']);
  });

  it('a paragraph listed only by a fastställd document without an id is no gap, as coverage/missing sees it', async () => {
    const noId = rutin('RUT-001', { sosfs: ['5:6'] });
    delete noId.id;
    const { model, rules } = await build({ 'ledningssystem/utan-id.md': doc(noId, RUTIN_BODY) }, 2026, '2026-12-01');
    const row = model.coverage.find((c) => c.paragraf === '5:6')!;
    expect(row).toMatchObject({ lucka: false, documents: [{ id: '', titel: 'Rutin RUT-001', file: 'ledningssystem/utan-id.md' }] });
    expect(rules('coverage/missing').some((d) => d.hint?.includes(' 5:6 '))).toBe(false);
    expect(rules('coverage/missing').length).toBe(model.coverage.filter((c) => c.lucka).length);
  });
});
