/** The model's facts on small in-memory repositories: review, coverage, actions, egenkontroll, risks, responsibility, structure. */
import { describe, expect, it } from 'vitest';
import {
  actionsOf,
  isLateAt,
  isReviewOverdueAt,
  occasionsOf,
  plannedIn,
  plannedOccasions,
  reviewOf,
  risksOf,
  selfInspectionOf,
  structureOf,
  tasksOf,
} from '../../src/model/index.js';
import { config, CONFIG_TEXT, loaded, model, TODAY } from './helpers.js';

const rutin = (id: string, extra: Record<string, unknown> = {}) =>
  loaded({ id, typ: 'rutin', status: 'fastställd', fastställd: '2026-01-10', revideras: '2026-12-31', ägare: 'mas', ...extra });

describe('review state', () => {
  const cfg = config();
  it('is overdue when fastställd and revideras has passed, not on the day itself', () => {
    expect(reviewOf(rutin('R', { revideras: '2026-11-24' }), cfg, TODAY)).toMatchObject({
      overdue: true,
      dueSoon: false,
      daysLeft: -1,
      ägare: 'mas',
      fastställd: '2026-01-10',
    });
    expect(reviewOf(rutin('R', { revideras: TODAY }), cfg, TODAY)).toMatchObject({ overdue: false, dueSoon: true, daysLeft: 0 });
  });
  it('is due soon within varna_dagar (30) and not after', () => {
    expect(reviewOf(rutin('R', { revideras: '2026-12-25' }), cfg, TODAY)).toMatchObject({ dueSoon: true, daysLeft: 30 });
    expect(reviewOf(rutin('R', { revideras: '2026-12-26' }), cfg, TODAY)).toMatchObject({ dueSoon: false, overdue: false, daysLeft: 31 });
  });
  it('flags an interval longer than max_månader (12), drafts included, withdrawn not', () => {
    expect(reviewOf(rutin('R', { revideras: '2027-01-11' }), cfg, TODAY)).toMatchObject({
      intervalTooLong: true,
      latestAllowed: '2027-01-10',
    });
    expect(reviewOf(rutin('R', { revideras: '2027-01-10' }), cfg, TODAY)).toMatchObject({ intervalTooLong: false });
    expect(reviewOf(rutin('R', { status: 'utkast', revideras: '2027-06-01' }), cfg, TODAY)).toMatchObject({
      intervalTooLong: true,
      overdue: false,
      dueSoon: false,
    });
    expect(reviewOf(rutin('R', { status: 'upphävd', revideras: '2027-06-01' }), cfg, TODAY)).toMatchObject({
      intervalTooLong: false,
      status: 'upphävd',
    });
  });
  it('keeps an invalid date out, and says nothing for record documents and broken files', () => {
    const s = reviewOf(rutin('R', { revideras: '2026-02-30', fastställd: 'igår' }), cfg, TODAY)!;
    expect(s.revideras).toBeUndefined();
    expect(s.daysLeft).toBeUndefined();
    expect(s.latestAllowed).toBeUndefined();
    expect(s.fastställd).toBe('igår');
    expect(s).toMatchObject({ overdue: false, dueSoon: false, intervalTooLong: false });
    const bare = reviewOf(loaded({ id: 'P', typ: 'policy' }), cfg, TODAY)!;
    expect(bare.status).toBeUndefined();
    expect(bare.ägare).toBeUndefined();
    expect(reviewOf(loaded({ id: 'RA', typ: 'riskanalys', revideras: '2020-01-01' }), cfg, TODAY)).toBeUndefined();
    expect(reviewOf(loaded(undefined), cfg, TODAY)).toBeUndefined();
  });
  it('answers overdue at another date (the report’s year end) and lists every governing document once', () => {
    const late = rutin('R1', { revideras: '2026-12-20' });
    const draft = rutin('R2', { status: 'utkast', revideras: '2026-01-01' });
    const ra = loaded({ id: 'RA', typ: 'riskanalys', status: 'fastställd' });
    const m = model([late, draft, ra]);
    expect(isReviewOverdueAt(m.reviewOf(late)!, '2026-12-31')).toBe(true);
    expect(isReviewOverdueAt(m.reviewOf(late)!, TODAY)).toBe(false);
    expect(isReviewOverdueAt(m.reviewOf(draft)!, '2026-12-31')).toBe(false);
    expect(m.reviews.map((r) => r.doc)).toEqual([late, draft]);
    expect(m.reviewOf(late)).toEqual(m.reviews[0]);
  });
});

