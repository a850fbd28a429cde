/**
 * The deadlines of the domain model (issue 11) on hand-made repositories: every kind, the
 * late/due-soon edges, month ends and leap days, the calendar's expansion, and agreement with
 * what validate reports for the same repository.
 */
import { describe, expect, it } from 'vitest';
import type { Deadline } from '../../src/model/index.js';
import { config, doc, egenkontrollDoc, makeRepo, riskanalysDoc, rutin, RUTIN_BODY, TODAY, validateRun } from '../helpers/repo.js';

const DEADLINE_RULES = new Set([
  'review/overdue',
  'review/due-soon',
  'egenkontroll/overdue',
  'action/overdue',
  'coverage/exemption-expired',
]);

/** The model and diagnostics of a repository at `today`. */
async function run(files: Record<string, string>, cfg = config(), today = TODAY) {
  const repo = makeRepo(files, cfg);
  try {
    const r = await validateRun(repo.root, { today });
    return { model: r.context.model, diagnostics: r.result.diagnostics };
  } finally {
    repo.cleanup();
  }
}

/** file:line:rule of the deadlines that a rule reports. */
const ruled = (ds: readonly Deadline[]) =>
  ds
    .filter((d) => d.rule)
    .map((d) => `${d.file}:${d.line}:${d.rule}`)
    .sort();

const short = (d: Deadline) => `${d.date} ${d.kind} ${d.key}${d.late ? ' late' : ''}${d.rule ? ` ${d.rule}` : ''}`;

const action = (beskrivning: string, klart_senast: string, extra: Record<string, unknown> = {}) => ({
  beskrivning,
  ansvarig: 'enhetschef',
  klart_senast,
  status: 'pågår',
  ...extra,
});

const risk = (id: string, åtgärder: unknown[]) => ({
  id,
  beskrivning: 'Fall vid förflyttning',
  sannolikhet: 3,
  konsekvens: 3,
  åtgärder,
});

