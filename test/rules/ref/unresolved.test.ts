/**
 * ref/unresolved: a document id, activity id, role id or unit id that does not exist (error).
 * Serves 4:2–4:4 (processes, activities and routines hang together, responsibility included).
 */
import { BASE_CONFIG, doc, egenkontrollDoc, processDoc, PROCESS_BODY, rutin, RUTIN_BODY, åtgärd } from '../../helpers/repo.js';
import { at, ruleTester, type ExpectedFinding, type InvalidCase } from '../../helpers/rule-tester.js';
import { READING_CONFIG, READING_FILES } from '../../helpers/reading.js';

const RULE = 'ref/unresolved';
const D = 'ledningssystem/';
const R = `${D}RUT-001.md`;
const PRO = doc(
  processDoc('PRO-001', {
    aktiviteter: [
      { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001'] },
      { id: 'A2', namn: 'Utreda', ansvarig: 'mas', rutiner: [] },
    ],
  }),
  PROCESS_BODY,
);
const POLICY = doc({
  id: 'POL-001',
  typ: 'policy',
  titel: 'Kvalitetspolicy',
  status: 'fastställd',
  version: '1.0',
  ägare: 'nämnd',
  fastställd_av: 'nämnd',
  fastställd: '2026-09-01',
  revideras: '2027-08-31',
});
const base = { [`${D}PRO-001.md`]: PRO, [`${D}POL-001.md`]: POLICY, [R]: doc(rutin('RUT-001'), RUTIN_BODY) };

/** RUT-001 with `fields`, beside the process and the policy; findings at the lines of `needles` with `messages` (when given). */
function routine(name: string, fields: Record<string, unknown>, needles: string[], messages?: Array<string | undefined>): InvalidCase {
  const text = doc(rutin('RUT-001', fields), RUTIN_BODY);
  const errors: ExpectedFinding[] = needles.map((n, i) => ({
    file: R,
    line: at(text, n).line,
    ...(messages?.[i] ? { message: messages[i] } : {}),
  }));
  return { name, files: { ...base, [R]: text }, errors };
}

const nested = doc(
  processDoc('PRO-002', {
    aktiviteter: [
      { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef' },
      { id: 'A2', namn: 'Utreda', ansvarig: 'kurator' },
    ],
  }),
  PROCESS_BODY,
);
const pro = doc(
  processDoc('PRO-002', { aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'mas', rutiner: ['POL-001', 'RUT-404'] }] }),
  PROCESS_BODY,
);
const ek = doc(
  egenkontrollDoc('EK-001', {
    genomförda: [{ datum: '2026-10-01', resultat: 'brister', åtgärder: [åtgärd({ ansvarig: 'vaktmästare' })] }],
  }),
);
const english = doc(rutin('RUT-001', { ägare: 'verksamhetschef' }), RUTIN_BODY);

ruleTester(RULE, {
  valid: [
    {
      name: 'accepts references that resolve: roles, units, documents, the process and its activity',
      files: {
        ...base,
        [R]: doc(
          rutin('RUT-001', { process: 'PRO-001', aktivitet: 'A2', gäller_för: ['solgläntan'], relaterade: ['POL-001'] }),
          RUTIN_BODY,
        ),
      },
    },
  ],
  invalid: [
    routine(
      'flags an unknown role (ägare, fastställd_av) at its key',
      { ägare: 'verksamhetschef', fastställd_av: 'rektor' },
      ['ägare:', 'fastställd_av:'],
      ['Rollen ”verksamhetschef” (ägare) finns inte i lsys.yaml'],
    ),
    routine(
      'flags an unknown unit in gäller_för at the list item',
      { gäller_för: ['solgläntan', 'månskenet'] },
      ['- månskenet'],
      ['Enheten ”månskenet” finns inte i lsys.yaml'],
    ),
    routine(
      'flags an unknown document id (relaterade, ersätter)',
      { ersätter: 'RUT-000', relaterade: ['POL-001', 'BLA-404'] },
      ['ersätter:', '- BLA-404'],
      ['Dokumentet ”RUT-000” (ersätter) finns inte', 'Dokumentet ”BLA-404” (relaterade) finns inte'],
    ),
    routine(
      'flags a process field that names a document that is not a process',
      { process: 'POL-001' },
      ['process:'],
      ['”POL-001” är en policy, inte en process'],
    ),
    routine(
      'reports a process field that is no process once, not again on its aktivitet',
      { process: 'POL-001', aktivitet: 'A1' },
      ['process:'],
      ['”POL-001” är en policy, inte en process'],
    ),
    routine(
      'flags an activity that the named process does not have',
      { process: 'PRO-001', aktivitet: 'A9' },
      ['aktivitet:'],
      ['Processen PRO-001 har ingen aktivitet ”A9”'],
    ),
    {
      name: 'flags a nested role (aktiviteter[1].ansvarig) at the key’s line and column',
      files: { ...base, [`${D}PRO-002.md`]: nested },
      errors: [
        {
          file: `${D}PRO-002.md`,
          line: at(nested, 'ansvarig: kurator').line,
          column: 5,
          message: 'Rollen ”kurator” (aktiviteter.ansvarig) finns inte i lsys.yaml',
        },
      ],
    },
    {
      name: 'flags an activity listing a policy instead of a routine, and roles in åtgärder',
      files: { ...base, [`${D}PRO-002.md`]: pro, [`${D}EK-001.md`]: ek },
      errors: [
        { file: `${D}EK-001.md`, line: at(ek, 'ansvarig: vaktmästare').line },
        { file: `${D}PRO-002.md`, line: at(pro, '- POL-001').line, message: '”POL-001” är en policy, inte en rutin' },
        { file: `${D}PRO-002.md`, line: at(pro, '- RUT-404').line },
      ],
    },
    {
      name: 'speaks English with lang en',
      files: { ...base, [R]: english },
      options: { lang: 'en' },
      errors: [
        { file: R, line: at(english, 'ägare:').line, severity: 'error', message: 'The role “verksamhetschef” (ägare) is not in lsys.yaml' },
      ],
    },
  ],
});