describe('coverage', () => {
  const withUndantag = (undantag: string) => config(`${CONFIG_TEXT}undantag:\n${undantag}`);
  it('lists the applicable paragraphs with the fastställda documents that cover them, each once', () => {
    const a = loaded({ id: 'A', typ: 'policy', status: 'fastställd', sosfs: [' 3:1 ', '3:1', 7] });
    const b = loaded({ id: 'B', typ: 'ansvarsfördelning', status: 'fastställd', uppgifter: [{ sosfs: ['4:1'] }, 'x', { sosfs: '4:5' }] });
    const draft = loaded({ id: 'C', typ: 'policy', status: 'utkast', sosfs: ['4:5'] });
    const m = model([a, b, draft, loaded(undefined)]);
    // sol + hsl: 3:1 (alla), 4:1 (hsl), 4:5 (sol); 5:1 is lss (sol brings it in too), 1:1 is no target.
    expect(m.coverage.map((c) => [c.paragraf, c.documents.map((d) => d.id), c.uncovered])).toEqual([
      ['3:1', ['A'], false],
      ['4:1', ['B'], false],
      ['4:5', [], true],
      ['5:1', [], true],
    ]);
    expect(m.uncovered.map((c) => c.paragraf)).toEqual(['4:5', '5:1']);
    expect(m.coverage[0]?.paragraph.krav).toBe('krav 3:1');
  });
  it('counts exemptions in force (no till, or till today or later), not expired ones', () => {
    const cfg = withUndantag(
      `  - { sosfs: "4:5", skäl: "ej aktuellt" }\n  - { sosfs: "5:1", skäl: "gammalt", till: 2026-11-24 }\n  - { sosfs: "3:1", skäl: "i dag", till: ${TODAY} }\n  - { sosfs: "3:1", skäl: "andra" }\n`,
    );
    const m = model([], { config: cfg });
    expect(m.coverage.map((c) => [c.paragraf, c.exemption?.skäl, c.uncovered])).toEqual([
      ['3:1', 'i dag', false],
      ['4:1', undefined, true],
      ['4:5', 'ej aktuellt', false],
      ['5:1', undefined, true],
    ]);
    expect(m.exemptions.active.map((u) => u.skäl)).toEqual(['ej aktuellt', 'i dag', 'andra']);
    expect(m.exemptions.expired.map((u) => u.skäl)).toEqual(['gammalt']);
  });
  it('answers for other verksamhetsformer and a subset of documents (a patientsäkerhetsberättelse)', () => {
    const a = loaded({ id: 'A', typ: 'policy', status: 'fastställd', sosfs: ['4:1'], gäller_för: ['u2'] });
    const m = model([a]);
    expect(m.coverageFor(['hsl']).map((c) => [c.paragraf, c.documents.length])).toEqual([
      ['3:1', 0],
      ['4:1', 1],
    ]);
    expect(m.coverageFor(['hsl'], (d) => d.id !== 'A').map((c) => c.documents.length)).toEqual([0, 0]);
  });
});

