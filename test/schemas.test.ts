/**
 * Contract tests for the JSON Schemas in schemas/: every document type accepts a
 * valid frontmatter as the engine sees it (YAML failsafe: every scalar is text,
 * Ajv coerces the integer fields) and rejects the mistakes users make with the
 * keyword the engine turns into `schema/<keyword>`. Also checks that every schema
 * and property carries a Swedish title and description (shown by `lsys schema`
 * and in editors).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { DOC_TYPES, STYRANDE } from '../src/core/types.js';

// ajv and ajv-formats are CommonJS with `exports.default`; under NodeNext the default
// import is the module object, at runtime it is the class itself. Accept both.
const Ajv2020 = ((Ajv2020Module as any).default ?? Ajv2020Module) as typeof import('ajv/dist/2020.js').default;
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as typeof import('ajv-formats').default;

const schemaDir = new URL('../schemas/', import.meta.url);
const schemaFiles = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .sort();
const schemas: Record<string, any> = Object.fromEntries(
  schemaFiles.map((f) => [f, JSON.parse(readFileSync(new URL(f, schemaDir), 'utf8'))]),
);

const ajv = new Ajv2020({ allErrors: true, strict: false, coerceTypes: true });
addFormats(ajv);
for (const s of Object.values(schemas)) ajv.addSchema(s);

/** The schema file stem of a typ: Swedish letters folded (ansvarsfördelning → ansvarsfordelning). */
function stemOf(typ: string): string {
  return typ.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function validatorFor(typ: string): ValidateFunction {
  const v = ajv.getSchema(`urn:lsys:schema:${stemOf(typ)}`);
  if (!v) throw new Error(`no schema for ${typ}`);
  return v;
}

/** Frontmatter as the engine gets it: YAML parsed with the failsafe schema. */
function fm(text: string): Record<string, unknown> {
  return parse(text, { schema: 'failsafe' });
}

/** Validate and return the errors as `keyword path` strings, ignoring Ajv's `if` wrapper errors. */
function errorsOf(typ: string, data: unknown): string[] {
  const v = validatorFor(typ);
  if (v(data)) return [];
  return (v.errors as ErrorObject[])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const extra =
        (e.params as any).missingProperty ?? (e.params as any).additionalProperty ?? (e.params as any).unevaluatedProperty ?? '';
      return [e.keyword, e.instancePath, extra].filter(Boolean).join(' ');
    });
}

const COMMON_FASTSTALLD = `
status: fastställd
version: 1.10
ägare: enhetschef
fastställd_av: förvaltningschef
fastställd: 2025-01-15
gäller_för: [solgläntan, daglig-verksamhet]
sosfs: [4:4, "5:2"]
lagrum: ["PSL 3:10", SoL 2025:400 11:1]
ersätter: RUT-7
relaterade: [BLA-010, PRO-001]
x_diarienummer: SN 2025/123
`;

