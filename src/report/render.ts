/**
 * Render the report model with Handlebars templates. The built-in templates live in the
 * package's `templates/<format>/`: `layout.hbs` is the page and every file under `partials/`
 * is a partial named by its path (`partials/sections/risker.hbs` → `sections/risker`).
 * An organisation overrides any of them, file by file, with the same path in its own
 * `templates/` folder (or `--template DIR`). Templates are compiled once per process.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { LsysError } from '../core/errors.js';
import { registerHelpers } from './helpers.js';
import type { Lang } from '../core/types.js';
import type { ReportModel } from './types.js';

export type ReportFormat = 'html' | 'md';

export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface RenderOptions {
  format: ReportFormat;
  lang: Lang;
  /** Folders with overrides, highest priority first; the built-in templates come last. */
  overrideDirs: string[];
}

/** One Handlebars environment per format, language and set of template folders. */
const environments = new Map<string, HandlebarsTemplateDelegate>();

/** Every template file of a format, by name, the first folder that has it winning. */
export function templateFiles(format: ReportFormat, dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of [...dirs, BUILTIN_TEMPLATES]) {
    const base = join(dir, format);
    if (!existsSync(base)) continue;
    for (const file of walk(base)) {
      const name = relative(base, file).split(sep).join('/').replace(/\.hbs$/, '');
      if (!files.has(name)) files.set(name, file);
    }
  }
  return files;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.hbs')) out.push(p);
  }
  return out;
}

/** Render a model to HTML or Markdown. */
export function renderReport(model: ReportModel, opts: RenderOptions): string {
  const key = `${opts.format}|${opts.lang}|${opts.overrideDirs.join('|')}`;
  let layout = environments.get(key);
  if (!layout) {
    layout = prepare(opts);
    environments.set(key, layout);
  }
  return layout(model, { allowProtoPropertiesByDefault: false });
}

function prepare(opts: RenderOptions): HandlebarsTemplateDelegate {
  const files = templateFiles(opts.format, opts.overrideDirs);
  const hb = Handlebars.create();
  registerHelpers(hb, opts.lang, opts.format);
  for (const [name, file] of files) {
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), compile(hb, file, opts.format));
  }
  const layout = files.get('layout');
  if (!layout) {
    throw new LsysError('template-missing', `Mallen ${opts.format}/layout.hbs saknas. Kontrollera mappen med mallar.`);
  }
  return compile(hb, layout, opts.format);
}

function compile(hb: typeof Handlebars, file: string, format: ReportFormat): HandlebarsTemplateDelegate {
  const source = readFileSync(file, 'utf8');
  try {
    hb.parse(source); // compile() is lazy: parse now so a syntax error names its file
  } catch (e) {
    throw new LsysError('template-syntax', `${file}: mallen har ett syntaxfel: ${(e as Error).message.split('\n')[0]}`);
  }
  // Markdown is not HTML: no entity escaping there (the md helpers escape table cells).
  return hb.compile(source, { noEscape: format === 'md' });
}
