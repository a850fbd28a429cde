/**
 * Compiled validators: the ones the build wrote (scripts/build-validators.mjs, Ajv's
 * standalone code) when they were made from these very schemas, otherwise Ajv compiles the
 * schemas now. Ajv itself is loaded only in that fallback, so a normal start stays fast.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { exportName, rawSchemas } from './schema-files.js';

type Compiled = Record<string, ValidateFunction | string>;

/** Validators for `stems`, from the build's module `generatedFile` or compiled now. */
export async function validatorsFor(generatedFile: string, stems: string[]): Promise<Map<string, ValidateFunction>> {
  const files = rawSchemas();
  const generated = (await import(new URL(`../generated/${generatedFile}`, import.meta.url).href).catch(() => undefined)) as
    Compiled | undefined;
  const out = new Map<string, ValidateFunction>();
  if (generated && generated.schemaHash === files.hash) {
    for (const stem of stems) {
      const v = generated[exportName(stem)];
      if (typeof v === 'function') out.set(stem, v);
    }
    if (out.size === stems.length) return out;
  }
  const [ajvModule, formatsModule] = await Promise.all([import('ajv/dist/2020.js'), import('ajv-formats')]);
  // A CommonJS module: Node gives its named export, the bundle (esbuild) only its default.
  const Ajv2020 = ajvModule.Ajv2020 ?? (ajvModule as unknown as { default: typeof ajvModule }).default.Ajv2020;
  const addFormats = ((formatsModule as { default?: unknown }).default ?? formatsModule) as (ajv: InstanceType<typeof Ajv2020>) => void;
  const ajv = new Ajv2020(files.ajvOptions);
  addFormats(ajv);
  for (const schema of files.raw.values()) ajv.addSchema(schema);
  for (const stem of stems) {
    const v = ajv.getSchema(`urn:lsys:schema:${stem}`);
    if (!v) throw new Error(`schema urn:lsys:schema:${stem} is missing`);
    out.set(stem, v);
  }
  return out;
}

/** Drop errors that only repeat another (`if` wrappers, `propertyNames`), and duplicates. */
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
