import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Runs that use the facts cache write it under a throwaway folder, not the user's ~/.cache;
// the folder goes when the test run ends. So does Node's module compile cache, which the bin
// turns on under Node 22.8+ (test/compile-cache.test.ts checks the bin's own choice of folder).
const cacheHome = mkdtempSync(join(tmpdir(), 'lsys-test-cache-'));
process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));

// Test files that replace a module (vi.mock) or a global (vi.spyOn) run isolated; the rest share
// their workers' loaded modules. Loading lsys (rules, validators, parsers) afresh for each of
// ≈ 90 files was about a third of the suite's CPU time on the 2-core machine.
const ISOLATED = ['test/init/partial-write.test.ts', 'test/helpers/prerequisites.test.ts', 'test/property/cache-workers.test.ts'];

export default defineConfig({
  test: {
    env: { XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: join(cacheHome, 'node-compile-cache') },
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: on the 2-core machine that ran the
    // whole suite in one worker, one file after another, while much of it waits on Chromium,
    // git and the bin in child processes.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', exclude: ['**/node_modules/**', ...ISOLATED], isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
    // `npm test` runs with --coverage: V8's own counters over the code in this process (the bin's
    // child processes are not counted). The run fails below these figures; see the note of issue 9.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // client.ts runs in the browser only (bundled into the site's assets/sok.js): test/site/search-browser.test.ts drives it in
      // Chromium. sok-worker.ts runs in a worker thread only (test/site/search.test.ts compares its output with one thread's).
      exclude: ['src/generated/**', 'src/site/search/client.ts', 'src/site/search/sok-worker.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportOnFailure: true,
      // Measured 2026-12-03 on the whole suite (issue 9), rounded down: statements 95.64 %,
      // branches 87.05 %, functions 97.15 %, lines 96.97 %; src/rules lines 99.10 %, branches 95.11 %
      // (623 of 655; what is left is listed in the note: fallbacks for catalogue data the shipped
      // catalogues do not have, and keywords the schemas do not use); src/model lines 100 %, branches 98.71 %.
      thresholds: {
        statements: 95,
        branches: 86, // measured 87.02–87.24 %; the property tests draw random input, so one point of headroom
        functions: 97,
        lines: 96,
        'src/rules/**': { lines: 99, branches: 95 },
        'src/model/**': { lines: 95, branches: 95 },
      },
    },
  },
});
