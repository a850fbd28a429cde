/**
 * Headless Chromium for tests: open one local HTML file and check it as a
 * person would (console, pictures, printing).
 *
 * No npm dependency: Chromium is driven over the Chrome DevTools Protocol on
 * `--remote-debugging-pipe` (fd 3 = commands to Chromium, fd 4 = replies and
 * events; messages are JSON separated by NUL bytes). This is the transport
 * Puppeteer uses; it needs no port, no WebSocket and no network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

// ---------------------------------------------------------------------------
// Finding the browser
// ---------------------------------------------------------------------------

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, fsConstants.X_OK);
    return true;
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
export const A4_PT = { widthPt: 595.28, heightPt: 841.89 } as const;

/** True when a page is A4 portrait within `tolPt` points (Chromium rounds page sizes to CSS pixels). */
export function isA4(p: { widthPt: number; heightPt: number }, tolPt = 1): boolean {
  return Math.abs(p.widthPt - A4_PT.widthPt) <= tolPt && Math.abs(p.heightPt - A4_PT.heightPt) <= tolPt;
}

// ---------------------------------------------------------------------------
// CDP over a pipe
// ---------------------------------------------------------------------------

interface CdpMessage {
  id?: number;
  method?: string;
  params?: any;
  result?: any;
  error?: { code: number; message: string; data?: string };
  sessionId?: string;
}

type Listener = (msg: CdpMessage) => void;

class CdpPipe {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>();
  private listeners = new Set<Listener>();
  private buffer: Buffer[] = [];
  private closedError: Error | undefined;

  constructor(
    private readonly out: NodeJS.WritableStream,
    input: NodeJS.ReadableStream,
  ) {
    input.on('data', (chunk: Buffer) => this.onData(chunk));
    // Give the process's exit (with its code and stderr) a moment to be the reported cause.
    const lost = (what: string) => () => setTimeout(() => this.close(new Error(`Chromium's DevTools pipe: ${what}`)), 500).unref();
    input.on('error', lost('read error'));
    input.on('close', lost('closed'));
    out.on('error', lost('write error'));
  }

  private onData(chunk: Buffer): void {
    let start = 0;
    for (let i = chunk.indexOf(0); i !== -1; i = chunk.indexOf(0, start)) {
      this.buffer.push(chunk.subarray(start, i));
      const text = Buffer.concat(this.buffer).toString('utf8');
      this.buffer = [];
      start = i + 1;
      let msg: CdpMessage;
      try {
        msg = JSON.parse(text) as CdpMessage;
      } catch {
        continue;
      }
      this.dispatch(msg);
    }
    if (start < chunk.length) this.buffer.push(chunk.subarray(start));
  }

