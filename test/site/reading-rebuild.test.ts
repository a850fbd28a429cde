/**
 * A rebuild of the handbook follows the läskvittens data (issue 13): a confirmation that comes
 * or goes renders the unit and role pages again (their figures), not the document pages (whose
 * läskvittens row shows no figures), and the result equals a cold build of the same files.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER } from '../../src/site/output.js';
import { runCli } from '../helpers/cli.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(dir: string, base = dir): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) for (const [k, v] of tree(p, base)) out.set(k, v);
    else if (n !== MARKER) out.set(relative(base, p), readFileSync(p, 'latin1'));
  }
  return out;
}

describe('lsys site rebuilds after new confirmations', () => {
  it('renders the unit and role pages again with the new figures, keeps the document pages, and equals a cold build', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lsys-reading-rebuild-'));
    dirs.push(root);
    cpSync(EXAMPLE, root, { recursive: true, filter: notGenerated });
    const cache = join(root, '.cache');
    const build = async (out: string, ...extra: string[]) => {
      const r = await runCli(['site', '--cwd', root, '--today', '2026-12-01', '--no-git', '--out', join(root, out), ...extra]);
      expect(r.code, r.stderr).toBe(0);
    };
    await build('site', '--cache-location', cache);
    const keys = (): Record<string, string> =>
      (JSON.parse(readFileSync(join(root, 'site', MARKER), 'utf8')) as { keys: Record<string, string> }).keys;
    const first = keys();
    const unit = (): string => readFileSync(join(root, 'site/enhet/solglantan.html'), 'utf8');
    const share = /RUT-008<\/span>[^<]*<\/a> <span class="meta">(?:[^<]|<\/?time>)*?(\d+) av (\d+) har bekräftat/;
    const before = share.exec(unit())!;

    // One Solgläntan confirmation of RUT-008 2.x goes (a row removed from the export).
    const file = join(root, 'data/läskvittenser/forms-export-2026.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const roster = readFileSync(join(root, 'data/läskvittenser/personal.csv'), 'utf8');
    const i = lines.findIndex((l) => {
      const [, , , dokument, version, läsare] = l.split(';');
      return dokument === 'RUT-008' && version?.startsWith('2.') && roster.includes(`${läsare};solgläntan;`);
    });
    expect(i).toBeGreaterThan(0);
    writeFileSync(file, [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
    await build('site', '--cache-location', cache);

    const after = share.exec(unit())!;
    expect(Number(after[1])).toBe(Number(before[1]) - 1);
    expect(after[2]).toBe(before[2]);
    const second = keys();
    const changed = Object.keys(second).filter((p) => second[p] !== first[p]);
    expect(changed).toContain('enhet/solglantan.html');
    expect(changed).toContain('roll/medarbetare.html');
    // The document pages (not the withdrawn ones' short pages, which are keyed with the listings).
    const documentPages = changed.filter((p) => p.startsWith('dokument/') && first[p] !== first['index.html']);
    expect(documentPages).toEqual([]);
    expect(Object.keys(first).filter((p) => p.startsWith('dokument/') && first[p] !== first['index.html']).length).toBeGreaterThan(10);

    await build('kall', '--no-cache');
    expect(tree(join(root, 'site'))).toEqual(tree(join(root, 'kall')));
  }, 180_000);
});