/** One valid frontmatter per type, written the way users write them. */
const VALID: Record<string, string> = {
  policy: `
id: POL-001
typ: policy
titel: Kvalitetspolicy
${COMMON_FASTSTALLD}
revideras: 2026-01-15
mål:
  - id: M1
    beskrivning: Brukarna är nöjda med bemötandet
    indikator: Andel nöjda i brukarundersökningen
    målvärde: 90 %
    utfall:
      - { år: 2024, värde: 84 % }
      - { år: 2025, värde: 88 %, kommentar: Ny introduktion för personal }
`,
  process: `
id: PRO-001
typ: process
titel: Inskrivning
${COMMON_FASTSTALLD}
revideras: 2026-01-15
aktiviteter:
  - { id: A1, namn: Ta emot ansökan, ansvarig: handläggare, rutiner: [RUT-012] }
  - { id: A2, namn: Planera insats, ansvarig: enhetschef }
samverkan:
  - { med: Regionens vårdcentral, beskrivning: SIP inom fem dagar, rutiner: [RUT-020] }
mål:
  - { id: M1, beskrivning: Beslut inom 14 dagar }
`,
  rutin: `
id: RUT-012
typ: rutin
titel: Läkemedelshantering
${COMMON_FASTSTALLD}
revideras: 2026-01-15
process: PRO-001
aktivitet: A1
`,
  ansvarsfördelning: `
id: ANS-001
typ: ansvarsfördelning
titel: Ansvarsfördelning i kvalitetsarbetet
${COMMON_FASTSTALLD}
revideras: 2026-01-15
uppgifter:
  - uppgift: Genomföra riskanalys
    sosfs: ["5:1"]
    ansvar: { enhetschef: ansvarar, medarbetare: deltar, nämnd: informeras }
  - uppgift: Följa rutiner
    ansvar: { medarbetare: utför, enhetschef: ansvarar }
`,
  riskanalys: `
id: RIS-003
typ: riskanalys
titel: Riskanalys inför ombyggnad
status: fastställd
version: 1
ägare: enhetschef
fastställd_av: enhetschef
fastställd: 2025-03-01
datum: 2025-02-20
anledning: förändring
risker:
  - id: R1
    beskrivning: Fel läkemedel ges
    orsak: Ny personal
    sannolikhet: 3
    konsekvens: 4
    åtgärder:
      - { beskrivning: Dubbelsignering, ansvarig: mas, klart_senast: 2025-04-01, status: klar, klar_datum: 2025-03-28 }
      - { beskrivning: Utbildning, ansvarig: enhetschef, klart_senast: 2025-06-01, status: planerad }
  - { id: R2, beskrivning: Fall i korridor, sannolikhet: 1, konsekvens: 2 }
`,
  egenkontroll: `
id: EGK-004
typ: egenkontroll
titel: Journalgranskning
${COMMON_FASTSTALLD}
revideras: 2026-01-15
område: Social dokumentation
metod: Granskning av 20 slumpvis valda akter
frekvens: kvartal
ansvarig: enhetschef
genomförda:
  - { datum: 2025-03-15, resultat: utan_anmärkning }
  - datum: 2025-06-15
    resultat: brister
    sammanfattning: 3 av 20 planer saknade uppföljning
    åtgärder:
      - { beskrivning: Genomgång på APT, ansvarig: enhetschef, klart_senast: 2025-08-31, status: pågår }
`,
  sammanställning: `
id: SAM-2025
typ: sammanställning
titel: Avvikelser och klagomål tertial 1 2025
status: fastställd
version: 1
ägare: kvalitetssamordnare
fastställd_av: förvaltningschef
fastställd: 2025-05-10
period: { från: 2025-01-01, till: 2025-04-30 }
avvikelser:
  - { kategori: Läkemedel, antal: 12 }
  - { kategori: Fall, antal: 0 }
klagomål:
  - { källa: närstående, antal: 3 }
  - { källa: förening_organisation, antal: 1 }
rapporter: { lex_sarah: 2, lex_sarah_anmälda: 1, lex_maria: 0 }
`,
  blankett: `
id: BLA-010
typ: blankett
titel: Avvikelserapport
${COMMON_FASTSTALLD}
revideras: 2026-01-15
`,
};

/** Required fields beyond the common ones, per type. */
const REQUIRED: Record<string, string[]> = {
  policy: [],
  process: ['aktiviteter'],
  rutin: [],
  ansvarsfördelning: ['uppgifter'],
  riskanalys: ['datum', 'anledning', 'risker'],
  egenkontroll: ['område', 'metod', 'frekvens', 'ansvarig'],
  sammanställning: ['period'],
  blankett: [],
};

describe('schema files', () => {
  it('has a base, a config and one schema per document type, each with $id urn:lsys:schema:<stem>', () => {
    expect(schemaFiles).toEqual(['base', 'lsys-config', ...DOC_TYPES.map(stemOf)].map((s) => `${s}.schema.json`).sort());
    for (const [file, s] of Object.entries(schemas)) {
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`urn:lsys:schema:${file.replace('.schema.json', '')}`);
    }
  });

  it('compiles every schema (all $refs resolve)', () => {
    for (const s of Object.values(schemas)) expect(() => ajv.getSchema(s.$id)).not.toThrow();
    for (const s of Object.values(schemas)) expect(ajv.getSchema(s.$id)).toBeTypeOf('function');
  });

  it('names its own typ with const, so the engine can map typ → schema', () => {
    for (const typ of DOC_TYPES) {
      expect(schemas[`${stemOf(typ)}.schema.json`].properties.typ.const).toBe(typ);
    }
    expect(schemas['base.schema.json'].properties.typ.enum).toEqual([...DOC_TYPES]);
  });

  it('keeps revideras out of the base: only styrande types include $defs/styrande', () => {
    expect(schemas['base.schema.json'].properties.revideras).toBeUndefined();
    for (const typ of DOC_TYPES) {
      const s = schemas[`${stemOf(typ)}.schema.json`];
      expect(s.$ref).toBe('urn:lsys:schema:base');
      expect(s.unevaluatedProperties).toBe(false);
      const includesStyrande = JSON.stringify(s.allOf ?? []).includes('#/$defs/styrande');
      expect(includesStyrande, typ).toBe(STYRANDE.has(typ));
    }
  });
});

