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

/** Where `<body>` starts (a meta after it does not count), or the end. */
function bodyStart(html: string): number {
  const i = html.search(/<body[\s>]/i);
  return i === -1 ? html.length : i;
}

/** The Content-Security-Policy of every HTML report: nothing may be fetched (inline CSS and SVG, data: images only). */
export const REPORT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The generator mark by which `lsys report` knows its own file, and (HTML) the
 * Content-Security-Policy that forbids network access, added after rendering when the layout
 * did not write them: a custom layout without them still gives a file lsys may replace next
 * time, and a report that fetches nothing. HTML: metas right after `<head>` (or after the
 * doctype, or at the top); Markdown: a first-line comment.
 */
export function addGeneratorMark(content: string, format: ReportFormat, generator: string): string {
  const gen = generator.replace(/[^\w .:+-]/g, '');
  if (format === 'md') {
    return /^<!-- generator: lsys[ -]/.test(content) ? content : `<!-- generator: ${gen} -->\n${content}`;
  }
  const head = content.slice(0, 4096);
  const metas = [
    /<meta name="generator" content="lsys[ "]/.test(head) ? '' : `<meta name="generator" content="${gen}">`,
    /<meta\s+http-equiv=["']?content-security-policy/i.test(content.slice(0, bodyStart(content))) ? '' : `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
  ].join('');
  if (metas === '') return content;
  const at = /<head(\s[^>]*)?>/i.exec(head) ?? /^\s*<!doctype[^>]*>/i.exec(head);
  const i = at ? at.index + at[0].length : 0;
  return `${content.slice(0, i)}${i > 0 ? '\n' : ''}${metas}\n${content.slice(i)}`;
}

/** Render a model to HTML or Markdown. */
export function renderReport(model: ReportModel, opts: RenderOptions): string {
  const key = `${opts.format}|${opts.lang}|${opts.overrideDirs.join('|')}`;
  let layout = environments.get(key);
  if (!layout) {
    layout = prepare(opts);
    environments.set(key, layout);
  }
  let content: string;
  try {
    content = layout(model, { allowProtoPropertiesByDefault: false });
  } catch (e) {
    // A template that fails while it is filled in (a partial named by a variable, a block
    // helper without its argument) is the template's fault: one line, not a stack trace.
    if (!(e instanceof Handlebars.Exception)) throw e;
    const m = /^The partial (.+) could not be found$/.exec((e as Error).message);
    throw new LsysError(
      'template-error',
      m
        ? pick(opts.lang, `Mallarna använder delmallen "${m[1]}" ({{> ${m[1]}}}) som inte finns. Delmallar är filerna under ${opts.format}/partials/.`, `The templates use the partial "${m[1]}" ({{> ${m[1]}}}), which does not exist. Partials are the files under ${opts.format}/partials/.`)
        : pick(opts.lang, `Mallen kunde inte fyllas i: ${oneLine((e as Error).message)}`, `The template could not be filled in: ${oneLine((e as Error).message)}`),
    );
  }
  return addGeneratorMark(content, opts.format, model.generator);
}

const pick = (lang: Lang, sv: string, en: string): string => (lang === 'en' ? en : sv);
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

function prepare(opts: RenderOptions): HandlebarsTemplateDelegate {
  const { lang, format } = opts;
  let files: Map<string, string>;
  try {
    files = templateFiles(format, opts.overrideDirs);
  } catch (e) {
    const path = (e as NodeJS.ErrnoException).path ?? '';
    throw new LsysError('template-unreadable', pick(lang, `${path}: mallmappen kan inte läsas (${(e as NodeJS.ErrnoException).code ?? 'fel'}). Kontrollera behörigheterna.`, `${path}: the template folder cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check the permissions.`));
  }
  const hb = Handlebars.create();
  registerHelpers(hb, lang, format);
  const partials = new Set([...files.keys()].filter((n) => n.startsWith('partials/')).map((n) => n.slice('partials/'.length)));
  const layout = files.get('layout');
  if (!layout) {
    throw new LsysError('template-missing', pick(lang, `Mallen ${format}/layout.hbs saknas. Kontrollera mappen med mallar.`, `The template ${format}/layout.hbs is missing. Check the template folder.`));
  }
  for (const [name, file] of files) {
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), compile(hb, file, opts, partials));
  }
  return compile(hb, layout, opts, partials);
}

