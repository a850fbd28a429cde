// Checks the frontmatter against the JSON Schema of its `typ` (schemas/*.schema.json):
// required fields, allowed values, id/date/version forms, unknown fields (typos).
// Serves 3:1 and 7:1: every document states what it is, who owns it and when it was approved.
// Bad: `status: godkänd` (schema/enum) or `revidreas: 2026-01-01` (schema/additionalProperties).
import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';
import { rawSchemas } from '../../core/schema-files.js';
import { displayPath, splitInstancePath } from '../../core/instance-path.js';
import { q } from '../../core/i18n.js';
import { valueText } from '../../core/messages.js';
import { DOC_TYPES, type LocalRule, type Text } from '../../core/types.js';

/** ajv-i18n's Swedish messages, loaded only for the rare keyword we have no message of our own for. */
function localizeSv(errors: ErrorObject[]): void {
  const mod = createRequire(import.meta.url)('ajv-i18n/localize/sv') as
    ((e: ErrorObject[]) => void) | { default: (e: ErrorObject[]) => void };
  (typeof mod === 'function' ? mod : mod.default)(errors);
}

const rule: LocalRule = {
  meta: {
    id: 'schema',
    description: {
      sv: 'Frontmattern följer JSON-schemat för dokumenttypen (schema/required, schema/enum, schema/format …)',
      en: 'The frontmatter follows the JSON Schema of its document type (schema/required, schema/enum, schema/format …)',
    },
    defaultSeverity: 'error',
  },
  scope: 'local',
  needsData: false,
  run(ctx) {
    for (const e of ctx.doc.schemaErrors) {
      const keyword = e.keyword === 'unevaluatedProperties' ? 'additionalProperties' : e.keyword;
      const segs: Array<string | number> = splitInstancePath(e.instancePath);
      const { message, hint } = describe(e, segs, ctx.doc.data);
      const extra: unknown = e.params.additionalProperty ?? e.params.unevaluatedProperty;
      const at = extra !== undefined ? [...segs, valueText(extra)] : segs;
      ctx.report({
        rule: `schema/${keyword}`,
        message,
        ...(hint ? { hint } : {}),
        at: segs.length === 0 && extra === undefined ? { line: 1, column: 1 } : at,
      });
    }
  },
};
export default rule;

function field(segs: Array<string | number>, lang: 'sv' | 'en' = 'sv'): string {
  return segs.length ? displayPath(segs, lang) : 'frontmatter';
}

const TYPE_SV: Record<string, string> = {
  object: 'en mappning (fält: värde)',
  array: 'en lista',
  string: 'en text',
  integer: 'ett heltal',
  number: 'ett tal',
  boolean: 'sant/falskt',
};
const TYPE_EN: Record<string, string> = {
  object: 'a mapping (field: value)',
  array: 'a list',
  string: 'a text',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true/false',
};

/** Hints for fields whose form is fixed by the contract. */
const FORM_HINTS: Record<string, Text> = {
  id: {
    sv: 'Ett id är 2–6 versaler, bindestreck och 1–5 siffror, t.ex. RUT-012.',
    en: 'An id is 2–6 capitals, a hyphen and 1–5 digits, e.g. RUT-012.',
  },
  version: { sv: 'Skriv versionen som siffror, t.ex. 1.0 eller 2.1.', en: 'Write the version as digits, e.g. 1.0 or 2.1.' },
  sosfs: {
    sv: 'Skriv kapitel:paragraf, t.ex. 4:4 (eller 5:3a för en paragraf med bokstav).',
    en: 'Write chapter:paragraph, e.g. 4:4 (or 5:3a for a paragraph with a letter).',
  },
  role: {
    sv: 'Roll-id skrivs med små bokstäver och bindestreck, som i lsys.yaml under roller.',
    en: 'Role ids are lower-case words with hyphens, as under roller in lsys.yaml.',
  },
};

