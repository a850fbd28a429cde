/**
 * Symbolic links inside the documents folder whose real path is outside the repository are
 * not read (a link to another repository, or to /etc): each gives one finding at the link
 * and the rest is checked. Links inside the repository keep working; the result is the same
 * cold, warm and without the cache.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CONFIG, doc, makeRepo, rutin, RUTIN_BODY, validate } from './helpers/repo.js';

const repos: Array<{ cleanup(): void }> = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/** Another repository with 3 documents (ids that clash with ours) and a stray file. */
function other() {
  const o = makeRepo({
    'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY),
    'ledningssystem/sub/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY),
    'ledningssystem/sub/RUT-003.md': doc(rutin('RUT-003'), RUTIN_BODY),
    'outside.md': '---\nid: [broken\n---\n',
  });
  repos.push(o);
  return o;
}

function ours(cfg = BASE_CONFIG) {
  const r = makeRepo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY) }, cfg);
  repos.push(r);
  return r;
}

const summary = (diags: Awaited<ReturnType<typeof validate>>) =>
  diags.filter((d) => d.rule !== 'process/orphan-routine').map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`);

describe('links that lead out of the repository', () => {
  it('a folder link, a file link and a deep link are each one finding at the link, in every cache mode', async () => {
    const o = other();
    const r = ours();
    symlinkSync(join(o.root, 'ledningssystem'), join(r.root, 'ledningssystem/ext'));
    symlinkSync(join(o.root, 'outside.md'), join(r.root, 'ledningssystem/RUT-099.md'));
    mkdirSync(join(r.root, 'ledningssystem/a/b'), { recursive: true });
    symlinkSync(join(o.root, 'ledningssystem/sub'), join(r.root, 'ledningssystem/a/b/deep'));
    const cacheLocation = join(r.root, '.cache-file');
    for (const opts of [{ cache: false }, { cacheLocation }, { cacheLocation }]) {
      const diags = await validate(r.root, opts);
      expect(summary(diags)).toEqual([
        'ledningssystem/RUT-099.md:1 file/encoding Länken pekar utanför ledningssystemet (' +
          join(o.root, 'outside.md') +
          ') och läses inte',
        'ledningssystem/a/b/deep:1 file/encoding Länken pekar utanför ledningssystemet (' +
          join(o.root, 'ledningssystem/sub') +
          ') och läses inte',
        'ledningssystem/ext:1 file/encoding Länken pekar utanför ledningssystemet (' + join(o.root, 'ledningssystem') + ') och läses inte',
      ]);
    }
  });

  it('a root-level link under dokument: "." is not read either', async () => {
    const o = other();
    const r = ours(BASE_CONFIG.replace('dokument: ledningssystem', 'dokument: "."'));
    symlinkSync(join(o.root, 'ledningssystem'), join(r.root, 'annat'));
    const diags = await validate(r.root, { cache: false });
    expect(summary(diags)).toEqual([
      `annat:1 file/encoding Länken pekar utanför ledningssystemet (${join(o.root, 'ledningssystem')}) och läses inte`,
    ]);
  });

  it('links inside the repository are followed, relative links included', async () => {
    const r = ours();
    mkdirSync(join(r.root, 'arkiv'));
    writeFileSync(join(r.root, 'arkiv/RUT-002.md'), doc(rutin('RUT-002', { process: undefined }), RUTIN_BODY));
    symlinkSync('../arkiv', join(r.root, 'ledningssystem/arkiv'));
    symlinkSync('../arkiv/RUT-002.md', join(r.root, 'ledningssystem/RUT-002.md'));
    const diags = await validate(r.root, { cache: false });
    // The same document reached twice: a duplicate id, so both links were read.
    expect(diags.filter((d) => d.rule === 'id/duplicate')).toHaveLength(2);
    expect(diags.filter((d) => d.rule === 'file/encoding')).toEqual([]);
  });
});
