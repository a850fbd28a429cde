/**
 * Property: the facts cache and the worker threads change speed, never results. A small random
 * repository, built from valid and broken pieces, gives byte-identical JSON on one thread and
 * on workers, without cache, with a cold cache and with a warm one — and after one of its files
 * changes, the warm cache agrees with a run without it. The example-based cases are in
 * test/cache-workers.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BASE_CONFIG, config, doc, egenkontrollDoc, PROCESS_BODY, processDoc, riskanalysDoc, rutin, RUTIN_BODY } from '../helpers/repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
afterEach(() => {
  vi.restoreAllMocks();
});

const ID = fc.constantFrom('RUT-001', 'RUT-002', 'RUT-003');
const PRO = fc.constantFrom('PRO-001', 'PRO-002');

/** One document's bytes: valid, or broken in one of the ways users break them. */
const piece: fc.Arbitrary<string | Buffer> = fc.oneof(
  ID.map((id) => doc(rutin(id), RUTIN_BODY)),
  fc.tuple(ID, PRO).map(([id, pro]) => doc(rutin(id, { process: pro }), RUTIN_BODY)),
  ID.map((id) => doc(rutin(id, { ägare: undefined }), RUTIN_BODY)),
  ID.map((id) => doc(rutin(id, { revideras: '2025-01-01' }), RUTIN_BODY)),
  ID.map((id) => doc(rutin(id, { status: 'godkänd' }), RUTIN_BODY.replace('## Uppföljning', '## Uppföljningen'))),
  fc.tuple(ID, ID).map(([id, other]) => doc(rutin(id), `${RUTIN_BODY}\nSe [${other}](${other}.md#syfte) och [saknas](RUT-404.md).\n`)),
  ID.map((id) => doc(rutin(id), `${RUTIN_BODY}\nBrukare 19121212-1212.\n`)),
  fc
    .tuple(PRO, fc.subarray(['RUT-001', 'RUT-002', 'RUT-003', 'RUT-009']))
    .map(([pro, rutiner]) =>
      doc(processDoc(pro, { aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner }] }), PROCESS_BODY),
    ),
  fc.constant(doc(egenkontrollDoc('EGK-001', { genomförda: [{ datum: '2026-03-01', resultat: 'Inga avvikelser' }] }))),
  fc.constant(doc(riskanalysDoc('RA-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 4, konsekvens: 4 }]))),
  ID.map((id) => Buffer.concat([Buffer.from(`---\nid: ${id}\ntitel: Bem`), Buffer.from([0xf6]), Buffer.from('tande\n---\n')])),
  ID.map((id) => `---\nid: ${id}\ntyp: rutin\n`),
  ID.map((id) => `---\nid: ${id}\ntitel: [oavslutad\n---\n`),
  ID.map((id) => `---\nid: ${id}\n---\ntext\u0000mer\n`),
  fc.constant(''),
  fc.constant('<!-- generator: lsys 0.1.0 -->\n# Kvalitetsberättelse\n'),
);

const fileName = fc.tuple(fc.constantFrom('', 'rutiner/', 'processer/'), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'));
const repository = fc.record({
  files: fc.uniqueArray(fc.tuple(fileName, piece), { minLength: 1, maxLength: 6, selector: ([[dir, name]]) => dir + name }),
  config: fc.constantFrom(BASE_CONFIG, config('', { 'coverage/missing': 'warning', 'ref/unresolved': 'warning' })),
  change: fc.record({ index: fc.nat(), to: piece }),
});

function write(root: string, rel: string, content: string | Buffer): void {
  const abs = join(root, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
}

async function json(dir: string, ...extra: string[]): Promise<string> {
  const r = await runCli(['validate', '--cwd', dir, '--today', '2026-11-25', '--no-git', '--format', 'json', ...extra]);
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  return r.stdout;
}

describe('cache and workers (property)', () => {
  it('give identical results on random repositories: no cache, cold and warm cache, one thread or workers', async () => {
    const realNow = Date.now.bind(Date);
    await fc.assert(
      fc.asyncProperty(repository, async ({ files, config: cfg, change }) => {
        const root = mkdtempSync(join(tmpdir(), 'lsys-prop-'));
        dirs.push(root);
        const cache = join(root, '..', `${root.split('/').pop()}-facts.jsonl`);
        dirs.push(cache);
        write(root, 'lsys.yaml', cfg);
        const paths = files.map(([[dir, name]]) => `ledningssystem/${dir}${name}.md`);
        files.forEach(([, content], i) => write(root, paths[i]!, content));

        const plain = await json(root, '--no-cache', '--workers', '0');
        expect(await json(root, '--cache-location', cache, '--workers', '2')).toBe(plain); // cold, parsed on a worker thread
        expect(await json(root, '--cache-location', cache, '--workers', '0')).toBe(plain); // warm
        // Later on: files older than two seconds are taken from the cache on their size and time alone.
        vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 10_000);
        expect(await json(root, '--cache-location', cache)).toBe(plain);

        // One file changes; the cache notices.
        write(root, paths[change.index % paths.length]!, change.to);
        const changed = await json(root, '--no-cache', '--workers', '2');
        expect(await json(root, '--cache-location', cache, '--workers', '0')).toBe(changed);
        vi.restoreAllMocks();
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});
