/**
 * Render the report model with Handlebars templates. The built-in templates live in the
 * package's `templates/<format>/`: `layout.hbs` is the page and every file under `partials/`
 * is a partial named by its path (`partials/sections/risker.hbs` → `sections/risker`).
 * An organisation overrides any of them, file by file, with the same path in its own
 * `templates/` folder (or `--template DIR`). Templates are compiled once per process.
 */
import { GENERATOR_COMMENT_PREFIX } from '../core/generator-mark.js';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import { REPORT_ERRORS as E, TOKENS } from './errors.js';
import { registerHelpers } from './helpers.js';
import { BUILTIN_TEMPLATES, loadReportMessages, type ReportMessages } from './messages.js';
import type { Lang } from '../core/types.js';
import type { ReportModel } from './types.js';

export type ReportFormat = 'html' | 'md';

export interface RenderOptions {
  format: ReportFormat;
  lang: Lang;
  /** Folders with overrides, highest priority first; the built-in templates come last. */
  overrideDirs: string[];
}

/** One Handlebars environment per format, language and set of template folders. */
const environments = new Map<string, HandlebarsTemplateDelegate>();

/** Every template file of a format, by name, the first folder that has it winning. */
function templateFiles(format: ReportFormat, dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of [...dirs, BUILTIN_TEMPLATES]) {
    const base = join(dir, format);
    if (!existsSync(base)) continue;
    for (const file of walk(base)) {
      const name = relative(base, file)
        .split(sep)
        .join('/')
        .replace(/\.hbs$/, '');
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

/** The generator mark of an HTML report lsys wrote (looked for in the first 4 KB). */
export const GENERATOR_META = /<meta name="generator" content="lsys[ "]/;
/** The generator mark of a Markdown report lsys wrote: its first line. */
export const GENERATOR_COMMENT = new RegExp(`^${GENERATOR_COMMENT_PREFIX}[ -]`);

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
    return GENERATOR_COMMENT.test(content) ? content : `<!-- generator: ${gen} -->\n${content}`;
  }
  const head = content.slice(0, 4096);
  const metas = [
    GENERATOR_META.test(head) ? '' : `<meta name="generator" content="${gen}">`,
    /<meta\s+http-equiv=["']?content-security-policy/i.test(content.slice(0, bodyStart(content)))
      ? ''
      : `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
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
        ? say(E.partialNotFoundWhileFilling, opts.lang, { name: m[1] ?? '', format: opts.format })
        : say(E.cannotFill, opts.lang, { reason: oneLine((e as Error).message) }),
    );
  }
  return addGeneratorMark(content, opts.format, model.generator);
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

function prepare(opts: RenderOptions): HandlebarsTemplateDelegate {
  const { lang, format } = opts;
  let files: Map<string, string>;
  try {
    files = templateFiles(format, opts.overrideDirs);
  } catch (e) {
    const path = (e as NodeJS.ErrnoException).path ?? '';
    throw new LsysError(
      'template-unreadable',
      say(E.folderUnreadable, lang, { path, code: (e as NodeJS.ErrnoException).code ?? say(E.errorWord, lang) }),
    );
  }
  const messages = loadReportMessages(opts.overrideDirs, lang);
  const hb = Handlebars.create();
  registerHelpers(hb, lang, format, messages);
  const partials = new Set([...files.keys()].filter((n) => n.startsWith('partials/')).map((n) => n.slice('partials/'.length)));
  const layout = files.get('layout');
  if (!layout) {
    throw new LsysError('template-missing', say(E.layoutMissing, lang, { format }));
  }
  for (const [name, file] of files) {
    if (name.startsWith('partials/')) hb.registerPartial(name.slice('partials/'.length), compile(hb, file, opts, partials, messages));
  }
  return compile(hb, layout, opts, partials, messages);
}

function compile(
  hb: typeof Handlebars,
  file: string,
  opts: RenderOptions,
  partials: Set<string>,
  messages: ReportMessages,
): HandlebarsTemplateDelegate {
  const { lang, format } = opts;
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new LsysError(
      'template-unreadable',
      say(E.fileUnreadable, lang, { file, code: (e as NodeJS.ErrnoException).code ?? say(E.errorWord, lang) }),
    );
  }
  let ast: hbs.AST.Program;
  try {
    ast = hb.parse(source); // compile() is lazy: parse now so a syntax error names its file
  } catch (e) {
    throw new LsysError(
      'template-syntax',
      `${file}: ${describeSyntaxError(e as Error & { lineNumber?: number; column?: number }, lang, source)}`,
    );
  }
  const missing = missingPartial(ast, partials);
  if (missing) {
    throw new LsysError('template-partial-missing', say(E.partialMissing, lang, { file, line: missing.line, name: missing.name, format }));
  }
  const helper = missingHelper(ast, hb);
  if (helper) {
    const near = nearestName(
      helper.name,
      Object.keys(hb.helpers).filter((n) => !INTERNAL_HELPERS.has(n)),
    );
    const advice = near ? say(E.didYouMean, lang, { name: near }) : say(E.correctOrRemove, lang);
    throw new LsysError('template-helper-missing', say(E.helperMissing, lang, { file, line: helper.line, name: helper.name, advice }));
  }
  const unknown = missingMessage(ast, messages);
  if (unknown) throw new LsysError('template-message-missing', say(E.messageMissing, lang, { file, line: unknown.line, id: unknown.id }));
  // Markdown is not HTML: no entity escaping there (the md helpers escape table cells).
  const template = hb.compile(source, { noEscape: format === 'md' });
  // A built-in template that fails is lsys's bug (a stack trace); an organisation's is its own.
  return file.startsWith(BUILTIN_TEMPLATES) ? template : fillingErrorsNamed(template, file, ast, lang);
}

/** Block helpers whose argument Handlebars checks while filling in, and what it says. */
const BLOCK_ARITY: ReadonlyArray<{ helper: string; message: string; wrong: (params: number) => boolean }> = [
  { helper: 'each', message: 'Must pass iterator to #each', wrong: (n) => n === 0 },
  ...['if', 'unless', 'with'].map((helper) => ({
    helper,
    message: `#${helper} requires exactly one argument`,
    wrong: (n: number) => n !== 1,
  })),
];

