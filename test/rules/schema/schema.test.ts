/**
 * schema (reports `schema/<keyword>`): the frontmatter fails the JSON Schema of its `typ`
 * (error). Positions are the key at fault (line and column); values stay the text the user
 * wrote (`version: 1.10` is "1.10"); only the integer fields are coerced.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/types.js';
import {
  ansvarsfordelningDoc,
  config,
  doc,
  lineOf,
  posOf,
  positions,
  riskanalysDoc,
  rutin,
  RUTIN_BODY,
  åtgärd,
  processDoc,
  PROCESS_BODY,
} from '../../helpers/repo.js';
import { at, check, ruleTester, validateMemory } from '../../helpers/rule-tester.js';

const F = 'ledningssystem/RUT-001.md';

/** Every schema finding as `rule@line`, sorted: the set to compare before any text. */
function schemaPairs(diags: Diagnostic[], file = F): string[] {
  return diags
    .filter((d) => d.rule.startsWith('schema/') && d.file === file)
    .map((d) => `${d.rule}@${d.line}`)
    .sort();
}
const one = (diags: Diagnostic[], rule: string): Diagnostic | undefined => diags.find((d) => d.rule === rule);
const rut = (extra: Record<string, unknown>, body = RUTIN_BODY): string => doc(rutin('RUT-001', extra), body);

