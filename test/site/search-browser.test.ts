/**
 * The search script in headless Chromium, on a tiny generated site under the handbook's
 * Content-Security-Policy: opened straight from disk (file://) and over http, "läkemedlet"
 * finds the page that says "läkemedel"; a missing index part or a missing index is said in
 * the status, never silent. The real sok.html is the pages' (src/site/pages); this one has
 * just the SEARCH_IDS elements.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp.js';
import { buildSearch } from '../../src/site/search/index.js';
import { SEARCH_MESSAGES } from '../../src/site/search/messages.js';
import { SEARCH_IDS, type SearchDocument } from '../../src/site/types.js';
import { chromiumSkipReason, findChromium } from '../helpers/browser.js';

const skip = await chromiumSkipReason();
const tmp = mkdtempSync(join(tmpdir(), 'lsys-sok-browser-'));
const site = join(tmp, 'site');

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const page = (lang: string, title: string, body: string, root = ''): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
  `<meta http-equiv="Content-Security-Policy" content="${escape(CONTENT_SECURITY_POLICY)}">` +
  `<title>${escape(title)}</title><script src="${root}assets/sok.js" defer></script></head><body>` +
  `<form id="${SEARCH_IDS.form}" action="${root}sok.html" role="search"><label for="${SEARCH_IDS.input}">Sök</label>` +
  `<input id="${SEARCH_IDS.input}" name="q" type="search"><button>Sök</button></form><main>${body}</main></body></html>`;

const docs: SearchDocument[] = [
  {
    page: 'dokument/RUT-001.html',
    id: 'RUT-001',
    title: 'Läkemedelshantering <i>',
    type: 'Rutin',
    headings: ['Ansvar'],
    text: 'Läkemedel förvaras låst. Sjuksköterskan ansvarar för läkemedel.',
    draft: false,
  },
  { page: 'dokument/RUT-002.html', id: 'RUT-002', title: 'Nycklar', type: 'Rutin', headings: [], text: 'Nyckeln kvitteras.', draft: true },
  ...Array.from({ length: 700 }, (_, i) => ({
    page: `dokument/X-${i}.html`,
    id: `X-${i}`,
    title: `Annat ${i}`,
    type: 'Instruktion',
    headings: [],
    text: `Om städning och tvätt, del ${i}.`,
    draft: false,
  })),
];

let browser: Browser | undefined;
let server: Server | undefined;
let httpBase = '';

beforeAll(async () => {
  const files = await buildSearch(docs, { lang: 'sv' });
  for (const f of files) {
    mkdirSync(dirname(join(site, f.path)), { recursive: true });
    writeFileSync(join(site, f.path), f.content);
  }
  const status = `<p id="${SEARCH_IDS.status}" role="status" aria-live="polite">Sökningen kräver JavaScript.</p><div id="${SEARCH_IDS.results}"></div>`;
  writeFileSync(join(site, 'sok.html'), page('sv', 'Sök', `<h1>Sök</h1>${status}`));
  writeFileSync(join(site, 'en.html'), page('en', 'Search', `<h1>Search</h1>${status}`));
  writeFileSync(join(site, 'index.html'), page('sv', 'Start', '<h1>Start</h1>'));
  mkdirSync(join(site, 'dokument'), { recursive: true });
  writeFileSync(join(site, 'dokument', 'RUT-001.html'), page('sv', 'RUT-001', '<h1>Läkemedelshantering</h1>', '../'));
  if (skip) return;
  browser = await chromium.launch({ executablePath: (await findChromium())!, headless: true, args: ['--disable-gpu'] });
  server = createServer((req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const p = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    try {
      const body = readFileSync(join(site, p));
      const type = p.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8';
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  httpBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  rmSync(tmp, { recursive: true, force: true });
});

/** Open a page, collect errors and requests that leave the site, wait until the status leaves "loading". */
async function open(url: string): Promise<{ page: Page; errors: string[]; outside: string[]; status: () => Promise<string> }> {
  const context = await browser!.newContext();
  const p = await context.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  const origin = url.startsWith('file:') ? pathToFileURL(site).href : httpBase;
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  p.on('request', (r) => {
    if (!r.url().startsWith(origin)) outside.push(r.url());
  });
  await p.goto(url);
  const status = (): Promise<string> => p.locator(`#${SEARCH_IDS.status}`).innerText();
  await p.waitForFunction(([id, waiting]) => !waiting.includes(document.getElementById(id)?.textContent ?? ''), [
    SEARCH_IDS.status,
    [SEARCH_MESSAGES.loading.sv, SEARCH_MESSAGES.loading.en, 'Sökningen kräver JavaScript.'],
  ] as const);
  return { page: p, errors, outside, status };
}