describe('valid frontmatter per type', () => {
  for (const typ of DOC_TYPES) {
    it(`${typ}: accepts a complete, approved document`, () => {
      expect(errorsOf(typ, fm(VALID[typ]!))).toEqual([]);
    });

    it(`${typ}: accepts a minimal draft`, () => {
      const data = fm(VALID[typ]!);
      const minimal: Record<string, unknown> = { status: 'utkast' };
      for (const k of ['id', 'typ', 'titel', 'version', 'ägare', ...REQUIRED[typ]!]) minimal[k] = data[k];
      expect(errorsOf(typ, minimal)).toEqual([]);
    });

    it(`${typ}: requires the common fields and its own`, () => {
      const errors = errorsOf(typ, { typ });
      const missing = ['id', 'titel', 'status', 'version', 'ägare', ...REQUIRED[typ]!];
      expect(errors.sort()).toEqual(missing.map((p) => `required ${p}`).sort());
    });
  }

  it('keeps version as the text written (1.10 stays "1.10")', () => {
    const data = fm(VALID.rutin!);
    expect(errorsOf('rutin', data)).toEqual([]);
    expect(data.version).toBe('1.10');
  });
});

describe('common fields', () => {
  const rutin = () => fm(VALID.rutin!);

  it('rejects an impossible date with format', () => {
    expect(errorsOf('rutin', { ...rutin(), fastställd: '2025-02-30' })).toEqual(['format /fastställd']);
    expect(errorsOf('rutin', { ...rutin(), revideras: '2026-1-15' })).toEqual(['format /revideras']);
    expect(errorsOf('rutin', { ...rutin(), fastställd: '2024-02-29' })).toEqual([]);
  });

  it('rejects a typo in a field name (revidreas) with unevaluatedProperties', () => {
    const { revideras, ...rest } = rutin();
    expect(errorsOf('rutin', { ...rest, revidreas: revideras })).toEqual(['required revideras', 'unevaluatedProperties revidreas']);
  });

  it('reports only the typo as unevaluated when other common fields are wrong too', () => {
    expect(errorsOf('blankett', { ...fm(VALID.blankett!), titel: '', revidreas: '2026-01-01' })).toEqual([
      'minLength /titel',
      'unevaluatedProperties revidreas',
    ]);
  });

  it('accepts the organisation’s own x_ fields of any shape', () => {
    expect(errorsOf('rutin', { ...rutin(), x_diarienummer: 'SN 2025/1', x_extra: { a: ['b'] } })).toEqual([]);
  });

  it('rejects a bad id, status, typ, version and role with pattern/enum', () => {
    expect(errorsOf('rutin', { ...rutin(), id: 'rut-12' })).toEqual(['pattern /id']);
    expect(errorsOf('rutin', { ...rutin(), id: 'RUT-123456' })).toEqual(['pattern /id']);
    expect(errorsOf('rutin', { ...rutin(), id: 'ÅTG-1' })).toEqual([]);
    expect(errorsOf('rutin', { ...rutin(), status: 'godkänd' })).toEqual(['enum /status']);
    expect(errorsOf('rutin', { ...rutin(), version: 'v2' })).toEqual(['pattern /version']);
    expect(errorsOf('rutin', { ...rutin(), version: '2.1.3' })).toEqual(['pattern /version']);
    expect(errorsOf('rutin', { ...rutin(), ägare: 'Enhetschef' })).toEqual(['pattern /ägare']);
    expect(errorsOf('rutin', { ...rutin(), ägare: 'medicinskt-ansvarig' })).toEqual([]);
    expect(errorsOf('rutin', { ...rutin(), gäller_för: ['sol gläntan'] })).toEqual(['pattern /gäller_för/0']);
  });

  it('validates an unknown typ against the base schema with enum', () => {
    const base = ajv.getSchema('urn:lsys:schema:base')!;
    expect(base({ ...rutin(), typ: 'instruktion' })).toBe(false);
    expect(base.errors!.map((e) => `${e.keyword} ${e.instancePath}`)).toEqual(['enum /typ']);
  });

  it('checks the shape of sosfs references (kap:§) and document ids in lists', () => {
    expect(errorsOf('rutin', { ...rutin(), sosfs: ['4:4', '4 kap. 4 §'] })).toEqual(['pattern /sosfs/1']);
    expect(errorsOf('rutin', { ...rutin(), sosfs: '4:4' })).toEqual(['type /sosfs']);
    expect(errorsOf('rutin', { ...rutin(), relaterade: ['PRO-001', 'PRO-001'] })).toEqual(['uniqueItems /relaterade']);
    expect(errorsOf('rutin', { ...rutin(), ersätter: '' })).toEqual(['pattern /ersätter']);
  });

  it('accepts a paragraph inserted by an amendment (5:3a) wherever a paragraph is written; no other suffix', () => {
    expect(errorsOf('rutin', { ...rutin(), sosfs: ['5:3', '5:3a'] })).toEqual([]);
    const af = fm(VALID.ansvarsfördelning!) as any;
    af.uppgifter[0].sosfs = ['5:3a'];
    expect(errorsOf('ansvarsfördelning', af)).toEqual([]);
    expect(errorsOf('rutin', { ...rutin(), sosfs: ['5:3A', '5:3 a', '5:3ab', '5:a'] })).toEqual([
      'pattern /sosfs/0',
      'pattern /sosfs/1',
      'pattern /sosfs/2',
      'pattern /sosfs/3',
    ]);
  });

  it('requires fastställd_av and fastställd when status is fastställd, not for drafts', () => {
    const { fastställd_av, fastställd, ...rest } = rutin();
    expect(errorsOf('rutin', rest).sort()).toEqual(['required fastställd', 'required fastställd_av']);
    expect(errorsOf('rutin', { ...rest, status: 'utkast' })).toEqual([]);
  });
});

