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

/** Validate frontmatter in place (integer fields are coerced); returns Ajv's errors, filtered. */
export function validateFrontmatter(data: Frontmatter, typ: unknown): ErrorObject[] {
  const v = validatorFor(typ);
  if (v(data)) return [];
  return relevantErrors(v.errors ?? []);
}