/**
 * An organisation's template that fails while it is filled in (`{{#each}}` without a list,
 * `{{lookup}}` without its arguments): one line naming the file, and the line of the call
 * when the template shows which one it was, instead of a stack trace or Handlebars' English.
 */
function fillingErrorsNamed(
  template: HandlebarsTemplateDelegate,
  file: string,
  ast: hbs.AST.Program,
  lang: Lang,
): HandlebarsTemplateDelegate {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (e) {
      if (e instanceof LsysError) throw e; // already named by the partial it came from
      const message = e instanceof Error ? e.message : String(e);
      if (/^The partial .+ could not be found$/.test(message)) throw e; // worded by renderReport
      const block = BLOCK_ARITY.find((b) => b.message === message);
      const call = block ?? { helper: 'lookup', wrong: (n: number) => n < 2 };
      const line = (e as { lineNumber?: number }).lineNumber ?? callLine(ast, call.helper, call.wrong);
      const reason = block ? say(E.fillBlockArgument, lang, { helper: block.helper }) : say(E.fillHelperArguments, lang);
      throw new LsysError(
        'template-error',
        line === undefined ? say(E.fillFailed, lang, { file, reason }) : say(E.fillFailedAt, lang, { file, line, reason }),
      );
    }
  };
}

/** The line of the first call of `helper` with a wrong number of arguments, if any. */
function callLine(ast: hbs.AST.Program, helper: string, wrong: (params: number) => boolean): number | undefined {
  let line: number | undefined;
  eachNode(ast, (node) => {
    const n = node as { type?: string; path?: { original?: unknown }; params?: unknown[]; loc?: { start?: { line?: number } } };
    const call = n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression';
    if (call && n.path?.original === helper && wrong(n.params?.length ?? 0)) {
      line = n.loc?.start?.line;
      return true;
    }
    return false;
  });
  return line;
}