describe('schema', () => {
  it('a valid rutin has no schema findings', async () => {
    expect(schemaPairs(await check({ [F]: rut({}) }))).toEqual([]);
  });

  describe('schema/required', () => {
    it('reports a missing field at line 1 and names it', async () => {
      const diags = await check({ [F]: rut({ titel: undefined }) });
      expect(schemaPairs(diags)).toEqual(['schema/required@1']);
      expect(one(diags, 'schema/required')?.message).toBe('Fältet ”titel” saknas');
      expect(one(diags, 'schema/required')?.severity).toBe('error');
    });

    it('requires fastställd_av, fastställd and (for a styrande type) revideras only when fastställd', async () => {
      const diags = await check({ [F]: rut({ fastställd_av: undefined, revideras: undefined }) });
      expect(schemaPairs(diags)).toEqual(['schema/required@1', 'schema/required@1']);
      expect(
        diags
          .filter((d) => d.rule === 'schema/required')
          .map((d) => d.message)
          .sort(),
      ).toEqual([
        'Fältet ”fastställd_av” saknas; det krävs när status är fastställd',
        'Fältet ”revideras” saknas; det krävs när status är fastställd',
      ]);
      const draft = rut({ status: 'utkast', fastställd_av: undefined, fastställd: undefined, revideras: undefined });
      expect(schemaPairs(await check({ [F]: draft }))).toEqual([]);
    });

    it('requires klar_datum when an åtgärd is klar, at the åtgärd (line and column)', async () => {
      const R = 'ledningssystem/RA-001.md';
      const risk = (status: string, extra: Record<string, unknown> = {}) => ({
        id: 'R1',
        beskrivning: 'Fall',
        sannolikhet: 3,
        konsekvens: 4,
        åtgärder: [åtgärd({ beskrivning: 'Larm', status, ...extra })],
      });
      const bad = doc(riskanalysDoc('RA-001', [risk('klar')]));
      const diags = await check({ [R]: bad });
      expect(positions(diags, 'schema/required')).toEqual([`${R}:${posOf(bad, 'beskrivning: Larm')}`]);
      expect(one(diags, 'schema/required')?.message).toBe(
        'Fältet ”klar_datum” saknas i ”risker post 1, åtgärder post 1”; det krävs när åtgärdens status är klar',
      );
      expect(schemaPairs(await check({ [R]: doc(riskanalysDoc('RA-001', [risk('pågår')])) }), R)).toEqual([]);
      expect(schemaPairs(await check({ [R]: doc(riskanalysDoc('RA-001', [risk('klar', { klar_datum: '2026-10-01' })])) }), R)).toEqual([]);
    });
  });

  it('schema/enum: a value outside the list, at the key, with the allowed values', async () => {
    const t = rut({ status: 'godkänd' });
    const diags = await check({ [F]: t });
    expect(schemaPairs(diags)).toEqual([`schema/enum@${lineOf(t, 'status:')}`]);
    expect(one(diags, 'schema/enum')?.message).toBe('Värdet ”godkänd” är inte tillåtet för ”status”');
    expect(one(diags, 'schema/enum')?.hint).toBe('Tillåtna värden: utkast, fastställd, upphävd.');
  });

  it('schema/format: 2025-02-30 is no date; 2024-02-29 is', async () => {
    const t = rut({ fastställd: '2025-02-30' });
    const diags = await check({ [F]: t });
    expect(schemaPairs(diags)).toEqual([`schema/format@${lineOf(t, 'fastställd:')}`]);
    expect(one(diags, 'schema/format')?.message).toBe('”2025-02-30” i ”fastställd” är inget giltigt datum');
    expect(schemaPairs(await check({ [F]: rut({ fastställd: '2024-02-29' }) }, { today: '2024-03-01' }))).toEqual([]);
  });

  it('schema/pattern: an id, a version and a role of the wrong form', async () => {
    const t = rut({ id: 'rut-1', version: 'v2', ägare: 'Enhetschef' });
    const diags = await check({ [F]: t });
    expect(schemaPairs(diags)).toEqual(
      [`schema/pattern@${lineOf(t, 'id:')}`, `schema/pattern@${lineOf(t, 'version:')}`, `schema/pattern@${lineOf(t, 'ägare:')}`].sort(),
    );
    expect(diags.filter((d) => d.rule === 'schema/pattern').map((d) => d.message)).toEqual([
      '”rut-1” i ”id” har fel form',
      '”v2” i ”version” har fel form',
      '”Enhetschef” i ”ägare” har fel form',
    ]);
    expect(one(diags, 'schema/pattern')?.hint).toBe('Ett id är 2–6 versaler, bindestreck och 1–5 siffror, t.ex. RUT-012.');
  });

  it('an empty value is said to be empty (`ägare:` and `fastställd:` with nothing after them)', async () => {
    const t = rut({})
      .replace(/^ägare: .*$/m, 'ägare:')
      .replace(/^fastställd: .*$/m, 'fastställd:');
    const diags = await check({ [F]: t });
    expect(one(diags, 'schema/pattern')).toMatchObject({ message: '”ägare” är tomt', line: Number(lineOf(t, 'ägare:')) });
    expect(one(diags, 'schema/pattern')?.hint).toContain('roll');
    expect(one(diags, 'schema/format')?.message).toBe('”fastställd” är tomt');
  });

  it('points at a nested key: aktiviteter[1].ansvarig, line and column', async () => {
    const P = 'ledningssystem/PRO-001.md';
    const t = doc(
      processDoc('PRO-001', {
        aktiviteter: [
          { id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef' },
          { id: 'A2', namn: 'Utreda', ansvarig: 'Enhetschef' },
        ],
      }),
      PROCESS_BODY,
    );
    const diags = await check({ [P]: t });
    expect(positions(diags, 'schema/pattern')).toEqual([`${P}:${posOf(t, 'ansvarig: Enhetschef')}`]);
    expect(posOf(t, 'ansvarig: Enhetschef')).toMatch(/:5$/);
    expect(one(diags, 'schema/pattern')?.message).toBe('”Enhetschef” i ”aktiviteter post 2, ansvarig” har fel form');
  });

  describe('schema/additionalProperties', () => {
    it('reports a typo at the unknown key with a "Menade du" hint', async () => {
      const t = rut({ revideras: undefined, revidreas: '2027-08-31' });
      const diags = await check({ [F]: t });
      expect(schemaPairs(diags)).toEqual(['schema/additionalProperties@' + lineOf(t, 'revidreas:'), 'schema/required@1']);
      expect(positions(diags, 'schema/additionalProperties')).toEqual([`${F}:${lineOf(t, 'revidreas:')}:1`]);
      const d = one(diags, 'schema/additionalProperties');
      expect(d?.message).toBe('Okänt fält ”revidreas”');
      expect(d?.hint).toBe('Menade du ”revideras”? Egna fält ska börja med x_.');
    });

    it('allows the organisation’s own x_ fields', async () => {
      expect(schemaPairs(await check({ [F]: rut({ x_diarienummer: 'SN 2026/12', x_egen: { a: 1 } }) }))).toEqual([]);
    });

    it('rejects revideras on a riskanalys (a record document is never reviewed)', async () => {
      const R = 'ledningssystem/RA-001.md';
      const t = doc(
        riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 1, konsekvens: 1 }], { revideras: '2027-08-31' }),
      );
      const diags = await check({ [R]: t });
      expect(schemaPairs(diags, R)).toEqual([`schema/additionalProperties@${lineOf(t, 'revideras:')}`]);
      expect(one(diags, 'schema/additionalProperties')?.message).toBe('Okänt fält ”revideras”');
    });

    it('reports an unknown key inside a nested object at that key; x_ is top-level only', async () => {
      const P = 'ledningssystem/PRO-001.md';
      const t = doc(
        processDoc('PRO-001', {
          aktiviteter: [
            { id: 'A1', namn: 'Steg', ansvrig: 'mas' },
            { id: 'A2', namn: 'Steg', ansvarig: 'mas', x_not: 'a' },
          ],
        }),
        PROCESS_BODY,
      );
      const diags = await check({ [P]: t });
      expect(positions(diags, 'schema/additionalProperties')).toEqual([`${P}:${posOf(t, 'ansvrig:')}`, `${P}:${posOf(t, 'x_not:')}`]);
      const found = diags.filter((d) => d.rule === 'schema/additionalProperties');
      expect(found.map((d) => d.message)).toEqual([
        'Okänt fält ”ansvrig” i ”aktiviteter post 1”',
        'Okänt fält ”x_not” i ”aktiviteter post 2”',
      ]);
      // The x_ advice only helps at the top level; here the hint names the fields allowed.
      expect(found.map((d) => d.hint)).toEqual(['Menade du ”ansvarig”?', 'Tillåtna fält här: id, namn, ansvarig, rutiner.']);
    });
  });

  it('keeps version: 1.10 as the text "1.10" and dates as text', async () => {
    const t = rut({}).replace('version: "1.0"', 'version: 1.10').replace('version: 1.0\n', 'version: 1.10\n');
    expect(t).toContain('version: 1.10\n');
    const run = await validateMemory({ [F]: t });
    expect(schemaPairs(run.result.diagnostics)).toEqual([]);
    const data = run.documents.find((d) => d.file === F)?.data;
    expect(data?.version).toBe('1.10');
    expect(data?.fastställd).toBe('2026-09-01');
  });

  it('coerces the integer fields written bare, and reports text where an integer belongs', async () => {
    const R = 'ledningssystem/RA-001.md';
    const raw = (s: string, k: string) =>
      `---\nid: RA-001\ntyp: riskanalys\ntitel: Risker\nstatus: utkast\nversion: 1.0\nägare: mas\ndatum: 2026-08-20\nanledning: fortlöpande\nrisker:\n  - id: R1\n    beskrivning: Fall\n    sannolikhet: ${s}\n    konsekvens: ${k}\n---\n`;
    const run = await validateMemory({ [R]: raw('3', '2') });
    expect(schemaPairs(run.result.diagnostics, R)).toEqual([]);
    const risk = (run.documents[0]?.data?.risker as Array<Record<string, unknown>> | undefined)?.[0];
    expect(risk?.sannolikhet).toBe(3);
    expect(risk?.konsekvens).toBe(2);
    const bad = raw('tre', '5');
    const diags = await check({ [R]: bad });
    expect(schemaPairs(diags, R)).toEqual([`schema/maximum@${lineOf(bad, 'konsekvens:')}`, `schema/type@${lineOf(bad, 'sannolikhet:')}`]);
    expect(positions(diags, 'schema/type')).toEqual([`${R}:${posOf(bad, 'sannolikhet:')}`]);
    expect(one(diags, 'schema/type')?.message).toBe('”risker post 1, sannolikhet” ska vara ett heltal');
    expect(one(diags, 'schema/maximum')?.message).toBe('”risker post 1, konsekvens” ska vara 1–4, inte 5');
  });

  it('reports frontmatter that is a list, not a mapping, as schema/type at line 1', async () => {
    const diags = await check({ [F]: '---\n- a\n- b\n---\n' });
    expect(schemaPairs(diags)).toEqual(['schema/type@1']);
  });

  it('follows regler per keyword and for the whole check', async () => {
    const files = { [F]: rut({ status: 'godkänd', x: 1 }) };
    const perKeyword = await check(files, {}, config('', { 'schema/additionalProperties': 'warning' }));
    expect(
      perKeyword
        .filter((d) => d.rule.startsWith('schema/'))
        .map((d) => `${d.rule}:${d.severity}`)
        .sort(),
    ).toEqual(['schema/additionalProperties:warning', 'schema/enum:error']);
    expect(schemaPairs(await check(files, {}, config('', { schema: 'off' })))).toEqual([]);
    const cli = await check(files, { ruleOverrides: { 'schema/enum': 'off' } }, config('', { schema: 'warning' }));
    expect(cli.filter((d) => d.rule.startsWith('schema/')).map((d) => `${d.rule}:${d.severity}`)).toEqual([
      'schema/additionalProperties:warning',
    ]);
  });

  it('speaks English with lang en', async () => {
    const t = rut({ status: 'godkänd', revideras: undefined, revidreas: '2027-08-31' });
    const diags = await check({ [F]: t }, { lang: 'en' });
    expect(one(diags, 'schema/enum')?.message).toBe('The value “godkänd” is not allowed for “status”');
    expect(one(diags, 'schema/additionalProperties')?.message).toBe('Unknown field “revidreas”');
    expect(one(diags, 'schema/additionalProperties')?.hint).toBe('Did you mean “revideras”? Your own fields must start with x_.');
  });
});