describe('actions', () => {
  const ra = loaded({
    id: 'RA',
    typ: 'riskanalys',
    status: 'fastställd',
    risker: [
      {
        id: 'R1',
        åtgärder: [
          { beskrivning: 'Larm', ansvarig: 'mas', klart_senast: '2026-06-30', status: 'pågår' },
          'x',
          { klart_senast: '2026-06-30', status: 'klar', klar_datum: '2026-06-01' },
        ],
      },
      'not a risk',
      { åtgärder: [{ klart_senast: 'snart' }] },
    ],
    genomförda: [
      { datum: '2026-03-01', åtgärder: [{ beskrivning: 'Utbilda', klart_senast: '2026-12-31', status: 'planerad' }] },
      { åtgärder: [{}] },
    ],
  });
  it('reads every åtgärd with its path, source and state', () => {
    const list = actionsOf(ra);
    expect(list.map((a) => [a.path.join('.'), a.kind, a.källa, a.done])).toEqual([
      ['risker.0.åtgärder.0', 'risk', 'R1', false],
      ['risker.0.åtgärder.2', 'risk', 'R1', true],
      ['risker.2.åtgärder.0', 'risk', '', false],
      ['genomförda.0.åtgärder.0', 'egenkontroll', '2026-03-01', false],
      ['genomförda.1.åtgärder.0', 'egenkontroll', '', false],
    ]);
    expect(list[0]).toMatchObject({ beskrivning: 'Larm', ansvarig: 'mas', klartSenast: '2026-06-30', status: 'pågår' });
    expect(list[1]?.klarDatum).toBe('2026-06-01');
    expect(list[4]?.status).toBeUndefined();
    expect(actionsOf(loaded(undefined))).toEqual([]);
  });
  it('is late when not done and due before the date; an invalid date is never late', () => {
    const [open, done, invalid, future] = actionsOf(ra);
    expect(isLateAt(open!, TODAY)).toBe(true);
    expect(isLateAt(open!, '2026-06-30')).toBe(false);
    expect(isLateAt(done!, TODAY)).toBe(false);
    expect(isLateAt(invalid!, TODAY)).toBe(false);
    expect(isLateAt(future!, TODAY)).toBe(false);
    const m = model([ra]);
    expect(m.actionsOf(ra).map((a) => a.late)).toEqual([true, false, false, false, false]);
    expect(m.actions).toHaveLength(5);
    expect(m.lateActions.map((a) => a.beskrivning)).toEqual(['Larm']);
  });
  it('does not call an åtgärd in a withdrawn document late', () => {
    const withdrawn = loaded({ ...ra.data!, status: 'upphävd' });
    const m = model([withdrawn]);
    expect(m.actionsOf(withdrawn)[0]?.late).toBe(true);
    expect(m.lateActions).toEqual([]);
  });
});

describe('risks', () => {
  const ra = loaded({
    id: 'RA',
    typ: 'riskanalys',
    risker: [
      { id: 'R1', sannolikhet: 3, konsekvens: 4 },
      { id: 'R2', sannolikhet: 2, konsekvens: 4, åtgärder: [{ beskrivning: 'x' }] },
      { sannolikhet: 2, konsekvens: 3 },
      { id: 'R4', sannolikhet: 'hög', konsekvens: 4 },
      'x',
    ],
  });
  it('computes riskvärde and whether a risk needs an åtgärd at the åtgärdsgräns', () => {
    expect(risksOf(ra, 8).map((r) => [r.id, r.index, r.riskvärde, r.scored, r.hasAction, r.needsAction])).toEqual([
      ['R1', 0, 12, true, false, true],
      ['R2', 1, 8, true, true, false],
      [undefined, 2, 6, true, false, false],
      ['R4', 3, NaN, false, false, false],
    ]);
    expect(risksOf(ra, 6).map((r) => r.needsAction)).toEqual([true, false, true, false]);
    expect(risksOf(ra, 8)[1]?.actions.map((a) => a.path.join('.'))).toEqual(['risker.1.åtgärder.0']);
  });
  it('asks no åtgärd of a risk in a withdrawn analysis', () => {
    const old = loaded({ ...ra.data!, status: 'upphävd' });
    expect(risksOf(old, 8).map((r) => [r.riskvärde, r.needsAction])).toEqual([
      [12, false],
      [8, false],
      [6, false],
      [NaN, false],
    ]);
  });
  it('judges risks against lsys.yaml’s åtgärdsgräns in the model', () => {
    const m = model([ra, loaded({ id: 'P', typ: 'policy' })]);
    expect(m.risks.filter((r) => r.needsAction).map((r) => r.id)).toEqual(['R1']);
    expect(m.risks).toEqual(m.risksOf(ra));
  });
});

