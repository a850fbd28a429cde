/**
 * Files lsys generated are never documents: with `dokument: "."`, `lsys report --format md`
 * writes kvalitetsberattelse-YYYY.md beside lsys.yaml, and the next `lsys validate` must not
 * check it. They are known by lsys's generator mark on the first line, not by their name; the
 * same with and without the cache.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CONFIG, doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';
import { isGenerated } from '../src/core/load-all.js';

const repo = makeRepo(
  {
    'RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY),
    // A file of the report's name that lsys did not write is a document like any other.
    'patientsakerhetsberattelse-2024.md': '# Vår egen text\n',
    // A generated file of any name, with a BOM: never a document.
    'gammal-rapport.md': '\uFEFF<!-- generator: lsys 0.0.9 -->\n# Kvalitetsberättelse\n\n[trasig](finns-inte.md)\n',
  },
  BASE_CONFIG.replace('dokument: ledningssystem', 'dokument: "."'),
);
const cacheDir = mkdtempSync(join(tmpdir(), 'lsys-gen-cache-'));
afterAll(() => {
  repo.cleanup();
  rmSync(cacheDir, { recursive: true, force: true });
});

const validate = async (...extra: string[]) => {
  const r = await runCli(['validate', '--cwd', repo.root, '--today', TODAY, '--no-git', '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  return r.stdout;
};

describe('generated files', () => {
  it('a report lsys wrote into the documents folder is not checked, with or without the cache', async () => {
    for (const kind of ['kvalitetsberattelse', 'patientsakerhetsberattelse']) {
      const r = await runCli([
        'report',
        '--cwd',
        repo.root,
        '--today',
        TODAY,
        '--no-git',
        '--no-cache',
        '--format',
        'md',
        '--year',
        '2026',
        '--kind',
        kind,
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const cache = join(cacheDir, 'facts.jsonl');
    const plain = await validate('--no-cache');
    const files = JSON.parse(plain).diagnostics.map((d: { file: string }) => d.file);
    expect(files).not.toContain('kvalitetsberattelse-2026.md');
    expect(files).not.toContain('patientsakerhetsberattelse-2026.md');
    expect(files).not.toContain('gammal-rapport.md');
    expect(files).toContain('patientsakerhetsberattelse-2024.md'); // not lsys's: frontmatter/missing
    expect(JSON.parse(plain).summary.documents).toBe(2);
    expect(await validate('--cache-location', cache)).toBe(plain); // cold
    expect(await validate('--cache-location', cache)).toBe(plain); // warm
    // Once the mark is gone, the file is a document again (the cache keys on content).
    writeFileSync(join(repo.root, 'gammal-rapport.md'), '# Kvalitetsberättelse\n');
    const after = await validate('--cache-location', cache);
    expect(after).toBe(await validate('--no-cache'));
    expect(after).toContain('gammal-rapport.md');
  });

  it('knows the mark from the first bytes only', () => {
    expect(isGenerated(Buffer.from('<!-- generator: lsys 0.1.0 -->\n'))).toBe(true);
    expect(isGenerated(Buffer.from('\uFEFF<!-- generator: lsys-dev -->\n'))).toBe(true);
    expect(isGenerated(Buffer.from('<!-- generator: lsystem -->\n'))).toBe(false);
    expect(isGenerated(Buffer.from('---\nid: RUT-001\n---\n<!-- generator: lsys 0.1.0 -->\n'))).toBe(false);
    expect(isGenerated(Buffer.from('<!-- generator: lsys'))).toBe(false);
    expect(isGenerated(Buffer.from(''))).toBe(false);
  });
});
