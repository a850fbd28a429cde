/**
 * A --cache-location that cannot be written is said once on stderr, as a notice; the run
 * goes on with its normal output and exit code (a cache only saves time).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

describe('--cache-location that cannot be written', () => {
  it('gives one notice and the same result as --no-cache', async () => {
    const r = makeRepo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY) });
    try {
      writeFileSync(join(r.root, 'a-file'), 'x');
      const bad = join(r.root, 'a-file', 'cache.jsonl');
      const args = ['validate', '--cwd', r.root, '--today', TODAY, '--no-git'];
      const plain = await runCli([...args, '--no-cache']);
      const run = await runCli([...args, '--cache-location', bad]);
      expect(run.code).toBe(plain.code);
      expect(run.stdout).toBe(plain.stdout);
      expect(run.stderr).toBe(
        `lsys: obs: cachen kunde inte skrivas till ${bad} (en del av sökvägen är en fil, inte en mapp); nästa körning blir inte snabbare. Ange en fil som går att skriva med --cache-location, eller kör med --no-cache.\n`,
      );
      const en = await runCli([...args, '--cache-location', bad, '--lang', 'en']);
      expect(en.stderr).toMatch(/^lsys: note: the cache could not be written to .* \(part of the path is a file, not a folder\)/);
      expect(en.stderr.trim().split('\n')).toHaveLength(1);
      // The default cache stays silent, as before.
      expect((await runCli(args)).stderr).toBe('');
    } finally {
      r.cleanup();
    }
  });
});

describe('--cwd to a folder that does not exist', () => {
  it('says the folder does not exist, not that lsys.yaml is missing', async () => {
    const r = makeRepo({});
    try {
      const missing = join(r.root, 'finns-inte');
      const run = await runCli(['validate', '--cwd', missing]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`lsys: ${missing}: mappen finns inte. Ange en befintlig mapp med --cwd.\n`);
    } finally {
      r.cleanup();
    }
  });
});