describe('egenkontroll', () => {
  const ek = (extra: Record<string, unknown>) =>
    loaded({
      id: 'EK',
      typ: 'egenkontroll',
      status: 'fastställd',
      fastställd: '2026-01-15',
      frekvens: 'kvartal',
      ansvarig: 'mas',
      ...extra,
    });
  it('reads the performed occasions and which lack an åtgärd', () => {
    const d = ek({
      genomförda: [
        { datum: '2026-04-10', resultat: 'brister' },
        'x',
        { datum: '2026-07-01', resultat: 'brister', åtgärder: [{ beskrivning: 'a' }] },
        { resultat: 'utan_anmärkning' },
      ],
    });
    expect(occasionsOf(d).map((o) => [o.path.join('.'), o.datum, o.resultat, o.missingAction, o.actions.length])).toEqual([
      ['genomförda.0', '2026-04-10', 'brister', true, 0],
      ['genomförda.2', '2026-07-01', 'brister', false, 1],
      ['genomförda.3', undefined, 'utan_anmärkning', false, 0],
    ]);
  });
  it('counts the next occasion from the last performed one, or from the approval', () => {
    const done = selfInspectionOf(ek({ genomförda: [{ datum: '2026-07-01' }, { datum: '2026-03-01' }, { datum: 'fel' }] }), TODAY);
    expect(done).toMatchObject({
      frekvens: 'kvartal',
      performed: ['2026-03-01', '2026-07-01'],
      lastPerformed: '2026-07-01',
      basis: { kind: 'performed', date: '2026-07-01' },
      nextDue: '2026-10-01',
      overdue: true,
      ansvarig: 'mas',
    });
    const none = selfInspectionOf(ek({ fastställd: '2026-09-01' }), TODAY);
    expect(none).toMatchObject({ basis: { kind: 'approved', date: '2026-09-01' }, nextDue: '2026-12-01', overdue: false });
    expect(none.lastPerformed).toBeUndefined();
  });
  it('is not overdue unless fastställd, and has no next date without a valid frekvens or basis', () => {
    expect(selfInspectionOf(ek({ status: 'utkast', fastställd: '2025-01-01' }), TODAY)).toMatchObject({
      nextDue: '2025-04-01',
      overdue: false,
    });
    const odd = selfInspectionOf(ek({ frekvens: 'dagligen' }), TODAY);
    expect(odd.frekvens).toBeUndefined();
    expect(odd.frekvensText).toBe('dagligen');
    expect(odd.nextDue).toBeUndefined();
    const noDate = selfInspectionOf(ek({ fastställd: undefined }), TODAY);
    expect(noDate.basis).toBeUndefined();
    expect(noDate.overdue).toBe(false);
    const bare = selfInspectionOf(loaded({ id: 'EK', typ: 'egenkontroll' }), TODAY);
    expect(bare.frekvensText).toBeUndefined();
    expect(bare.ansvarig).toBeUndefined();
    expect(bare.fastställd).toBeUndefined();
    expect(plannedIn(bare, 2026)).toBe(0);
  });
  it('plans occasions in a year from the model’s facts', () => {
    const d = ek({ fastställd: '2025-01-15' });
    const m = model([d, loaded({ id: 'P', typ: 'policy' }), loaded({ id: 'E2', typ: 'egenkontroll' }, 'e2.md')]);
    const plan = m.selfInspectionOf(d)!;
    expect(plannedIn(plan, 2026)).toBe(4);
    expect(plannedIn(plan, 2026, '2026-05-01')).toBe(2);
    expect(m.selfInspectionOf(loaded({ id: 'P', typ: 'policy' }))).toBeUndefined();
    expect(m.selfInspections.map((s) => s.doc.id)).toEqual(['EK', 'E2']);
  });
  // FORMAT.md: the first occasion is due one frekvens after fastställd (the report's table, moved with the function).
  it.each([
    ['kvartal from 2025-01-15, whole 2026', '2025-01-15', undefined, 'kvartal', 2026, undefined, 4],
    ['halvår approved mid-year: due once, in December', '2026-06-11', undefined, 'halvår', 2026, undefined, 1],
    ['halvår approved on the report date: nothing due yet', '2026-12-01', undefined, 'halvår', 2026, '2026-12-01', 0],
    ['kvartal approved in the spring, report in the autumn', '2026-03-15', undefined, 'kvartal', 2026, '2026-10-01', 2],
    ['report date after the year: the whole year', '2025-01-15', undefined, 'kvartal', 2026, '2027-01-20', 4],
    ['månad from 2026-01-31 (month ends clamp, no drift)', '2026-01-31', undefined, 'månad', 2026, undefined, 11],
    ['vecka whole year', '2025-12-29', undefined, 'vecka', 2026, undefined, 52],
    ['vartannat_år, off year', '2025-03-01', undefined, 'vartannat_år', 2026, undefined, 0],
    ['vartannat_år, on year', '2024-03-01', undefined, 'vartannat_år', 2026, undefined, 1],
    ['år from a leap day', '2024-02-29', undefined, 'år', 2025, undefined, 1],
    ['started by an occasion performed before approval', '2026-09-01', '2026-02-01', 'kvartal', 2026, undefined, 4],
    ['started by an occasion, no approval date', undefined, '2026-02-01', 'halvår', 2026, undefined, 2],
    ['år approved in the year: first due the next year', '2026-01-01', undefined, 'år', 2026, undefined, 0],
    ['plan starting after the year', '2027-01-01', undefined, 'år', 2026, undefined, 0],
    ['no dates', undefined, undefined, 'år', 2026, undefined, 0],
    ['unknown frekvens', '2025-01-01', undefined, 'dagligen', 2026, undefined, 0],
  ])('plannedOccasions: %s', (_n, fastställd, first, frekvens, year, until, expected) => {
    expect(plannedOccasions(fastställd, first, frekvens, year, until)).toBe(expected);
  });
});