// Keywords the schemas use that the cases above do not reach, each with its own wording.
const S = 'ledningssystem/SAM-001.md';
const RA = 'ledningssystem/RA-001.md';
const ANS = 'ledningssystem/ANS-001.md';
const sam = (antal: number): string =>
  doc({
    id: 'SAM-001',
    typ: 'sammanställning',
    titel: 'Avvikelser 2026',
    status: 'utkast',
    version: '1.0',
    ägare: 'enhetschef',
    period: { från: '2026-01-01', till: '2026-06-30' },
    avvikelser: [{ kategori: 'Fall', antal }],
  });
const routine = (extra: Record<string, unknown>): string => doc(rutin('RUT-001', { process: undefined, ...extra }), RUTIN_BODY);
const twice = routine({ sosfs: ['4:4', '4:4'] });
const negative = sam(-1);
const zero = doc(riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 0, konsekvens: 1 }]));
const numericStatus = routine({ status: 5, fastställd: undefined, fastställd_av: undefined, revideras: undefined });
const withoutProcess = routine({ aktivitet: 'A1' });
const badRoles = doc(
  ansvarsfordelningDoc('ANS-001', [{ uppgift: 'Riskanalys', ansvar: { Enhetschef: 'ansvarar', 'Medicinskt ansvarig': 'utför' } }]),
);
const badUnit = routine({ gäller_för: ['Solgläntan'] });
const emptyTitle = routine({ titel: '' });
const badLocalId = doc(riskanalysDoc('RA-001', [{ id: 'R 1', beskrivning: 'Fall', sannolikhet: 1, konsekvens: 1 }]));

