/**
 * Self-test of the headless-Chromium harness (test/helpers/browser.ts): it
 * must pass a good page and must catch a console error and a network request.
 * Skipped, with the reason printed, when no Chromium is installed (under CI=true that fails the run).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, chromiumSkipReason, closeBrowsers, isA4, pdfPageSizes } from '../helpers/browser.js';
import { skipWithout } from '../helpers/prerequisites.js';

const skipBrowser = skipWithout('browser tests', await chromiumSkipReason());

const BROWSER_TIMEOUT = 90_000;

function page(body: string, head = ''): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Harness</title>
<style>
  @page { size: A4; margin: 20mm; }
  body { font-family: sans-serif; }
  p { margin: 0 0 1em; }
</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

const FILLER = Array.from(
  { length: 120 },
  (_, i) => `<p>Stycke ${i + 1}: egenkontroll, avvikelser och klagomål under året, så att innehållet räcker till flera sidor.</p>`,
).join('\n');

const GOOD = page(`
<h1>Kvalitetsberättelse</h1>
<h2>Risker</h2>
<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="320" height="160" viewBox="0 0 320 160" role="img" aria-labelledby="chart-title">
  <title id="chart-title">Avvikelser per kategori</title>
  <rect x="10" y="40" width="60" height="110" fill="#444"/>
  <rect x="90" y="80" width="60" height="70" fill="#999"/>
</svg>
<h2>Text</h2>
${FILLER}
`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lsys-harness-'));
});
afterAll(async () => {
  await closeBrowsers();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, html: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, html, 'utf8');
  return file;
}

describe.skipIf(skipBrowser)('headless Chromium harness', () => {
  it(
    'passes a clean page: no errors, sized SVG, A4 pages, outline, screenshot',
    async () => {
      const file = await fixture('good.html', GOOD);
      const shot = path.join(dir, 'good.png');
      const started = Date.now();
      const r = await checkPage(file, { screenshot: shot });
      console.info(`[browser] clean page checked in ${Date.now() - started} ms`);

      expect(r.consoleErrors).toEqual([]);
      expect(r.lang).toBe('sv');
      expect(r.title).toBe('Harness');
      expect(r.headings).toEqual([
        { level: 1, text: 'Kvalitetsberättelse' },
        { level: 2, text: 'Risker' },
        { level: 2, text: 'Text' },
      ]);
      expect(r.svgs).toHaveLength(1);
      expect(r.svgs[0]).toMatchObject({ id: 'chart', title: 'Avvikelser per kategori' });
      expect(r.svgs[0]!.width).toBeCloseTo(320, 0);
      expect(r.svgs[0]!.height).toBeCloseTo(160, 0);

      expect(r.pdfPages.length).toBeGreaterThanOrEqual(2);
      for (const p of r.pdfPages) expect(isA4(p), JSON.stringify(p)).toBe(true);

      // A real PNG, taller than one viewport (full page).
      const png = await readFile(shot);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(r.screenshotPng?.equals(png)).toBe(true);
      expect(png.readUInt32BE(20)).toBeGreaterThan(900);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'reports console errors, uncaught exceptions, zero-size SVGs and Letter pages',
    async () => {
      const file = await fixture(
        'errors.html',
        `<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body>
<svg id="hidden" width="0" height="0"><title>Tom</title></svg>
<script>console.error('x'); setTimeout(() => { throw new Error('boom') }, 0);</script>
</body></html>`,
      );
      const r = await checkPage(file);
      expect(r.consoleErrors).toContain('console.error: x');
      expect(r.consoleErrors.some((e) => e.includes('boom'))).toBe(true);
      expect(r.lang).toBe('');
      expect(r.svgs).toEqual([{ id: 'hidden', width: 0, height: 0, title: 'Tom' }]);
      // No @page size: Chromium's default paper (Letter), which is not A4.
      expect(r.pdfPages).toHaveLength(1);
      expect(isA4(r.pdfPages[0]!)).toBe(false);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'reports any network request as an error (the report must need no network)',
    async () => {
      const file = await fixture(
        'network.html',
        page(`<h1>N</h1><img src="http://127.0.0.1:9/x.png" alt="x">
<link rel="stylesheet" href="https://example.invalid/style.css">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">`),
      );
      const started = Date.now();
      const r = await checkPage(file, { timeoutMs: 30_000 });
      expect(r.consoleErrors.some((e) => e.includes('http://127.0.0.1:9/x.png'))).toBe(true);
      expect(r.consoleErrors.some((e) => e.includes('https://example.invalid/style.css'))).toBe(true);
      expect(r.consoleErrors.some((e) => e.includes('data:'))).toBe(false);
      // Both reached the network stage: they are real fetches, failed by the harness.
      expect([...r.fetches].sort()).toEqual(['http://127.0.0.1:9/x.png', 'https://example.invalid/style.css']);
      // Blocked in the browser, not waited for.
      expect(Date.now() - started).toBeLessThan(20_000);
    },
    BROWSER_TIMEOUT,
  );

  it(
    'gives up on a page that never finishes loading, within its time limit, and checks the next page afresh',
    async () => {
      const hung = await fixture('hung.html', page('<h1>H</h1><script>for (;;) {}</script>'));
      const started = Date.now();
      await expect(checkPage(hung, { timeoutMs: 2_000 })).rejects.toThrow(/timed out after 2000 ms|Timeout 2000ms exceeded/);
      expect(Date.now() - started).toBeLessThan(20_000);
      const r = await checkPage(await fixture('after-hung.html', GOOD));
      expect(r.consoleErrors).toEqual([]);
      expect(r.headings[0]).toEqual({ level: 1, text: 'Kvalitetsberättelse' });
    },
    BROWSER_TIMEOUT,
  );

  it(
    'tells a request the page’s own policy refuses (no fetch) from one that is fetched',
    async () => {
      const file = await fixture(
        'csp.html',
        page(
          `<h1>P</h1><img src="http://127.0.0.1:9/refused.png" alt="x">`,
          `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
        ),
      );
      const r = await checkPage(file, { timeoutMs: 30_000 });
      expect(r.fetches).toEqual([]);
      expect(r.consoleErrors.some((e) => /violates the following Content Security Policy/.test(e) && e.includes('refused.png'))).toBe(true);
    },
    BROWSER_TIMEOUT,
  );
});

describe('PDF page parsing', () => {
  it('reads page sizes from plain page objects, inheriting /MediaBox from the parent', () => {
    const pdf = Buffer.from(
      `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 /MediaBox [0 0 612 792] >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] >> endobj
4 0 obj << /Type /Page /Parent 2 0 R >> endobj
trailer << /Root 1 0 R >>
%%EOF`,
      'latin1',
    );
    expect(pdfPageSizes(pdf)).toEqual([
      { widthPt: 595.28, heightPt: 841.89 },
      { widthPt: 612, heightPt: 792 },
    ]);
    expect(isA4({ widthPt: 595.28, heightPt: 841.89 })).toBe(true);
    expect(isA4({ widthPt: 612, heightPt: 792 })).toBe(false);
  });

  it('reads pages packed in a compressed object stream (/ObjStm)', () => {
    const objs = [
      '<< /Type /Pages /Kids [6 0 R 7 0 R] /Count 2 >>',
      '<< /Type /Page /Parent 5 0 R /MediaBox [0 0 594.96 841.92] >>',
      '<< /Type /Page /Parent 5 0 R /MediaBox [0 0 841.92 594.96] >>',
    ];
    let offsets = '';
    let body = '';
    objs.forEach((o, i) => {
      offsets += `${5 + i} ${body.length} `;
      body += o + '\n';
    });
    const data = deflateSync(Buffer.from(offsets + body, 'latin1'));
    const first = offsets.length;
    const pdf = Buffer.concat([
      Buffer.from(
        `%PDF-1.5\n1 0 obj << /Type /Catalog /Pages 5 0 R >> endobj\n2 0 obj << /Type /ObjStm /N 3 /First ${first} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    const pages = pdfPageSizes(pdf);
    expect(pages).toEqual([
      { widthPt: 594.96, heightPt: 841.92 },
      { widthPt: 841.92, heightPt: 594.96 },
    ]);
    expect(isA4(pages[0]!)).toBe(true);
    expect(isA4(pages[1]!)).toBe(false); // landscape is not A4 portrait
  });

  it('refuses a PDF whose page tree count disagrees with the pages found', () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 2 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >> endobj\n',
      'latin1',
    );
    expect(() => pdfPageSizes(pdf)).toThrow(/Count 2/);
  });
});
