/**
 * One message system (issue 9 point 4): every user-facing text has an id and one place, in
 * Swedish and English, with the same named placeholders. These tests walk every catalogue —
 * the rules' meta.messages, the command line's, init's, the core's, the report's errors and
 * templates/messages.yaml — and fail when a text exists in one language only, when the two
 * languages disagree on placeholders, when a template or a rule uses an id that does not
 * exist, and when a built-in template or a source file words a text inline in two languages.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import {
  catalogueProblems,
  format,
  interpolate,
  missingData,
  placeholders,
  say,
  wordReport,
  type Catalogue,
} from '../src/core/messages.js';
import { CONFIG_MESSAGES, DOKUMENT_MESSAGES } from '../src/core/config-messages.js';
import { READING_MESSAGES } from '../src/core/reading-messages.js';
import { FILE_PROBLEM_MESSAGES } from '../src/rules/reading/file-problems.js';
import { CACHE_MESSAGES, RUN_MESSAGES } from '../src/core/run-messages.js';
import { YAML_MESSAGES } from '../src/core/yaml-errors.js';
import { FIX } from '../src/commands/fix-messages.js';
import { CLI } from '../src/commands/messages.js';
import { FORMAT_MESSAGES } from '../src/format/messages.js';
import { OUTPUT } from '../src/commands/output-messages.js';
import { INIT } from '../src/init/messages.js';
import { AUTHOR } from '../src/author/messages.js';
import { AUTHOR_CLI } from '../src/commands/author-messages.js';
import { NEW } from '../src/author/new-messages.js';
import { DUE } from '../src/plan/due-messages.js';
import { CALENDAR_CLI, CALENDAR_EVENTS } from '../src/plan/calendar-messages.js';
import { FILTER_MESSAGES } from '../src/plan/filters.js';
import { REPORT_ERRORS, TOKENS } from '../src/report/errors.js';
import { WORD_TABLES } from '../src/report/helpers/words.js';
import { builtinReportMessages } from '../src/report/messages.js';
import { renderReport } from '../src/report/render.js';
import type { ReportModel } from '../src/report/types.js';
import { rules } from '../src/rules/index.js';
import { CHART_MESSAGES } from '../src/report/charts/messages.js';
import { SITE_MESSAGES } from '../src/site/messages.js';
import { DIFF_CLI, DIFF_ERRORS, DIFF_NOTES, DIFF_TEXT } from '../src/diff/messages.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const walk = (dir: string, ext: string): string[] =>
  readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
    });

describe('interpolate', () => {
  it('fills named placeholders, Swedish letters included, with strings and numbers', () => {
    expect(interpolate('{år}: {antal} av {totalt}', { år: 2026, antal: '3', totalt: 4 }, 'sv')).toBe('2026: 3 av 4');
  });
  it('takes a bilingual value in the message’s language', () => {
    const m = { sv: 'Gäller {vad}', en: 'Applies to {vad}' };
    expect(format(m, { vad: { sv: 'socialtjänst', en: 'social services' } })).toEqual({
      sv: 'Gäller socialtjänst',
      en: 'Applies to social services',
    });
  });
  it('leaves a placeholder without a value as written, so the gap shows', () => {
    expect(interpolate('Hej {namn}', {}, 'sv')).toBe('Hej {namn}');
    expect(missingData({ sv: 'Hej {namn}', en: 'Hi {namn}' }, {})).toEqual(['namn']);
  });
  it('does not fill a value twice (a value holding {x} stays as written)', () => {
    expect(interpolate('{a} {b}', { a: '{b}', b: 'B' }, 'sv')).toBe('{b} B');
  });
  it('say() gives one language as written (Swedish quotation marks are the runner’s business)', () => {
    expect(say({ sv: '”{x}” saknas', en: '”{x}” is missing' }, 'en', { x: 'A' })).toBe('”A” is missing');
  });
  it('a rule’s report is worded from its messages; an unknown id shows itself', () => {
    const messages = { hej: { sv: 'Hej {n}', en: 'Hi {n}' }, tips: { sv: 'Gör {n}', en: 'Do {n}' } };
    expect(wordReport(messages, { messageId: 'hej', hintId: 'tips', data: { n: 1 } })).toMatchObject({
      message: { sv: 'Hej 1', en: 'Hi 1' },
      hint: { sv: 'Gör 1', en: 'Do 1' },
    });
    expect(wordReport(messages, { messageId: 'nope' }).message).toEqual({ sv: 'nope', en: 'nope' });
  });
  it('catalogueProblems finds a missing language and different placeholders', () => {
    expect(catalogueProblems({ a: { sv: 'A {x}', en: '' }, b: { sv: 'B {x}', en: 'B {y}' }, c: { sv: 'C' } }, 'test')).toEqual([
      'test a: no English text',
      'test a: placeholders differ (sv: x; en: none)',
      'test b: placeholders differ (sv: x; en: y)',
      'test c: no English text',
    ]);
  });
});

describe('every catalogue has both languages with the same placeholders', () => {
  const catalogues: Array<[string, Catalogue]> = [
    ['commands/messages.ts CLI', CLI],
    ['commands/output-messages.ts OUTPUT', OUTPUT],
    ['init/messages.ts INIT', INIT],
    ['author/messages.ts AUTHOR', AUTHOR],
    ['commands/author-messages.ts AUTHOR_CLI', AUTHOR_CLI],
    ['author/new-messages.ts NEW', NEW],
    ['plan/due-messages.ts DUE', DUE],
    ['plan/calendar-messages.ts CALENDAR_CLI', CALENDAR_CLI],
    ['plan/calendar-messages.ts CALENDAR_EVENTS', CALENDAR_EVENTS],
    ['plan/filters.ts FILTER_MESSAGES', FILTER_MESSAGES],
    ['commands/fix-messages.ts FIX', FIX],
    ['format/messages.ts FORMAT_MESSAGES', FORMAT_MESSAGES],
    ['core/config-messages.ts CONFIG_MESSAGES', CONFIG_MESSAGES],
    ['core/config-messages.ts DOKUMENT_MESSAGES', DOKUMENT_MESSAGES],
    ['core/reading-messages.ts READING_MESSAGES', READING_MESSAGES],
    ['rules/reading/file-problems.ts FILE_PROBLEM_MESSAGES', FILE_PROBLEM_MESSAGES],
    ['core/run-messages.ts', RUN_MESSAGES],
    ['report/charts/messages.ts CHART_MESSAGES', CHART_MESSAGES],
    ['site/messages.ts SITE_MESSAGES', SITE_MESSAGES],
    ['diff/messages.ts DIFF_ERRORS', DIFF_ERRORS],
    ['diff/messages.ts DIFF_NOTES', DIFF_NOTES],
    ['diff/messages.ts DIFF_TEXT', DIFF_TEXT],
    ['diff/messages.ts DIFF_CLI', DIFF_CLI],
    ['core/run-messages.ts CACHE_MESSAGES', CACHE_MESSAGES],
    ['core/yaml-errors.ts', YAML_MESSAGES],
    ['report/errors.ts REPORT_ERRORS', REPORT_ERRORS],
    ['report/errors.ts TOKENS', TOKENS],
    ['templates/messages.yaml', Object.fromEntries(builtinReportMessages())],
    ...rules.map((r): [string, Catalogue] => [`${r.meta.id} meta.messages`, r.meta.messages ?? {}]),
    ...rules.map((r): [string, Catalogue] => [`${r.meta.id} meta.description`, { description: r.meta.description }]),
  ];
  it.each(catalogues)('%s', (where, catalogue) => {
    expect(catalogueProblems(catalogue, where)).toEqual([]);
  });
  it('the test catches a text in one language (a copy of a rule catalogue with English removed)', () => {
    const rule = rules.find((r) => r.meta.messages && Object.keys(r.meta.messages).length > 0)!;
    const [id, m] = Object.entries(rule.meta.messages!)[0]!;
    expect(catalogueProblems({ [id]: { sv: m.sv, en: '' } }, 'x')).not.toEqual([]);
  });
});

describe('rules use only ids of their own meta.messages', () => {
  const files = walk(join(ROOT, 'src/rules'), '.ts').filter((f) => /src\/rules\/[^/]+\/[^/]+\.ts$/.test(f));
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', async (_, file) => {
    const mod = (await import(file)) as { default?: { meta?: { id: string; messages?: Catalogue } } };
    const meta = mod.default?.meta;
    if (!meta) return; // a helper module (lagrum/resolve.ts)
    const source = readFileSync(file, 'utf8');
    // The ids given (`messageId: x ? 'a' : 'b'`), not the values compared (`p.code === 'empty-file'`).
    const ids = [...source.matchAll(/\b(?:messageId|hintId):\s*([^,\n]+)/g)].flatMap((m) =>
      [...(m[1] ?? '').matchAll(/(?:^|[?:])\s*'([^']+)'/g)].map((x) => x[1]!),
    );
    const known = Object.keys(meta.messages ?? {});
    expect(
      ids.filter((id) => !known.includes(id)),
      `${meta.id} uses ids its meta.messages lacks`,
    ).toEqual([]);
    // And every message of the catalogue is used: no stale wording left behind.
    const unused = known.filter((id) => !new RegExp(`'${id}'|messages\\.${id}\\b`).test(source));
    expect(unused, `${meta.id} has unused messages`).toEqual([]);
  });
});

/** Every `t` call of a built-in template: its params and hash, and where it is. */
function tCalls(file: string) {
  const calls: Array<{ params: Array<{ type: string; value?: unknown }>; hash: string[]; line: number }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as {
      type?: string;
      path?: { original?: unknown };
      params?: Array<{ type: string; value?: unknown }>;
      hash?: { pairs: Array<{ key: string }> };
      loc?: { start: { line: number } };
    };
    if ((n.type === 'MustacheStatement' || n.type === 'SubExpression') && n.path?.original === 't') {
      calls.push({ params: n.params ?? [], hash: (n.hash?.pairs ?? []).map((p) => p.key), line: n.loc?.start.line ?? 0 });
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v && typeof v === 'object') visit(v);
  };
  visit(Handlebars.parse(readFileSync(file, 'utf8')));
  return calls;
}

