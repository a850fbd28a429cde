/**
 * Headless Chromium for tests: open one local HTML file and check it as a
 * person would (console, pictures, printing).
 *
 * Chromium is driven by `playwright-core` (pinned in package.json), which
 * starts the browser installed on the machine (Debian's /usr/bin/chromium)
 * over `--remote-debugging-pipe` and downloads nothing: no port, no
 * WebSocket and no network.
 */
import { constants as fsConstants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page, type Request, type Route } from 'playwright-core';

// ---------------------------------------------------------------------------
// Finding the browser
// ---------------------------------------------------------------------------

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    // A folder is "executable" too (and for root, access(X_OK) passes on more than that).
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium to use: `$CHROMIUM_PATH` when set (and executable), else
 * /usr/bin/chromium, else the first of chromium, chromium-browser,
 * google-chrome, google-chrome-stable on PATH. `undefined` when none,
 * or when $CHROMIUM_PATH is set but not executable.
 */
export async function findChromium(): Promise<string | undefined> {
  const fromEnv = process.env.CHROMIUM_PATH;
  // An explicit choice is not second-guessed: a wrong path means no browser (CHROMIUM_PATH=/nonexistent forces the skip).
  if (fromEnv) return (await isExecutable(fromEnv)) ? fromEnv : undefined;
  if (await isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of CANDIDATES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (await isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** Why browser tests are skipped, or undefined when a browser was found. */
export async function chromiumSkipReason(): Promise<string | undefined> {
  if (await findChromium()) return undefined;
  if (process.env.CHROMIUM_PATH) return `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file`;
  return (
    'no Chromium found ($CHROMIUM_PATH, /usr/bin/chromium, chromium-browser, google-chrome on PATH); ' +
    'install it with `apt-get install -y chromium` to run the browser tests'
  );
}

// ---------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------

export interface PageCheck {
  /** console.error/assert, uncaught exceptions, browser log errors, and every request for anything but the file itself or a data: URL. */
  consoleErrors: string[];
  /** Every <svg> in document order, with its rendered box (CSS px) and its own <title>. */
  svgs: Array<{ id: string; width: number; height: number; title: string }>;
  /** Pages of the PDF Chromium prints (CSS @page size honoured; Letter when the page sets none). */
  pdfPages: Array<{ widthPt: number; heightPt: number }>;
  /** Full-page PNG, when `screenshot` was asked for. */
  screenshotPng?: Buffer;
  headings: Array<{ level: number; text: string }>;
  /** `<html lang>`, '' when absent. */
  lang: string;
  /** `document.title`. */
  title: string;
  /** Raw PDF bytes (for further inspection). */
  pdf: Buffer;
  /**
   * URLs the page really tried to fetch (they reached the network stage, where this harness
   * fails them). A request the page's own Content-Security-Policy blocks is in `consoleErrors`
   * (as its announcement and the policy's report) but never here.
   */
  fetches: string[];
}

export interface CheckOptions {
  /** Write a full-page PNG screenshot here (and return it as screenshotPng). */
  screenshot?: string;
  /** Write the printed PDF here. */
  pdf?: string;
  /** Hard limit for the whole check, browser start to cleanup. Default 60 s. */
  timeoutMs?: number;
  /** Viewport width in CSS px for layout and screenshot. Default 1200. */
  width?: number;
  /** Chromium binary; default findChromium(). */
  executablePath?: string;
}

/** A4 in PDF points (1/72 in): 210 × 297 mm. */
const A4_PT = { widthPt: 595.28, heightPt: 841.89 } as const;

/** True when a page is A4 portrait within `tolPt` points (Chromium rounds page sizes to CSS pixels). */
export function isA4(p: { widthPt: number; heightPt: number }, tolPt = 1): boolean {
  return Math.abs(p.widthPt - A4_PT.widthPt) <= tolPt && Math.abs(p.heightPt - A4_PT.heightPt) <= tolPt;
}

// ---------------------------------------------------------------------------
// Launch and cleanup
// ---------------------------------------------------------------------------

/** Beside Playwright's own switches (headless, no sandbox, no background networking, no sync, …). */
const ARGS = ['--disable-gpu', '--font-render-hinting=none'];

/**
 * One browser per executable for the whole test file: starting Chromium is most of a check's
 * cost, and every check gets a fresh context (its own profile state), so checks stay
 * independent. `closeBrowsers()` ends them; Playwright also kills them when the process exits.
 */
const browsers = new Map<string, Promise<Browser>>();

function browserFor(executable: string): Promise<Browser> {
  let b = browsers.get(executable);
  if (!b) {
    b = chromium.launch({ executablePath: executable, headless: true, args: ARGS, timeout: 60_000 });
    browsers.set(executable, b);
    // A launch that failed is not kept: the next check tries again (and reports why).
    b.catch(() => browsers.delete(executable));
  }
  return b;
}

async function closeBrowser(executable: string): Promise<void> {
  const b = browsers.get(executable);
  browsers.delete(executable);
  await b?.then((x) => x.close()).catch(() => undefined);
}

/** Close every browser the checks started (call it in `afterAll`). */
export async function closeBrowsers(): Promise<void> {
  await Promise.all([...browsers.keys()].map(closeBrowser));
}

function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref());
}

// ---------------------------------------------------------------------------
// The check
// ---------------------------------------------------------------------------

const IN_PAGE = `(() => {
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const svgs = [...document.querySelectorAll('svg')].map((el, i) => {
    const r = el.getBoundingClientRect();
    const t = [...el.children].find((c) => c.localName === 'title');
    return { id: el.id || ('svg[' + i + ']'), width: r.width, height: r.height, title: norm(t ? t.textContent : '') };
  });
  const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => ({
    level: Number(h.localName.slice(1)), text: norm(h.textContent),
  }));
  return { svgs, headings, lang: document.documentElement.getAttribute('lang') || '', title: document.title };
})()`;

/** Fonts, layout and two frames, so every picture has been laid out. */
const SETTLED = 'document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))';

/**
 * Open `htmlFile` (a local path) in headless Chromium and report what a
 * reader would meet: errors, the size of every SVG, the printed pages.
 * The page's context is closed in every case (the browser too after a
 * timeout); the whole check is bounded by `timeoutMs`.
 */
export async function checkPage(htmlFile: string, opts: CheckOptions = {}): Promise<PageCheck> {
  const executable = opts.executablePath ?? (await findChromium());
  if (!executable) throw new Error(`checkPage: ${(await chromiumSkipReason()) ?? 'no Chromium found'}`);
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const width = opts.width ?? 1200;
  const abs = path.resolve(htmlFile);
  await access(abs); // a clear error for a missing file
  const url = pathToFileURL(abs).href;

  let context: BrowserContext | undefined;
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`checkPage: timed out after ${timeoutMs} ms on ${abs}`));
    }, timeoutMs);
  });
  try {
    const work = (async () => {
      const browser = await browserFor(executable);
      context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      return run(await context.newPage(), url, timeoutMs, opts);
    })();
    work.catch(() => undefined); // after a timeout its rejection is no longer awaited
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // A browser that did not finish in time may hang: it goes, and the next check starts a new one.
    if (timedOut) await closeBrowser(executable);
    else await context?.close().catch(() => undefined);
  }
}

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