describe('roles, units and responsibility', () => {
  const ans = loaded({
    id: 'ANS',
    typ: 'ansvarsfördelning',
    ägare: 'enhetschef',
    fastställd_av: 'mas',
    gäller_för: ['u1', 'u1', 'u9'],
    uppgifter: [
      { uppgift: 'Läkemedel', sosfs: ['4:1', 3], ansvar: { mas: 'ansvarar', enhetschef: 'utför' } },
      { uppgift: 'Delat', ansvar: { mas: 'ansvarar', enhetschef: 'ansvarar' } },
      { ansvar: 'fel' },
      'x',
    ],
  });
  it('reads the tasks with the roles that ansvarar', () => {
    expect(tasksOf(ans).map((t) => [t.path.join('.'), t.uppgift, t.owners, t.sosfs, t.ansvar !== undefined])).toEqual([
      ['uppgifter.0', 'Läkemedel', ['mas'], ['4:1'], true],
      ['uppgifter.1', 'Delat', ['mas', 'enhetschef'], [], true],
      ['uppgifter.2', undefined, [], [], false],
    ]);
  });
  it('says what each role owns, and which documents apply to each unit', () => {
    const ek = loaded({
      id: 'EK',
      typ: 'egenkontroll',
      ansvarig: 'mas',
      genomförda: [{ datum: '2026-01-01', åtgärder: [{ ansvarig: 'enhetschef' }] }],
    });
    const pro = loaded({
      id: 'PRO',
      typ: 'process',
      ägare: 'okänd',
      aktiviteter: [{ id: 'A', ansvarig: 'enhetschef' }],
      gäller_för: ['u2'],
    });
    const m = model([ans, ek, pro, loaded(undefined)]);
    expect(m.ownedBy('mas').map((o) => `${o.kind}:${o.doc.id}:${o.path.join('.')}`)).toEqual([
      'fastställd_av:ANS:fastställd_av',
      'uppgift:ANS:uppgifter.0.ansvar.mas',
      'uppgift:ANS:uppgifter.1.ansvar.mas',
      'egenkontroll:EK:ansvarig',
    ]);
    expect(m.ownedBy('enhetschef').map((o) => `${o.kind}:${o.doc.id}`)).toEqual(['ägare:ANS', 'uppgift:ANS', 'åtgärd:EK', 'aktivitet:PRO']);
    expect(m.ownedBy('okänd').map((o) => o.kind)).toEqual(['ägare']);
    expect(m.ownedBy('nämnd')).toEqual([]);
    expect(m.roles.map((r) => [r.role.id, r.owns.length])).toEqual([
      ['mas', 4],
      ['enhetschef', 4],
    ]);
    expect(m.roleIds).toEqual(new Set(['mas', 'enhetschef']));
    expect(m.unitIds).toEqual(new Set(['u1', 'u2']));
    expect(m.units.map((u) => [u.unit.id, u.documents.map((d) => d.id)])).toEqual([
      ['u1', ['ANS']],
      ['u2', ['PRO']],
    ]);
    expect(m.tasksOf(ans)).toEqual(tasksOf(ans));
  });
});