describe('the built-in templates share one wording (templates/messages.yaml)', () => {
  const messages = builtinReportMessages();
  const files = walk(join(ROOT, 'templates'), '.hbs');
  it('there are templates to check', () => expect(files.length).toBeGreaterThan(50));
  it.each(files.map((f) => [relative(ROOT, f), f]))(
    '%s: no inline two-language text, every id exists with exactly its placeholders',
    (_, file) => {
      const problems: string[] = [];
      for (const c of tCalls(file)) {
        const [first, second] = c.params;
        if (first?.type === 'StringLiteral' && second?.type === 'StringLiteral') {
          problems.push(
            `line ${c.line}: inline {{t "${String(first.value)}" "${String(second.value)}"}}: move it to templates/messages.yaml`,
          );
          continue;
        }
        if (first?.type !== 'StringLiteral' || c.params.length !== 1) continue; // {{t skäl skäl_en}}: two values of the model
        const id = String(first.value);
        const m = messages.get(id);
        if (!m) {
          problems.push(`line ${c.line}: no message "${id}"`);
          continue;
        }
        const wanted = placeholders(`${m.sv} ${m.en}`).sort();
        if (wanted.join() !== [...c.hash].sort().join())
          problems.push(`line ${c.line}: "${id}" has {${wanted.join('}, {')}} but the call gives ${c.hash.join(', ') || 'nothing'}`);
      }
      expect(problems).toEqual([]);
    },
  );
  it('every message of templates/messages.yaml is used (by a template, a word table or a chart)', () => {
    const used = new Set(
      files.flatMap((f) =>
        tCalls(f).flatMap((c) => (c.params.length === 1 && c.params[0]?.type === 'StringLiteral' ? [String(c.params[0].value)] : [])),
      ),
    );
    const charts = readFileSync(join(ROOT, 'src/report/helpers/charts.ts'), 'utf8');
    const unused = [...messages.keys()].filter((id) => {
      if (used.has(id)) return false;
      if (id.startsWith('ord.')) return !WORD_TABLES.some((t) => id.startsWith(`ord.${t}.`));
      return !charts.includes(`'${id}'`);
    });
    expect(unused).toEqual([]);
  });
  it('no sentence is kept twice: each wording (Swedish and English) has one id', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [id, m] of messages) {
      // The word tables are keyed by the documents' values: "Fastställd" is a status's word and a column heading.
      if (id.startsWith('ord.')) continue;
      const key = `${m.sv}\u0000${m.en}`;
      if (seen.has(key)) twice.push(`${seen.get(key)} = ${id}`);
      else seen.set(key, id);
    }
    expect(twice).toEqual([]);
  });
  it('most of the wording is shared by the HTML and the Markdown templates', () => {
    const ids = (format: string) =>
      new Set(
        files
          .filter((f) => f.includes(`/templates/${format}/`))
          .flatMap((f) =>
            tCalls(f).flatMap((c) => (c.params.length === 1 && c.params[0]?.type === 'StringLiteral' ? [String(c.params[0].value)] : [])),
          ),
      );
    const html = ids('html');
    const md = ids('md');
    const shared = [...html].filter((id) => md.has(id));
    expect(shared.length).toBeGreaterThan(200);
  });
});

