/**
 * The contract between the parts of `lsys site` (issue 10): the build pipeline
 * (src/site/build.ts, src/commands/site.ts), the pages (src/site/pages/), and the search
 * (src/site/search/). Every path here is relative to the site root with `/` separators.
 *
 * Addresses (stable, so bookmarks live; all links inside the site are relative, so the site
 * works from file://, from a web server's root and under any sub-path):
 *   index.html                  start page
 *   dokument/<ID>.html          one page per document (also the "upphävd" page at the same address)
 *   typ/<typ>.html              the documents of one type (`typ` as in FORMAT.md, ASCII-folded: ansvarsfordelning, sammanstallning)
 *   enhet/<enhet-id>.html       one page per unit of lsys.yaml `enheter`
 *   roll/<roll-id>.html         one page per role of lsys.yaml `roller`
 *   sosfs.html                  coverage of SOSFS 2011:9
 *   tillganglighet.html         tillgänglighetsredogörelse
 *   sok.html                    search page (the search box on every page submits here: sok.html?q=…)
 *   404.html                    not-found page (absolute links from --base-url when given)
 *   assets/…                    CSS and the search script (no other script)
 *   sok/…                       the search index
 *   filer/<repo path>           non-Markdown files of the repository that a document links to
 *   .lsys-site                  marker: proves lsys made this folder (see build.ts)
 * A process is a document: its page (dokument/<ID>.html) carries the activities and the flow.
 * IDs and unit/role ids are used as file names after `pageName()` (below).
 */
import type { DomainModel } from '../model/index.js';
import type { Lang, LoadedDocument, WebbplatsConfig } from '../core/types.js';

/** One commit that changed a document, newest first. No author: roles only, never persons. */
export interface HistoryEntry {
  /** Committer date, YYYY-MM-DD. */
  date: string;
  /** The document's `version` after this commit, when it can be read from the blob. */
  version?: string;
  /** The commit subject (first line), with personnummer masked. */
  subject: string;
}

/** A document as the site shows it. */
export interface SiteDocument {
  doc: LoadedDocument;
  /** Its page, e.g. `dokument/RUT-001.html`. */
  page: string;
  /** Shown only because of --drafts: marked UTKAST on every page where it appears. */
  draft: boolean;
  /**
   * The body as sanitised HTML: headings keep their level (the page's h1 is the title, so a
   * body `#` is shifted to h2), carry `id` = the same GitHub slug `validate` checks, and links
   * to other documents are already relative to the document's page (`RUT-002.html#anchor`).
   */
  body: string;
  /** The body as plain text (for search and snippets). */
  text: string;
  /** The headings of the body (level, text, slug), for search and a table of contents. */
  headings: { level: number; text: string; slug: string }[];
  /** Change history from git, newest first; empty with --no-git or without git. */
  history: HistoryEntry[];
}

/** What every page renderer gets. */
export interface SiteContext {
  model: DomainModel;
  lang: Lang;
  /** --today (YYYY-MM-DD): "Nytt och ändrat" and review due dates count from it. */
  today: string;
  /** --base-url, normalised to end with `/`, when given (or lsys.yaml webbplats.url). */
  baseUrl?: string;
  /** --drafts. */
  drafts: boolean;
  /** The documents shown (in force, plus drafts with --drafts), in document order. */
  documents: readonly SiteDocument[];
  /** Shown documents by id. */
  byId: ReadonlyMap<string, SiteDocument>;
  /** Upphävda documents with an id that no shown document uses: each gets a short page at its old address. */
  withdrawn: readonly LoadedDocument[];
  /**
   * Document pages not to render: their inputs are unchanged since the previous build, whose file
   * is kept as it is (see build.ts, page keys). Every other page is always rendered.
   */
  skip?: ReadonlySet<string>;
  /**
   * Render only document pages: the other pages (start, types, units, roles, SOSFS, withdrawn
   * pages, search, 404, the stylesheet) depend on nothing that changed since the previous build.
   */
  documentsOnly?: boolean;
  /** lsys.yaml's `webbplats` block (optional). */
  site: WebbplatsConfig;
  /** lsys version, for the generator meta tag only (no timestamps). */
  generator: string;
}

/** lsys.yaml's `webbplats` block: defined with the configuration in core (core cannot import the site). */
export type { WebbplatsConfig } from '../core/types.js';

/** One output file of the site. */
export interface SiteFile {
  path: string;
  content: string | Uint8Array;
}

/** The text of one shown document for the search index. */
export interface SearchDocument {
  /** Page path (`dokument/RUT-001.html`). */
  page: string;
  id: string;
  title: string;
  /** Type shown in results (Swedish label, e.g. "Rutin"). */
  type: string;
  headings: string[];
  text: string;
  draft: boolean;
  /**
   * A key that changes whenever anything above changes (the pipeline's body key with the title,
   * type and draft mark). With it the index can tell a shard is unchanged without reading `text`,
   * which may then never be rendered.
   */
  key?: string;
}

/** A file name for an id: ASCII letters, digits, `-`, `_` and `.` kept; anything else percent-free folded (å→a, ä→a, ö→o) or `_`. */
export function pageName(id: string): string {
  return id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '_');
}

/** A document's page in the site, from the site's root: `dokument/<pageName(id)>.html`. */
export function documentPath(id: string): string {
  return `dokument/${pageName(id)}.html`;
}

/** `src/site/pages/index.ts` exports `renderPages: RenderPages`: every page, the CSS, and nothing of the search index. */
export type RenderPages = (ctx: SiteContext) => SiteFile[];

/**
 * `src/site/search/index.ts` exports `buildSearch: BuildSearch`: the index files under `sok/` and the
 * search script `assets/sok.js`. `cacheDir`, when given, is a folder lsys owns where the index may keep
 * what it needs to rebuild only what changed.
 * `workers`, when given, is how many worker threads may index shards (0: none); by default the search
 * decides from the number of documents to index. `reuse`, when given, names the files of the previous site.
 */
export type BuildSearch = (
  docs: readonly SearchDocument[],
  o: {
    lang: Lang;
    cacheDir?: string;
    workers?: number;
    reuse?: SearchReuse;
    /** Shards indexed already (shard number → serialised index, for the documents groupShards gives it): a first build's RenderPool. */
    prebuilt?: ReadonlyMap<number, string>;
  },
) => Promise<SiteFile[]>;

/**
 * The previous site, for a rebuild: an index file whose name (which its documents' keys decide)
 * the previous site has is not built again; its path goes to `out` instead of the files.
 */
interface SearchReuse {
  has(path: string): boolean;
  out: string[];
}

/**
 * The element ids the search page (`sok.html`, rendered by the pages) and the search script share. The
 * search box on every page is `<form action="…sok.html" role="search">` with an input named `q`.
 */
export const SEARCH_IDS = { form: 'sok-form', input: 'sok-fraga', status: 'sok-status', results: 'sok-resultat' } as const;
