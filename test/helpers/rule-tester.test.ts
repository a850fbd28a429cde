/**
 * The rule tester's in-memory run must see the repository as the disk run does: the same
 * documents and data files chosen, the same findings. And its comparison must be able to fail.
 */
import { describe, expect, it } from 'vitest';
import { discover, discoverListed } from '../../src/core/discover.js';
import { parseConfig } from '../../src/core/config.js';
import { BASE_CONFIG, config, doc, makeRepo, rutin, RUTIN_BODY, validate } from './repo.js';
import { check, expectFindings, MEMORY_ROOT } from './rule-tester.js';

const FILES: Record<string, string> = {
  'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), `${RUTIN_BODY}\n[saknas](saknas.md) [finns](bilaga.pdf) [mapp](underlag)\n`),
  'ledningssystem/README.md': '# Läs mig\n',
  'ledningssystem/bilaga.pdf': 'pdf',
  'ledningssystem/underlag/a.txt': 'text',
  'ledningssystem/.dold/RUT-009.md': doc(rutin('RUT-009')),
  'ledningssystem/node_modules/RUT-008.md': doc(rutin('RUT-008')),
  'ledningssystem/arkiv/RUT-007.md': doc(rutin('RUT-007', { titel: '' })),
  'ledningssystem/utkast.MD': '# inget frontmatter\n',
  'data/avvikelser.csv': 'datum;text\n2026-01-01;19121212-1212\n',
  'data/arkiv/gammal.csv': 'x\n',
  'templates/mall.md': '# mall\n',
  'annat/RUT-005.md': doc(rutin('RUT-005')),
};
const CFG = config('ignorera: ["ledningssystem/arkiv/**", "data/arkiv/**"]\n', { 'coverage/missing': 'off' });

describe('rule tester: the in-memory run', () => {
  it('chooses the same documents and data files as discovery on disk, for dokument: ledningssystem and dokument: .', async () => {
    for (const cfg of [CFG, CFG.replace('dokument: ledningssystem', 'dokument: .')]) {
      const repo = makeRepo(FILES, cfg);
      try {
        const onDisk = await discover(parseConfig(cfg, repo.root, 'sv'));
        const inMemory = discoverListed(parseConfig(cfg, MEMORY_ROOT, 'sv'), Object.keys({ 'lsys.yaml': cfg, ...FILES }));
        expect(inMemory.documents).toEqual(onDisk.documents);
        expect(inMemory.dataFiles).toEqual(onDisk.dataFiles);
        expect(inMemory.documents.length).toBeGreaterThan(1);
      } finally {
        repo.cleanup();
      }
    }
  });

  it('reports what the disk run reports (links to files and folders, data files, documents)', async () => {
    const repo = makeRepo(FILES, CFG);
    try {
      const onDisk = await validate(repo.root);
      const inMemory = await check(FILES, {}, CFG);
      expect(inMemory).toEqual(onDisk);
      expect(new Set(inMemory.map((d) => d.rule))).toEqual(
        new Set(['frontmatter/missing', 'link/broken', 'privacy/personal-number', 'ref/unresolved']),
      );
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a dokument folder outside the repository, as on disk', () => {
    const cfg = BASE_CONFIG.replace('dokument: ledningssystem', 'dokument: ../annat');
    expect(() => discoverListed(parseConfig(cfg, MEMORY_ROOT, 'sv'), [])).toThrow(/utanför ledningssystemet/);
  });
});

describe('rule tester: expectFindings', () => {
  const d = { file: 'a.md', line: 3, column: 5, rule: 'x/y', severity: 'warning' as const, message: 'Ett fel i texten' };
  it('passes on the same findings, with or without column, whole message or fragment', () => {
    expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, column: 5, message: 'Ett fel i texten', severity: 'warning' }]);
    expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, message: { includes: 'fel i' } }]);
    expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, message: /^Ett fel/ }]);
    expectFindings([{ ...d, rule: 'x/y/sub' }], 'x/y', [{ file: 'a.md', line: 3, rule: 'x/y/sub' }]);
  });
  it('fails on another line, column, count, message, fragment or severity', () => {
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 4 }])).toThrow();
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, column: 1 }])).toThrow();
    expect(() => expectFindings([d, d], 'x/y', [{ file: 'a.md', line: 3 }])).toThrow();
    expect(() => expectFindings([d], 'x/y', [])).toThrow();
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, message: 'Ett fel' }])).toThrow();
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, message: { includes: 'annat' } }])).toThrow();
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, severity: 'error' }])).toThrow();
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, message: /^fel/ }])).toThrow();
    expect(() => expectFindings([d], 'x/y', [{ file: 'a.md', line: 3, hint: 'Gör så här' }])).toThrow();
  });
});