describe('no inline two-language text in src outside a catalogue', () => {
  /**
   * Places where an object `{ sv, en }` may stand: a catalogue (`satisfies Catalogue`, or a
   * declaration typed Catalogue or Message), a rule's meta.description, and a load-problem
   * rule's description argument. And these files, for the reason given:
   */
  const ALLOWED: Record<string, string> = {
    'src/core/messages.ts': 'the mechanism itself: it builds Texts from messages',
    'src/report/messages.ts': 'reads { sv, en } entries of a messages.yaml',
    'src/report/helpers/format.ts': 'month names per language (locale data, like number formatting)',
    'src/format/text.ts': 'plural forms per language (one/many), not sentences',
    'src/core/paragraph.ts': 'the notation of a paragraph per language (5 kap. 1 § / Chapter 5, Section 1), like a date format',
    'src/report/charts/risk-matrix.ts': 'chart annotations per language that are functions of counts',
    // Not yet converted (issue 9 point 4, remaining): messages composed from the statute
    // catalogue's tables and from Ajv's errors.
    'src/rules/lagrum/sol-2025.ts': 'not yet converted',
    'src/rules/schema/schema.ts': 'not yet converted',
  };
  const files = walk(join(ROOT, 'src'), '.ts');
  const found = files.flatMap((file) => {
    const rel = relative(ROOT, file);
    return inlineTexts(rel, readFileSync(file, 'utf8'), rel in ALLOWED);
  });
  it('checks the whole of src', () => expect(files.length).toBeGreaterThan(100));
  it('every { sv, en } text is in a catalogue (or an allowed file), in both languages', () => {
    expect(found).toEqual([]);
  });
  it('the scan finds a planted { sv, en } object, two-language call and language test', () => {
    const planted = [
      "const a = { sv: 'Hej', en: 'Hello' };",
      "fail(lang, pos, 'filen kan inte läsas', 'the file cannot be read');",
      'm(`${n} filer hittades`, `${n} files found`);',
      "const b = lang === 'en' ? 'No problems' : 'Inga problem';",
      "const c = ctx.lang === 'sv' ? `Rättade ${n} filer` : `Fixed ${n} files`;",
      "const d = en ? 'Not fixed' : 'Rättades inte';",
    ].join('\n');
    expect(inlineTexts('src/planted.ts', planted, false).map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 6]);
    // Code that is not a text: a language code, a replacement, a word of one letter.
    const fine = ["const l = lang === 'en' ? 'en-GB' : 'sv-SE';", "s.replace('a', 'b');", "const w = lang === 'en' ? 'in' : 'i';"].join(
      '\n',
    );
    expect(inlineTexts('src/fine.ts', fine, false)).toEqual([]);
  });
  it('the allow-list names only files that still need it', () => {
    const stale = Object.keys(ALLOWED).filter((f) => inlineTexts(f, readFileSync(join(ROOT, f), 'utf8'), false).length === 0);
    expect(stale).toEqual([]);
  });
});

