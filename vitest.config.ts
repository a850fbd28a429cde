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
  },
});