describe('revideras: styrande vs redovisande', () => {
  for (const typ of DOC_TYPES) {
    if (STYRANDE.has(typ)) {
      it(`${typ}: requires revideras when fastställd, allows drafts without it`, () => {
        const { revideras, ...rest } = fm(VALID[typ]!);
        expect(revideras).toBeDefined();
        expect(errorsOf(typ, rest)).toEqual(['required revideras']);
        expect(errorsOf(typ, { ...rest, status: 'utkast' })).toEqual([]);
      });
    } else {
      it(`${typ}: rejects revideras (a record is never due for review)`, () => {
        expect(errorsOf(typ, { ...fm(VALID[typ]!), revideras: '2026-01-01' })).toEqual(['unevaluatedProperties revideras']);
      });
    }
  }
});

describe('type-specific fields', () => {
  it('riskanalys: coerces "3" to the integer 3 and rejects 5, 0 and 2.5', () => {
    const data = fm(VALID.riskanalys!) as any;
    expect(data.risker[0].sannolikhet).toBe('3');
    expect(errorsOf('riskanalys', data)).toEqual([]);
    expect(data.risker[0].sannolikhet).toBe(3);
    expect(data.risker[0].konsekvens).toBe(4);

    const bad = fm(VALID.riskanalys!) as any;
    bad.risker[0].sannolikhet = '5';
    bad.risker[0].konsekvens = '0';
    bad.risker[1].sannolikhet = '2.5';
    bad.risker[1].konsekvens = 'hög';
    expect(errorsOf('riskanalys', bad)).toEqual([
      'maximum /risker/0/sannolikhet',
      'minimum /risker/0/konsekvens',
      'type /risker/1/sannolikhet',
      'type /risker/1/konsekvens',
    ]);
  });

  it('riskanalys: enum anledning, nested unknown key is additionalProperties', () => {
    const data = fm(VALID.riskanalys!) as any;
    data.anledning = 'årlig';
    data.risker[1].riskvärde = '2';
    expect(errorsOf('riskanalys', data)).toEqual(['enum /anledning', 'additionalProperties /risker/1 riskvärde']);
  });

  it('åtgärd: klar_datum is required when status is klar', () => {
    const data = fm(VALID.riskanalys!) as any;
    delete data.risker[0].åtgärder[0].klar_datum;
    expect(errorsOf('riskanalys', data)).toEqual(['required /risker/0/åtgärder/0 klar_datum']);

    const eg = fm(VALID.egenkontroll!) as any;
    eg.genomförda[1].åtgärder[0].status = 'klar';
    expect(errorsOf('egenkontroll', eg)).toEqual(['required /genomförda/1/åtgärder/0 klar_datum']);
    eg.genomförda[1].åtgärder[0].klar_datum = '2025-08-31';
    expect(errorsOf('egenkontroll', eg)).toEqual([]);
  });

  it('åtgärd: requires its fields and a role id as ansvarig', () => {
    const data = fm(VALID.riskanalys!) as any;
    data.risker[0].åtgärder[1] = { beskrivning: 'x', ansvarig: 'Anna Andersson', status: 'snart' };
    expect(errorsOf('riskanalys', data)).toEqual([
      'required /risker/0/åtgärder/1 klart_senast',
      'pattern /risker/0/åtgärder/1/ansvarig',
      'enum /risker/0/åtgärder/1/status',
    ]);
  });

  it('process: needs at least one activity, each with id, namn and a role', () => {
    const data = fm(VALID.process!) as any;
    expect(errorsOf('process', { ...data, aktiviteter: [] })).toEqual(['minItems /aktiviteter']);
    data.aktiviteter[1] = { id: 'A 2', namn: 'Planera', rutiner: ['rut-1'] };
    expect(errorsOf('process', data)).toEqual([
      'required /aktiviteter/1 ansvarig',
      'pattern /aktiviteter/1/id',
      'pattern /aktiviteter/1/rutiner/0',
    ]);
  });

  it('policy and process: mål items, år an integer', () => {
    const data = fm(VALID.policy!) as any;
    expect(errorsOf('policy', data)).toEqual([]);
    expect(data.mål[0].utfall[0].år).toBe(2024);
    expect(data.mål[0].utfall[0].värde).toBe('84 %');
    data.mål[0].utfall[1].år = 'i fjol';
    delete data.mål[0].beskrivning;
    expect(errorsOf('policy', data)).toEqual(['required /mål/0 beskrivning', 'type /mål/0/utfall/1/år']);
  });

  it('rutin: aktivitet needs process (dependentRequired)', () => {
    const { process, ...rest } = fm(VALID.rutin!);
    expect(process).toBe('PRO-001');
    expect(errorsOf('rutin', rest)).toEqual(['dependentRequired process']);
  });

  it('ansvarsfördelning: ansvar keys are role ids, values one of four levels', () => {
    const data = fm(VALID.ansvarsfördelning!) as any;
    data.uppgifter[0].ansvar = { Enhetschef: 'ansvarar', medarbetare: 'gör' };
    const errors = errorsOf('ansvarsfördelning', data);
    expect(errors).toContain('propertyNames /uppgifter/0/ansvar');
    expect(errors).toContain('enum /uppgifter/0/ansvar/medarbetare');
    expect(errorsOf('ansvarsfördelning', { ...fm(VALID.ansvarsfördelning!), uppgifter: [{ uppgift: 'x', ansvar: {} }] })).toEqual([
      'minProperties /uppgifter/0/ansvar',
    ]);
  });

  it('egenkontroll: enum frekvens, enum resultat, dates in the log', () => {
    const data = fm(VALID.egenkontroll!) as any;
    data.frekvens = 'varje månad';
    data.genomförda[0] = { datum: '2025-13-01', resultat: 'ok' };
    expect(errorsOf('egenkontroll', data)).toEqual(['enum /frekvens', 'format /genomförda/0/datum', 'enum /genomförda/0/resultat']);
  });

  it('sammanställning: period dates, counts ≥ 0, källa from 5 kap. 3 §, only counts in rapporter', () => {
    const data = fm(VALID.sammanställning!) as any;
    expect(errorsOf('sammanställning', data)).toEqual([]);
    expect(data.avvikelser[0].antal).toBe(12);
    expect(data.rapporter.lex_sarah_anmälda).toBe(1);

    const bad = fm(VALID.sammanställning!) as any;
    bad.period = { från: '2025-01-01' };
    bad.avvikelser[0].antal = '-1';
    bad.klagomål[0].källa = 'anhörig';
    bad.rapporter.lex_sarah = 'två';
    bad.rapporter.namn = 'Anna Andersson';
    expect(errorsOf('sammanställning', bad)).toEqual([
      'required /period till',
      'minimum /avvikelser/0/antal',
      'enum /klagomål/0/källa',
      'additionalProperties /rapporter namn',
      'type /rapporter/lex_sarah',
    ]);
  });

  it('blankett: has only the common fields', () => {
    expect(errorsOf('blankett', { ...fm(VALID.blankett!), aktiviteter: [] })).toEqual(['unevaluatedProperties aktiviteter']);
  });
});

