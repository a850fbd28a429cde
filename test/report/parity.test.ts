/**
 * Parity (issue 9): the report's figures are what the rules see. For the example repository,
 * for repositories from bench/generate.mjs and for random repositories (fast-check, fixed
 * seed: several verksamhetsformer, undantag in force and expired, overdue documents, late
 * and withdrawn actions, overdue egenkontroller, risks without action), at the date the
 * report judges the year by:
 * - the paragraphs the report calls luckor are exactly those coverage/missing reports;
 * - the documents it lists as overdue for review on 31 December are those review/overdue
 *   reports on that day;
 * - its late (försenad) actions are those action/overdue reports at the year's end or the
 *   report date, whichever is earlier; so are its egenkontroller behind their frekvens and
 *   egenkontroll/overdue;
 * - its risks at or above the threshold without an åtgärd are those risk/missing-action
 *   reports in the year's riskanalyser (the report shows the analyses dated in the year).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applicableParagraphs, loadCatalog } from '../../src/core/catalog.js';
import { getOrSet } from '../../src/core/memo.js';
import type { Sector } from '../../src/core/primitives.js';
import type { Diagnostic } from '../../src/core/types.js';
import { buildReportModel } from '../../src/report/model.js';
import type { ReportModel } from '../../src/report/types.js';
import { doc, makeRepo, RUTIN_BODY, validateRun, type TestRepo } from '../helpers/repo.js';

const RULES = ['coverage/missing', 'review/overdue', 'action/overdue', 'egenkontroll/overdue', 'risk/missing-action'] as const;
/** The five rules on, whatever lsys.yaml says. */
const ON = Object.fromEntries(RULES.map((r) => [r, 'warning' as const]));

const cleanup: Array<() => void> = [];
afterAll(() => cleanup.forEach((f) => f()));

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();
const findings = (diags: Diagnostic[], rule: string): Diagnostic[] => diags.filter((d) => d.rule === rule);

/** The report's figures and the rules' findings for one repository, year and report date. */
async function compare(root: string, year: number, today: string): Promise<{ model: ReportModel; checks: number }> {
  const yearEnd = `${year}-12-31`;
  const asOf = today < yearEnd ? today : yearEnd;
  // One run per date (the report date, the year's end and the earlier of the two often coincide).
  const runs = new Map<string, ReturnType<typeof validateRun>>();
  const runAt = (date: string) =>
    getOrSet(runs, date, () => validateRun(root, { today: date, lang: 'en', ruleOverrides: ON, cache: false }));
  const run = await runAt(today);
  const model = buildReportModel(run, { year, kind: 'kvalitetsberattelse', generator: 'lsys test' });
  const atYearEnd = (await runAt(yearEnd)).result.diagnostics;
  const atAsOf = (await runAt(asOf)).result.diagnostics;
  let checks = 0;
  const same = (what: string, report: string[], rules: string[]): void => {
    expect(sorted(report), `${what} (${root}, ${year}, ${today})`).toEqual(sorted(rules));
    checks += report.length;
  };

  // Coverage: the report's luckor = coverage/missing (same run, same date).
  same(
    'uncovered paragraphs',
    model.coverage.filter((c) => c.lucka).map((c) => c.paragraf),
    findings(run.result.diagnostics, 'coverage/missing').map((d) => /^List (\S+) under sosfs/.exec(d.hint ?? '')?.[1] ?? d.hint ?? ''),
  );
  // Review: overdue on 31 December = review/overdue on 31 December.
  same(
    'overdue for review',
    model.overdue.map((o) => o.document.file),
    findings(atYearEnd, 'review/overdue').map((d) => d.file),
  );
  // Late actions (section 9) = action/overdue at the year's end or the report date.
  const actionKey = (file: string, beskrivning: string) => `${file} ${beskrivning}`;
  same(
    'late actions',
    [...new Set(model.actions.filter((a) => a.läge === 'försenad').map((a) => actionKey(a.document.file, a.beskrivning)))],
    [
      ...new Set(
        findings(atAsOf, 'action/overdue').map((d) => actionKey(d.file, /^The action .(.*). was due /.exec(d.message)?.[1] ?? d.message)),
      ),
    ],
  );
  // Egenkontroller behind their frekvens = egenkontroll/overdue at the same date.
  same(
    'overdue egenkontroller',
    model.selfInspection.rows.filter((r) => r.försenad !== undefined).map((r) => r.document.file),
    findings(atAsOf, 'egenkontroll/overdue').map((d) => d.file),
  );
  // Risks at or above the threshold without åtgärd in the year's analyses in force = risk/missing-action there.
  const yearsAnalyses = new Set(model.risks.analyses.filter((a) => a.document.status !== 'upphävd').map((a) => a.document.file));
  same(
    'risks without action',
    model.risks.aboveThreshold
      .filter((r) => r.åtgärder.length === 0 && yearsAnalyses.has(r.analysis.file))
      .map((r) => `${r.analysis.file} ${r.id}`),
    findings(run.result.diagnostics, 'risk/missing-action')
      .filter((d) => yearsAnalyses.has(d.file))
      .map((d) => `${d.file} ${/^The risk (\S+) has risk value/.exec(d.message)?.[1] ?? d.message}`),
  );
  return { model, checks };
}