  private dispatch(msg: CdpMessage): void {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}${msg.error.data ? ` (${msg.error.data})` : ''}`));
      else p.resolve(msg.result ?? {});
      return;
    }
    for (const l of this.listeners) l(msg);
  }

  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    const id = this.nextId++;
    const msg: CdpMessage & { method: string } = { id, method, params };
    if (sessionId) msg.sessionId = sessionId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.out.write(JSON.stringify(msg) + '\0');
    });
  }

  on(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** Resolve on the first event `method` (in `sessionId`) that satisfies `pred`. */
  waitFor(method: string, sessionId?: string, pred: (params: any) => boolean = () => true): Promise<any> {
    return new Promise((resolve, reject) => {
      if (this.closedError) return reject(this.closedError);
      const off = this.on((m) => {
        if (m.method === method && (!sessionId || m.sessionId === sessionId) && pred(m.params)) {
          off();
          resolve(m.params);
        }
      });
      this.closeWaiters.add((e) => {
        off();
        reject(e);
      });
    });
  }

  private closeWaiters = new Set<(e: Error) => void>();

  close(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    for (const w of this.closeWaiters) w(err);
    this.closeWaiters.clear();
  }
}

// ---------------------------------------------------------------------------
// Launch and cleanup
// ---------------------------------------------------------------------------

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disable-dev-shm-usage',
  '--disable-features=Translate,MediaRouter,OptimizationHints,DialMediaRouteProvider',
  '--metrics-recording-only',
  '--mute-audio',
  '--hide-scrollbars',
  '--font-render-hinting=none',
  '--remote-debugging-pipe',
];

interface Browser {
  proc: ChildProcess;
  cdp: CdpPipe;
  userDataDir: string;
  stderrTail: () => string;
  exited: Promise<void>;
}

async function launch(executable: string, width: number): Promise<Browser> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'lsys-chromium-'));
  const proc = spawn(
    executable,
    [...FLAGS, `--user-data-dir=${userDataDir}`, `--window-size=${width},900`, 'about:blank'],
    {
      // fd 3: we write commands, fd 4: Chromium writes replies.
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      // Own process group, so cleanup can kill renderers and helpers too.
      detached: true,
      env: { ...process.env, LANG: process.env.LANG ?? 'C.UTF-8' },
    },
  );
  let tail = '';
  proc.stderr?.on('data', (d: Buffer) => {
    tail = (tail + d.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve();
    proc.once('exit', () => resolve());
    proc.once('error', () => resolve());
  });
  const cdp = new CdpPipe(proc.stdio[3] as NodeJS.WritableStream, proc.stdio[4] as NodeJS.ReadableStream);
  proc.once('error', (e) => cdp.close(new Error(`could not start ${executable}: ${e.message}`)));
  proc.once('exit', (code, sig) =>
    cdp.close(new Error(`Chromium exited (code ${code}, signal ${sig})${tail ? `\n--- stderr ---\n${tail}` : ''}`)),
  );
  return { proc, cdp, userDataDir, stderrTail: () => tail, exited };
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;
function killGroup(proc: ChildProcess, signal: NodeJS.Signals): void {
  if (proc.pid === undefined) return;
  try {
    process.kill(-proc.pid, signal);
  } catch {
    try {
      proc.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

async function shutdown(b: Browser): Promise<void> {
  try {
    const closing = b.cdp.send('Browser.close').then(
      () => true,
      () => false,
    );
    if (await Promise.race([closing, delay(2000).then(() => false)])) await Promise.race([b.exited, delay(3000)]);
  } finally {
    // Kill the whole group in any case: zygote, renderers, crashpad.
    killGroup(b.proc, 'SIGKILL');
    await Promise.race([b.exited, delay(3000)]);
    live.delete(b.proc);
    await rm(b.userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  }
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

function describeRemoteObject(a: any): string {
  if (!a) return '';
  if (a.type === 'string') return String(a.value);
  if ('value' in a) return JSON.stringify(a.value);
  return a.description ?? a.unserializableValue ?? a.type;
}

/**
 * Open `htmlFile` (a local path) in headless Chromium and report what a
 * reader would meet: errors, the size of every SVG, the printed pages.
 * The browser is killed and its profile removed in every case; the whole
 * check is bounded by `timeoutMs`.
 */
export async function checkPage(htmlFile: string, opts: CheckOptions = {}): Promise<PageCheck> {
  const executable = opts.executablePath ?? (await findChromium());
  if (!executable) throw new Error('checkPage: no Chromium found (set CHROMIUM_PATH or install chromium)');
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const width = opts.width ?? 1200;
  const abs = path.resolve(htmlFile);
  await access(abs); // a clear error for a missing file
  const url = pathToFileURL(abs).href;

  const browser = await launch(executable, width);
  live.add(browser.proc);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const p of live) killGroup(p, 'SIGKILL');
    });
  }

  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(
        `checkPage: timed out after ${timeoutMs} ms on ${abs}` +
          (browser.stderrTail() ? `\n--- chromium stderr ---\n${browser.stderrTail()}` : ''),
      );
      browser.cdp.close(err);
      reject(err);
    }, timeoutMs);
  });
  try {
    return await Promise.race([run(browser, url, width, opts), timeout]);
  } finally {
    clearTimeout(timer);
    await shutdown(browser);
  }
}

function sameDocument(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

function allowedRequest(reqUrl: string, docUrl: string): boolean {
  return sameDocument(reqUrl, docUrl) || reqUrl.startsWith('data:') || reqUrl.startsWith('about:');
}

async function run(b: Browser, url: string, width: number, opts: CheckOptions): Promise<PageCheck> {
  const { cdp } = b;
  const errors: string[] = [];
  const seen = new Set<string>();
  const requests = new Map<string, string>();
  const fetches: string[] = [];
  const addError = (s: string): void => {
    if (!seen.has(s)) {
      seen.add(s);
      errors.push(s);
    }
  };

  // A fresh page target, attached with a flat session.
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  const s = <T = any>(method: string, params: object = {}): Promise<T> => cdp.send<T>(method, params, sessionId);

  cdp.on((m) => {
    if (m.sessionId !== sessionId || !m.method) return;
    const p = m.params;
    switch (m.method) {
      case 'Runtime.consoleAPICalled':
        if (p.type === 'error' || p.type === 'assert') {
          addError(`console.${p.type}: ${(p.args ?? []).map(describeRemoteObject).join(' ')}`);
        }
        break;
      case 'Runtime.exceptionThrown': {
        const d = p.exceptionDetails ?? {};
        addError(`uncaught: ${d.exception?.description ?? d.text ?? 'exception'}`);
        break;
      }
      case 'Log.entryAdded':
        if (p.entry?.level === 'error' && !/ERR_BLOCKED_BY_CLIENT\.Inspector/.test(p.entry.text ?? '')) addError(`log(${p.entry.source}): ${p.entry.text}${p.entry.url ? ` ${p.entry.url}` : ''}`);
        break;
      case 'Network.requestWillBeSent':
        requests.set(p.requestId, p.request.url);
        if (!allowedRequest(p.request.url, url)) addError(`network request: ${p.request.url}`);
        break;
      case 'Network.loadingFailed': {
        const reqUrl = requests.get(p.requestId) ?? `request ${p.requestId}`;
        // Requests this harness blocked are already reported as "network request: URL".
        if (!p.canceled && p.blockedReason !== 'inspector') addError(`request failed: ${reqUrl}: ${p.errorText}`);
        break;
      }
      case 'Fetch.requestPaused': {
        // Nothing leaves the machine: anything but the document itself and data: URLs is failed here (and recorded).
        const reqUrl: string = p.request.url;
        const reply = allowedRequest(reqUrl, url)
          ? s('Fetch.continueRequest', { requestId: p.requestId })
          : (addError(`network request: ${reqUrl}`), fetches.push(reqUrl), s('Fetch.failRequest', { requestId: p.requestId, errorReason: 'BlockedByClient' }));
        reply.catch(() => undefined);
        break;
      }
    }
  });

  await Promise.all([
    s('Page.enable'),
    s('Runtime.enable'),
    s('Log.enable'),
    s('Network.enable'),
    s('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
    s('Emulation.setDeviceMetricsOverride', { width, height: 900, deviceScaleFactor: 1, mobile: false }),
  ]);

  const loaded = cdp.waitFor('Page.loadEventFired', sessionId);
  const nav = await s<{ errorText?: string }>('Page.navigate', { url });
  if (nav.errorText) throw new Error(`checkPage: could not open ${url}: ${nav.errorText}`);
  await loaded;
  // Fonts, layout and two frames, so every picture has been laid out.
  await s('Runtime.evaluate', {
    expression:
      'document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))))',
    awaitPromise: true,
    returnByValue: true,
  });

  const ev = await s<{ result: { value: any }; exceptionDetails?: any }>('Runtime.evaluate', {
    expression: IN_PAGE,
    returnByValue: true,
  });
  if (ev.exceptionDetails) throw new Error(`checkPage: measuring failed: ${JSON.stringify(ev.exceptionDetails)}`);
  const info = ev.result.value as Pick<PageCheck, 'svgs' | 'headings' | 'lang' | 'title'>;

  let screenshotPng: Buffer | undefined;
  if (opts.screenshot) {
    const metrics = await s<any>('Page.getLayoutMetrics');
    const size = metrics.cssContentSize ?? metrics.contentSize;
    const shot = await s<{ data: string }>('Page.captureScreenshot', {
      format: 'png',
      captureBeyondViewport: true,
      clip: { x: 0, y: 0, width: Math.max(width, Math.ceil(size.width)), height: Math.ceil(size.height), scale: 1 },
    });
    screenshotPng = Buffer.from(shot.data, 'base64');
    await writeFile(opts.screenshot, screenshotPng);
  }

  // No paper size given: the page's own @page decides (Chromium's default is Letter, so an A4 result proves the CSS).
  const printed = await s<{ data: string }>('Page.printToPDF', {
    preferCSSPageSize: true,
    printBackground: true,
    transferMode: 'ReturnAsBase64',
  });
  const pdf = Buffer.from(printed.data, 'base64');
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
  for (let m = re.exec(text); m; m = re.exec(text)) raw.push({ num: Number(m[1]), body: m[3] });
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
      const num = header[2 * i];
      const off = first + header[2 * i + 1];
      const end = i + 1 < n ? first + header[2 * i + 3] : s.length;
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
  const rootPages = [...objects.entries()].find(
    ([, b]) => /\/Type\s*\/Pages\b/.test(b) && !/\/Parent\s+\d+\s+\d+\s+R/.test(b),
  );
  const walk = (num: number, depth: number): void => {
    const body = objects.get(num);
    if (!body || depth > 32) return;
    if (isPage(body)) {
      order.push(num);
      return;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (!kids) return;
    for (const r of kids[1].matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(r[1]), depth + 1);
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
