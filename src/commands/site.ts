/**
 * `lsys site`: build the staff handbook (a static website) from the repository, on the same
 * load, cache and domain model as validate and report, and say where it went. The pipeline is
 * src/site/build.ts; the folder's safety (marker, temporary folder and swap) src/site/output.ts.
 */
import { join, relative, resolve } from 'node:path';
import { VERSION } from '../core/version.js';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import type { WebbplatsConfig } from '../site/types.js';
import { loadLocal, openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';
import { CLI } from './messages.js';

/** The options of `lsys site`, checked by the command line. */
export interface SiteInput extends RepositoryOptions {
  /** --today as given (LSYS_TODAY or today when absent). */
  today?: string;
  lang: Lang;
  /** --out as given. */
  out?: string;
  /** --base-url as given. */
  baseUrl?: string;
  drafts: boolean;
  force: boolean;
}

/**
 * A base URL as the pages use it: an absolute http(s) address or a path from the server's root
 * (`/handbok`), ending with `/`. Undefined when it is neither.
 */
export function normaliseBaseUrl(value: string): string | undefined {
  const v = value.trim();
  let ok = false;
  if (/^\/(?!\/)/.test(v)) ok = !/[\s\\?#]/.test(v);
  else if (/^https?:\/\//i.test(v)) {
    try {
      const u = new URL(v);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && !u.search && !u.hash && !u.username && !u.password;
    } catch {
      ok = false;
    }
  }
  if (!ok) return undefined;
  return v.endsWith('/') ? v : `${v}/`;
}

/** Run `lsys site`; returns the exit code. */
export async function runSite(o: SiteInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const today = resolveToday(o.today, io.env, lang);
  let baseUrl: string | undefined;
  if (o.baseUrl !== undefined) {
    baseUrl = normaliseBaseUrl(o.baseUrl);
    if (baseUrl === undefined) throw new LsysError('bad-base-url', say(CLI.badBaseUrl, lang, { value: o.baseUrl }));
  }
  const repo = await openRepository(o, lang, io);
  const { root, load, cacheBase, history, config } = repo;
  const site = webbplatsOf(config);
  if (baseUrl === undefined && site.url !== undefined) {
    baseUrl = normaliseBaseUrl(site.url);
    if (baseUrl === undefined) throw new LsysError('bad-base-url', say(CLI.badConfigBaseUrl, lang, { value: site.url }));
  }
  const target = o.out === undefined ? join(root, 'site') : resolve(io.cwd, o.out);
  const shown = o.out ?? (relative(io.cwd, target) || target);
  const [{ checkSiteFolder, finishSite, openSiteWriter }, { buildSite }, { BODY_HOOK }] = await Promise.all([
    import('../site/output.js'),
    import('../site/build.js'),
    import('../site/body-hook.js'),
  ]);
  // Refuse before doing the work: the folder is left exactly as it was.
  const folder = checkSiteFolder(target, { shown, force: o.force, lang });
  const started = Date.now();
  // Each body the load parses is rendered from that parse (site/body-hook.ts): none is parsed twice.
  const run = await loadLocal(repo, today, lang, io, BODY_HOOK);
  const git = history ? await history : undefined;
  // The temporary folder is open while the build runs: a first build writes each document page as soon as it is made.
  const writer = await openSiteWriter(folder);
  let build;
  try {
    build = await buildSite({
      model: run.context.model,
      lang,
      today,
      drafts: o.drafts,
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      site,
      generator: `lsys ${VERSION}`,
      ...(git && !git.missing ? { history: git } : {}),
      ...(load.cache ? { cacheDir: `${cacheBase}.site` } : {}),
      ...(load.workers !== undefined ? { workers: load.workers } : {}),
      // With --no-cache every page is rendered: the previous site is reused only with the cache on.
      ...(load.cache && folder.previousKeys
        ? {
            previous: {
              keys: folder.previousKeys,
              files: folder.previous ?? {},
              dir: target,
              ...(folder.present ? { present: folder.present } : {}),
            },
          }
        : {}),
      write: (f) => writer.put(f.path, f.content),
    });
  } catch (e) {
    await writer.abort();
    throw e;
  }
  await finishSite(writer, build.files, build.copies, { keys: build.keys, reused: build.reused });
  const index = join(target, 'index.html');
  io.stdout.write(
    say(CLI.wroteSite, lang, {
      shown,
      pages: [...build.files.map((f) => f.path), ...build.reused, ...build.written].filter((p) => p.endsWith('.html')).length,
      documents: build.ctx.documents.length,
      ms: Date.now() - started,
      open: relative(io.cwd, index) || index,
    }),
  );
  // On its own line and on stderr, naming the files: a CI log shows it as a warning, not as part of the success line.
  if (build.leftOut.length > 0) {
    const files = build.leftOut.slice(0, 3).join(', ') + (build.leftOut.length > 3 ? ` (+${build.leftOut.length - 3})` : '');
    io.stderr.write(say(CLI.siteLeftOut, lang, { count: build.leftOut.length, files }));
  }
  return 0;
}

/** lsys.yaml's `webbplats` block, as far as it is there (its schema and parsing are the config's). */
function webbplatsOf(config: object): WebbplatsConfig {
  const w = (config as { webbplats?: unknown }).webbplats;
  if (!w || typeof w !== 'object') return {};
  const url = (w as { url?: unknown }).url;
  return { ...(w as WebbplatsConfig), ...(typeof url === 'string' ? { url } : { url: undefined }) };
}