describe('report figures equal rule findings', () => {
  it.each([
    [2026, '2026-12-01'],
    [2025, '2026-12-01'],
    [2026, '2027-02-15'],
    [2027, '2027-09-30'],
  ])('examples/solbacka, year %i, report date %s', async (year, today) => {
    await compare(join(process.cwd(), 'examples/solbacka'), year, today);
  });

  it.each([
    [1, 2026, '2026-12-01'],
    [2, 2027, '2027-10-01'],
    [3, 2028, '2028-12-31'],
  ])('bench/generate.mjs seed %i, year %i, report date %s', async (seed, year, today) => {
    const out = mkdtempSync(join(tmpdir(), 'lsys-parity-'));
    cleanup.push(() => rmSync(out, { recursive: true, force: true }));
    execFileSync(process.execPath, ['bench/generate.mjs', '--out', out, '--n', '80', '--seed', String(seed)], { stdio: 'ignore' });
    const { checks } = await compare(out, year, today);
    // Later years: the generated plans fall behind, so there is something to compare.
    if (year > 2026) expect(checks).toBeGreaterThan(0);
  });

  it('random repositories', async () => {
    const catalog = loadCatalog();
    const all = applicableParagraphs(catalog, ['sol', 'lss', 'hsl']).map((p) => p.paragraf);
    const date = fc
      .tuple(fc.integer({ min: 2024, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const status = fc.constantFrom('fastställd', 'fastställd', 'fastställd', 'utkast', 'upphävd');
    const actions = fc
      .array(fc.record({ klart_senast: date, status: fc.constantFrom('planerad', 'pågår', 'klar'), klar: date }), { maxLength: 2 })
      .map((list) =>
        list.map((a, i) => ({
          beskrivning: `Åtgärd ${i}`,
          ansvarig: 'enhetschef',
          klart_senast: a.klart_senast,
          status: a.status,
          ...(a.status === 'klar' ? { klar_datum: a.klar } : {}),
        })),
      );
    const common = (status: string, fastställd: string) => ({
      status,
      version: '1.0',
      ägare: 'enhetschef',
      fastställd_av: 'förvaltningschef',
      fastställd,
    });
    // revideras after fastställd, as written documents have them (the report does not count a
    // document approved after the year as overdue in it; one reviewed before its approval cannot be).
    const approvedReviewed = fc.tuple(date, date).map(([a, b]): [string, string] => (a <= b ? [a, b] : [b, a]));
    const rutin = fc.record({
      status,
      dates: approvedReviewed,
      sosfs: fc.subarray(all, { maxLength: 6 }),
      typ: fc.constantFrom('rutin', 'rutin', 'policy', 'rutinn'),
    });
    // Analyses mostly dated in the report years, risks often at the threshold (8 = 2 × 4).
    const risk = fc.record({
      status,
      datum: fc.oneof(
        date,
        date.map((d) => `${d.endsWith('1') ? 2025 : 2026}${d.slice(4)}`),
      ),
      risker: fc.array(
        fc.record({
          s: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(2)),
          k: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(4)),
          åtgärder: actions,
        }),
        { minLength: 1, maxLength: 3 },
      ),
    });
    const egk = fc.record({
      status,
      fastställd: date,
      frekvens: fc.constantFrom('vecka', 'månad', 'kvartal', 'halvår', 'år', 'vartannat_år'),
      genomförda: fc.array(fc.record({ datum: date, resultat: fc.constantFrom('utan_anmärkning', 'brister'), åtgärder: actions }), {
        maxLength: 3,
      }),
    });
    const repository = fc.record({
      sectors: fc.subarray(['sol', 'lss', 'hsl'] as Sector[], { minLength: 1 }),
      undantag: fc.array(fc.record({ sosfs: fc.constantFrom(...all), till: fc.option(date, { nil: undefined }) }), { maxLength: 4 }),
      rutiner: fc.array(rutin, { maxLength: 6 }),
      risker: fc.array(risk, { maxLength: 3 }),
      egenkontroller: fc.array(egk, { maxLength: 3 }),
      year: fc.constantFrom(2025, 2026),
      today: fc.constantFrom('2026-06-30', '2026-12-01', '2027-01-20'),
    });
    let total = 0;
    await fc.assert(
      fc.asyncProperty(repository, async (r) => {
        const files: Record<string, string> = {};
        r.rutiner.forEach((d, i) => {
          const id = `RUT-${String(i + 1).padStart(3, '0')}`;
          files[`ledningssystem/rutiner/${id}.md`] = doc(
            { id, typ: d.typ, titel: `Rutin ${id}`, ...common(d.status, d.dates[0]), revideras: d.dates[1], sosfs: d.sosfs },
            RUTIN_BODY,
          );
        });
        r.risker.forEach((d, i) => {
          const id = `RA-${String(i + 1).padStart(3, '0')}`;
          const risker = d.risker.map((x, j) => ({
            id: `R${j + 1}`,
            beskrivning: `Risk ${j + 1}`,
            sannolikhet: x.s,
            konsekvens: x.k,
            ...(x.åtgärder.length ? { åtgärder: x.åtgärder } : {}),
          }));
          files[`ledningssystem/risker/${id}.md`] = doc({
            id,
            typ: 'riskanalys',
            titel: `Riskanalys ${id}`,
            ...common(d.status, d.datum),
            datum: d.datum,
            anledning: 'fortlöpande',
            risker,
          });
        });
        r.egenkontroller.forEach((d, i) => {
          const id = `EGK-${String(i + 1).padStart(3, '0')}`;
          files[`ledningssystem/egenkontroll/${id}.md`] = doc({
            id,
            typ: 'egenkontroll',
            titel: `Egenkontroll ${id}`,
            ...common(d.status, d.fastställd),
            revideras: '2028-12-31',
            område: 'Läkemedel',
            metod: 'Stickprov',
            frekvens: d.frekvens,
            ansvarig: 'enhetschef',
            genomförda: d.genomförda.map((g) => ({
              datum: g.datum,
              resultat: g.resultat,
              ...(g.åtgärder.length ? { åtgärder: g.åtgärder } : {}),
            })),
          });
        });
        const undantag = r.undantag.map((u) => `  - { sosfs: "${u.sosfs}", skäl: Prövat${u.till ? `, till: ${u.till}` : ''} }`).join('\n');
        const config = `organisation: Parity
verksamhetsformer: [${r.sectors.join(', ')}]
dokument: ledningssystem
roller:
  - { id: förvaltningschef, namn: Förvaltningschef }
  - { id: enhetschef, namn: Enhetschef }
${undantag ? `undantag:\n${undantag}\n` : ''}`;
        const repo: TestRepo = makeRepo(files, config);
        try {
          total += (await compare(repo.root, r.year, r.today)).checks;
        } finally {
          repo.cleanup();
        }
      }),
      { seed: 20261203, numRuns: 40 },
    );
    // The random repositories do exercise the comparisons.
    expect(total).toBeGreaterThan(50);
  });
});
