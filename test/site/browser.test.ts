/**
 * The staff handbook (`lsys site`, issue 10) as staff meet it, in headless Chromium: the example's
 * site is built once with the built bin, served by a tiny HTTP server under a sub-path (and opened
 * from disk), and checked page kind by page kind: axe-core (WCAG 2.1 A and AA) on every kind of page,
 * also 320 px wide; the keyboard (skip link, search box, visible focus); navigation by clicking; every
 * link and #anchor of the whole site; Swedish search; no request leaving the site; file://; print.
 * Screenshots of four pages go to a temp folder, and to $LSYS_SCREENSHOTS when set.
 * Skipped, with the reason printed, when no Chromium is installed (under CI=true that fails the run).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSkipReason, findChromium, isA4, pdfPageSizes } from '../helpers/browser.js';
import { skipWithout } from '../helpers/prerequisites.js';
import { SEARCH_IDS } from '../../src/site/types.js';
import { notGenerated } from '../helpers/example-copy.js';

const run = promisify(execFile);
const skipBrowser = skipWithout('browser tests', await chromiumSkipReason());

const BIN = fileURLToPath(new URL('../../bin/lsys.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
const TODAY = '2026-12-01';
/** The sub-path the site is served under (and built for with --base-url), as on an intranet server. */
const BASE = '/handbok/';
/** The site built with --drafts, served beside it. */
const DRAFTS_BASE = '/utkast/';
/** In the git history of the temp copy: must never appear on any page (roles only). */
const AUTHOR = { name: 'Astrid Testsson', email: 'astrid.testsson@example.se' };

/** A draft added to the temp copy: shown only with --drafts. */
const DRAFT = `---
id: RUT-099
typ: rutin
titel: Måltider och nattfasta
status: utkast
version: 0.1
ägare: enhetschef
---

# Måltider och nattfasta

## Syfte

Att nattfastan inte blir längre än elva timmar. Se [läkemedelsrutinen](RUT-003-lakemedel.md).

## Ansvar

Enhetschefen ansvarar för att rutinen är känd.

## Genomförande

Erbjud ett kvällsmål och ett tidigt frukostmål.

## Uppföljning

Följs upp vid egenkontroll.
`;

/** The pages of each kind that axe-core checks (paths under the site root). */
const PAGE_KINDS: Array<[kind: string, page: string]> = [
  ['start', 'index.html'],
  ['routine', 'dokument/RUT-003.html'],
  ['process', 'dokument/PRO-002.html'],
  ['ansvarsfördelning', 'dokument/ANS-001.html'],
  ['type', 'typ/rutin.html'],
  // With the example's läskvittens: a reading list with the form's links (checked below).
  ['unit', 'enhet/solglantan.html'],
  ['role', 'roll/mas.html'],
  ['role with a reading list', 'roll/medarbetare.html'],
  ['sosfs', 'sosfs.html'],
  ['tillgänglighet', 'tillganglighet.html'],
  ['upphävd', 'dokument/RUT-005.html'],
];

let work: string;
let repo: string;
let siteDir: string;
let draftsDir: string;
let shots: string;
let server: Server;
let origin: string;
let browser: Browser;
/** Every request any page of the served site made, over the whole file. */
const requests: string[] = [];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
};

/** A static file server for the two sites; anything else gets the site's 404.html with status 404. */
function serve(): Promise<Server> {
  const roots: Array<[prefix: string, dir: string]> = [
    [BASE, siteDir],
    [DRAFTS_BASE, draftsDir],
  ];
  const s = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = '';
      }
      const root = roots.find(([prefix]) => pathname.startsWith(prefix));
      if (root) {
        let file = path.join(root[1], pathname.slice(root[0].length));
        if (file.startsWith(root[1] + path.sep) || file === root[1]) {
          if (pathname.endsWith('/')) file = path.join(file, 'index.html');
          try {
            if ((await stat(file)).isFile()) {
              res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
              res.end(await readFile(file));
              return;
            }
          } catch {
            // not there: 404 below
          }
        }
      }
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(await readFile(path.join(siteDir, '404.html')).catch(() => 'not found'));
    })();
  });
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