ruleTester('schema', {
  valid: [{ name: 'a sammanställning with antal 0', files: { [S]: sam(0) } }],
  invalid: [
    {
      name: 'uniqueItems: the same paragraph twice in sosfs',
      files: { [F]: twice },
      errors: [{ rule: 'schema/uniqueItems', file: F, ...at(twice, 'sosfs:'), message: '”sosfs” innehåller samma värde två gånger' }],
    },
    {
      name: 'uniqueItems, in English',
      files: { [F]: twice },
      options: { lang: 'en' },
      errors: [{ rule: 'schema/uniqueItems', file: F, line: at(twice, 'sosfs:').line, message: '“sosfs” contains the same value twice' }],
    },
    {
      name: 'minimum with a maximum beside it: the range',
      files: { [RA]: zero },
      errors: [
        { rule: 'schema/minimum', file: RA, ...at(zero, 'sannolikhet:'), message: '”risker post 1, sannolikhet” ska vara 1–4, inte 0' },
      ],
    },
    {
      name: 'minimum alone: at least',
      files: { [S]: negative },
      errors: [{ rule: 'schema/minimum', file: S, ...at(negative, 'antal:'), message: '”avvikelser post 1, antal” ska vara ≥ 0, inte -1' }],
    },
    {
      name: 'minimum alone, in English',
      files: { [S]: negative },
      options: { lang: 'en' },
      errors: [
        { rule: 'schema/minimum', file: S, line: at(negative, 'antal:').line, message: '“avvikelser item 1, antal” must be ≥ 0, not -1' },
      ],
    },
    {
      name: 'minLength: an empty titel',
      files: { [F]: emptyTitle },
      errors: [{ rule: 'schema/minLength', file: F, ...at(emptyTitle, 'titel:'), message: '”titel” får inte vara tomt' }],
    },
    {
      name: 'enum with a value that is not text: the allowed values, with no guess',
      files: { [F]: numericStatus },
      errors: [
        {
          rule: 'schema/enum',
          file: F,
          ...at(numericStatus, 'status:'),
          message: 'Värdet ”5” är inte tillåtet för ”status”',
          hint: 'Tillåtna värden: utkast, fastställd, upphävd.',
        },
      ],
    },
    {
      name: 'a keyword without a message of its own (dependentRequired) is worded by ajv-i18n in Swedish',
      files: { [F]: withoutProcess },
      errors: [
        {
          rule: 'schema/dependentRequired',
          file: F,
          line: 1,
          column: 1,
          message: '”frontmatter”: borde ha egenskap process när egenskap aktivitet finns tillgängligt',
        },
      ],
    },
    {
      name: 'a keyword without a message of its own, in English by ajv',
      files: { [F]: withoutProcess },
      options: { lang: 'en' },
      errors: [
        {
          rule: 'schema/dependentRequired',
          file: F,
          line: 1,
          message: '“frontmatter”: must have property process when property aktivitet is present',
        },
      ],
    },
    {
      // Ajv gives the key beside the error (propertyName), not in its params: the message
      // showed the whole ansvar mapping, and the second bad key was lost.
      name: 'pattern of a role key in ansvar: each bad key by name, with the role hint',
      files: { [ANS]: badRoles },
      errors: [
        {
          rule: 'schema/pattern',
          file: ANS,
          ...at(badRoles, 'ansvar:'),
          message: '”Enhetschef” i ”uppgifter post 1, ansvar” har fel form',
          hint: 'Roll-id skrivs med små bokstäver och bindestreck, som i lsys.yaml under roller.',
        },
        {
          rule: 'schema/pattern',
          file: ANS,
          ...at(badRoles, 'ansvar:'),
          message: '”Medicinskt ansvarig” i ”uppgifter post 1, ansvar” har fel form',
        },
      ],
    },
    {
      name: 'pattern of a field with no fixed hint: the schema’s own description',
      files: { [F]: badUnit },
      errors: [
        {
          rule: 'schema/pattern',
          file: F,
          line: at(badUnit, '- Solgläntan').line,
          message: '”Solgläntan” i ”gäller_för post 1” har fel form',
          hint: { includes: 'En enhet (verksamhet) som finns under enheter i lsys.yaml.' },
        },
      ],
    },
    {
      name: 'pattern of an id inside a list (a local id, not a document id): the schema’s own description',
      files: { [RA]: badLocalId },
      errors: [
        {
          rule: 'schema/pattern',
          file: RA,
          ...at(badLocalId, 'id: R 1'),
          message: '”R 1” i ”risker post 1, id” har fel form',
          hint: { includes: 'En kort beteckning utan mellanslag som är unik inom dokumentet' },
        },
      ],
    },
  ],
});

describe('schema/required: the hint describes the missing field where it is missing', () => {
  // An åtgärd without beskrivning was hinted with a mål's description ("Vad verksamheten vill
  // uppnå …"), chosen by the field's name anywhere in the schemas, and in Swedish under --lang en.
  const file = 'ledningssystem/RISK-001.md';
  const { beskrivning: _dropped, ...utanBeskrivning } = åtgärd();
  const risk = { id: 'R1', beskrivning: 'Fall', sannolikhet: 2, konsekvens: 2, åtgärder: [utanBeskrivning] };
  const files = { [file]: doc(riskanalysDoc('RISK-001', [risk])) };

  it('in Swedish, the åtgärd’s own description', async () => {
    const d = (await check(files)).find((x) => x.rule === 'schema/required' && x.file === file);
    expect(d?.message).toContain('beskrivning');
    expect(d?.hint).toMatch(/^Vad som ska göras/);
  });

  it('in English, no Swedish hint', async () => {
    const d = (await check(files, { lang: 'en' })).find((x) => x.rule === 'schema/required' && x.file === file);
    expect(d?.message).toBe('The field “beskrivning” is missing in “risker item 1, åtgärder item 1”');
    expect(d).not.toHaveProperty('hint');
  });
});