/** A text literal of words (two or more letters, a space, a letter): a sentence, not a code or a word. */
const isWords = (n: ts.Node): boolean =>
  (ts.isStringLiteralLike(n) || ts.isTemplateExpression(n)) &&
  /\p{L}{2,}\s+\p{L}/u.test(
    n
      .getText()
      .replace(/\$\{[^}]*\}/g, 'x') // a value in a template counts as a word
      .replace(/<[^>]*>/g, ''), // markup (JUnit's XML, SVG) is not wording
  );
/** A test of the language: `lang === 'en'`, `ctx.lang !== 'sv'`, or a flag `en`/`sv`. */
const isLangTest = (n: ts.Expression): boolean =>
  /^\(?\s*(?:[\w.]*\blang\s*[!=]==?\s*'(?:sv|en)'|'(?:sv|en)'\s*[!=]==?\s*[\w.]*\blang|en|sv)\s*\)?$/.test(n.getText());

/**
 * The inline two-language texts of a source file: a `{ sv, en }` object outside a catalogue,
 * a call given two sentences side by side (`m('…', '…')`, `fail(lang, pos, '…', '…')`), and a
 * choice of sentence by language (`lang === 'en' ? '…' : '…'`). In an allowed file only the
 * `{ sv, en }` objects of plain strings are checked, for both languages and equal placeholders.
 */