describe('model.deadlines', () => {
  it('lists every kind once, sorted by date, with roles, lines and keys, and agrees with validate', async () => {
    const cfg = config(
      'undantag:\n  - { sosfs: "4:6", skäl: "Ingen egen verksamhet", till: 2026-06-30 }\n  - { sosfs: "5:2", skäl: "Utreds", till: 2027-01-31 }\n  - { sosfs: "7:1", skäl: "Gäller tills vidare" }\n',
    );
    const { model, diagnostics } = await run(
      {
        'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2026-11-24', gäller_för: ['solgläntan'] }), RUTIN_BODY),
        'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { revideras: '2026-12-20' }), RUTIN_BODY),
        'ledningssystem/RUT-003.md': doc(rutin('RUT-003', { status: 'utkast', revideras: '2026-01-01' }), RUTIN_BODY),
        'ledningssystem/EGK-001.md': doc(
          egenkontrollDoc('EGK-001', { genomförda: [{ datum: '2026-05-15', resultat: 'utan_anmärkning' }] }),
          '# Egenkontroll\n',
        ),
        'ledningssystem/RISK-001.md': doc(
          riskanalysDoc('RISK-001', [
            risk('R1', [
              action('Nya rutiner för larm', '2026-10-31'),
              action('Utbilda personalen', '2027-02-28'),
              action('Klar sedan länge', '2026-01-31', { status: 'klar', klar_datum: '2026-01-20' }),
            ]),
          ]),
          '# Riskanalys\n',
        ),
      },
      cfg,
    );
    expect(model.deadlines.map(short)).toEqual([
      '2026-06-30 undantag undantag/4:6 late coverage/exemption-expired',
      '2026-08-15 egenkontroll egenkontroll/EGK-001/2 late egenkontroll/overdue',
      '2026-10-31 åtgärd åtgärd/RISK-001/risk/R1/1 late action/overdue',
      '2026-11-24 revision revision/RUT-001 late review/overdue',
      '2026-12-20 revision revision/RUT-002 review/due-soon',
      '2027-01-31 undantag undantag/5:2',
      '2027-02-28 åtgärd åtgärd/RISK-001/risk/R1/2',
      '2027-03-01 kvalitetsberättelse kvalitetsberättelse/2026',
      '2027-03-01 patientsäkerhetsberättelse patientsäkerhetsberättelse/2026',
      '2027-08-31 revision revision/EGK-001',
    ]);
    const byKey = new Map(model.deadlines.map((d) => [d.key, d]));
    expect(byKey.get('revision/RUT-001')).toMatchObject({
      role: 'enhetschef',
      id: 'RUT-001',
      title: 'Rutin RUT-001',
      units: ['solgläntan'],
    });
    expect(byKey.get('egenkontroll/EGK-001/2')).toMatchObject({ role: 'mas', detail: '2' });
    expect(byKey.get('åtgärd/RISK-001/risk/R1/1')).toMatchObject({ role: 'enhetschef', detail: 'Nya rutiner för larm' });
    expect(byKey.get('undantag/4:6')).toMatchObject({ role: 'nämnd', file: 'lsys.yaml', title: '4:6', units: [] });
    expect(byKey.get('kvalitetsberättelse/2026')).toMatchObject({ role: 'nämnd', file: 'lsys.yaml', detail: '2026', late: false });
    const validated = diagnostics
      .filter((d) => DEADLINE_RULES.has(d.rule))
      .map((d) => `${d.file}:${d.line}:${d.rule}`)
      .sort();
    expect(validated.length).toBe(5);
    expect(ruled(model.deadlines)).toEqual(validated);
  });

  it('marks a review due today as due soon, the last day of varna_dagar too, and the day after neither', async () => {
    // BASE_CONFIG keeps the default varna_dagar: 60.
    const { model } = await run({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: TODAY }), RUTIN_BODY),
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { revideras: '2027-01-24' }), RUTIN_BODY),
      'ledningssystem/RUT-003.md': doc(rutin('RUT-003', { revideras: '2027-01-25' }), RUTIN_BODY),
    });
    const rules = Object.fromEntries(model.deadlines.filter((d) => d.kind === 'revision').map((d) => [d.id, [d.late, d.rule]]));
    expect(rules).toEqual({
      'RUT-001': [false, 'review/due-soon'],
      'RUT-002': [false, 'review/due-soon'],
      'RUT-003': [false, undefined],
    });
  });

  it('never lists drafts or upphävda documents, nor the actions of upphävda; lists the open actions of drafts as validate does', async () => {
    const { model, diagnostics } = await run({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { status: 'upphävd', revideras: '2026-01-01' }), RUTIN_BODY),
      'ledningssystem/EGK-001.md': doc(egenkontrollDoc('EGK-001', { status: 'utkast' }), '# Egenkontroll\n'),
      'ledningssystem/RISK-001.md': doc(
        riskanalysDoc('RISK-001', [risk('R1', [action('A', '2026-01-31')])], { status: 'upphävd' }),
        '# R\n',
      ),
      'ledningssystem/RISK-002.md': doc(
        riskanalysDoc('RISK-002', [risk('R1', [action('B', '2026-02-28')])], { status: 'utkast' }),
        '# R\n',
      ),
    });
    const docs = model.deadlines.filter((d) => d.doc).map(short);
    expect(docs).toEqual(['2026-02-28 åtgärd åtgärd/RISK-002/risk/R1/1 late action/overdue']);
    expect(ruled(model.deadlines)).toEqual(
      diagnostics
        .filter((d) => DEADLINE_RULES.has(d.rule))
        .map((d) => `${d.file}:${d.line}:${d.rule}`)
        .sort(),
    );
  });

  it('skips actions without a valid klart_senast, and egenkontroller without a valid frekvens', async () => {
    const { model } = await run({
      'ledningssystem/RISK-001.md': doc(
        riskanalysDoc('RISK-001', [risk('R1', [action('A', '2026-02-30'), { beskrivning: 'B' }])]),
        '# R\n',
      ),
      'ledningssystem/EGK-001.md': doc(egenkontrollDoc('EGK-001', { frekvens: 'ibland' }), '# E\n'),
    });
    expect(model.deadlines.filter((d) => d.doc && d.kind !== 'revision')).toEqual([]);
  });

  it('gives the kvalitetsberättelse on the day lsys.yaml sets, this year until the day has passed, and no patientsäkerhetsberättelse without hsl', async () => {
    const cfg = config('årshjul: { kvalitetsberättelse: "11-25", ansvarig: mas }\n')
      .replace('[sol, lss, hsl]', '[sol, lss]')
      .replace(', hsl]', ']');
    const onTheDay = await run({}, cfg, '2026-11-25');
    expect(onTheDay.model.deadlines.map(short)).toEqual(['2026-11-25 kvalitetsberättelse kvalitetsberättelse/2025']);
    expect(onTheDay.model.deadlines[0]).toMatchObject({ role: 'mas', line: cfg.split('\n').findIndex((l) => l.startsWith('årshjul')) + 1 });
    const after = await run({}, cfg, '2026-11-26');
    expect(after.model.deadlines.map(short)).toEqual(['2027-11-25 kvalitetsberättelse kvalitetsberättelse/2026']);
  });

  it('counts egenkontroll occasions from the approval when none is performed, pointing where validate does', async () => {
    const { model, diagnostics } = await run({
      'ledningssystem/EGK-001.md': doc(egenkontrollDoc('EGK-001', { fastställd: '2026-05-31', frekvens: 'månad' }), '# E\n'),
    });
    const e = model.deadlines.find((d) => d.kind === 'egenkontroll')!;
    expect(short(e)).toBe('2026-06-30 egenkontroll egenkontroll/EGK-001/1 late egenkontroll/overdue');
    expect(diagnostics.find((d) => d.rule === 'egenkontroll/overdue')?.line).toBe(e.line);
  });

  it('keys a document by its file when its id is used twice', async () => {
    const { model } = await run({
      'ledningssystem/a.md': doc(rutin('RUT-001'), RUTIN_BODY),
      'ledningssystem/b.md': doc(rutin('RUT-001'), RUTIN_BODY),
    });
    expect(model.deadlines.filter((d) => d.kind === 'revision').map((d) => d.key)).toEqual([
      'revision/ledningssystem/a.md',
      'revision/ledningssystem/b.md',
    ]);
  });

  it('keys an åtgärd by the risk id or occasion date it follows up, so another risk or occasion added before it changes nothing', async () => {
    const keys = async (risks: unknown[], genomförda: unknown[]) => {
      const { model } = await run({
        'ledningssystem/RISK-001.md': doc(riskanalysDoc('RISK-001', risks), '# R\n'),
        'ledningssystem/EGK-001.md': doc(egenkontrollDoc('EGK-001', { genomförda }), '# E\n'),
      });
      return model.deadlines.filter((d) => d.kind === 'åtgärd').map((d) => d.key);
    };
    const occasion = (datum: string, åtgärder: unknown[]) => ({ datum, resultat: 'brister', åtgärder });
    const before = await keys([risk('R2', [action('A', '2027-03-01')])], [occasion('2026-09-01', [action('B', '2027-04-01')])]);
    expect(before).toEqual(['åtgärd/RISK-001/risk/R2/1', 'åtgärd/EGK-001/egenkontroll/2026-09-01/1']);
    const after = await keys(
      [risk('R1', [action('C', '2027-02-01')]), risk('R2', [action('A', '2027-03-01')])],
      [occasion('2026-06-01', []), occasion('2026-09-01', [action('B', '2027-04-01')])],
    );
    expect(after).toEqual(['åtgärd/RISK-001/risk/R1/1', 'åtgärd/RISK-001/risk/R2/1', 'åtgärd/EGK-001/egenkontroll/2026-09-01/1']);
    // Two risks with one id (validate does not forbid it): the second gets a suffix; a risk without an id, its place.
    const twice = await keys(
      [
        risk('R1', [action('A', '2027-03-01')]),
        risk('R1', [action('B', '2027-03-02')]),
        { ...risk('', [action('C', '2027-03-03')]), id: undefined },
      ],
      [],
    );
    expect(twice).toEqual(['åtgärd/RISK-001/risk/R1/1', 'åtgärd/RISK-001/risk/R1/1/2', 'åtgärd/RISK-001/risker.2.åtgärder.0']);
  });

  it('keeps a key per exemption when a paragraph is exempted twice', async () => {
    const cfg = config('undantag:\n  - { sosfs: "4:6", skäl: "A", till: 2027-06-30 }\n  - { sosfs: "4:6", skäl: "B", till: 2027-07-31 }\n');
    const { model } = await run({}, cfg);
    expect(model.deadlines.filter((d) => d.kind === 'undantag').map((d) => d.key)).toEqual(['undantag/4:6', 'undantag/4:6/2']);
  });
});

