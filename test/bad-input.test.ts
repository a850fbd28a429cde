/**
 * Bad input never crashes: every broken file yields a diagnostic with a line, the other files
 * are still checked, and nothing is written.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { doc, makeRepo, rutin, RUTIN_BODY, validate } from './helpers/repo.js';

const D = 'ledningssystem/';

function bomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (const [name, prev] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
  ]) {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

const files: Record<string, string | Buffer> = {
  [`${D}empty.md`]: '',
  [`${D}binary.md`]: Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff]),
  [`${D}nul.md`]: '---\nid: RUT-100\n---\ntext\u0000mer\n',
  [`${D}latin1.md`]: Buffer.concat([Buffer.from('---\nid: RUT-101\ntitel: Bem'), Buffer.from([0xf6]), Buffer.from('tande\n---\n')]),
  [`${D}bom-crlf.md`]: '\uFEFF' + doc(rutin('RUT-102', { revideras: '2025-01-01', process: undefined }), RUTIN_BODY).replace(/\n/g, '\r\n'),
  [`${D}unclosed.md`]: '---\nid: RUT-103\ntyp: rutin\n',
  [`${D}syntax.md`]: '---\nid: RUT-104\ntitel: [unclosed\n---\n',
  [`${D}dupkey.md`]: '---\nid: RUT-105\nid: RUT-106\n---\n',
  [`${D}bomb.md`]: bomb(),
  [`${D}deep.md`]: `---\nx_a: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
  [`${D}huge.md`]: `---\ntitel: ${'x'.repeat(2_000_000)}\n---\n`,
  [`${D}proto.md`]: '---\n__proto__: { polluted: ja }\nid: RUT-107\ntyp: rutin\nconstructor: x\n---\n',
  [`${D}list.md`]: '---\n- a\n- b\n---\n',
  [`${D}scalar.md`]: '---\nbara en rad\n---\n',
  [`${D}tab.md`]: '---\nid: RUT-108\ntyp: rutin\naktiviteter:\n\t- x\n---\n',
  [`${D}ok.md`]: doc(rutin('RUT-109', { revideras: '2025-01-01', process: undefined }), RUTIN_BODY),
};

const repo = makeRepo(files);
symlinkSync('loop.md', join(repo.root, D, 'loop.md'));
symlinkSync('..', join(repo.root, D, 'up'));
afterAll(() => repo.cleanup());

function listing(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    let s;
    try {
      s = statSync(p);
    } catch {
      out.push(p);
      continue;
    }
    out.push(`${p}:${s.size}:${s.mtimeMs}`);
    if (s.isDirectory() && name !== 'up') out.push(...listing(p));
  }
  return out.sort();
}

describe('bad input', () => {
  it('gives each broken file a diagnostic with a line, checks the rest, writes nothing', async () => {
    const before = listing(repo.root);
    const diags = await validate(repo.root);
    const byFile = (f: string) => diags.filter((d) => d.file === `${D}${f}`).map((d) => `${d.rule}@${d.line}`);
    expect(byFile('empty.md')).toEqual(['frontmatter/missing@1']);
    expect(byFile('binary.md')).toEqual(['file/encoding@2']);
    expect(byFile('nul.md')).toEqual(['file/encoding@4']);
    expect(byFile('latin1.md')).toEqual(['file/encoding@3']);
    expect(byFile('unclosed.md')).toEqual(['frontmatter/yaml@1']);
    expect(byFile('syntax.md')[0]).toMatch(/^frontmatter\/yaml@[34]$/);
    expect(byFile('dupkey.md')).toEqual(['frontmatter/yaml@3']);
    expect(byFile('bomb.md')).toEqual(['frontmatter/yaml@2']);
    expect(byFile('deep.md')).toEqual(['frontmatter/yaml@2']);
    expect(byFile('huge.md')).toEqual(['frontmatter/yaml@2']);
    expect(byFile('list.md')).toEqual(['schema/type@1']);
    expect(byFile('scalar.md')).toEqual(['schema/type@1']);
    expect(byFile('tab.md').some((x) => x.startsWith('frontmatter/yaml@5'))).toBe(true);
    expect(byFile('loop.md')).toEqual(['file/encoding@1']);
    // A BOM and CRLF line ends change nothing: the same finding on the same line as without them.
    expect(byFile('bom-crlf.md')).toEqual(byFile('ok.md'));
    expect(byFile('ok.md')).toEqual(['process/orphan-routine@2', 'review/overdue@10']);
    // __proto__ is a plain (unknown) field, never a prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(byFile('proto.md')).toContain('schema/additionalProperties@2');
    expect(byFile('proto.md')).toContain('schema/additionalProperties@5');
    for (const d of diags) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.message).not.toMatch(/undefined|\[object Object\]/);
    }
    expect(listing(repo.root)).toEqual(before);
  });

  it('gives the same findings, in the same places, from the cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-bad-cache-'));
    try {
      const cacheLocation = join(dir, 'facts.json');
      const plain = await validate(repo.root, { cache: false });
      expect(await validate(repo.root, { cacheLocation })).toEqual(plain); // cold: fills the cache
      expect(await validate(repo.root, { cacheLocation })).toEqual(plain); // warm
      // Years later: findings at frontmatter keys of cached documents.
      const later = await validate(repo.root, { cache: false, today: '2031-01-01' });
      expect(await validate(repo.root, { cacheLocation, today: '2031-01-01' })).toEqual(later);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
