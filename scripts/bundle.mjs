// Bundle the compiled CLI (dist/) into a few files in dist/bundle/: one module for start-up
// instead of ~180 (lsys, yaml, commander, picomatch …). Resolving, reading and linking each
// module is paid on every run — 40-70 ms of a 0.3 s start; Node 22.8+ (compile cache, turned
// on by bin/lsys.js) saves only the compiling, and Node 20 not even that. The parts a run
// may not need (the parsers, the report) stay in chunks loaded on demand; the generated
// validators and ajv-i18n are loaded at run time from their files.
// Run by `npm run build` after tsc.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const outdir = fileURLToPath(new URL('dist/bundle/', root));
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: fileURLToPath(root),
  entryPoints: ['dist/bin.js', 'dist/core/worker.js', 'dist/site/search/sok-worker.js', 'dist/site/body-hook.js'],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Two levels below the package root, like dist/core/*.js: the modules' paths relative to
  // import.meta.url (../../schemas/, ../../templates/, ../generated/) stay right.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  minify: true,
  keepNames: true,
  sourcemap: 'linked',
  // Bundled CommonJS packages (yaml, commander …) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __lsysRequire } from 'node:module'; const require = __lsysRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
// The handbook's search script (lsys site: assets/sok.js): one classic script for the browser,
// MiniSearch and the Swedish stemmer inside, nothing loaded from elsewhere. buildSearch reads it.
await build({
  absWorkingDir: fileURLToPath(root),
  entryPoints: ['src/site/search/client.ts'],
  outfile: join(outdir, 'sok.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
const bytes = Object.entries(result.metafile.outputs)
  .filter(([f]) => f.endsWith('.js'))
  .reduce((n, [, o]) => n + o.bytes, 0);
console.log(
  `bundle: ${Object.keys(result.metafile.outputs).filter((f) => f.endsWith('.js')).length} files, ${Math.round(bytes / 1024)} KB in dist/bundle/`,
);