describe('model.deadlinesBetween', () => {
  it('expands every egenkontroll occasion from the basis, so month ends do not drift, and numbers them stably', async () => {
    const { model } = await run(
      {
        'ledningssystem/EGK-001.md': doc(
          egenkontrollDoc('EGK-001', { frekvens: 'månad', genomförda: [{ datum: '2026-10-31', resultat: 'utan_anmärkning' }] }),
          '# E\n',
        ),
      },
      config(),
      '2026-11-01',
    );
    const occasions = model.deadlinesBetween('2026-11-01', '2027-03-31').filter((d) => d.kind === 'egenkontroll');
    expect(occasions.map((d) => `${d.date} ${d.key}`)).toEqual([
      '2026-11-30 egenkontroll/EGK-001/2',
      '2026-12-31 egenkontroll/EGK-001/3',
      '2027-01-31 egenkontroll/EGK-001/4',
      '2027-02-28 egenkontroll/EGK-001/5',
      '2027-03-31 egenkontroll/EGK-001/6',
    ]);
  });

  it('gives each year’s reports in the period, on a leap day plan too, and reviews, actions and exemptions once', async () => {
    const { model } = await run(
      {
        'ledningssystem/EGK-001.md': doc(
          egenkontrollDoc('EGK-001', { fastställd: '2027-02-28', revideras: '2028-02-29', frekvens: 'år' }),
          '# E\n',
        ),
        'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2028-02-29' }), RUTIN_BODY),
      },
      config('undantag:\n  - { sosfs: "4:6", skäl: "A", till: 2028-02-29 }\n'),
      '2027-12-01',
    );
    expect(model.deadlinesBetween('2027-12-01', '2029-03-01').map(short)).toEqual([
      '2028-02-28 egenkontroll egenkontroll/EGK-001/1',
      '2028-02-29 revision revision/EGK-001',
      '2028-02-29 revision revision/RUT-001',
      '2028-02-29 undantag undantag/4:6',
      '2028-03-01 kvalitetsberättelse kvalitetsberättelse/2027',
      '2028-03-01 patientsäkerhetsberättelse patientsäkerhetsberättelse/2027',
      '2029-02-28 egenkontroll egenkontroll/EGK-001/2',
      '2029-03-01 kvalitetsberättelse kvalitetsberättelse/2028',
      '2029-03-01 patientsäkerhetsberättelse patientsäkerhetsberättelse/2028',
    ]);
    expect(model.deadlinesBetween('2028-03-02', '2028-03-01')).toEqual([]);
  });

  it('lists every missed occasion of a long-overdue plan as late, with the rule only on the first', async () => {
    const { model } = await run({
      'ledningssystem/EGK-001.md': doc(egenkontrollDoc('EGK-001', { fastställd: '2026-01-15' }), '# E\n'),
    });
    const occasions = model.deadlinesBetween('2026-01-01', '2026-12-31').filter((d) => d.kind === 'egenkontroll');
    expect(occasions.map(short)).toEqual([
      '2026-04-15 egenkontroll egenkontroll/EGK-001/1 late egenkontroll/overdue',
      '2026-07-15 egenkontroll egenkontroll/EGK-001/2 late',
      '2026-10-15 egenkontroll egenkontroll/EGK-001/3 late',
    ]);
  });
});

