// Compile the JSON Schemas in schemas/ to standalone validator code (Ajv's standalone mode),
// so `lsys` does not compile schemas at every start (≈ 200 ms). Run by `npm run build`;
// src/core/schema.ts falls back to compiling at run time when the file is missing or stale.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';
import ajvCodegen from 'ajv/dist/compile/codegen/index.js';

const addFormats = addFormatsModule.default ?? addFormatsModule;
const standalone = standaloneCode.default ?? standaloneCode;
const { _ } = ajvCodegen;
const root = new URL('../', import.meta.url);
const options = JSON.parse(readFileSync(new URL('schemas/ajv-options.json', root), 'utf8'));

const names = readdirSync(new URL('schemas/', root))
  .filter((n) => n.endsWith('.schema.json'))
  .sort();
const hash = createHash('sha256');
const schemas = names.map((n) => {
  const text = readFileSync(new URL(`schemas/${n}`, root), 'utf8');
  hash.update(n).update(text);
  return { stem: n.replace(/\.schema\.json$/, ''), schema: JSON.parse(text) };
});
const schemaHash = hash.digest('hex');

/** One module per use: the documents' validators, and lsys.yaml's (needed at every start). */
function build(stems) {
  const ajv = new Ajv2020({ ...options, code: { source: true, esm: true, formats: _`fullFormats` } });
  addFormats(ajv);
  for (const { schema } of schemas) ajv.addSchema(schema);
  const exportsMap = Object.fromEntries(stems.map((stem) => [stem.replace(/-/g, '_'), `urn:lsys:schema:${stem}`]));
  return finish(standalone(ajv, exportsMap));
}

// Ajv's ESM output still calls require() for two runtime helpers.
function finish(code) {
  return (
    `import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n` +
    `import { fullFormats } from "ajv-formats/dist/formats.js";\n${code}\n` +
    `export const schemaHash = ${JSON.stringify(schemaHash)};\n`
  );
}

const outputs = {
  'validators.js': build(schemas.map((s) => s.stem).filter((s) => s !== 'lsys-config')),
  'validators-config.js': build(['lsys-config']),
};
// src/ for vitest (which runs the TypeScript sources), dist/ for the built CLI.
for (const dir of ['src/generated/', 'dist/generated/']) {
  const out = new URL(dir, root);
  mkdirSync(out, { recursive: true });
  for (const [name, code] of Object.entries(outputs)) {
    const tmp = new URL(`${name}.${process.pid}.tmp`, out);
    writeFileSync(tmp, code);
    renameSync(tmp, new URL(name, out));
  }
}
const kb = (s) => Math.round(s.length / 1024);
console.log(
  `validators: ${schemas.length} schemas compiled (${kb(outputs['validators.js'])} KB + ${kb(outputs['validators-config.js'])} KB)`,
);
