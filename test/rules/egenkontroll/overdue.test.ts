/**
 * egenkontroll/overdue: the last `genomförda` date (or `fastställd`, if none) plus one
 * `frekvens` is before today (warning). Calendar arithmetic: kvartal from 2026-03-15 is due
 * 2026-06-15. Serves 5:2.
 */
import { doc, egenkontrollDoc } from '../../helpers/repo.js';
import { at, ruleTester, type InvalidCase, type RuleCase } from '../../helpers/rule-tester.js';

const RULE = 'egenkontroll/overdue';
const F = 'ledningssystem/EK-001.md';
const ek = (extra: Record<string, unknown>): string =>
  doc(egenkontrollDoc('EK-001', { fastställd: '2026-01-10', revideras: '2026-12-31', ...extra }));
const done = (...dates: string[]) => ({ genomförda: dates.map((datum) => ({ datum, resultat: 'utan_anmärkning' })) });
const kvartal = ek(done('2026-03-15'));
const atGenomforda = at(kvartal, 'genomförda:').line;
const manad = ek({ frekvens: 'månad', ...done('2026-01-31') });
const halvar = ek({ frekvens: 'halvår' }); // fastställd 2026-01-10 → due 2026-07-10
const valid = (name: string, text: string, today?: string): RuleCase => ({
  name,
  files: { [F]: text },
  ...(today ? { options: { today } } : {}),
});
const late = (name: string, text: string, line: number, today?: string): InvalidCase => ({
  ...valid(name, text, today),
  errors: [{ file: F, line }],
});

ruleTester(RULE, {
  valid: [
    valid('kvartal from 2026-03-15 is due 2026-06-15: silent on the day', kvartal, '2026-06-15'),
    valid('clamps at month end: månad from 2026-01-31 is due 2026-02-28, silent that day', manad, '2026-02-28'),
    valid('counts from fastställd when nothing is performed: silent on the due day', halvar, '2026-07-10'),
    valid('uses the latest date, whatever the order of the list (due 2026-12-01)', ek(done('2026-09-01', '2026-03-15'))),
    valid('vecka: due on today', ek({ frekvens: 'vecka', ...done('2026-11-18') })),
    valid('år: due on today', ek({ frekvens: 'år', ...done('2025-11-25') })),
    valid('ignores drafts', ek({ status: 'utkast', ...done('2025-01-01') })),
  ],
  invalid: [
    {
      ...late('kvartal: warns the day after at genomförda', kvartal, atGenomforda, '2026-06-16'),
      errors: [{ file: F, line: atGenomforda, severity: 'warning' }],
    },
    late('clamps at month end: warns on 2026-03-01', manad, at(manad, 'genomförda:').line, '2026-03-01'),
    late('counts from fastställd when nothing is performed, reported at frekvens', halvar, at(halvar, 'frekvens:').line, '2026-07-11'),
    late('uses the latest date (due 2026-11-01)', ek(done('2026-03-15', '2026-08-01')), atGenomforda),
    late(
      'vecka: one day over',
      ek({ frekvens: 'vecka', ...done('2026-11-17') }),
      at(ek({ frekvens: 'vecka', ...done('2026-11-17') }), 'genomförda:').line,
    ),
    late(
      'år: one day over',
      ek({ frekvens: 'år', ...done('2025-11-24') }),
      at(ek({ frekvens: 'år', ...done('2025-11-24') }), 'genomförda:').line,
    ),
    {
      name: 'says when it was due in Swedish',
      files: { [F]: kvartal },
      errors: [
        {
          file: F,
          line: atGenomforda,
          message: 'Egenkontrollen skulle ha genomförts senast 2026-06-15 (frekvens kvartal, senast genomförd 2026-03-15)',
        },
      ],
    },
    {
      name: 'says when it was due in English',
      files: { [F]: kvartal },
      options: { lang: 'en' },
      errors: [
        { file: F, line: atGenomforda, message: 'The self-inspection was due by 2026-06-15 (frekvens kvartal, last performed 2026-03-15)' },
      ],
    },
    {
      name: 'says when it was due, counted from fastställd',
      files: { [F]: ek({}) },
      errors: [
        {
          file: F,
          line: at(ek({}), 'frekvens:').line,
          message:
            'Egenkontrollen skulle ha genomförts senast 2026-04-10 (frekvens kvartal, ingen genomförd sedan fastställelsen 2026-01-10)',
        },
      ],
    },
  ],
});

// Without ansvarig (the schema reports it), the overdue warning still comes, naming nobody.
const noOwner = doc(egenkontrollDoc('EK-001', { ansvarig: undefined, fastställd: '2025-01-01', revideras: '2025-12-31' }));
ruleTester('egenkontroll/overdue', {
  invalid: [
    {
      name: 'an overdue egenkontroll without ansvarig says ? for the responsible',
      files: { 'ledningssystem/EK-001.md': noOwner },
      errors: [
        {
          file: 'ledningssystem/EK-001.md',
          ...at(noOwner, 'frekvens:'),
          message:
            'Egenkontrollen skulle ha genomförts senast 2025-04-01 (frekvens kvartal, ingen genomförd sedan fastställelsen 2025-01-01)',
          hint: { includes: 'Ansvarig: ?.' },
        },
      ],
    },
  ],
});
