/**
 * Property: on generated repositories (reviews, egenkontroller, actions and exemptions around
 * today, drafts and upphävda among them, invalid dates, month ends and leap days), what
 * `lsys due` lists with --days = revision.varna_dagar carries a rule exactly where validate
 * reports review/overdue, review/due-soon, egenkontroll/overdue, action/overdue and
 * coverage/exemption-expired: the same (file, line, rule) set.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.js';
import { dueList } from '../../src/plan/due.js';
import { config, doc, egenkontrollDoc, makeRepo, riskanalysDoc, rutin, RUTIN_BODY, validateRun } from '../helpers/repo.js';

const RULES = new Set(['review/overdue', 'review/due-soon', 'egenkontroll/overdue', 'action/overdue', 'coverage/exemption-expired']);
const PARAGRAPHS = ['4:6', '5:2', '7:1'];

const status = fc.constantFrom('fastställd', 'fastställd', 'utkast', 'upphävd');
/** Days from today (often the edges: yesterday, today, tomorrow), or a date that does not exist. */
const offset = fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom(-1, 0, 1), fc.constant<'bad'>('bad'));
const dateAt = (today: string, o: number | 'bad') => (o === 'bad' ? '2027-02-30' : addDays(today, o));
/** A review date: any offset, or the last day of varna_dagar, or the day after it. */
const reviewOffset = fc.oneof(offset, fc.constantFrom<'varna' | 'varna+1'>('varna', 'varna+1'));

const repository = fc.record({
  today: fc.oneof(
    fc.constantFrom('2028-02-29', '2026-01-31', '2026-12-31', '2027-02-28', '2026-11-25'),
    fc.integer({ min: 0, max: 1200 }).map((n) => addDays('2026-01-01', n)),
  ),
  varna: fc.integer({ min: 0, max: 90 }),
  rutiner: fc.array(fc.record({ status, revideras: reviewOffset }), { maxLength: 4 }),
  egenkontroller: fc.array(
    fc.record({
      status,
      frekvens: fc.constantFrom('vecka', 'månad', 'kvartal', 'halvår', 'år', 'vartannat_år', 'ibland'),
      fastställd: fc.integer({ min: -800, max: 0 }),
      genomförda: fc.array(offset, { maxLength: 3 }),
    }),
    { maxLength: 3 },
  ),
  risker: fc.array(
    fc.record({
      status,
      åtgärder: fc.array(fc.record({ klart: offset, status: fc.constantFrom('planerad', 'pågår', 'klar') }), { maxLength: 3 }),
    }),
    { maxLength: 2 },
  ),
  undantag: fc.array(fc.option(offset, { nil: undefined }), { maxLength: 3 }),
});

type Repository = typeof repository extends fc.Arbitrary<infer T> ? T : never;

function files(r: Repository): Record<string, string> {
  const out: Record<string, string> = {};
  r.rutiner.forEach((x, i) => {
    const o = x.revideras === 'varna' ? r.varna : x.revideras === 'varna+1' ? r.varna + 1 : x.revideras;
    out[`ledningssystem/RUT-00${i}.md`] = doc(rutin(`RUT-00${i}`, { status: x.status, revideras: dateAt(r.today, o) }), RUTIN_BODY);
  });
  r.egenkontroller.forEach((x, i) => {
    const fastställd = addDays(r.today, x.fastställd);
    out[`ledningssystem/EGK-00${i}.md`] = doc(
      egenkontrollDoc(`EGK-00${i}`, {
        status: x.status,
        frekvens: x.frekvens,
        fastställd,
        revideras: addDays(fastställd, 700),
        ...(x.genomförda.length
          ? { genomförda: x.genomförda.map((g) => ({ datum: dateAt(r.today, g), resultat: 'utan_anmärkning' })) }
          : {}),
      }),
      '# Egenkontroll\n',
    );
  });
  r.risker.forEach((x, i) => {
    out[`ledningssystem/RISK-00${i}.md`] = doc(
      riskanalysDoc(
        `RISK-00${i}`,
        [
          {
            id: 'R1',
            beskrivning: 'Risk',
            sannolikhet: 2,
            konsekvens: 2,
            åtgärder: x.åtgärder.map((a, j) => ({
              beskrivning: `Åtgärd ${j}`,
              ansvarig: 'enhetschef',
              klart_senast: dateAt(r.today, a.klart),
              status: a.status,
              ...(a.status === 'klar' ? { klar_datum: r.today } : {}),
            })),
          },
        ],
        { status: x.status, fastställd: addDays(r.today, -30) },
      ),
      '# Riskanalys\n',
    );
  });
  return out;
}

function lsysYaml(r: Repository): string {
  const undantag = r.undantag
    .map(
      (o, i) =>
        `  - { sosfs: "${PARAGRAPHS[i]!}", skäl: "Skäl"${o === undefined || o === 'bad' ? '' : `, till: ${addDays(r.today, o)}`} }\n`,
    )
    .join('');
  return config(`revision: { varna_dagar: ${r.varna}, max_månader: 36 }\n${undantag ? `undantag:\n${undantag}` : ''}`);
}

describe('lsys due agrees with validate', () => {
  it('on generated repositories, with --days = varna_dagar', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(repository, async (r) => {
        const repo = makeRepo(files(r), lsysYaml(r));
        try {
          const run = await validateRun(repo.root, { today: r.today });
          const model = run.context.model;
          const list = dueList(model, { days: r.varna });
          const listed = list.groups
            .flatMap((g) => g.items)
            .filter((d) => d.rule !== undefined)
            .map((d) => `${d.file}:${d.line}:${d.rule!}`)
            .sort();
          const validated = run.result.diagnostics
            .filter((d) => RULES.has(d.rule))
            .map((d) => `${d.file}:${d.line}:${d.rule}`)
            .sort();
          expect(listed).toEqual(validated);
          // Nothing with a rule is left out by the horizon: every late item is listed.
          expect(list.late).toBe(model.deadlines.filter((d) => d.late).length);
          compared += validated.length;
        } finally {
          repo.cleanup();
        }
      }),
      { numRuns: 40, seed: 11 },
    );
    expect(compared).toBeGreaterThan(20);
  }, 60_000);
});
