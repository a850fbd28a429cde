/**
 * `lsys init`: write a starter ledningssystem (lsys.yaml, README, CI workflow and one
 * example document of every type) from the templates in the package's `init/` folder.
 * Which files are written, and for which verksamhetsformer, is listed in `init/manifest.json`.
 * Never overwrites a file unless `force`; checks every target before writing anything.
 */
import { access, constants, lstat, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LsysError } from '../core/errors.js';
import { fsErrorReason, makeDir, writeFileAtomic } from '../core/fs-write.js';
import { addDays, addMonths, isDate } from '../core/dates.js';
import type { Lang, Sector } from '../core/types.js';
import { renderTemplate, type TemplateVars } from './template.js';
import { format as formatMessage, say } from '../core/messages.js';
import { INIT } from './messages.js';

export interface InitOptions {
  /** Absolute path of the folder to start the repository in (created when missing). */
  dir: string;
  /** The date the documents are approved on, `YYYY-MM-DD`. */
  today: string;
  /** Law areas the provider runs (a non-empty subset of sol, lss, hsl). */
  sectors: Sector[];
  /** Overwrite existing files instead of refusing. */
  force: boolean;
  /** Organisation name for lsys.yaml and the documents (default: a placeholder). */
  organisation?: string;
  /** Language of the error messages (default sv); the written files are Swedish either way. */
  lang?: Lang;
  /** The CI platform whose pipeline file is written (default github); none: no pipeline. */
  ci?: CiPlatform;
}

/** The platforms `lsys init --ci` writes a pipeline for (none: no pipeline). */
export type CiPlatform = 'github' | 'gitlab' | 'azure' | 'none';

export interface InitResult {
  /** Written files, relative to `dir` with `/` separators, sorted. */
  written: string[];
  /**
   * Files that existed and are left alone even with `force` (`.gitignore`: it holds the user's
   * own rules), with the lines lsys would have written that they do not have.
   */
  kept: Array<{ file: string; missing: string[] }>;
}

/** One line of init/manifest.json. */
export interface ManifestEntry {
  /** Template path relative to the init/ folder. */
  template: string;
  /** Target path relative to the new repository. */
  target: string;
  /** Written only when at least one of these sectors is chosen; absent: always. */
  sectors?: Sector[];
  /** An existing file is left alone, even with --force, and is no reason to refuse (`.gitignore`). */
  keep?: boolean;
  /** A pipeline file: written only for this `--ci` platform. */
  ci?: CiPlatform;
}

const ALL_SECTORS: readonly Sector[] = ['sol', 'lss', 'hsl'];

const DEFAULT_ORGANISATION = 'Exempelkommunen, socialförvaltningen';

/** The package's init/ folder: two levels above both src/init/ and dist/init/. */
const INIT_DIR = new URL('../../init/', import.meta.url);

export async function readManifest(): Promise<ManifestEntry[]> {
  const raw = JSON.parse(await readFile(new URL('manifest.json', INIT_DIR), 'utf8')) as { files: ManifestEntry[] };
  return raw.files;
}