describe('lsys.yaml', () => {
  const config = ajv.getSchema('urn:lsys:schema:lsys-config')!;
  const errorsOfConfig = (data: unknown) =>
    config(data)
      ? []
      : config.errors!.map((e) => {
          const p = e.params as any;
          const extra = p.missingProperty ?? p.additionalProperty ?? '';
          return [e.keyword, e.instancePath, extra].filter(Boolean).join(' ');
        });

  const EXAMPLE = `
organisation: Solbacka kommun, socialförvaltningen
verksamhetsformer: [sol, lss, hsl]
dokument: ledningssystem
ignorera: ["**/utkast-arkiv/**"]
roller:
  - { id: nämnd, namn: Socialnämnden }
  - { id: förvaltningschef, namn: Förvaltningschef }
  - { id: mas, namn: Medicinskt ansvarig sjuksköterska }
  - { id: enhetschef, namn: Enhetschef }
  - { id: medarbetare, namn: Medarbetare }
enheter:
  - { id: solgläntan, namn: Solgläntans särskilda boende, verksamhetsformer: [sol, hsl] }
revision:
  varna_dagar: 60
  max_månader: 12
risk:
  åtgärdsgräns: 8
undantag:
  - { sosfs: "4:6", skäl: "Ingen hälso- och sjukvård bedrivs i egen regi", till: 2027-12-31 }
rubriker:
  process: [Syfte, Omfattning]
  rutin: [Syfte, Ansvar, Genomförande, Uppföljning]
regler:
  coverage/missing: warning
`;

  it('accepts the example from FORMAT.md and coerces the integers', () => {
    const data = fm(EXAMPLE) as any;
    expect(errorsOfConfig(data)).toEqual([]);
    expect(data.revision).toEqual({ varna_dagar: 60, max_månader: 12 });
    expect(data.risk.åtgärdsgräns).toBe(8);
  });

  it('accepts an undantag for a paragraph with a letter (5:3a)', () => {
    const data = fm(EXAMPLE) as any;
    data.undantag[0].sosfs = '5:3a';
    expect(errorsOfConfig(data)).toEqual([]);
    data.undantag[0].sosfs = '5:3 a';
    expect(errorsOfConfig(data)).toEqual(['pattern /undantag/0/sosfs']);
  });

  it('accepts the minimal config', () => {
    expect(errorsOfConfig(fm('organisation: X\nverksamhetsformer: [lss]\nroller: [{ id: enhetschef, namn: Enhetschef }]\n'))).toEqual([]);
  });

  it('requires organisation, verksamhetsformer and roller', () => {
    expect(errorsOfConfig({}).sort()).toEqual(['required organisation', 'required roller', 'required verksamhetsformer']);
  });

  it('rejects unknown keys everywhere', () => {
    const data = fm(EXAMPLE) as any;
    data.organistion = 'typo';
    data.revision.varna = '30';
    data.roller[0].beskrivning = 'x';
    expect(errorsOfConfig(data)).toEqual([
      'additionalProperties organistion',
      'additionalProperties /roller/0 beskrivning',
      'additionalProperties /revision varna',
    ]);
  });

  it('checks values: sectors, ids, limits, exemptions, rubriker types and severities', () => {
    const data = fm(EXAMPLE) as any;
    data.verksamhetsformer = ['sol', 'sol', 'lvu'];
    data.roller[1].id = 'Förvaltningschef';
    data.enheter[0].verksamhetsformer = [];
    data.revision.max_månader = '0';
    data.risk.åtgärdsgräns = '17';
    data.undantag[0] = { sosfs: '4 kap 6 §', skäl: '', till: '2027-02-30' };
    data.rubriker.instruktion = ['Syfte'];
    data.regler['coverage/missing'] = 'info';
    expect(errorsOfConfig(data)).toEqual([
      'enum /verksamhetsformer/2',
      'uniqueItems /verksamhetsformer',
      'pattern /roller/1/id',
      'minItems /enheter/0/verksamhetsformer',
      'minimum /revision/max_månader',
      'maximum /risk/åtgärdsgräns',
      'pattern /undantag/0/sosfs',
      'minLength /undantag/0/skäl',
      'format /undantag/0/till',
      'enum /rubriker',
      'propertyNames /rubriker',
      'enum /regler/coverage~1missing',
    ]);
  });

  it('needs at least one role and one verksamhetsform', () => {
    expect(errorsOfConfig({ organisation: 'X', verksamhetsformer: [], roller: [] })).toEqual([
      'minItems /verksamhetsformer',
      'minItems /roller',
    ]);
  });
});

