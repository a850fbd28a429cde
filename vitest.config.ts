import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Runs that use the facts cache write it under a throwaway folder, not the user's ~/.cache.
    env: { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'lsys-test-cache-')) },
    testTimeout: 30_000,
  },
});