function describe(e: ErrorObject, segs: Array<string | number>, data: unknown): { message: Text; hint?: Text } {
  const f = field(segs);
  const fe = field(segs, 'en');
  const last = [...segs].reverse().find((s) => typeof s === 'string' && !/^\d+$/.test(s));
  const value = valueAt(data, segs);
  switch (e.keyword) {
    case 'required': {
      const missing = String(e.params.missingProperty);
      const conditional = e.schemaPath.includes('/then/');
      const whenKlar = conditional && missing === 'klar_datum';
      const where = segs.length ? ` i ${q(f)}` : '';
      const whereEn = segs.length ? ` in ${q(fe)}` : '';
      if (whenKlar) {
        return {
          message: {
            sv: `Fältet ${q(missing)} saknas i ${q(f)}; det krävs när åtgärdens status är klar`,
            en: `The field ${q(missing)} is missing in ${q(fe)}; it is required when the action's status is klar`,
          },
          hint: { sv: 'Ange klar_datum: med dagen åtgärden blev klar.', en: 'Give klar_datum: with the day the action was completed.' },
        };
      }
      return conditional
        ? {
            message: {
              sv: `Fältet ${q(missing)} saknas${where}; det krävs när status är fastställd`,
              en: `The field ${q(missing)} is missing${whereEn}; it is required when status is fastställd`,
            },
            hint: { sv: `Lägg till ${missing}: eller sätt status: utkast.`, en: `Add ${missing}: or set status: utkast.` },
          }
        : {
            message: { sv: `Fältet ${q(missing)} saknas${where}`, en: `The field ${q(missing)} is missing${whereEn}` },
            ...(missing === 'typ' && segs.length === 0
              ? { hint: { sv: `Ange typ: ${DOC_TYPES.join(', ')}.`, en: `Give typ: ${DOC_TYPES.join(', ')}.` } }
              : requiredHint(e, missing)),
          };
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(e.params.additionalProperty ?? e.params.unevaluatedProperty);
      // Suggest among the fields allowed right here when the schema says which they are. At the
      // top level the type's schema lists only its own fields (the common ones come through
      // $ref/allOf), so there every known field is a candidate: `revidreas` → `revideras`.
      const here =
        segs.length > 0 ? Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {}) : [];
      const suggestion = closest(
        extra,
        (here.length ? here : knownFields()).filter((k) => k !== extra),
      );
      // Own x_ fields are allowed at the top level only (FORMAT.md); inside a nested object the
      // x_ advice would not help.
      if (segs.length > 0) {
        return {
          message: { sv: `Okänt fält ${q(extra)} i ${q(f)}`, en: `Unknown field ${q(extra)} in ${q(fe)}` },
          hint: suggestion
            ? { sv: `Menade du ${q(suggestion)}?`, en: `Did you mean ${q(suggestion)}?` }
            : here.length
              ? { sv: `Tillåtna fält här: ${here.join(', ')}.`, en: `Fields allowed here: ${here.join(', ')}.` }
              : {
                  sv: `Ta bort fältet; egna x_-fält får bara stå på översta nivån.`,
                  en: `Remove the field; your own x_ fields are allowed at the top level only.`,
                },
        };
      }
      return {
        message: { sv: `Okänt fält ${q(extra)}`, en: `Unknown field ${q(extra)}` },
        hint: suggestion
          ? {
              sv: `Menade du ${q(suggestion)}? Egna fält ska börja med x_.`,
              en: `Did you mean ${q(suggestion)}? Your own fields must start with x_.`,
            }
          : {
              sv: 'Ta bort fältet, eller döp det till x_… om det är organisationens eget.',
              en: 'Remove the field, or name it x_… if it is your organisation’s own.',
            },
      };
    }
    case 'enum': {
      const values = (e.params.allowedValues as unknown[]).map(String);
      const allowed = values.join(', ');
      const guess = typeof value === 'string' ? closest(value, values) : undefined;
      return {
        message: { sv: `Värdet ${q(value)} är inte tillåtet för ${q(f)}`, en: `The value ${q(value)} is not allowed for ${q(fe)}` },
        hint: guess
          ? { sv: `Menade du ${q(guess)}? Tillåtna värden: ${allowed}.`, en: `Did you mean ${q(guess)}? Allowed values: ${allowed}.` }
          : { sv: `Tillåtna värden: ${allowed}.`, en: `Allowed values: ${allowed}.` },
      };
    }
    case 'format':
      if (e.params.format === 'date') {
        return {
          message:
            value === ''
              ? { sv: `${q(f)} är tomt`, en: `${q(fe)} is empty` }
              : { sv: `${q(value)} i ${q(f)} är inget giltigt datum`, en: `${q(value)} in ${q(fe)} is not a valid date` },
          hint: {
            sv: 'Skriv datum som ÅÅÅÅ-MM-DD och kontrollera att dagen finns, t.ex. 2026-02-28.',
            en: 'Write dates as YYYY-MM-DD and check that the day exists, e.g. 2026-02-28.',
          },
        };
      }
      break;
    case 'pattern': {
      const top = segs.length === 1;
      const own = (e.parentSchema as { description?: string } | undefined)?.description;
      const name = e.params.propertyName !== undefined ? 'ansvar' : String(last ?? '');
      const key =
        (top && name === 'id') || ['ersätter', 'relaterade', 'rutiner', 'process'].includes(name)
          ? 'id'
          : name === 'version' || name === 'sosfs'
            ? name
            : ['ägare', 'fastställd_av', 'ansvarig', 'ansvar'].includes(name)
              ? 'role'
              : undefined;
      const shown: unknown = e.params.propertyName !== undefined ? e.params.propertyName : value;
      const spaced = key === 'sosfs' && typeof value === 'string' ? /^\s*(\d{1,2}:\d{1,2}) ([a-z])\s*$/.exec(value) : null;
      if (spaced) {
        // "5:3 a", as the paragraph is written in prose (5 kap. 3 a §): the fix is plain.
        const fixed = spaced[1]! + spaced[2]!; // both groups always take part
        return {
          message: { sv: `${q(shown)} i ${q(f)} har fel form`, en: `${q(shown)} in ${q(fe)} has the wrong form` },
          hint: { sv: `Skriv ${fixed}, utan mellanslag före bokstaven.`, en: `Write ${fixed}, without a space before the letter.` },
        };
      }
      return {
        // An empty value (`ägare:` with nothing after it) is said to be empty, not to have the wrong form.
        message:
          shown === ''
            ? { sv: `${q(f)} är tomt`, en: `${q(fe)} is empty` }
            : { sv: `${q(shown)} i ${q(f)} har fel form`, en: `${q(shown)} in ${q(fe)} has the wrong form` },
        ...(key ? { hint: FORM_HINTS[key] } : own ? { hint: { sv: own, en: own } } : {}),
      };
    }
    case 'type': {
      const t = String(e.params.type).split(',')[0] ?? '';
      if (segs.length === 0) {
        return {
          message: {
            sv: 'Frontmattern ska vara en mappning av fält (id: …, typ: …), inte en lista eller ett enskilt värde',
            en: 'The frontmatter must be a mapping of fields (id: …, typ: …), not a list or a single value',
          },
        };
      }
      return { message: { sv: `${q(f)} ska vara ${TYPE_SV[t] ?? t}`, en: `${q(fe)} must be ${TYPE_EN[t] ?? t}` } };
    }
    case 'minimum':
    case 'maximum': {
      const s = e.parentSchema as { minimum?: number; maximum?: number } | undefined;
      const range =
        s?.minimum !== undefined && s?.maximum !== undefined
          ? `${s.minimum}–${s.maximum}`
          : `${e.keyword === 'minimum' ? '≥' : '≤'} ${e.params.limit}`;
      return {
        message: { sv: `${q(f)} ska vara ${range}, inte ${valueText(value)}`, en: `${q(fe)} must be ${range}, not ${valueText(value)}` },
      };
    }
    case 'minLength':
      return { message: { sv: `${q(f)} får inte vara tomt`, en: `${q(fe)} must not be empty` } };
    case 'minItems':
      return {
        message: {
          sv: `${q(f)} ska ha minst ${e.params.limit} ${e.params.limit === 1 ? 'post' : 'poster'}`,
          en: `${q(fe)} must have at least ${e.params.limit} ${e.params.limit === 1 ? 'item' : 'items'}`,
        },
      };
    case 'uniqueItems':
      return { message: { sv: `${q(f)} innehåller samma värde två gånger`, en: `${q(fe)} contains the same value twice` } };
  }
  const copy = { ...e };
  localizeSv([copy]);
  return { message: { sv: `${q(f)}: ${copy.message ?? e.keyword}`, en: `${q(fe)}: ${e.message ?? e.keyword}` } };
}