function inlineTexts(rel: string, source: string, allowed: boolean): Array<{ file: string; line: number; problem: string }> {
  const found: Array<{ file: string; line: number; problem: string }> = [];
  const sf = ts.createSourceFile(rel, source, ts.ScriptTarget.Latest, true);
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isObjectLiteralExpression(n)) {
      const props = new Map(
        n.properties
          .filter(ts.isPropertyAssignment)
          .flatMap((p) => (ts.isIdentifier(p.name) ? [[p.name.text, p.initializer] as const] : [])),
      );
      const sv = props.get('sv');
      const en = props.get('en');
      if (sv && en) {
        const line = lineOf(n);
        // Both plain strings: non-empty, the same placeholders (tables that no other test walks).
        if (ts.isStringLiteralLike(sv) && ts.isStringLiteralLike(en) && !allowed) {
          for (const p of catalogueProblems({ [`line ${line}`]: { sv: sv.text, en: en.text } }, rel))
            found.push({ file: rel, line, problem: p });
        }
        if (!inCatalogue(n) && !allowed)
          found.push({ file: rel, line, problem: 'an inline { sv, en } text: give it an id in a catalogue' });
      }
    }
    if (!allowed && ts.isCallExpression(n)) {
      const args = n.arguments;
      if (args.some((a, i) => i + 1 < args.length && isWords(a) && isWords(args[i + 1]!)))
        found.push({ file: rel, line: lineOf(n), problem: 'a call given two sentences side by side: give the text an id in a catalogue' });
    }
    if (!allowed && ts.isConditionalExpression(n) && isLangTest(n.condition) && (isWords(n.whenTrue) || isWords(n.whenFalse)))
      found.push({ file: rel, line: lineOf(n), problem: 'a sentence chosen by language: give it an id in a catalogue' });
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function inCatalogue(n: ts.Node): boolean {
  for (let a: ts.Node | undefined = n.parent; a; a = a.parent) {
    if (ts.isSatisfiesExpression(a) && /Catalogue/.test(a.type.getText())) return true;
    if (ts.isVariableDeclaration(a) && a.type && /^(Catalogue|Message)\b/.test(a.type.getText())) return true;
    if (
      ts.isPropertyAssignment(a) &&
      ts.isIdentifier(a.name) &&
      a.name.text === 'description' &&
      a.parent.parent &&
      ts.isPropertyAssignment(a.parent.parent) &&
      a.parent.parent.name.getText() === 'meta'
    )
      return true;
    if (ts.isCallExpression(a) && a.expression.getText() === 'loadProblemRule' && a.arguments[1] === n) return true;
  }
  return false;
}