/** "X, Y eller Z" / "X, Y or Z". */
function either(items: string[], lang: Lang): string {
  const or = say(E.or, lang);
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** A parser's "Expecting 'A', 'B', got 'C'" in words, saying what is probably wrong where it can. */
function describeExpected(expectingList: string, got: string, lang: Lang): string {
  const expected = [...expectingList.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
  const g = /'([A-Z_]+)'/.exec(got)?.[1] ?? got;
  const word = (t: string): string => {
    const token = Object.prototype.hasOwnProperty.call(TOKENS, t) ? TOKENS[t as keyof typeof TOKENS] : undefined;
    return token ? say(token, lang) : t;
  };
  if (g === 'EOF' && expected.includes('OPEN_ENDBLOCK')) {
    return say(E.blockNotClosed, lang);
  }
  if (g === 'OPEN_ENDBLOCK' && !expected.includes('OPEN_ENDBLOCK')) {
    return say(E.blockNotOpened, lang);
  }
  if (expected.includes('CLOSE') && (g === 'INVALID' || g === 'EOF')) {
    return say(E.tagNotClosed, lang, { found: word(g) });
  }
  const values = ['ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA'];
  let shown: string[];
  if (expected.includes('CONTENT')) {
    // Anything may follow: text or a new tag (and perhaps the end of a block).
    shown = [say(E.text, lang), '{{…}}', ...(expected.includes('OPEN_ENDBLOCK') ? ['{{/…}}'] : [])];
  } else {
    shown = expected.filter((t) => !values.includes(t) && t !== 'SEP' && t !== 'CLOSE_RAW_BLOCK').map(word);
    if (expected.some((t) => values.includes(t))) shown.push(say(E.aName, lang), say(E.aValue, lang));
  }
  return say(E.expected, lang, { expected: either([...new Set(shown)], lang), found: word(g) });
}

/**
 * The column (1-based) of the parser's caret on `line`: the excerpt before the caret is the
 * last (up to 20) characters read, with line breaks removed, so it is looked up in the source.
 */
function caretColumn(source: string | undefined, line: number, before: string): number | undefined {
  if (source === undefined) return undefined;
  const lines = source.split(/\r?\n/);
  if (line < 1 || line > lines.length) return undefined;
  const tail = before.startsWith('...') ? before.slice(3) : before;
  const flatBefore = lines.slice(0, line - 1).join('');
  const row = lines[line - 1]!; // 1 ≤ line ≤ lines.length, checked above
  for (let col = 0; col <= row.length; col++) {
    const read = flatBefore + row.slice(0, col);
    if (before.startsWith('...') ? read.endsWith(tail) : read === tail) return col + 1;
  }
  return undefined;
}

/**
 * Handlebars' syntax errors span several lines ("Parse error on line 3:", the text with a
 * caret under it, "Expecting 'X', got 'Y'"): one line in the user's language keeps the line,
 * the column, the text just before the error and, in words, what is probably wrong.
 */
function describeSyntaxError(e: Error & { lineNumber?: number; column?: number }, lang: Lang, source?: string): string {
  const text = e.message ?? String(e);
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(?:Expecting (.*), got (.*)|(.*))$/s.exec(text);
  if (parse) {
    const [, line, excerpt, dashes, expecting, got, other] = parse;
    const before = excerpt!.slice(0, dashes!.length); // groups 2 and 3 always take part in a match
    const col = caretColumn(source, Number(line), before);
    const at = col === undefined ? '' : say(E.syntaxColumn, lang, { col });
    const where = before.trim() === '' ? '' : say(E.syntaxJustAfter, lang, { before });
    const what = expecting !== undefined ? describeExpected(expecting, got ?? '', lang) : oneLine(other ?? '');
    return say(E.syntaxParse, lang, { line: line ?? '', at, where, what });
  }
  const mismatch = /^(.+) doesn't match (.+) - (\d+):(\d+)$/.exec(text);
  if (mismatch) {
    const [, open, close, line, col] = mismatch;
    return say(E.syntaxMismatch, lang, { open: open ?? '', close: close ?? '', line: line ?? '', col: Number(col) + 1 });
  }
  const at = e.lineNumber !== undefined ? say(E.syntaxLine, lang, { line: e.lineNumber }) : '';
  return say(E.syntaxOther, lang, { at, reason: oneLine(text) });
}

/** The first `{{> name}}` with a fixed name that is neither a partial file nor an inline partial of the template. */
function missingPartial(ast: hbs.AST.Program, partials: Set<string>): { name: string; line: number } | undefined {
  const inline = new Set<string>();
  const used: Array<{ name: string; line: number }> = [];
  eachNode(ast, (node) => {
    const n = node as {
      type?: string;
      name?: { type?: string; original?: unknown };
      path?: { original?: unknown };
      params?: Array<{ value?: unknown }>;
      loc?: { start?: { line?: number } };
    };
    if (n.type === 'DecoratorBlock' && n.path?.original === 'inline' && typeof n.params?.[0]?.value === 'string')
      inline.add(n.params[0].value);
    // A partial block ({{#> name}}fallback{{/name}}) may be missing: its fallback is shown.
    if (
      n.type === 'PartialStatement' &&
      n.name?.type === 'PathExpression' &&
      typeof n.name.original === 'string' &&
      !n.name.original.startsWith('@')
    ) {
      used.push({ name: n.name.original, line: n.loc?.start?.line ?? 1 });
    }
    return false;
  });
  return used.find((u) => !partials.has(u.name) && !inline.has(u.name));
}

/**
 * The first `{{t "id" …}}` (or `(t "id" …)`) whose id is not in the catalogue: a misspelt id
 * would otherwise print itself in the report. The two-language form `{{t "sv" "en"}}` is not
 * an id and is not checked.
 */
function missingMessage(ast: hbs.AST.Program, messages: ReportMessages): { id: string; line: number } | undefined {
  let found: { id: string; line: number } | undefined;
  eachNode(ast, (node) => {
    const n = node as {
      type?: string;
      path?: { original?: unknown };
      params?: Array<{ type?: string; value?: unknown }>;
      loc?: { start?: { line?: number } };
    };
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression') && n.path?.original === 't' && n.params?.length === 1) {
      const p = n.params[0];
      if (p?.type === 'StringLiteral' && typeof p.value === 'string' && !messages.has(p.value)) {
        found = { id: p.value, line: n.loc?.start?.line ?? 1 };
        return true;
      }
    }
    return false;
  });
  return found;
}

/** Handlebars' own fallbacks, registered as helpers but never called by name. */
const INTERNAL_HELPERS = new Set(['helperMissing', 'blockHelperMissing']);

/**
 * The first helper call whose name is not a helper: `{{foo bar}}`, `{{#foo bar}}…{{/foo}}`,
 * `{{foo x=1}}` or `(foo …)`. A mustache or block with neither parameters nor a hash is a
 * value from the model (`{{organisation}}`, `{{#units}}`), not a call. Without this check,
 * Handlebars notices only while filling in, in English and without file or line.
 */
function missingHelper(ast: hbs.AST.Program, hb: typeof Handlebars): { name: string; line: number } | undefined {
  let found: { name: string; line: number } | undefined;
  eachNode(ast, (node) => {
    const n = node as {
      type?: string;
      path?: { type?: string; original?: unknown; data?: boolean; parts?: unknown[] };
      params?: unknown[];
      hash?: unknown;
      loc?: { start?: { line?: number } };
    };
    const call =
      n.type === 'SubExpression' ||
      ((n.type === 'MustacheStatement' || n.type === 'BlockStatement') && ((n.params?.length ?? 0) > 0 || n.hash !== undefined));
    const p = n.path;
    if (
      call &&
      p?.type === 'PathExpression' &&
      !p.data &&
      typeof p.original === 'string' &&
      /^[^./[]+$/.test(p.original) &&
      p.original !== 'this'
    ) {
      if (!Object.prototype.hasOwnProperty.call(hb.helpers, p.original) || INTERNAL_HELPERS.has(p.original)) {
        found = { name: p.original, line: n.loc?.start?.line ?? 1 };
        return true;
      }
    }
    return false;
  });
  return found;
}

/**
 * Visit every node of a Handlebars AST in source order (depth first, `loc` skipped) until
 * `f` returns true.
 */
function eachNode(ast: hbs.AST.Program, f: (node: object) => boolean): void {
  let stop = false;
  const visit = (node: unknown): void => {
    if (stop) return;
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (f(node)) {
      stop = true;
      return;
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && v && typeof v === 'object') visit(v);
  };
  visit(ast);
}

/** The known name closest to a misspelt one (at most two edits, e.g. "datun" → "datum"), if any. */
function nearestName(name: string, names: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      for (let j = 1; j <= b.length; j++)
        cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      prev = cur;
    }
    return prev[b.length]!; // the rows have b.length + 1 entries
  };
  const best = names.map((n) => ({ n, d: distance(name, n) })).sort((x, y) => x.d - y.d || x.n.localeCompare(y.n))[0];
  return best && best.d <= Math.min(2, Math.floor(name.length / 2)) ? best.n : undefined;
}