function valueAt(data: unknown, segs: Array<string | number>): unknown {
  let v = data;
  for (const s of segs) v = (v as Record<string, unknown> | undefined)?.[s as string];
  return typeof v === 'object' ? JSON.stringify(v) : v;
}

let fieldsCache: { names: string[]; titles: Map<string, Text> } | undefined;

/** Every property name declared in the schemas, with its Swedish title (for hints). */
function schemaFields(): { names: string[]; titles: Map<string, Text> } {
  if (fieldsCache) return fieldsCache;
  const titles = new Map<string, Text>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const props = (node as { properties?: Record<string, { title?: string; description?: string }> }).properties;
    if (props) {
      for (const [name, p] of Object.entries(props)) {
        if (!titles.has(name) && p && typeof p.description === 'string') titles.set(name, { sv: p.description, en: p.description });
        else if (!titles.has(name)) titles.set(name, { sv: '', en: '' });
      }
    }
    for (const v of Object.values(node)) walk(v);
  };
  // The base schema first: its descriptions of the common fields are the general ones.
  const raw = rawSchemas().raw;
  walk(raw.get('base'));
  for (const [stem, s] of raw) if (stem !== 'base') walk(s);
  fieldsCache = { names: [...titles.keys()], titles };
  return fieldsCache;
}

function knownFields(): string[] {
  return schemaFields().names;
}

/**
 * The hint for a missing field: the description the schema gives that field where it is missing
 * (an åtgärd's `beskrivning` is not a mål's; every required field of the shipped schemas has one,
 * beside the `required` that names it). The schemas describe fields in Swedish only, so an
 * English run gives no hint rather than a Swedish one.
 */
function requiredHint(e: ErrorObject, name: string): { hint?: Text } {
  // slimError (core/schema.ts) keeps the missing field's own description, and only that one.
  const here = (e.parentSchema as { properties?: Record<string, unknown> }).properties?.[name] as { description?: string } | undefined;
  const d = here?.description;
  return d === undefined ? {} : { hint: { sv: d, en: '' } };
}

/** The known field closest to a misspelt one, when it is close enough to be a typo. */
function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = levenshtein(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    // Every index below is within 0..b.length, the array's length minus one.
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