async function git(args: string[]): Promise<void> {
  await run('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: AUTHOR.name,
      GIT_AUTHOR_EMAIL: AUTHOR.email,
      GIT_COMMITTER_NAME: AUTHOR.name,
      GIT_COMMITTER_EMAIL: AUTHOR.email,
      GIT_AUTHOR_DATE: '2026-11-02T10:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-02T10:00:00Z',
    },
  });
}

async function buildSite(out: string, extra: string[]): Promise<void> {
  const r = await run(process.execPath, [BIN, 'site', '--cwd', repo, '--today', TODAY, '--out', out, ...extra], { cwd: work }).catch(
    (e: { code?: number; stdout?: string; stderr?: string }) => e,
  );
  if ('code' in r && r.code) throw new Error(`lsys site failed (${r.code}): ${r.stderr ?? ''}${r.stdout ?? ''}`);
}

/** Every file under `dir`, relative with `/`. */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

async function newContext(width = 1200): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  context.on('request', (r) => requests.push(r.url()));
  return context;
}

async function open(context: BrowserContext, page: string, base = BASE): Promise<Page> {
  const p = await context.newPage();
  await p.goto(`${origin}${base}${page}`, { waitUntil: 'load' });
  return p;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** axe-core's WCAG 2.1 A/AA violations on the open page, one readable line each. */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: the page's Content-Security-Policy (script-src 'self') does not apply.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const violations = await page.evaluate<AxeViolation[]>(`window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
        .join(' | ')}`,
  );
}

/**
 * The search page's status and result items once it has answered `query` (the status names the query
 * and counts hits, "N träffar för …" / "Inga träffar …"); after 15 s, whatever the page shows then.
 */
async function searchResults(
  page: Page,
  query: string,
): Promise<{ status: string; items: Array<{ href: string; text: string; html: string }> }> {
  await page
    .waitForFunction(
      ([id, q]) => {
        const status = document.getElementById(id)?.textContent ?? '';
        return status.includes(q) && /träff|hit/i.test(status);
      },
      [SEARCH_IDS.status, query] as const,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  return page.evaluate(
    ([status, results]) => ({
      status: (document.getElementById(status)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      items: [...document.querySelectorAll(`#${results} li`)].map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
        html: li.innerHTML,
      })),
    }),
    [SEARCH_IDS.status, SEARCH_IDS.results] as const,
  );
}

async function screenshot(page: Page, name: string): Promise<void> {
  const png = await page.screenshot({ fullPage: true, type: 'png' });
  await writeFile(path.join(shots, name), png);
  const extra = process.env.LSYS_SCREENSHOTS;
  if (extra) {
    await mkdir(extra, { recursive: true });
    await writeFile(path.join(extra, name), png);
  }
  expect(png.length, name).toBeGreaterThan(5_000);
}

