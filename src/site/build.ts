/**
 * The pipeline of `lsys site`: from the run's domain model (the same load, cache and model as
 * `validate` and `report`) to every file of the handbook, in memory. Which documents are shown
 * (in force, plus drafts with --drafts; never upphävd), their bodies rendered (render.ts) with
 * links rewritten for the site, the linked files to copy under `filer/`, the change history
 * from git, then the pages (pages/) and the search index (search/). Writing the folder is
 * output.ts's.
 *
 * A rebuild renders only what changed: each body's HTML is kept in `<cacheDir>/bodies.json`
 * under a key of its Markdown and of where its links lead (so a document that links to one
 * that became a draft is rendered again). Nothing depends on the clock or on iteration order:
 * two builds of the same commit give the same bytes.
 */
import { hash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { decodeLinkPath, isRelativeLink, unpackLinks } from '../core/links.js';
import { readBody } from '../core/load.js';
import { maskPersonalNumbers } from '../core/personnummer.js';
import { writeFileAtomic, makeDir } from '../core/fs-write.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { VERSION } from '../core/version.js';
import type { GitHistory } from '../core/git.js';
import type { Lang, LoadedDocument } from '../core/types.js';
import { say } from '../core/messages.js';
import { status, type DomainModel } from '../model/index.js';
import { htmlToText, renderBody, resolveDeferred, type DeferredBody, type RenderedBody, type Relink } from './render.js';
import { pageRenderer, renderPages } from './pages/index.js';
import { readingListingsKey, readingPageKey } from './pages/reading.js';
import { buildSearch, groupShards, searchWorkers, shardCount, shardOf, startRenderPool, type RenderPool } from './search/index.js';
import type { RenderJob } from './search/render-shard.js';
import type { LoadedFile } from './body-hook.js';
import { SITE_TYPES } from './pipeline-messages.js';
import { versionIn } from './blob-version.js';
import {
  documentPath,
  pageName,
  type HistoryEntry,
  type SearchDocument,
  type SiteContext,
  type SiteDocument,
  type SiteFile,
  type WebbplatsConfig,
} from './types.js';

export interface SiteOptions {
  model: DomainModel;
  lang: Lang;
  today: string;
  drafts: boolean;
  baseUrl?: string;
  site: WebbplatsConfig;
  generator: string;
  /** The git log; undefined with --no-git or outside git. */
  history?: GitHistory;
  /**
   * Where a file goes as soon as it is made (the site's writer): a first build gives each document
   * page to it while the bodies are still being rendered. Without it every file is in the result.
   */
  write?: (file: SiteFile) => void;
  /** --workers: threads that render a first build's bodies and search index (default: by size; 0 = none). */
  workers?: number;
  /** A folder lsys owns for the rendered bodies and the search index; undefined with --no-cache. */
  cacheDir?: string;
  /**
   * The previous build of this lsys version in the output folder: its page keys and the folder.
   * A document page whose key is unchanged, and whose file is still there, is not rendered again.
   */
  previous?: { keys: Record<string, string>; files: Record<string, string>; dir: string; present?: ReadonlySet<string> };
}

export interface SiteBuild {
  ctx: SiteContext;
  /** Every generated file, sorted by path. */
  files: SiteFile[];
  /** Repository files linked from a shown document: copied to `filer/<path>` (path → absolute source). */
  copies: Map<string, string>;
  /** Documents that could not be read (broken frontmatter and the like): not shown. */
  leftOut: string[];
  /** The key of every document page (page → key), for the marker: the next build compares them. */
  keys: Record<string, string>;
  /** Document pages not rendered: taken from the previous build as they are. */
  reused: string[];
  /** Files given to `write` (not in `files`). */
  written: string[];
}

/** At most this many changes per document in its history. */
const HISTORY_LIMIT = 20;
/** Bump when the rendered HTML of a body changes for the same Markdown. */
const RENDER_FORMAT = 'site-body-2'; // 2: personnummer masked
/** Bump when a document page's HTML changes for the same inputs (its templates, its CSS classes …). */
const PAGE_FORMAT = 'site-page-3'; // 2: <time> around dates, § bound to its number, favicon, table labels; 3: the diagram's heading is Flödesschema
/** Below this share of document pages to render, bodies are rendered from Markdown when needed instead of reading the whole cache. */
const CACHE_SHARE = 0.3;
const EMPTY_BLOB = /^0+$/;

/**
 * Build every file of the handbook in memory. A first build of a large repository (no previous
 * site) starts worker threads at once, which render the bodies and index the search while this
 * thread does the rest (see renderAll).
 */
export async function buildSite(o: SiteOptions): Promise<SiteBuild> {
  const n = o.model.documents.length;
  const pool = o.previous ? undefined : startRenderPool(searchWorkers(n, shardCount(n), o.workers));
  try {
    return await build(o, pool);
  } finally {
    await pool?.close();
  }
}

async function build(o: SiteOptions, pool: RenderPool | undefined): Promise<SiteBuild> {
  const { model } = o;
  const root = model.config.root;
  const leftOut: string[] = [];
  const shown: Array<{ doc: LoadedDocument; draft: boolean }> = [];
  const shownIds = new Set<string>();
  const pageNames = new Set<string>();
  for (const doc of model.documents) {
    if (!doc.data || doc.id === undefined) {
      leftOut.push(doc.file);
      continue;
    }
    const s = status(doc);
    const draft = s === 'utkast';
    if (s !== 'fastställd' && !(draft && o.drafts)) continue;
    // Two documents with one id, or ids that give one file name (RUT-Ä1, RUT-A1): the first in
    // document order has the page (validate reports the duplicate id).
    const page = pageName(doc.id);
    if (shownIds.has(doc.id) || pageNames.has(page)) continue;
    shownIds.add(doc.id);
    pageNames.add(page);
    shown.push({ doc, draft });
  }
  const withdrawn: LoadedDocument[] = [];
  for (const doc of model.documents) {
    if (doc.id === undefined || status(doc) !== 'upphävd' || shownIds.has(doc.id) || pageNames.has(pageName(doc.id))) continue;
    pageNames.add(pageName(doc.id));
    withdrawn.push(doc);
  }

  // A first build (the threads exist only then): the threads render every body and index the
  // search from here on, while this thread prepares the rest (renderAll). The pages whose bodies
  // are back wait in `arrived` until they can be made. Any cached body is the same as theirs.
  const early = pool ? { bodies: new Map<string, DeferredBody>(), shards: new Map<number, string>() } : undefined;
  const arrived: string[] = [];
  let onPage = (page: string): void => void arrived.push(page);
  const rendering =
    pool && early
      ? renderAll(
          pool,
          shown.map(({ doc, draft }) => ({ doc, draft })),
          o.lang,
          early,
          (page) => onPage(page),
        )
      : undefined;
  // Awaited below; a failure before then is not unhandled.
  rendering?.catch(() => undefined);

  const pageOf = new Map(shown.map(({ doc }) => [doc.file, `${pageName(doc.id!)}.html`]));
  const links = new SiteLinks(root, pageOf);
  // Links to files (not documents) first: they decide what is copied under filer/, whichever pages are rendered.
  for (const { doc } of shown) links.resolveFileLinks(doc);
  const history = await historyOf(
    shown.map((s) => s.doc),
    o.history,
    o.cacheDir,
  );

  // Page keys. What a document page shows besides its own body and history comes from the
  // frontmatter of the documents (titles, owners, processes, references …), the links between
  // them (where a link leads follows from the frontmatter, which says what is shown, and from the
  // files that exist), lsys.yaml, the options and this lsys: all of that is one key for the whole
  // build, so a change to any of it renders every page again; a change to one body renders one page.
  // Encoded first: crypto's own encoding of a long string with å, ä, ö is several times slower.
  const global = hash(
    'sha1',
    Buffer.from(
      JSON.stringify([
        PAGE_FORMAT,
        RENDER_FORMAT,
        VERSION,
        o.lang,
        o.today,
        o.baseUrl ?? '',
        o.drafts,
        o.generator,
        o.site,
        model.config.hash,
        // The frontmatter's hash stands for its data (read from it by this lsys version, which is in the key).
        model.documents.map((d) => [d.file, d.frontmatterHash ?? d.data ?? null, d.links]),
        [...links.copies.keys()].sort(),
      ]),
    ),
  );
  const prepared = shown.map(({ doc, draft }) => {
    // The load's content hash keys the document without reading the file again; a document
    // without one (never so after a load that read it) is keyed by its text.
    const markdown = doc.hash === undefined ? (readBody(doc.absPath) ?? '') : undefined;
    const content = doc.hash ?? hash('sha1', markdown!);
    const page = documentPath(doc.id!);
    const entries = history.get(doc) ?? [];
    const pageKey = hash('sha1', JSON.stringify([global, page, content, draft, entries, readingPageKey(model, doc)]));
    return { doc, draft, markdown, content, page, pageKey, history: entries };
  });
  const keys: Record<string, string> = {};
  const skip = new Set<string>();
  const present = o.previous?.present;
  const wasThere = present ? (path: string): boolean => present.has(path) : previousFiles(o.previous?.dir);
  for (const p of prepared) {
    keys[p.page] = p.pageKey;
    if (o.previous && o.previous.keys[p.page] === p.pageKey && wasThere(p.page)) skip.add(p.page);
  }
  // The other pages show the shared facts only, and a withdrawn page the date of its file's last
  // commit: one key for all of them. Unchanged (and every file still there), none is rendered.
  const listingsKey = hash(
    'sha1',
    JSON.stringify([
      'listings',
      global,
      withdrawn.map((d) => [d.id ?? '', model.commitsOf(d)[0]?.date ?? '']),
      // The reading lists: their figures and the changes since the version last confirmed.
      readingListingsKey(model, (d) => history.get(d) ?? []),
    ]),
  );
  const listings = o.previous ? Object.keys(o.previous.keys).filter((p) => o.previous!.keys[p] === listingsKey) : [];
  const documentsOnly = listings.length > 0 && listings.every(wasThere);
  // Many pages to render (a first build, a changed lsys.yaml): the whole body cache pays; a few
  // (one routine changed): their bodies are rendered from Markdown when asked for.
  const useCache = o.cacheDir !== undefined && prepared.length - skip.size > prepared.length * CACHE_SHARE;
  const cache = useCache ? readBodyCache(o.cacheDir!) : new Map<string, CachedBody>();
  // Few pages to render: a body the search needs (its index file holds documents that did not
  // change) comes from the one cache file of its page, read when first needed.
  const partial = new Map<number, Map<string, CachedBody>>();
  const cachedBody = (key: string, page: string): CachedBody | undefined => {
    if (useCache || o.cacheDir === undefined) return cache.get(key);
    const i = bodyShardOf(page);
    let shard = partial.get(i);
    if (!shard) partial.set(i, (shard = readBodyShard(o.cacheDir, i, new Map())));
    return shard.get(key);
  };
  const used = new Map<string, CachedBody>();
  const documents: SiteDocument[] = prepared.map((p) => {
    let body: CachedBody | undefined;
    // Rendered on first use: a page that is reused and a search shard that is cached never ask.
    const rendered = (): CachedBody => {
      if (body) return body;
      let relink: Relink = (url) => links.resolve(url, p.doc.file);
      let bodyKey: string | undefined;
      if (o.cacheDir !== undefined) {
        // A body's cache key: its Markdown and where its links lead.
        const linkMap = links.forDocument(p.doc);
        relink = (url) => linkMap.get(url) ?? links.resolve(url, p.doc.file);
        bodyKey = hash('sha1', `${RENDER_FORMAT}\0${p.content}\0${JSON.stringify([...linkMap])}`);
        body = cachedBody(bodyKey, p.page);
      }
      const done = early?.bodies.get(p.page) ?? loadedBody(p.doc);
      if (body) {
        // from the cache
      } else if (done) {
        body = { html: resolveDeferred(done, relink), headings: done.headings, text: done.text, page: p.page };
      } else {
        const md = p.markdown ?? readBody(p.doc.absPath) ?? '';
        const r = renderBody(md, relink);
        body = { html: r.html, headings: r.headings, text: htmlToText(r.html), page: p.page };
      }
      if (bodyKey !== undefined) used.set(bodyKey, body);
      return body;
    };
    return {
      doc: p.doc,
      page: p.page,
      draft: p.draft,
      get body() {
        return rendered().html;
      },
      get text() {
        return rendered().text;
      },
      get headings() {
        return rendered().headings;
      },
      history: p.history,
    };
  });
  const reusedSearch: string[] = [];
  // A document's text and headings follow from its Markdown alone (where a link leads is not text).
  const searchKeys = new Map(prepared.map((p) => [p.page, p.content]));

  const ctx: SiteContext = {
    model,
    lang: o.lang,
    today: o.today,
    ...(o.baseUrl !== undefined ? { baseUrl: o.baseUrl } : {}),
    drafts: o.drafts,
    documents,
    byId: new Map(documents.map((d) => [d.doc.id!, d])),
    withdrawn,
    site: o.site,
    generator: o.generator,
    skip,
    documentsOnly,
  };
  const searchDocs: SearchDocument[] = documents.map((d) => ({
    ...searchEntry(d.doc, o.lang),
    get headings() {
      return d.headings.map((h) => h.text);
    },
    get text() {
      return d.text;
    },
    draft: d.draft,
    key: hash('sha1', JSON.stringify([searchKeys.get(d.page), d.doc.id, d.doc.data?.titel ?? null, d.doc.typ ?? null, o.lang, d.draft])),
  }));
  const written: string[] = [];
  let documentPages: SiteFile[] | undefined;
  if (rendering) {
    // Each document's page as soon as its body is back, while the threads render the next ones;
    // written at once when the command gives a writer.
    const renderer = pageRenderer(ctx);
    const byPage = new Map(documents.map((d) => [d.page, d]));
    const made: SiteFile[] = [];
    onPage = (page) => {
      const file = { path: page, content: renderer.document(byPage.get(page)!) };
      if (o.write) {
        o.write(file);
        written.push(page);
      } else made.push(file);
    };
    // Now and then the event loop, so that the threads get their next shard while pages are made.
    let count = 0;
    for (const page of arrived.splice(0)) {
      onPage(page);
      if (++count % 200 === 0) await nextTurn();
    }
    await rendering;
    documentPages = [...made, ...renderer.rest()];
  }
  const [search, pages] = await Promise.all([
    buildSearch(searchDocs, {
      lang: o.lang,
      ...(o.cacheDir ? { cacheDir: join(o.cacheDir, 'sok') } : {}),
      ...(early ? { prebuilt: early.shards } : {}),
      ...(o.previous ? { reuse: { has: (path: string) => path in o.previous!.files && wasThere(path), out: reusedSearch } } : {}),
    }),
    Promise.resolve().then(() => documentPages ?? renderPages(ctx)),
  ]);
  // Written only when it changes; a cache only saves time, so one that cannot be written is no error.
  // Without it (few pages rendered) the cache is left as it is: those few bodies cost little to render again.
  if (useCache) await writeBodyCache(o.cacheDir!, used, cache);
  const files = [...pages, ...search]
    .map((f): [string, SiteFile] => [f.path, f])
    .sort(byKey)
    .map(([, f]) => f);
  const docPages = new Set(prepared.map((p) => p.page));
  const searchFiles = new Set(search.map((f) => f.path));
  if (documentsOnly) for (const path of listings) keys[path] = listingsKey;
  else for (const f of pages) if (!docPages.has(f.path) && !searchFiles.has(f.path)) keys[f.path] = listingsKey;
  return {
    ctx,
    files,
    copies: links.copies,
    leftOut,
    keys,
    reused: [...skip, ...(documentsOnly ? listings : []), ...reusedSearch].sort(),
    written,
  };
}

/**
 * Is a file of the previous site still there? One directory listing per folder (cheaper than a
 * stat per page on 10,000 pages); always false without a previous site.
 */
function previousFiles(dir: string | undefined): (path: string) => boolean {
  const listings = new Map<string, ReadonlySet<string>>();
  return (path) => {
    if (dir === undefined) return false;
    const cut = path.lastIndexOf('/');
    const folder = cut === -1 ? '' : path.slice(0, cut);
    let names = listings.get(folder);
    if (!names) {
      try {
        names = new Set(
          readdirSync(join(dir, ...folder.split('/').filter(Boolean)), { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name),
        );
      } catch {
        names = new Set();
      }
      listings.set(folder, names);
    }
    return names.has(path.slice(cut + 1));
  };
}

/** Sort entries by their key (paths, cache keys): the same order on every machine. */
function byKey(a: readonly [string, unknown], b: readonly [string, unknown]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** What a document's search entry shows: its page, id, title and type. */
function searchEntry(doc: LoadedDocument, lang: Lang): { page: string; id: string; title: string; type: string } {
  return {
    page: documentPath(doc.id!),
    id: doc.id!,
    title: typeof doc.data?.titel === 'string' ? doc.data.titel : doc.id!,
    type: typeLabel(doc.typ, lang),
  };
}

/**
 * Render every body and index every search shard on the worker threads, shard by shard (the
 * shards the search files get). The bodies come back with their links still to be written
 * (render.ts, resolveDeferred): where a link leads is this thread's knowledge. `done` is told
 * each page whose body is in `into`, as soon as it is.
 */
async function renderAll(
  pool: RenderPool,
  shown: ReadonlyArray<{ doc: LoadedDocument; draft: boolean }>,
  lang: Lang,
  into: { bodies: Map<string, DeferredBody>; shards: Map<number, string> },
  done: (page: string) => void,
): Promise<void> {
  const jobs = shown.map((p): RenderJob => {
    const job: RenderJob = { ...searchEntry(p.doc, lang), draft: p.draft, absPath: p.doc.absPath };
    // A body the load rendered (site/body-hook.ts) is not rendered again: its page can be made at
    // once, and its shard needs only its text and headings.
    const known = loadedBody(p.doc);
    if (known) job.known = { text: known.text, headings: known.headings.map((h) => h.text) };
    return job;
  });
  for (const job of jobs) if (job.known) done(job.page);
  const groups = groupShards(jobs);
  await pool.run(groups, (i, r) => {
    into.shards.set(i, r.json);
    groups[i]!.forEach((job, k) => {
      if (job.known) return;
      into.bodies.set(job.page, r.bodies[k]!);
      done(job.page);
    });
  });
}

/** What the load made of a document's file (site/body-hook.ts), if it did. */
function loadedFile(doc: LoadedDocument): LoadedFile | undefined {
  const r = doc.rendered as Partial<LoadedFile> | undefined;
  return r && typeof r.blob === 'string' ? (r as LoadedFile) : undefined;
}

/** The body the load rendered from its own parse (site/body-hook.ts), if it did. */
function loadedBody(doc: LoadedDocument): DeferredBody | undefined {
  return loadedFile(doc)?.body;
}

/** The type as staff read it ("Rutin"); an unknown type as written. */
function typeLabel(typ: string | undefined, lang: Lang): string {
  const key = typ as keyof typeof SITE_TYPES | undefined;
  return key !== undefined && key in SITE_TYPES ? say(SITE_TYPES[key], lang) : (typ ?? '');
}

/** Percent-encode what would break an address; å, ä, ö stay readable (as the report does). */
function encodePath(p: string): string {
  return p.replace(/[%#?\s()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Does a relative link lead to a Markdown file (a document's page), not to a file to copy? The test resolve() makes. */
function isDocumentLink(url: string): boolean {
  const u = url.trim();
  const q = u.search(/[?#]/);
  const path = q === -1 ? u : u.slice(0, q);
  // Most links: a plain path ending in .md, which neither decoding nor normalising can change.
  if (/\.md$/i.test(path) && !/[%\\]/.test(path)) return true;
  return /\.md$/i.test(posix.normalize(decodeLinkPath(path).replace(/\\/g, '/')));
}

/** Where the links of documents lead on the site, and which repository files they need copied. */
class SiteLinks {
  readonly copies = new Map<string, string>();
  private realRoot: string | undefined;
  private readonly files = new Map<string, boolean>();
  private readonly resolved = new Map<string, string | null>();

  constructor(
    private readonly root: string,
    private readonly pageOf: ReadonlyMap<string, string>,
  ) {}

  /** Resolve a document's links to files that are not documents (which copies them under filer/). */
  resolveFileLinks(doc: LoadedDocument): void {
    for (const l of unpackLinks(doc.links)) if (!isDocumentLink(l.url)) this.resolve(l.url, doc.file);
  }

  /** The relative links the load found in a document, resolved (the cache key of its body). */
  forDocument(doc: LoadedDocument): Map<string, string | null> {
    const map = new Map<string, string | null>();
    for (const l of unpackLinks(doc.links)) if (!map.has(l.url)) map.set(l.url, this.resolve(l.url, doc.file));
    return new Map([...map].sort(byKey));
  }

  /**
   * A link written in document `from` as the site writes it, relative to `dokument/`: another
   * shown document's page (with its #anchor), a copied file under `filer/`, the address as
   * written (absolute, #fragment), or null: text (a document not shown, a missing file, a
   * path out of the repository).
   */
  resolve(url: string, from: string): string | null {
    // Many documents of a folder link to the same places: each (folder, link) is worked out once.
    const key = `${posix.dirname(from)}\0${url}`;
    let target = this.resolved.get(key);
    if (target === undefined) this.resolved.set(key, (target = this.resolveOnce(url, from)));
    return target;
  }

  private resolveOnce(url: string, from: string): string | null {
    if (!isRelativeLink(url) || /^[/\\#?]/.test(url.trim())) return url;
    const m = /^([^?#]*)([?#].*)?$/s.exec(url.trim())!;
    const target = posix.normalize(posix.join(posix.dirname(from), decodeLinkPath(m[1]!).replace(/\\/g, '/')));
    if (target.startsWith('../') || target === '..' || target === '.' || posix.isAbsolute(target)) return null;
    if (/\.md$/i.test(target)) {
      const page = this.pageOf.get(target);
      const fragment = /#.*$/s.exec(m[2] ?? '')?.[0] ?? '';
      return page === undefined ? null : page + fragment;
    }
    if (!this.isRegularFileInside(target)) return null;
    this.copies.set(target, join(this.root, ...target.split('/')));
    return `../filer/${encodePath(target)}${m[2] ?? ''}`;
  }

  /** A regular file whose real path lies inside the repository (a symlink out of it is never followed). */
  private isRegularFileInside(path: string): boolean {
    const known = this.files.get(path);
    if (known !== undefined) return known;
    let ok = false;
    try {
      this.realRoot ??= realpathSync(this.root);
      const real = realpathSync(join(this.root, ...path.split('/')));
      ok = real.startsWith(this.realRoot + sep) && statSync(real).isFile();
    } catch {
      ok = false;
    }
    this.files.set(path, ok);
    return ok;
  }
}

/** Each shown document's change history: date, subject (personnummer masked), version from the blob; newest first. */
async function historyOf(
  docs: readonly LoadedDocument[],
  git: GitHistory | undefined,
  cacheDir: string | undefined,
): Promise<Map<LoadedDocument, HistoryEntry[]>> {
  const out = new Map<LoadedDocument, HistoryEntry[]>();
  if (!git) return out;
  // A blob never changes: its version is kept beside the bodies, so a rebuild reads only new blobs.
  const known = cacheDir ? readVersionCache(cacheDir) : new Map<string, string>();
  // The file on disk as the load read it (body-hook.ts): its blob needs no git when it is the one committed.
  for (const doc of docs) {
    const loaded = loadedFile(doc);
    if (loaded && !known.has(loaded.blob)) known.set(loaded.blob, loaded.version ?? '');
  }
  const versions = new Map<string, string>();
  const missing = new Set<string>();
  for (const doc of docs) {
    for (const c of (git.changes.get(doc.file) ?? []).slice(0, HISTORY_LIMIT)) {
      if (EMPTY_BLOB.test(c.newBlob)) continue;
      const v = known.get(c.newBlob);
      if (v !== undefined) versions.set(c.newBlob, v);
      else missing.add(c.newBlob);
    }
  }
  let texts = new Map<string, string>();
  try {
    if (missing.size) texts = await git.readBlobs([...missing].sort());
  } catch {
    // git went away meanwhile: the history without versions
  }
  for (const blob of missing) if (texts.has(blob)) versions.set(blob, versionIn(texts.get(blob)) ?? '');
  if (cacheDir && (missing.size > 0 || versions.size !== known.size)) await writeVersionCache(cacheDir, versions);
  for (const doc of docs) {
    const entries = (git.changes.get(doc.file) ?? []).slice(0, HISTORY_LIMIT).map((c): HistoryEntry => {
      const version = versions.get(c.newBlob) || undefined;
      return {
        date: c.date,
        ...(version !== undefined ? { version } : {}),
        subject: maskPersonalNumbers(git.subjects.get(c.commit) ?? ''),
      };
    });
    out.set(doc, entries);
  }
  return out;
}

/** A rendered body as cached: its HTML, headings and the text derived from the HTML (so cold and warm builds agree). */
type CachedBody = Pick<RenderedBody, 'html' | 'headings'> & { text: string; page: string };

/**
 * The bodies are kept in shards by the first hex digit of their key: a rebuild after one
 * change rewrites one sixteenth of the cache, not all of it (50 MB at 10,000 documents).
 */
const SHARDS = 16;
const BODY_MAGIC = 'lsys-site-bodies-4';
const VERSION_CACHE = 'versions.json';
const shardFile = (dir: string, i: number): string => join(dir, `bodies-${i.toString(16)}.json`);
/**
 * A body's cache file follows its page, the way the search spreads pages over its index files
 * (16 divides their number), so that the documents of one index file share one cache file.
 */
const bodyShardOf = (page: string): number => shardOf(page, SHARDS);

function readBodyCache(dir: string): Map<string, CachedBody> {
  const map = new Map<string, CachedBody>();
  for (let i = 0; i < SHARDS; i++) readBodyShard(dir, i, map);
  return map;
}

function readBodyShard(dir: string, i: number, map: Map<string, CachedBody>): Map<string, CachedBody> {
  try {
    const stored = JSON.parse(readFileSync(shardFile(dir, i), 'utf8')) as { magic?: unknown; version?: unknown; bodies?: unknown };
    if (stored.magic !== BODY_MAGIC || stored.version !== VERSION || !stored.bodies || typeof stored.bodies !== 'object') return map;
    for (const [k, v] of Object.entries(stored.bodies as Record<string, Partial<CachedBody> | null>)) {
      if (typeof v?.html === 'string' && typeof v.text === 'string' && Array.isArray(v.headings) && typeof v.page === 'string')
        map.set(k, { html: v.html, headings: v.headings, text: v.text, page: v.page });
    }
  } catch {
    // none yet, or not ours: render again
  }
  return map;
}

/** Write the shards whose entries changed (an entry added, or one no longer used). */
async function writeBodyCache(dir: string, used: Map<string, CachedBody>, before: Map<string, CachedBody>): Promise<void> {
  try {
    await writeBodyShards(dir, used, before);
  } catch {
    // A cache that cannot be written only costs time next build.
  }
}

async function writeBodyShards(dir: string, used: Map<string, CachedBody>, before: Map<string, CachedBody>): Promise<void> {
  const shards = Array.from({ length: SHARDS }, () => ({ used: [] as Array<[string, CachedBody]>, changed: false }));
  for (const [k, v] of used) {
    const shard = shards[bodyShardOf(v.page)]!;
    shard.used.push([k, v]);
    if (!before.has(k)) shard.changed = true;
  }
  for (const [k, v] of before) if (!used.has(k)) shards[bodyShardOf(v.page)]!.changed = true;
  if (!shards.some((s) => s.changed)) return;
  await makeDir(dir);
  for (const [i, shard] of shards.entries()) {
    if (!shard.changed) continue;
    const bodies = Object.fromEntries(shard.used.sort(byKey));
    await writeFileAtomic(shardFile(dir, i), JSON.stringify({ magic: BODY_MAGIC, version: VERSION, bodies }));
  }
}

/** Blob id → the version it carries ("" for none). */
function readVersionCache(dir: string): Map<string, string> {
  try {
    const stored = JSON.parse(readFileSync(join(dir, VERSION_CACHE), 'utf8')) as { magic?: unknown; versions?: unknown };
    if (stored.magic !== BODY_MAGIC || !stored.versions || typeof stored.versions !== 'object') return new Map();
    return new Map(
      Object.entries(stored.versions as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return new Map();
  }
}

async function writeVersionCache(dir: string, versions: Map<string, string>): Promise<void> {
  try {
    await makeDir(dir);
  } catch {
    return; // a cache that cannot be written only costs time next build
  }
  const sorted = Object.fromEntries([...versions].sort(byKey));
  await writeFileAtomic(join(dir, VERSION_CACHE), JSON.stringify({ magic: BODY_MAGIC, versions: sorted }));
}