function allowedRequest(reqUrl: string, docUrl: string): boolean {
  return sameDocument(reqUrl, docUrl) || reqUrl.startsWith('data:') || reqUrl.startsWith('about:');
}

async function run(page: Page, url: string, timeoutMs: number, opts: CheckOptions): Promise<PageCheck> {
  const errors: string[] = [];
  const seen = new Set<string>();
  const fetches: string[] = [];
  const blocked = new Set<Request>();
  const addError = (s: string): void => {
    if (!seen.has(s)) {
      seen.add(s);
      errors.push(s);
    }
  };
  page.setDefaultTimeout(timeoutMs);

  page.on('console', (msg: ConsoleMessage) => {
    const type = msg.type();
    if (type !== 'error' && type !== 'assert') return;
    // Console API calls carry their arguments; the browser's own log entries (a refused
    // resource, a policy violation) carry none.
    if (msg.args().length > 0) {
      addError(`console.${type}: ${msg.text()}`);
    } else if (!/ERR_BLOCKED_BY_CLIENT\.Inspector/.test(msg.text())) {
      // Requests this harness blocked are already reported as "network request: URL".
      const where = msg.location().url;
      addError(`log: ${msg.text()}${where ? ` ${where}` : ''}`);
    }
  });
  page.on('pageerror', (e: Error) => addError(`uncaught: ${e.name}: ${e.message}`));
  // Every request the page announces, also one its Content-Security-Policy then refuses.
  page.on('request', (r: Request) => {
    if (!allowedRequest(r.url(), url)) addError(`network request: ${r.url()}`);
  });
  page.on('requestfailed', (r: Request) => {
    const errorText = r.failure()?.errorText ?? '';
    // Requests this harness blocked are already reported; a cancelled one (net::ERR_ABORTED) is no failure.
    if (!blocked.has(r) && errorText !== 'net::ERR_ABORTED') addError(`request failed: ${r.url()}: ${errorText}`);
  });
  // Nothing leaves the machine: a request that reaches the network stage for anything but the
  // document itself and data: URLs is failed here (and recorded). One the page's policy refuses
  // never gets here.
  await page.route(
    (u: URL) => !allowedRequest(u.href, url),
    async (route: Route, request: Request) => {
      blocked.add(request);
      addError(`network request: ${request.url()}`);
      fetches.push(request.url());
      await route.abort('blockedbyclient').catch(() => undefined);
    },
  );

  const response = await page.goto(url, { waitUntil: 'load' });
  if (response && !response.ok()) throw new Error(`checkPage: could not open ${url}: ${response.status()}`);
  await page.evaluate(SETTLED);
  const info = await page.evaluate<Pick<PageCheck, 'svgs' | 'headings' | 'lang' | 'title'>>(IN_PAGE);

  let screenshotPng: Buffer | undefined;
  if (opts.screenshot) {
    screenshotPng = await page.screenshot({ fullPage: true, type: 'png' });
    await writeFile(opts.screenshot, screenshotPng);
  }

  // No paper size given: the page's own @page decides (Chromium's default is Letter, so an A4 result proves the CSS).
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  if (opts.pdf) await writeFile(opts.pdf, pdf);
  const pdfPages = pdfPageSizes(pdf);

  // Late errors (e.g. a failing request during print) are still collected.
  await delay(50);
  return { consoleErrors: errors, fetches, ...info, pdfPages, pdf, ...(screenshotPng ? { screenshotPng } : {}) };
}