beforeAll(async () => {
  if (skipBrowser) return;
  work = await mkdtemp(path.join(tmpdir(), 'lsys-site-browser-'));
  repo = path.join(work, 'repo');
  siteDir = path.join(work, 'site');
  draftsDir = path.join(work, 'site-utkast');
  shots = path.join(work, 'skarmbilder');
  await mkdir(shots);
  await cp(EXAMPLE, repo, { recursive: true, filter: notGenerated });
  await writeFile(path.join(repo, 'ledningssystem/rutiner/RUT-099-maltider.md'), DRAFT);
  // A history, so the pages show one, and an author whose name must appear nowhere.
  await git(['init', '-q', '-b', 'main']);
  await git(['add', '-A']);
  await git(['commit', '-q', '-m', 'Ledningssystemet för Solbacka']);
  await buildSite(siteDir, ['--base-url', BASE]);
  await buildSite(draftsDir, ['--base-url', DRAFTS_BASE, '--drafts']);
  server = await serve();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    args: ['--disable-gpu', '--font-render-hinting=none'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(skipBrowser)('the handbook of the example in Chromium', () => {
  it('has every kind of page, the draft only with --drafts, and no person from git anywhere', async () => {
    const files = await listFiles(siteDir);
    for (const [, page] of PAGE_KINDS) expect(files).toContain(page);
    for (const page of ['sok.html', '404.html', 'assets/lsys.css', 'assets/sok.js']) expect(files).toContain(page);
    expect(files).not.toContain('dokument/RUT-099.html');
    // The withdrawn RUT-005 keeps its address: a short page that points to its successor.
    const withdrawn = await readFile(path.join(siteDir, 'dokument/RUT-005.html'), 'utf8');
    expect(withdrawn).toMatch(/upphävd/i);
    expect(withdrawn).toMatch(/href="(\.\.\/dokument\/)?RUT-010\.html"/);
    expect(await listFiles(draftsDir)).toContain('dokument/RUT-099.html');
    for (const dir of [siteDir, draftsDir]) {
      for (const f of await listFiles(dir)) {
        const text = await readFile(path.join(dir, f), 'latin1');
        expect(text, f).not.toContain('Testsson');
        expect(text, f).not.toContain(AUTHOR.email);
      }
    }
  });

  it('the unit and role pages that axe-core checks have a reading list with the confirmation link', async () => {
    for (const file of ['enhet/solglantan.html', 'roll/medarbetare.html']) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      expect(html, file).toContain('<h2 id="att-lasa">Att läsa och bekräfta</h2>');
      expect(html, file).toMatch(
        /<a class="bekrafta" href="https:\/\/forms\.office\.com\/[^"]+" aria-label="Bekräfta att du har läst [^"]+">/,
      );
    }
  });

  for (const width of [1200, 320]) {
    it(`axe-core finds no WCAG 2.1 A/AA violation on any kind of page, ${width} px wide`, async () => {
      const context = await newContext(width);
      try {
        const found: string[] = [];
        const check = async (name: string, page: Page): Promise<void> => {
          for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
          if (width === 320) {
            // Usable on a phone at 200 % zoom: no sideways scrolling of the page itself (wide tables scroll in their own box).
            const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
            if ((overflow as number) > 1) found.push(`${name}: the page scrolls sideways by ${String(overflow)} px at 320 px`);
          }
          await page.close();
        };
        for (const [kind, file] of PAGE_KINDS) await check(kind, await open(context, file));
        const sok = await open(context, `sok.html?q=${encodeURIComponent('läkemedel')}`);
        expect((await searchResults(sok, 'läkemedel')).items.length).toBeGreaterThan(0);
        await check('sok with results', sok);
        const notFound = await context.newPage();
        const response = await notFound.goto(`${origin}${BASE}dokument/finns-inte.html`);
        expect(response?.status()).toBe(404);
        expect(await notFound.locator('h1').count()).toBe(1);
        await check('404', notFound);
        const draft = await open(context, 'dokument/RUT-099.html', DRAFTS_BASE);
        expect(await draft.locator('main').innerText()).toMatch(/UTKAST/);
        await check('draft (--drafts)', draft);
        expect(found).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);
  }

  it('every kind of page has lang="sv", one h1 and headings in order', async () => {
    const context = await newContext();
    try {
      for (const [kind, file] of PAGE_KINDS) {
        const page = await open(context, file);
        expect(await page.getAttribute('html', 'lang'), kind).toBe('sv');
        const levels = await page.evaluate(() => [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.localName[1])));
        expect(
          levels.filter((l) => l === 1),
          kind,
        ).toHaveLength(1);
        expect(levels[0], kind).toBe(1);
        for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${kind}: heading ${i}`).toBeLessThanOrEqual(1);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }, 60_000);

  it('by keyboard: Tab reaches the skip link first, which moves focus to main; Tab reaches the search box; focus is visible', async () => {
    const context = await newContext();
    try {
      const page = await open(context, 'index.html');
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          href: el.getAttribute('href'),
          text: (el.textContent ?? '').trim(),
          outline: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
          visible: r.width > 0 && r.height > 0 && r.top >= 0,
        };
      });
      expect(first.href).toBe('#innehall');
      expect(first.text).not.toBe('');
      // A skip link that stays off screen when focused helps no one who sees the screen.
      expect(first.visible).toBe(true);
      expect(first.outline).not.toBe('none');
      expect(first.outlineWidth).toBeGreaterThan(0);
      await page.keyboard.press('Enter');
      expect(new URL(page.url()).hash).toBe('#innehall');
      // Focus moved to main: either main itself (tabindex="-1") or, at least, the next Tab lands inside it.
      const onMain = await page.evaluate('document.activeElement?.id === "innehall"');
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate('!!document.activeElement?.closest("main#innehall")');
      expect(onMain || inMain, 'after the skip link, focus is in main').toBe(true);

      await page.reload();
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(`document.activeElement?.id === '${SEARCH_IDS.input}'`);
      }
      expect(reached, 'Tab reaches the search box').toBe(true);
      const input = await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        const style = getComputedStyle(el);
        return {
          outline: style.outlineStyle,
          width: parseFloat(style.outlineWidth),
          name: el.getAttribute('name'),
          label: (el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '').trim(),
        };
      });
      expect(input.name).toBe('q');
      expect(input.label).not.toBe('');
      expect(input.outline !== 'none' && input.width > 0, `focus of the search box: ${JSON.stringify(input)}`).toBe(true);
      // Typing and Enter searches: the form submits to sok.html?q=….
      await page.keyboard.type('läkemedlet');
      await Promise.all([page.waitForURL(/sok\.html\?/), page.keyboard.press('Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('läkemedlet');
      const found = await searchResults(page, 'läkemedlet');
      expect(
        found.items.map((i) => i.href),
        found.status,
      ).toContain('dokument/RUT-003.html');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('by clicking: from the start page to a process, then to one of its routines; screenshots of each', async () => {
    const context = await newContext();
    try {
      const page = await open(context, 'index.html');
      await screenshot(page, 'start.png');
      await Promise.all([
        page.waitForURL(/dokument\/PRO-002\.html$/),
        page.locator('main a[href$="dokument/PRO-002.html"]').first().click(),
      ]);
      expect(await page.locator('h1').innerText()).toMatch(/Läkemedelshantering/);
      // The flow is drawn, with a text alternative.
      const svg = page.locator('main svg[role="img"]').first();
      expect(await svg.count()).toBe(1);
      expect((await svg.locator('title').textContent())?.trim()).not.toBe('');
      await screenshot(page, 'process.png');
      await Promise.all([page.waitForURL(/dokument\/RUT-003\.html$/), page.locator('main a[href$="RUT-003.html"]').first().click()]);
      expect(await page.locator('h1').innerText()).toMatch(/Läkemedelshantering och delegering/);
      // Metadata by name, never a raw role id or unit id when a name exists.
      const main = await page.locator('main').innerText();
      expect(main).toContain('Medicinskt ansvarig sjuksköterska');
      expect(main).toContain('Solgläntans särskilda boende');
      expect(main).toContain('4.0');
      expect(main).toContain('Ledningssystemet för Solbacka');
      await screenshot(page, 'rutin.png');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('every link of the whole site leads to a file that exists, and every #anchor to an element with that id', async () => {
    const files = await listFiles(siteDir);
    const set = new Set(files);
    const ids = new Map<string, Set<string>>();
    const html = new Map<string, string>();
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const text = await readFile(path.join(siteDir, f), 'utf8');
      html.set(f, text);
      ids.set(f, new Set([...text.matchAll(/\sid\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? ''))));
    }
    const broken: string[] = [];
    let checked = 0;
    for (const [f, text] of html) {
      for (const m of text.matchAll(/<(?:a|link|script|img|form)(?:\s[^>]*?)?\s(?:href|src|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const raw = decodeEntities(m[1] ?? m[2] ?? '');
        if (/^(https?:|mailto:|tel:|data:)/i.test(raw)) continue;
        checked++;
        const [beforeHash, hash] = raw.split('#', 2) as [string, string | undefined];
        const target = beforeHash.split('?')[0]!;
        let resolved: string;
        if (target === '') resolved = f;
        else if (target.startsWith(BASE)) resolved = decodeURIComponent(target.slice(BASE.length));
        else if (target.startsWith('/')) {
          broken.push(`${f}: ${raw} (absolute, outside ${BASE})`);
          continue;
        } else resolved = path.posix.normalize(path.posix.join(path.posix.dirname(f), decodeURIComponent(target)));
        if (resolved === '' || resolved.endsWith('/')) resolved += 'index.html';
        if (!set.has(resolved)) {
          broken.push(`${f}: ${raw} → ${resolved} does not exist`);
          continue;
        }
        if (hash !== undefined && hash !== '' && !ids.get(resolved)?.has(decodeURIComponent(hash)))
          broken.push(`${f}: ${raw} → no id "${hash}" in ${resolved}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('search in Swedish: an inflected form finds the routine, results show title, type and a snippet; no hits says so', async () => {
    const context = await newContext();
    try {
      const page = await open(context, 'sok.html');
      await page.locator(`#${SEARCH_IDS.input}`).fill('');
      await page.locator(`#${SEARCH_IDS.input}`).pressSequentially('läkemedlet', { delay: 20 });
      const r = await searchResults(page, 'läkemedlet');
      const hit = r.items.find((i) => i.href === 'dokument/RUT-003.html');
      expect(hit, JSON.stringify(r)).toBeDefined();
      expect(hit!.text).toContain('Läkemedelshantering och delegering i kommunal hälso- och sjukvård');
      expect(hit!.text).toMatch(/Rutin/);
      // A snippet beside title and type, with the matching words marked.
      expect(hit!.text.length).toBeGreaterThan(
        'Läkemedelshantering och delegering i kommunal hälso- och sjukvård'.length + 'Rutin'.length + 30,
      );
      expect(hit!.html).toMatch(/<mark>/i);
      expect(r.status).toMatch(/\d+ träff/);
      await screenshot(page, 'sok.png');

      // More Swedish: the definite plural of "avvikelse" finds the routine about avvikelser; å/ä/ö in the query.
      for (const [query, doc] of [
        ['avvikelserna', 'dokument/RUT-004.html'],
        ['Läkemedlen', 'dokument/RUT-003.html'],
        ['våldet', 'dokument/RUT-007.html'],
      ] as const) {
        const p = await open(context, `sok.html?q=${encodeURIComponent(query)}`);
        const found = await searchResults(p, query);
        expect(
          found.items.map((i) => i.href),
          query,
        ).toContain(doc);
        await p.close();
      }

      const none = await open(context, `sok.html?q=${encodeURIComponent('xylofonorkester')}`);
      const nothing = await searchResults(none, 'xylofonorkester');
      expect(nothing.items).toEqual([]);
      expect(nothing.status).toMatch(/inga träffar|0 träffar/i);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('prints a routine on A4 without header, navigation and search, with its metadata', async () => {
    const context = await newContext();
    try {
      const page = await open(context, 'dokument/RUT-003.html');
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header', 'nav', 'form[role="search"]']) {
        const all = page.locator(selector);
        for (let i = 0; i < (await all.count()); i++) {
          // Only those outside main are the site's chrome (a document may well contain a nav-less table of contents).
          if (await all.nth(i).evaluate((el) => !el.closest('main'))) expect(await all.nth(i).isVisible(), selector).toBe(false);
        }
      }
      expect(await page.locator('h1').isVisible()).toBe(true);
      const meta = page.locator('main :is(dl, table)').first();
      expect(await meta.isVisible()).toBe(true);
      expect(await meta.innerText()).toMatch(/Version/i);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = pdfPageSizes(pdf);
      expect(pages.length).toBeGreaterThan(0);
      for (const p of pages) expect(isA4(p), JSON.stringify(p)).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('from disk (file://): navigation works and search finds the routine', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(path.join(siteDir, 'index.html')).href);
      await Promise.all([
        page.waitForURL(/dokument\/PRO-002\.html$/),
        page.locator('main a[href$="dokument/PRO-002.html"]').first().click(),
      ]);
      await Promise.all([page.waitForURL(/dokument\/RUT-003\.html$/), page.locator('main a[href$="RUT-003.html"]').first().click()]);
      expect(await page.locator('h1').innerText()).toMatch(/Läkemedelshantering/);
      // The stylesheet loaded (relative link): the skip link is not laid out as ordinary text at the top.
      expect(await page.evaluate('document.styleSheets.length')).toBeGreaterThan(0);
      await page.goto(`${pathToFileURL(path.join(siteDir, 'sok.html')).href}?q=${encodeURIComponent('läkemedlet')}`);
      const r = await searchResults(page, 'läkemedlet');
      // S made search work from disk (index files are scripts, not fetched JSON); were it not so, the status would say why.
      expect(
        r.items.map((i) => i.href),
        r.status,
      ).toContain('dokument/RUT-003.html');
      for (const url of seen) expect(url, 'from disk, nothing but files').toMatch(/^(file:|data:)/);
    } finally {
      await context.close();
    }
  }, 60_000);

  // Last: the requests of every page the tests above opened over HTTP.
  it('no page made a request outside the site', () => {
    expect(requests.length).toBeGreaterThan(30);
    const outside = [...new Set(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')))];
    expect(outside).toEqual([]);
  });
});

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
