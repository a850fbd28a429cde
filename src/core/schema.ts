/**
 * The JSON Schemas in `schemas/`, compiled once per process with Ajv (draft 2020-12).
 * Frontmatter is parsed with YAML's failsafe schema (every scalar is text), so Ajv coerces
 * the few integer fields (`coerceTypes`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Frontmatter } from './types.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
const AJV_OPTIONS = JSON.parse(readFileSync(new URL('ajv-options.json', SCHEMA_DIR), 'utf8')) as Record<string, unknown>;

/** Validators compiled at build time (scripts/build-validators.mjs), when present. */
type Generated = Record<string, ValidateFunction> & { schemaHash: string };
const generated = (await import(new URL('../generated/validators.js', import.meta.url).href).catch(
  () => undefined,
)) as Generated | undefined;

/** File stem of a document type's schema: `ansvarsfördelning` → `ansvarsfordelning`. */
export function schemaStem(typ: string): string {
  return typ.replace(/[åä]/g, 'a').replace(/ö/g, 'o');
}

export interface Schemas {
  ajv: Ajv2020;
  /** Validator for a document type, or the base schema when the type is unknown. */
  forType(typ: unknown): ValidateFunction;
  config: ValidateFunction;
  /** The raw schema objects by stem (for titles in messages). */
  raw: Map<string, Record<string, unknown>>;
}

let cached: Schemas | undefined;

export function loadSchemas(): Schemas {
  if (cached) return cached;
  const raw = new Map<string, Record<string, unknown>>();
  const hash = createHash('sha256');
  for (const name of readdirSync(SCHEMA_DIR).sort()) {
    if (!name.endsWith('.schema.json')) continue;
    const text = readFileSync(new URL(name, SCHEMA_DIR), 'utf8');
    hash.update(name).update(text);
    raw.set(name.replace(/\.schema\.json$/, ''), JSON.parse(text) as Record<string, unknown>);
  }
  // Use the build's validators only when they were made from these very schemas.
  const pre = generated?.schemaHash === hash.digest('hex') ? generated : undefined;
  let ajv: Ajv2020 | undefined;
  const compiler = (): Ajv2020 => {
    if (!ajv) {
      ajv = new Ajv2020(AJV_OPTIONS);
      addFormats(ajv);
      for (const schema of raw.values()) ajv.addSchema(schema);
    }
    return ajv;
  };
  const validators = new Map<string, ValidateFunction>();
  const get = (stem: string): ValidateFunction => {
    let v = validators.get(stem);
    if (!v) {
      v = pre?.[stem.replace(/-/g, '_')] ?? compiler().getSchema(`urn:lsys:schema:${stem}`);
      if (!v) throw new Error(`schema urn:lsys:schema:${stem} is missing`);
      validators.set(stem, v);
    }
    return v;
  };
  cached = {
    get ajv() {
      return compiler();
    },
    raw,
    forType(typ) {
      const stem = typeof typ === 'string' ? schemaStem(typ) : '';
      return raw.has(stem) && stem !== 'base' && stem !== 'lsys-config' ? get(stem) : get('base');
    },
    get config() {
      return get('lsys-config');
    },
  };
  return cached;
}

/** Validate frontmatter in place (integer fields are coerced); returns Ajv's errors, filtered. */
export function validateFrontmatter(data: Frontmatter, typ: unknown): ErrorObject[] {
  const v = loadSchemas().forType(typ);
  if (v(data)) return [];
  return relevantErrors(v.errors ?? []);
}

/** Drop errors that only repeat another (`if` wrappers), and duplicates. */
export function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    // `if` only wraps its `then` errors; `propertyNames` repeats the pattern error of the name.
    if (e.keyword === 'if' || e.keyword === 'propertyNames') continue;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