// ---------------------------------------------------------------------------
// PDF page sizes
// ---------------------------------------------------------------------------

interface PdfObject {
  num: number;
  body: string;
}

/** Every indirect object, also those packed in compressed object streams (/ObjStm). */
function pdfObjects(pdf: Buffer): Map<number, string> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, string>();
  const re = /(\d+)\s+(\d+)\s+obj\b([\s\S]*?)\bendobj\b/g;
  const raw: PdfObject[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) raw.push({ num: Number(m[1]), body: m[3]! });
  for (const o of raw) {
    objects.set(o.num, o.body);
    if (!/\/Type\s*\/ObjStm\b/.test(o.body)) continue;
    const streamAt = o.body.search(/stream\r?\n/);
    if (streamAt < 0) continue;
    const dataStart = streamAt + (o.body[streamAt + 6] === '\r' ? 8 : 7);
    const dataEnd = o.body.lastIndexOf('endstream');
    let data = Buffer.from(o.body.slice(dataStart, dataEnd), 'latin1');
    if (/\/Filter\s*\/FlateDecode/.test(o.body)) {
      try {
        data = inflateSync(data);
      } catch {
        continue;
      }
    }
    const n = Number(/\/N\s+(\d+)/.exec(o.body)?.[1] ?? 0);
    const first = Number(/\/First\s+(\d+)/.exec(o.body)?.[1] ?? 0);
    const s = data.toString('latin1');
    const header = s.slice(0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i < n; i++) {
      const num = header[2 * i]!;
      const off = first + header[2 * i + 1]!;
      const end = i + 1 < n ? first + header[2 * i + 3]! : s.length;
      if (!objects.has(num)) objects.set(num, s.slice(off, end));
    }
  }
  return objects;
}

function mediaBox(body: string): [number, number, number, number] | undefined {
  const m = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/.exec(body);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])] : undefined;
}

/**
 * The size of every page of a PDF in points, in page-tree order when a tree
 * is found (else object order). A page without its own /MediaBox inherits
 * its parent's.
 */
export function pdfPageSizes(pdf: Buffer): Array<{ widthPt: number; heightPt: number }> {
  const objects = pdfObjects(pdf);
  const isPage = (b: string): boolean => /\/Type\s*\/Page(?![a-zA-Z])/.test(b);
  const boxOf = (num: number, depth = 0): [number, number, number, number] | undefined => {
    const body = objects.get(num);
    if (!body || depth > 32) return undefined;
    const own = mediaBox(body);
    if (own) return own;
    const parent = /\/Parent\s+(\d+)\s+\d+\s+R/.exec(body);
    return parent ? boxOf(Number(parent[1]), depth + 1) : undefined;
  };

  // Page-tree order from the root /Pages node.
  const order: number[] = [];
  const rootPages = [...objects.entries()].find(([, b]) => /\/Type\s*\/Pages\b/.test(b) && !/\/Parent\s+\d+\s+\d+\s+R/.test(b));
  const walk = (num: number, depth: number): void => {
    const body = objects.get(num);
    if (!body || depth > 32) return;
    if (isPage(body)) {
      order.push(num);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (!kids) return;
    for (const r of kids[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(r[1]), depth + 1);
  };
  if (rootPages) walk(rootPages[0], 0);
  const allPages = [...objects.entries()].filter(([, b]) => isPage(b)).map(([n]) => n);
  const pages = order.length === allPages.length ? order : allPages;
  // The page tree states the count: a mismatch means this parser missed something.
  const count = rootPages ? /\/Count\s+(\d+)/.exec(rootPages[1]) : null;
  if (count && Number(count[1]) !== pages.length) {
    throw new Error(`PDF: page tree says /Count ${count[1]} but ${pages.length} page objects were found`);
  }

  return pages.map((num) => {
    const box = boxOf(num);
    if (!box) throw new Error(`PDF page object ${num} has no /MediaBox`);
    return { widthPt: round2(box[2] - box[0]), heightPt: round2(box[3] - box[1]) };
  });
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