describe('report templates: ids, the older two-language form, and an organisation’s own wording', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const folder = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-messages-'));
    dirs.push(dir);
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    return dir;
  };
  const model = { year: 2026, previousYear: 2025, generator: 'lsys test' } as unknown as ReportModel;
  const render = (dir: string, lang: 'sv' | 'en', format: 'html' | 'md' = 'md') =>
    renderReport(model, { format, lang, overrideDirs: [dir] }).replace(/^<!--.*-->\n/, '');

  it('{{t "id" name=value}} fills the named placeholders in both languages', () => {
    const dir = folder({ 'md/layout.hbs': '{{t "utfall" år=year}}|{{t "sammanfattning"}}' });
    expect(render(dir, 'sv')).toBe('Utfall 2026|Sammanfattning');
    expect(render(dir, 'en')).toBe('Outcome 2026|Summary');
  });
  it('the older {{t "sv" "en" arg…}} form still works in an organisation’s own templates', () => {
    const dir = folder({
      'md/layout.hbs': '{{t "Året {0} och {1}" "The year {0} and {1}" year previousYear}}',
      'html/layout.hbs': '<p>{{t "Hej" "Hello"}}</p>',
    });
    expect(render(dir, 'sv')).toBe('Året 2026 och 2025');
    expect(render(dir, 'en')).toBe('The year 2026 and 2025');
    expect(render(dir, 'en', 'html')).toContain('<p>Hello</p>');
  });
  it('an organisation’s messages.yaml rewords a built-in id and adds its own', () => {
    const dir = folder({
      'messages.yaml':
        'sammanfattning:\n  sv: Kort sammanfattning\n  en: Brief summary\negen.rad:\n  sv: "Vår text för {year}"\n  en: "Our text for {year}"\n',
      'md/layout.hbs': '{{t "sammanfattning"}}|{{t "egen.rad" year=year}}|{{t "innehall"}}',
    });
    expect(render(dir, 'sv')).toBe('Kort sammanfattning|Vår text för 2026|Innehåll');
    expect(render(dir, 'en')).toBe('Brief summary|Our text for 2026|Contents');
  });
  it('an unknown id is one clear error in the report’s language, naming file and line', () => {
    const dir = folder({ 'md/layout.hbs': 'x\n{{t "finns-inte"}}' });
    expect(() => render(dir, 'en')).toThrow(
      /layout\.hbs, line 2: the text "finns-inte" \(\{\{t "finns-inte"\}\}\) is not in the templates' messages\.yaml/,
    );
    expect(() => render(dir, 'sv')).toThrow(/layout\.hbs, rad 2: texten "finns-inte"/);
  });
  it('an override with a placeholder the built-in id has not is refused, naming file, id and placeholder', () => {
    const dir = folder({ 'messages.yaml': 'utfall:\n  sv: "Utfall {år} {extra}"\n  en: "Outcome {år}"\n', 'md/layout.hbs': 'x' });
    expect(() => render(dir, 'sv')).toThrow(
      /messages\.yaml: texten "utfall" har platshållaren \{extra\} \(sv\), som lsys inte fyller i för den texten\. Den kan ha: \{år\}\./,
    );
    expect(() => render(dir, 'en')).toThrow(/messages\.yaml: the text "utfall" has the placeholder \{extra\} \(sv\)/);
  });
  it('an override may leave out a placeholder of the built-in id', () => {
    const dir = folder({ 'messages.yaml': 'utfall:\n  sv: "Utfallet"\n  en: "Outcome {år}"\n', 'md/layout.hbs': '{{t "utfall" år=year}}' });
    expect(render(dir, 'sv')).toBe('Utfallet');
    expect(render(dir, 'en')).toBe('Outcome 2026');
  });
  it('a new id whose languages have different placeholders is refused', () => {
    const dir = folder({ 'messages.yaml': 'egen.rad:\n  sv: "Vår text"\n  en: "Our text for {year}"\n', 'md/layout.hbs': 'x' });
    expect(() => render(dir, 'en')).toThrow(/messages\.yaml: the text "egen\.rad" has the placeholder \{year\} in en but not in sv\./);
  });
  it('a messages.yaml entry without English is refused, in the report’s language', () => {
    const dir = folder({ 'messages.yaml': 'sammanfattning:\n  sv: Bara svenska\n', 'md/layout.hbs': '{{t "sammanfattning"}}' });
    expect(() => render(dir, 'en')).toThrow(/messages\.yaml: the text "sammanfattning" needs both sv and en, as text\./);
  });
  // Now worded as lsys.yaml's YAML errors are (was "texterna kan inte läsas: <the yaml package's English>").
  it('a messages.yaml that is not YAML is one line naming the file, line and column', () => {
    const dir = folder({ 'messages.yaml': 'a: [\n', 'md/layout.hbs': 'x' });
    expect(() => render(dir, 'sv')).toThrow(/messages\.yaml:\d+:\d+: YAML-fel: [^\n]+\. Kontrollera/);
  });
});
