/** The site pipeline called directly (buildSite): the first build's worker threads with and without a writer. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import { loadConfig } from '../../src/core/config.js';
import { validateRepository } from '../../src/core/validate.js';
import { registry } from '../../src/rules/index.js';
import { buildSite, type SiteOptions } from '../../src/site/build.js';
import type { SiteFile } from '../../src/site/types.js';

const EXAMPLE = 'examples/solbacka';

async function options(): Promise<SiteOptions> {
  const catalog = loadCatalog();
  const config = loadConfig(EXAMPLE, 'sv', (r) => catalog.paragraph(r) !== undefined);
  const run = await validateRepository({ config, today: '2026-12-01', lang: 'sv', git: false, cache: false, registry });
  return { model: run.context.model, lang: 'sv', today: '2026-12-01', drafts: false, site: {}, generator: 'lsys test' };
}

const asText = (files: readonly SiteFile[]): Array<[string, string]> =>
  files.map((f) => [f.path, typeof f.content === 'string' ? f.content : Buffer.from(f.content).toString('utf8')]);

describe('buildSite', () => {
  it('gives every file in its result when worker threads render and no writer is given, as without threads', async () => {
    const o = await options();
    const one = await buildSite({ ...o, workers: 0 });
    const threads = await buildSite({ ...o, workers: 1 });
    expect(threads.written).toEqual([]);
    expect(asText(threads.files)).toEqual(asText(one.files));
  });

  it('hands each document page to the writer as it is made, and fails (threads stopped) when the writer does', async () => {
    const o = await options();
    const one = await buildSite({ ...o, workers: 0 });
    const got: SiteFile[] = [];
    const threads = await buildSite({ ...o, workers: 1, write: (f) => got.push(f) });
    expect(threads.written.length).toBeGreaterThan(10);
    expect(threads.written.every((p) => p.startsWith('dokument/'))).toBe(true);
    const all = [...threads.files, ...got].sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(asText(all)).toEqual(asText(one.files));
    await expect(
      buildSite({
        ...o,
        workers: 1,
        write: () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
  });
});
