/** The JSON Schema files in `schemas/`, read once: the raw objects (for messages) and their hash. */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export interface SchemaFiles {
  /** Schema objects by file stem (`base`, `rutin`, `lsys-config` …). */
  raw: Map<string, Record<string, unknown>>;
  /** SHA-256 over the file names and texts: compared with the build's compiled validators. */
  hash: string;
  /** Ajv options shared by the build step and the run-time fallback. */
  ajvOptions: Record<string, unknown>;
}

let cached: SchemaFiles | undefined;

export function rawSchemas(): SchemaFiles {
  if (cached) return cached;
  const raw = new Map<string, Record<string, unknown>>();
  const hash = createHash('sha256');
  for (const name of readdirSync(SCHEMA_DIR).sort()) {
    if (!name.endsWith('.schema.json')) continue;
    const text = readFileSync(new URL(name, SCHEMA_DIR), 'utf8');
    hash.update(name).update(text);
    raw.set(name.replace(/\.schema\.json$/, ''), JSON.parse(text) as Record<string, unknown>);
  }
  const ajvOptions = JSON.parse(readFileSync(new URL('ajv-options.json', SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
  cached = { raw, hash: hash.digest('hex'), ajvOptions };
  return cached;
}

/** The name a schema's validator is exported under in the compiled module. */
export function exportName(stem: string): string {
  return stem.replace(/-/g, '_');
}