const results = (p: Page): Promise<Array<{ href: string; text: string; marks: string[] }>> =>
  p.$$eval(`#${SEARCH_IDS.results} ol > li`, (lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );

describe.skipIf(skip !== undefined)('search in Chromium', () => {
  it.each([
    ['file://', () => `${pathToFileURL(join(site, 'sok.html')).href}?q=l%C3%A4kemedlet`],
    ['http', () => `${httpBase}sok.html?q=l%C3%A4kemedlet`],
  ])('over %s: "läkemedlet" from the address finds the page that says "läkemedel"', async (_, url) => {
    const { page: p, errors, outside, status } = await open(url());
    expect(await p.inputValue(`#${SEARCH_IDS.input}`)).toBe('läkemedlet');
    expect(await status()).toBe('1 träff för ”läkemedlet”.');
    const r = await results(p);
    expect(r).toEqual([
      {
        href: 'dokument/RUT-001.html',
        text: expect.stringContaining('Läkemedelshantering <i> Rutin') as unknown,
        marks: expect.arrayContaining(['Läkemedel']) as unknown,
      },
    ]);
    // The title is data: shown as text, never as markup.
    expect(await p.locator(`#${SEARCH_IDS.results} i`).count()).toBe(0);
    await p.click(`#${SEARCH_IDS.results} a`);
    await p.waitForURL(/dokument\/RUT-001\.html$/);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await p.context().close();
  });
  it('searches as the user types, and on submit; a draft is marked; keyboard reaches the results', async () => {
    const { page: p, errors, status } = await open(`${httpBase}sok.html`);
    expect(await status()).toBe('Skriv ett eller flera ord att söka efter.');
    await p.fill(`#${SEARCH_IDS.input}`, 'nycklarna');
    await p.waitForFunction((id) => /träff/.test(document.getElementById(id)?.textContent ?? ''), SEARCH_IDS.status);
    expect((await results(p))[0]).toMatchObject({ href: 'dokument/RUT-002.html', text: expect.stringContaining('UTKAST') as unknown });
    await p.fill(`#${SEARCH_IDS.input}`, 'städning');
    await p.press(`#${SEARCH_IDS.input}`, 'Enter');
    expect(await status()).toBe('700 träffar för ”städning”. Visar de 100 bästa.');
    expect(await results(p)).toHaveLength(100);
    expect(p.url()).toContain('q=st%C3%A4dning');
    await p.fill(`#${SEARCH_IDS.input}`, 'tandvård');
    await p.press(`#${SEARCH_IDS.input}`, 'Enter');
    expect(await status()).toBe('Inga träffar för ”tandvård”.');
    await p.fill(`#${SEARCH_IDS.input}`, 'läkemedel');
    await p.press(`#${SEARCH_IDS.input}`, 'Enter');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.textContent ?? '')).toBe('Sök');
    await p.keyboard.press('Tab');
    expect(await p.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('dokument/RUT-001.html');
    expect(errors).toEqual([]);
    await p.context().close();
  });
  it('speaks English on an English page; does nothing on a page without results', async () => {
    const en = await open(`${httpBase}en.html?q=l%C3%A4kemedlen`);
    expect(await en.status()).toBe('1 result for “läkemedlen”.');
    await en.page.context().close();
    const context = await browser!.newContext();
    const p = await context.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    const requests: string[] = [];
    p.on('request', (r) => requests.push(r.url()));
    await p.goto(`${httpBase}index.html`);
    await p.waitForLoadState('load');
    expect(requests.filter((u) => u.includes('/sok/'))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
  it('says so when a part of the index, or all of it, cannot be loaded', async () => {
    const broken = join(tmp, 'broken');
    cpSync(site, broken, { recursive: true });
    const shards = readdirSync(join(broken, 'sok'));
    expect(shards).toHaveLength(4);
    unlinkSync(join(broken, 'sok', shards[0]!));
    const one = await open(`${pathToFileURL(join(broken, 'sok.html')).href}?q=l%C3%A4kemedlet`);
    expect(await one.status()).toMatch(/1 av 4 delar av sökindexet kunde inte laddas/);
    await one.page.context().close();
    for (const s of shards.slice(1)) unlinkSync(join(broken, 'sok', s));
    const none = await open(`${pathToFileURL(join(broken, 'sok.html')).href}?q=l%C3%A4kemedlet`);
    expect(await none.status()).toMatch(/^Sökningen fungerar inte här: sökindexet kunde inte laddas/);
    expect(await results(none.page)).toEqual([]);
    await none.page.context().close();
  });
});
