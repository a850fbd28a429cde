/**
 * The example's kvalitetsberättelse as a person sees it: rendered by headless Chromium with
 * no console errors and no network, every chart with a size, and printed on A4 pages.
 * Skipped, with the reason printed, when no Chromium is installed (under CI=true that fails the run).
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, chromiumSkipReason, closeBrowsers, isA4, type PageCheck } from '../helpers/browser.js';
import { skipWithout } from '../helpers/prerequisites.js';
import { runCli } from '../helpers/cli.js';
import { EXTERNAL } from '../helpers/external-resources.js';
import { notGenerated } from '../helpers/example-copy.js';

const skipBrowser = skipWithout('browser tests', await chromiumSkipReason());

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lsys-report-browser-'));
});
afterAll(async () => {
  await closeBrowsers();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function render(kind: string): Promise<PageCheck> {
  const out = path.join(dir, `${kind}.html`);
  const r = await runCli(['report', '--cwd', EXAMPLE, '--today', '2027-01-20', '--no-git', '--kind', kind, '--output', out]);
  expect(r.code, r.stderr).toBe(0);
  return checkPage(out, { screenshot: path.join(dir, `${kind}.png`) });
}

describe.skipIf(skipBrowser)('the example report in Chromium', () => {
  it.each(['kvalitetsberattelse', 'patientsakerhetsberattelse'])(
    '%s: no console errors, charts with a size, A4 pages, one h1 and headings in order',
    async (kind) => {
      const page = await render(kind);
      expect(page.consoleErrors).toEqual([]);
      expect(page.lang).toBe('sv');
      expect(page.svgs.length).toBeGreaterThanOrEqual(kind === 'kvalitetsberattelse' ? 4 : 3);
      for (const svg of page.svgs) {
        expect(svg.width, svg.id).toBeGreaterThan(0);
        expect(svg.height, svg.id).toBeGreaterThan(0);
        expect(svg.title, svg.id).not.toBe('');
      }
      expect(page.pdfPages.length).toBeGreaterThan(3);
      for (const p of page.pdfPages) expect(isA4(p), JSON.stringify(p)).toBe(true);
      expect(page.headings.filter((h) => h.level === 1)).toHaveLength(1);
      for (let i = 1; i < page.headings.length; i++) {
        expect(page.headings[i]!.level - page.headings[i - 1]!.level, page.headings[i]!.text).toBeLessThanOrEqual(1);
      }
      expect(page.screenshotPng?.length ?? 0).toBeGreaterThan(10_000);
    },
    120_000,
  );
});

describe.skipIf(skipBrowser)('a report from documents full of external resources, in Chromium', () => {
  const SAM = 'ledningssystem/sammanstallningar/SAM-002-2026-halvar-1.md';

  async function repoWithExternal(name: string): Promise<string> {
    const repo = path.join(dir, name);
    await cp(EXAMPLE, repo, { recursive: true, filter: notGenerated });
    const file = path.join(repo, SAM);
    await writeFile(file, (await readFile(file, 'utf8')) + '\n' + EXTERNAL);
    return repo;
  }

  it.each(['kvalitetsberattelse', 'patientsakerhetsberattelse'])(
    '%s: opening it makes no request and breaks no policy (images become text)',
    async (kind) => {
      const repo = await repoWithExternal(`extern-${kind}`);
      const out = path.join(repo, 'rapport.html');
      const r = await runCli(['report', '--cwd', repo, '--today', '2027-01-20', '--no-git', '--kind', kind, '--output', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(await readFile(out, 'utf8')).toContain('Fall per månad (http://bilder.example.se/fall.png)');
      const page = await checkPage(out);
      expect(page.consoleErrors).toEqual([]);
      expect(page.fetches).toEqual([]);
      expect(page.svgs.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it('an organisation’s own template with an external image is stopped by the policy before any request', async () => {
    const repo = await repoWithExternal('extern-mall');
    await mkdir(path.join(repo, 'templates/html/partials/sections'), { recursive: true });
    await writeFile(
      path.join(repo, 'templates/html/partials/sections/risker.hbs'),
      '<section id="risker"><h2>Risker</h2><img src="http://example.se/logga.png" alt="Logga"><p style="background:url(//example.se/bg.png)">Egen</p></section>\n',
    );
    const out = path.join(repo, 'rapport.html');
    expect((await runCli(['report', '--cwd', repo, '--today', '2027-01-20', '--no-git', '--output', out])).code).toBe(0);
    const page = await checkPage(out);
    // The policy stops both before they are fetched, and says so.
    expect(page.fetches).toEqual([]);
    expect(page.consoleErrors.filter((e) => /violates the following Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
