/**
 * A document whose frontmatter YAML cannot read still has its id (read from its `id:` line),
 * so one tab in a process does not turn every reference to it into a false ref/unresolved
 * error in other files. The broken file itself gets its frontmatter/yaml error; references
 * to ids that exist nowhere are still reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, makeRepo, processDoc, PROCESS_BODY, rutin, RUTIN_BODY, validate } from './helpers/repo.js';

const D = 'ledningssystem/';
const process = doc(
  processDoc('PRO-001', {
    aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001', 'RUT-002', 'RUT-003'] }],
  }),
  PROCESS_BODY,
);
// One tab as indentation: YAML refuses the whole block.
const withTab = process.replace('\n  - id: A1', '\n\t- id: A1');

function files(pro: string): Record<string, string> {
  const out: Record<string, string> = { [`${D}PRO-001.md`]: pro };
  for (const n of [1, 2, 3]) out[`${D}RUT-00${n}.md`] = doc(rutin(`RUT-00${n}`, { aktivitet: 'A1', relaterade: ['PRO-001'] }), RUTIN_BODY);
  out[`${D}RUT-004.md`] = doc(rutin('RUT-004', { process: 'PRO-404', relaterade: ['PRO-001'] }), RUTIN_BODY);
  return out;
}

describe('lenient id of a document that fails to parse', () => {
  it('a tab in a process gives one frontmatter/yaml error there and no false ref/unresolved elsewhere', async () => {
    expect(withTab).not.toBe(process);
    const repo = makeRepo(files(withTab));
    const cacheDir = mkdtempSync(join(tmpdir(), 'lsys-lenient-'));
    try {
      const diags = await validate(repo.root, { cache: false });
      const pro = diags.filter((d) => d.file === `${D}PRO-001.md`);
      expect(pro.map((d) => d.rule)).toContain('frontmatter/yaml');
      expect(pro.every((d) => d.documentId === 'PRO-001')).toBe(true);
      // Only the reference to PRO-404, which exists nowhere, is unresolved.
      expect(diags.filter((d) => d.rule === 'ref/unresolved').map((d) => `${d.file} ${d.message}`)).toEqual([
        `${D}RUT-004.md Dokumentet ”PRO-404” (process) finns inte`,
      ]);
      // The same from the cache, cold and warm.
      const cacheLocation = join(cacheDir, 'facts.jsonl');
      expect(await validate(repo.root, { cacheLocation })).toEqual(diags);
      expect(await validate(repo.root, { cacheLocation })).toEqual(diags);
    } finally {
      repo.cleanup();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('frontmatter that is never closed still names its document', async () => {
    const unclosed = process.replace(/\n---\n# Process/, '\n# Process');
    expect(unclosed).not.toBe(process);
    const repo = makeRepo(files(unclosed));
    try {
      const diags = await validate(repo.root, { cache: false });
      expect(diags.filter((d) => d.file === `${D}PRO-001.md`).map((d) => d.rule)).toEqual(['frontmatter/yaml']);
      expect(diags.filter((d) => d.rule === 'ref/unresolved')).toHaveLength(1);
    } finally {
      repo.cleanup();
    }
  });

  it('a lenient id takes part in id/duplicate, and only an id of the right form counts', async () => {
    const repo = makeRepo({
      [`${D}a.md`]: '---\nid: "RUT-001" # kommentar\ntitel: [trasig\n---\n',
      [`${D}b.md`]: doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY),
      [`${D}c.md`]: '---\nid: inte ett id\ntitel: [trasig\n---\n',
    });
    try {
      const diags = await validate(repo.root, { cache: false });
      expect(diags.filter((d) => d.rule === 'id/duplicate').map((d) => d.file)).toEqual([`${D}a.md`, `${D}b.md`]);
      expect(diags.filter((d) => d.file === `${D}c.md`).every((d) => d.documentId === undefined)).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});
