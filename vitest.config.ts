import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Runs that use the facts cache write it under a throwaway folder, not the user's ~/.cache;
// the folder goes when the test run ends. So does Node's module compile cache, which the bin
// turns on under Node 22.8+ (test/compile-cache.test.ts checks the bin's own choice of folder).
const cacheHome = mkdtempSync(join(tmpdir(), 'lsys-test-cache-'));
process.on('exit', () => rmSync(cacheHome, { recursive: true, force: true }));

export default defineConfig({
  test: {
    env: { XDG_CACHE_HOME: cacheHome, NODE_COMPILE_CACHE: join(cacheHome, 'node-compile-cache') },
    testTimeout: 30_000,
    // `npm test` runs with --coverage: V8's own counters over the code in this process (the bin's
    // child processes are not counted). The run fails below these figures; see the note of issue 9.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/generated/**'],
      reporter: ['text-summary', 'json-summary'],
      reportOnFailure: true,
    },
  },
});