describe('deadlines of documents that lack fields (the model does not need them to be valid)', () => {
  it('falls back to the file for title and key, to no role, and to line 1 without positions', async () => {
    // Both on 2026-12-01: then by file.
    const { loaded, model } = await import('./helpers.js');
    const m = model(
      [
        loaded({ typ: 'rutin', status: 'fastställd', fastställd: '2026-01-10', revideras: '2026-12-01' }, 'ledningssystem/utan-id.md'),
        loaded({ id: 'RUT-002', typ: 'rutin', status: 'fastställd', revideras: '2026-12-02' }),
        loaded({
          id: 'EGK-001',
          typ: 'egenkontroll',
          status: 'fastställd',
          fastställd: '2026-09-01',
          frekvens: 'kvartal',
          risker: [{ id: 'R1', åtgärder: [{ klart_senast: '2026-12-03', status: 'planerad' }] }],
        }),
      ],
      { today: '2026-11-25' },
    );
    expect(
      m.deadlines.filter((d) => d.doc).map((d) => ({ key: d.key, title: d.title, role: d.role, line: d.line, detail: d.detail })),
    ).toEqual([
      { key: 'egenkontroll/EGK-001/1', title: 'EGK-001', role: '', line: 1, detail: '1' },
      { key: 'revision/ledningssystem/utan-id.md', title: 'ledningssystem/utan-id.md', role: '', line: 1, detail: undefined },
      { key: 'revision/RUT-002', title: 'RUT-002', role: '', line: 1, detail: undefined },
      { key: 'åtgärd/EGK-001/risk/R1/1', title: 'EGK-001', role: '', line: 1, detail: undefined },
    ]);
  });
});