/** Check and normalise the sectors: known, no duplicates, in the order sol, lss, hsl. */
function normaliseSectors(sectors: readonly string[], lang: Lang = 'sv'): Sector[] {
  if (sectors.length === 0) {
    throw new LsysError('usage', say(INIT.noSector, lang));
  }
  for (const s of sectors) {
    if (!(ALL_SECTORS as readonly string[]).includes(s)) {
      throw new LsysError('usage', say(INIT.unknownSector, lang, { value: s }));
    }
  }
  return ALL_SECTORS.filter((s) => sectors.includes(s));
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function yamlQuote(s: string): string {
  return JSON.stringify(s);
}

/** "a", "a och b", "a, b och c". */
function joinSv(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`;
}

/** An example unit that runs exactly the chosen sectors. */
function exampleUnit(sectors: Sector[]): { id: string; namn: string } {
  switch (sectors.join(',')) {
    case 'sol':
      return { id: 'hemtjänst-norr', namn: 'Hemtjänst norr' };
    case 'lss':
    case 'lss,hsl':
      return { id: 'gruppbostaden-linden', namn: 'Gruppbostaden Linden' };
    case 'hsl':
      return { id: 'hemsjukvården', namn: 'Hemsjukvården' };
    case 'sol,hsl':
      return { id: 'solgläntan', namn: 'Solgläntans särskilda boende' };
    default:
      return { id: 'område-norr', namn: 'Vård och omsorg område norr' };
  }
}

/** The previous calendar half-year before `today`. */
function previousHalfYear(today: string): { from: string; to: string; name: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month <= 6
    ? { from: `${year - 1}-07-01`, to: `${year - 1}-12-31`, name: `andra halvåret ${year - 1}` }
    : { from: `${year}-01-01`, to: `${year}-06-30`, name: `första halvåret ${year}` };
}

/** The variables every template may use. */
function templateVariables(opts: { today: string; sectors: Sector[]; organisation: string }): TemplateVars {
  const { today, sectors, organisation } = opts;
  const has = (s: Sector): boolean => sectors.includes(s);
  const unit = exampleUnit(sectors);
  const period = previousHalfYear(today);
  const areas: string[] = [];
  if (has('sol')) areas.push('socialtjänst');
  if (has('lss')) areas.push('verksamhet enligt LSS');
  if (has('hsl')) areas.push('hälso- och sjukvård');
  return {
    today,
    year: today.slice(0, 4),
    // Reviewed within a year: one day short of 12 months keeps review/interval quiet.
    revideras: addDays(addMonths(today, 12), -1),
    klart_senast: addMonths(today, 6),
    period_fran: period.from,
    period_till: period.to,
    period_namn: period.name,
    organisation,
    organisation_yaml: yamlQuote(organisation),
    verksamhetsformer_yaml: `[${sectors.join(', ')}]`,
    verksamhet_text: joinSv(areas),
    enhet_id: unit.id,
    enhet_namn: unit.namn,
    // A bare "SoL" would do too; the number says which of the two laws the text was written for.
    sol_lagrum: today >= '2025-07-01' ? 'SoL 2025:400' : 'SoL 2001:453',
    sol: has('sol'),
    lss: has('lss'),
    hsl: has('hsl'),
    sol_lss: has('sol') || has('lss'),
  };
}

function existingMessage(existing: string[], lang: Lang): string {
  return say(existing.length === 1 ? INIT.wouldOverwriteOne : INIT.wouldOverwrite, lang, {
    files: existing.slice(0, 5).join(', '),
    more: existing.length > 5 ? formatMessage(INIT.andMore, { count: existing.length - 5 }) : '',
  });
}

/** The first folder on the way to `target` (inside `dir`) that exists but is not a folder. */
async function blockingFile(dir: string, target: string): Promise<string | undefined> {
  const parts = target.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const st = await stat(join(dir, ...parts.slice(0, i))).catch(() => undefined);
    if (!st) return undefined;
    if (!st.isDirectory()) return parts.slice(0, i).join('/');
  }
  return undefined;
}

/** The lines of `wanted` (no comments, no blank lines) that `text` does not have. */
function missingLines(wanted: string, text: string | undefined): string[] {
  const have = new Set((text ?? '').split(/\r?\n/).map((l) => l.trim()));
  return wanted.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#') && !have.has(l));
}

/**
 * Write a starter repository into `opts.dir`.
 * Throws `LsysError('usage')` for a bad date, sector, organisation or folder, and
 * `LsysError('init-would-overwrite')` (writing nothing) when a target exists and `force` is off.
 */
export async function initRepository(opts: InitOptions): Promise<InitResult> {
  const lang = opts.lang ?? 'sv';
  if (!isAbsolute(opts.dir)) throw new LsysError('usage', say(INIT.notAbsolute, lang, { dir: opts.dir }));
  if (!isDate(opts.today)) {
    throw new LsysError('usage', say(INIT.badToday, lang, { today: opts.today }));
  }
  const sectors = normaliseSectors(opts.sectors, lang);
  const organisation = (opts.organisation ?? DEFAULT_ORGANISATION).trim();
  if (organisation === '' || /[\r\n]/.test(organisation)) {
    throw new LsysError('usage', say(INIT.badOrganisation, lang));
  }
  // Where the repository cannot be, said at once and before anything is written.
  const dirStat = await stat(opts.dir).catch(() => undefined);
  if (dirStat && !dirStat.isDirectory()) {
    throw new LsysError('init-not-a-folder', say(INIT.notAFolder, lang, { dir: opts.dir }));
  }

  const ci = opts.ci ?? 'github';
  const entries = (await readManifest()).filter(
    (e) => (!e.sectors || e.sectors.some((s) => sectors.includes(s))) && (e.ci === undefined || e.ci === ci),
  );
  entries.sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0));

  // Every target is checked before anything is written.
  const existing: string[] = [];
  const kept = new Set<string>();
  for (const e of entries) {
    const blocked = await blockingFile(opts.dir, e.target);
    if (blocked !== undefined) {
      throw new LsysError('init-would-overwrite', say(INIT.fileInTheWay, lang, { blocked }));
    }
    const st = await lstat(join(opts.dir, e.target)).catch(() => undefined);
    if (!st) continue;
    if (e.keep) {
      kept.add(e.target);
      continue;
    }
    if (st.isDirectory()) {
      throw new LsysError('init-would-overwrite', say(INIT.folderInTheWay, lang, { target: e.target }));
    }
    existing.push(e.target);
  }
  if (existing.length > 0 && !opts.force) throw new LsysError('init-would-overwrite', existingMessage(existing, lang));

  // The folder can be made and written to (not /proc/x, not a read-only folder).
  const cannot = (e: unknown): LsysError =>
    new LsysError('init-not-writable', say(INIT.notWritable, lang, { dir: opts.dir, reason: fsErrorReason(e, lang) }));
  try {
    await makeDir(opts.dir);
    await access(opts.dir, constants.W_OK);
  } catch (e) {
    throw cannot(e);
  }

  const vars = templateVariables({ today: opts.today, sectors, organisation });
  const rendered: Array<{ target: string; content: string }> = [];
  const keptFiles: InitResult['kept'] = [];
  for (const e of entries) {
    const source = await readFile(new URL(e.template, INIT_DIR), 'utf8');
    const content = renderTemplate(source, vars, `init/${e.template}`);
    if (kept.has(e.target)) {
      const text = await readFile(join(opts.dir, ...e.target.split('/')), 'utf8').catch(() => undefined);
      keptFiles.push({ file: e.target, missing: missingLines(content, text) });
    } else {
      rendered.push({ target: e.target, content });
    }
  }
  const written: string[] = [];
  try {
    for (const r of rendered) {
      await writeFileAtomic(join(opts.dir, ...r.target.split('/')), r.content);
      written.push(r.target);
    }
  } catch (e) {
    if (written.length === 0) throw cannot(e);
    // Some files are there already: say which, not "nothing has been written".
    throw new LsysError(
      'init-not-writable',
      say(INIT.partlyWritten, lang, { dir: opts.dir, reason: fsErrorReason(e, lang), written: written.length, total: rendered.length, files: written.join(', ') }),
    );
  }
  return { written: rendered.map((r) => r.target), kept: keptFiles };
}

/** Where the templates live on disk (for messages and tests). */
export function initTemplateDir(): string {
  return fileURLToPath(INIT_DIR);
}