describe('Swedish titles and descriptions', () => {
  /** Every subschema that declares something a user writes or reads: the schema, its properties, items, $defs. */
  function* declared(schema: any, path: string): Generator<[string, any]> {
    if (!schema || typeof schema !== 'object') return;
    yield [path, schema];
    for (const [k, sub] of Object.entries<any>(schema.properties ?? {})) yield* declared(sub, `${path}/properties/${k}`);
    for (const [k, sub] of Object.entries<any>(schema.patternProperties ?? {})) yield* declared(sub, `${path}/patternProperties/${k}`);
    for (const [k, sub] of Object.entries<any>(schema.$defs ?? {})) yield* declared(sub, `${path}/$defs/${k}`);
    for (const key of ['items', 'additionalProperties', 'propertyNames']) {
      const sub = schema[key];
      // A bare {$ref} points at a $def that is checked where it is declared.
      if (sub && typeof sub === 'object' && !(Object.keys(sub).length === 1 && sub.$ref)) {
        yield* declared(sub, `${path}/${key}`);
      }
    }
    // `if`/`then` only constrain fields declared elsewhere; allOf only holds $refs.
  }

  const ENGLISH = /\b(the|must|should|is|are|of|which|when|field|date|list|value|optional|required)\b/i;
  const SWEDISH = /[åäöÅÄÖ]|\b(och|som|för|att|en|ett|med|till|av|eller|den|det|när|hur|vad|alltid)\b/;

  const all = Object.entries(schemas).flatMap(([file, s]) => [...declared(s, file)]);

  it('walks a meaningful number of declarations', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('every schema, property and $def has a title and a description', () => {
    const missing = all.filter(
      ([, s]) => !(typeof s.title === 'string' && s.title.trim() && typeof s.description === 'string' && s.description.trim()),
    );
    expect(missing.map(([p]) => p)).toEqual([]);
  });

  it('titles and descriptions are Swedish and descriptions are full sentences', () => {
    const bad = all.filter(
      ([, s]) => ENGLISH.test(s.title) || ENGLISH.test(s.description) || !SWEDISH.test(s.description) || !s.description.endsWith('.'),
    );
    expect(bad.map(([p, s]) => `${p}: ${s.title} — ${s.description}`)).toEqual([]);
  });

  it('names SOSFS 2011:9 in the description of every document type schema', () => {
    for (const typ of DOC_TYPES) {
      expect(schemas[`${stemOf(typ)}.schema.json`].description, typ).toMatch(/SOSFS 2011:9|revideras/);
    }
    for (const typ of DOC_TYPES.filter((t) => t !== 'blankett')) {
      expect(schemas[`${stemOf(typ)}.schema.json`].description, typ).toMatch(
        /\d kap\.[^.]*SOSFS 2011:9|kap\. och 7 kap\. 2 § SOSFS 2011:9/,
      );
    }
  });
});