// lsys.yaml without enheter, a process without activities (the schema reports it), and an
// aktivitet given without its process.
const NO_UNITS = `organisation: Testkommunen
verksamhetsformer: [sol]
dokument: ledningssystem
roller:
  - { id: nämnd, namn: Nämnden }
  - { id: förvaltningschef, namn: Förvaltningschef }
  - { id: mas, namn: MAS }
  - { id: enhetschef, namn: Enhetschef }
regler:
  coverage/missing: off
`;
const forUnit = doc(rutin('RUT-001', { gäller_för: ['solgläntan'] }), RUTIN_BODY);
const noActivities = doc(processDoc('PRO-001', { aktiviteter: [] }), PROCESS_BODY);
const inA1 = doc(rutin('RUT-001', { aktivitet: 'A1' }), RUTIN_BODY);
const noProcess = doc(rutin('RUT-001', { process: undefined, aktivitet: 'A1' }), RUTIN_BODY);
ruleTester(RULE, {
  invalid: [
    {
      name: 'a unit when lsys.yaml has no enheter: the hint says to add it',
      files: { [R]: forUnit, [`${D}PRO-001.md`]: PRO },
      config: NO_UNITS,
      errors: [
        {
          file: R,
          line: at(forUnit, '- solgläntan').line,
          message: 'Enheten ”solgläntan” finns inte i lsys.yaml',
          hint: 'Lägg till enheten under enheter i lsys.yaml.',
        },
      ],
    },
    {
      name: 'an aktivitet of a process that lists none: (inga)',
      files: { [R]: inA1, [`${D}PRO-001.md`]: noActivities },
      errors: [
        {
          file: R,
          ...at(inA1, 'aktivitet:'),
          message: 'Processen PRO-001 har ingen aktivitet ”A1”',
          hint: 'Aktiviteterna är (inga).',
        },
      ],
    },
    {
      name: 'an aktivitet without process',
      files: { [R]: noProcess },
      errors: [
        {
          file: R,
          ...at(noProcess, 'aktivitet:'),
          message: 'Aktiviteten ”A1” anges utan process',
          hint: 'Ange också process: med processens id.',
        },
      ],
    },
  ],
});

// Läskvittens (issue 13): the roster's units and roles, and its rows that cannot be read.
const P = 'data/läskvittenser/personal.csv';
const rosterOnly = (roster: string): Record<string, string> => ({ ...READING_FILES, [P]: roster });
ruleTester(RULE, {
  valid: [
    {
      name: 'does not read the roster without a läskvittens block',
      files: READING_FILES,
      config: READING_CONFIG.slice(0, READING_CONFIG.indexOf('läskvittens:')),
    },
  ],
  invalid: [
    {
      name: 'a roster row with an unknown unit or an empty role, at its line, never the key',
      files: READING_FILES,
      config: READING_CONFIG,
      errors: [
        {
          file: P,
          line: 7,
          column: 1,
          severity: 'error',
          message: 'Enheten ”okänd” i personallistan finns inte i lsys.yaml; personen räknas inte som läsare',
          hint: 'Skriv ett enhets-id från enheter i lsys.yaml: solgläntan, norr.',
        },
        {
          file: P,
          line: 8,
          message: 'Raden i personallistan saknar roll; personen räknas inte som läsare',
          hint: { includes: 'medarbetare' },
        },
      ],
    },
    {
      name: 'an unknown role, an empty unit, a row without key and a short row, in English',
      files: rosterOnly('läsare;enhet;roll\nP1;solgläntan;undersköterska\nP2;;medarbetare\n;norr;medarbetare\nP3;norr\n'),
      config: READING_CONFIG,
      options: { lang: 'en' },
      errors: [
        { file: P, line: 2, message: 'The role “undersköterska” in the roster is not in lsys.yaml; the person is not counted as a reader' },
        { file: P, line: 3, message: 'The roster row has no unit; the person is not counted as a reader' },
        { file: P, line: 4, message: 'The row has no “läsare”; the row is not counted' },
        { file: P, line: 5, message: 'The row has 2 fields but the header row has 3; the row is not counted' },
      ],
    },
    {
      name: 'a roster unit when lsys.yaml has no enheter: the hint says (inga); a document without frontmatter is left to its own rule',
      files: { 'ledningssystem/trasig.md': '# Ingen frontmatter\n', [P]: 'läsare;enhet;roll\nP1;norr;medarbetare\n' },
      config: `${BASE_CONFIG.slice(0, BASE_CONFIG.indexOf('enheter:'))}läskvittens: {}\n`,
      errors: [{ file: P, line: 2, hint: 'Skriv ett enhets-id från enheter i lsys.yaml: (inga).' }],
    },
    {
      name: 'a roster header without the columns is one finding on line 1',
      files: rosterOnly('namn;enhet\nAnna;norr\n'),
      config: READING_CONFIG,
      errors: [{ file: P, line: 1, message: 'Rubrikraden saknar läsare, roll; filen läses inte' }],
    },
  ],
});
