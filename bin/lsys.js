#!/usr/bin/env node
// The bundled CLI (npm run build: tsc, then scripts/bundle.mjs): one module to load at start.
import module from 'node:module';

// Node 22.8+ can keep V8's compiled code of the modules on disk, so that the next start skips
// parsing and compiling them; Node 20 has no such API and nothing happens there. It must be on
// before the bundle is loaded, hence the dynamic import below. The folder is Node's choice:
// NODE_COMPILE_CACHE, else <tmp>/node-compile-cache; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off. Node does not throw here and checks each entry before use, so a folder it cannot write
// or a damaged entry only loses the time saved. Worker threads (--workers) take the folder
// from the environment at their start.
if (typeof module.enableCompileCache === 'function') {
  try {
    const { directory } = module.enableCompileCache();
    if (directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = directory;
  } catch {
    // An optimisation only: lsys runs the same without it.
  }
}

const { run } = await import('../dist/bundle/bin.js');
await run();