describe('process → activity → routine', () => {
  const pro = loaded({
    id: 'PRO',
    typ: 'process',
    status: 'fastställd',
    aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'mas', rutiner: ['R1', 5] }, { id: 'A2' }, { namn: 'utan id' }, 'x'],
  });
  const old = loaded({ id: 'PRO-OLD', typ: 'process', status: 'upphävd', aktiviteter: [{ id: 'A', rutiner: ['R5'] }] });
  const r1 = rutin('R1');
  const r2 = rutin('R2', { process: 'PRO', aktivitet: 'A2' });
  const r3 = rutin('R3', { process: 'PRO', aktivitet: 'A1', status: 'upphävd' });
  const r4 = rutin('R4');
  const r5 = rutin('R5');
  const draft = rutin('R6', { status: 'utkast' });
  it('puts each routine under the activity that lists it or that it names; orphans are the rest', () => {
    const m = model([pro, old, r1, r2, r3, r4, r5, draft, loaded({ typ: 'rutin', status: 'fastställd' }, 'noid.md'), loaded(undefined)]);
    const s = m.structure;
    expect(s.processes.map((p) => p.doc.id)).toEqual(['PRO', 'PRO-OLD']);
    expect(
      s.processes[0]?.activities.map((a) => [a.path.join('.'), a.id, a.namn, a.ansvarig, a.rutiner, a.namedBy.map((d) => d.id)]),
    ).toEqual([
      ['aktiviteter.0', 'A1', 'Ta emot', 'mas', ['R1'], []],
      ['aktiviteter.1', 'A2', undefined, undefined, [], ['R2']],
      ['aktiviteter.2', undefined, 'utan id', undefined, [], []],
    ]);
    expect([...s.listedRoutines]).toEqual(['R1']);
    expect(s.orphanRoutines.map((d) => d.id)).toEqual(['R4', 'R5']);
    expect(m.orphanRoutines).toEqual(s.orphanRoutines);
    expect(m.processes).toBe(s.processes);
    expect(structureOf(m.documents)).toEqual(s);
    expect(m.activityIds(pro)).toEqual(new Set(['A1', 'A2']));
    expect(m.activityIds(pro)).toBe(m.activityIds(pro));
  });
});
