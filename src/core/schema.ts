/**
 * Validation of document frontmatter against the JSON Schema of its `typ` (draft 2020-12).
 * Frontmatter is parsed with YAML's failsafe schema (every scalar is text), so the
 * validators coerce the few integer fields (`coerceTypes`). Loaded only when a document has
 * to be parsed (a run served from the cache never loads the validators).
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { rawSchemas } from './schema-files.js';
import { relevantErrors, validatorsFor } from './validators.js';
import type { Frontmatter } from './types.js';

/** File stem of a document type's schema: `ansvarsfördelning` → `ansvarsfordelning`. */
function schemaStem(typ: string): string {
  return typ.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

const DOC_STEMS = [...rawSchemas().raw.keys()].filter((s) => s !== 'lsys-config');
const validators = await validatorsFor('validators.js', DOC_STEMS);

/** The validator for a document type, or the base schema's when the type is unknown. */
function validatorFor(typ: unknown): ValidateFunction {
  const stem = typeof typ === 'string' ? schemaStem(typ) : '';
  return (stem !== 'base' ? validators.get(stem) : undefined) ?? validators.get('base')!;
}

/**
 * Ajv names the key that broke `propertyNames` (a role in `ansvar`) beside the error, as
 * `propertyName`, not in its params, where the messages look for it: without this the message
 * showed the whole mapping, and two bad keys of one mapping collapsed into one error.
 */
function withPropertyName(e: ErrorObject): ErrorObject {
  return e.propertyName === undefined ? e : { ...e, params: { ...e.params, propertyName: e.propertyName } };
}

/** Validate frontmatter in place (integer fields are coerced); returns Ajv's errors, filtered. */
function validateFrontmatter(data: Frontmatter, typ: unknown): ErrorObject[] {
  const v = validatorFor(typ);
  const errors = v(data) ? [] : relevantErrors((v.errors ?? []).map(withPropertyName));
  // An unknown (or missing) typ is checked against the common fields only, which allow any
  // other field: still report the fields no document type has (`revidreas`), so that one typo
  // in typ does not hide the rest.
  if (!isKnownTyp(typ)) {
    const known = topLevelFields();
    for (const key of Object.keys(data)) {
      if (known.has(key) || key.startsWith('x_')) continue;
      errors.push({
        instancePath: '',
        schemaPath: '#/unevaluatedProperties',
        keyword: 'unevaluatedProperties',
        params: { unevaluatedProperty: key },
        message: 'must NOT have unevaluated properties',
      });
    }
  }
  return errors;
}

/** Is `typ` a document type with a schema of its own? */
function isKnownTyp(typ: unknown): boolean {
  const stem = typeof typ === 'string' ? schemaStem(typ) : '';
  return stem !== 'base' && validators.has(stem);
}

let fields: Set<string> | undefined;

/** Every top-level field some document type allows (the common ones, styrande's, each type's own). */
function topLevelFields(): Set<string> {
  if (fields) return fields;
  fields = new Set();
  const raw = rawSchemas().raw;
  const add = (node: unknown): void => {
    for (const k of Object.keys((node as { properties?: object } | undefined)?.properties ?? {})) fields!.add(k);
  };
  for (const stem of DOC_STEMS) add(raw.get(stem));
  add((raw.get('base')?.$defs as Record<string, unknown> | undefined)?.styrande);
  return fields;
}

/**
 * Check a frontmatter value against the schema of its typ. Anything but a mapping is one
 * error; otherwise the mapping (integer fields coerced) comes back as `data`.
 */
export function checkFrontmatter(value: unknown): { data?: Frontmatter; errors: ErrorObject[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' }] };
  }
  const data = value as Frontmatter;
  // Ajv looks evaluated properties up in a plain object, so names that Object.prototype has
  // (`__proto__`, `constructor`, `toString` …) slip through `unevaluatedProperties`. No field
  // has such a name: report them as unknown fields and keep them away from every rule.
  const inherited: string[] = [];
  for (const key of Object.keys(data)) {
    if (key === '__proto__' || key in Object.prototype) {
      inherited.push(key);
      delete data[key];
    }
  }
  const errors = [
    ...inherited.map((key) => ({
      instancePath: '',
      schemaPath: '#/unevaluatedProperties',
      keyword: 'unevaluatedProperties',
      params: { unevaluatedProperty: key },
      message: 'must NOT have unevaluated properties',
    })),
    ...validateFrontmatter(data, data.typ).map(slimError),
  ];
  return { data, errors };
}

/**
 * Ajv's verbose errors carry whole schema objects; keep only what messages use, so a
 * parsed document stays cheap to send back from a worker thread.
 */
function slimError(e: ErrorObject): ErrorObject {
  const ps = e.parentSchema as
    { description?: string; minimum?: number; maximum?: number; properties?: Record<string, unknown> } | undefined;
  const parentSchema: Record<string, unknown> = {};
  if (ps?.description !== undefined) parentSchema.description = ps.description;
  if (ps?.minimum !== undefined) parentSchema.minimum = ps.minimum;
  if (ps?.maximum !== undefined) parentSchema.maximum = ps.maximum;
  if (ps?.properties) {
    // A missing field keeps its own description here (the hint of schema/required); the other
    // fields only their names (the suggestions of schema/additionalProperties).
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
    parentSchema.properties = Object.fromEntries(
      Object.entries(ps.properties).map(([k, v]) => {
        const description = k === missing ? (v as { description?: unknown } | undefined)?.description : undefined;
        return [k, typeof description === 'string' ? { description } : true];
      }),
    );
  }
  return { instancePath: e.instancePath, schemaPath: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message, parentSchema };
}