function compile(hb: typeof Handlebars, file: string, opts: RenderOptions, partials: Set<string>): HandlebarsTemplateDelegate {
  const { lang, format } = opts;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LsysError('template-unreadable', pick(lang, `${file}: mallen kan inte läsas (${(e as NodeJS.ErrnoException).code ?? 'fel'}). Kontrollera behörigheterna.`, `${file}: the template cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}). Check the permissions.`));
  }
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source); // compile() is lazy: parse now so a syntax error names its file
  } catch (e) {
    throw new LsysError('template-syntax', `${file}: ${describeSyntaxError(e as Error & { lineNumber?: number; column?: number }, lang)}`);
  }
  const missing = missingPartial(ast, partials);
  if (missing) {
    throw new LsysError(
      'template-partial-missing',
      pick(
        lang,
        `${file}, rad ${missing.line}: delmallen "${missing.name}" ({{> ${missing.name}}}) finns inte. Delmallar är filerna under ${format}/partials/ (partials/sections/risker.hbs heter sections/risker); skapa filen eller rätta namnet.`,
        `${file}, line ${missing.line}: the partial "${missing.name}" ({{> ${missing.name}}}) does not exist. Partials are the files under ${format}/partials/ (partials/sections/risker.hbs is sections/risker); create the file or correct the name.`,
      ),
    );
  }
  // Markdown is not HTML: no entity escaping there (the md helpers escape table cells).
  return hb.compile(source, { noEscape: format === 'md' });
}

/**
 * Handlebars' syntax errors span several lines ("Parse error on line 3:", the text with a
 * caret under it, "Expecting 'X', got 'Y'"): one line in the user's language keeps the line,
 * the text just before the error and what was expected.
 */
export function describeSyntaxError(e: Error & { lineNumber?: number; column?: number }, lang: Lang): string {
  const text = e.message ?? String(e);
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(?:Expecting (.*), got (.*)|(.*))$/s.exec(text);
  if (parse) {
    const [, line, excerpt, dashes, expecting, got, other] = parse;
    const before = excerpt.slice(0, dashes.length);
    const where = before.trim() === '' ? '' : pick(lang, ` strax efter "${before}"`, ` just after "${before}"`);
    const what = expecting !== undefined ? pick(lang, `väntade ${expecting}, fick ${got}`, `expected ${expecting}, got ${got}`) : oneLine(other ?? '');
    return pick(lang, `mallen har ett syntaxfel på rad ${line}${where}: ${what}`, `the template has a syntax error on line ${line}${where}: ${what}`);
  }
  const mismatch = /^(.+) doesn't match (.+) - (\d+):(\d+)$/.exec(text);
  if (mismatch) {
    const [, open, close, line, col] = mismatch;
    return pick(
      lang,
      `mallen har ett syntaxfel: blocket {{#${open}}} på rad ${line}, tecken ${Number(col) + 1}, avslutas med {{/${close}}}; avsluta med {{/${open}}}`,
      `the template has a syntax error: the block {{#${open}}} on line ${line}, column ${Number(col) + 1}, is closed by {{/${close}}}; close it with {{/${open}}}`,
    );
  }
  const at = e.lineNumber !== undefined ? pick(lang, ` (rad ${e.lineNumber})`, ` (line ${e.lineNumber})`) : '';
  return pick(lang, `mallen har ett syntaxfel${at}: ${oneLine(text)}`, `the template has a syntax error${at}: ${oneLine(text)}`);
}

/** The first `{{> name}}` with a fixed name that is neither a partial file nor an inline partial of the template. */
function missingPartial(ast: hbs.AST.Program, partials: Set<string>): { name: string; line: number } | undefined {
  const inline = new Set<string>();
  const used: Array<{ name: string; line: number }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown }; path?: { original?: unknown }; params?: Array<{ value?: unknown }>; loc?: { start?: { line?: number } } };
    if (n.type === 'DecoratorBlock' && n.path?.original === 'inline' && typeof n.params?.[0]?.value === 'string') inline.add(n.params[0].value);
    // A partial block ({{#> name}}fallback{{/name}}) may be missing: its fallback is shown.
    if (n.type === 'PartialStatement' && n.name?.type === 'PathExpression' && typeof n.name.original === 'string' && !n.name.original.startsWith('@')) {
      used.push({ name: n.name.original, line: n.loc?.start?.line ?? 1 });
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') visit(v);
  };
  visit(ast);
  return used.find((u) => !partials.has(u.name) && !inline.has(u.name));
}
