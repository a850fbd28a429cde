/**
 * Property: every output format stays well-formed whatever the findings say and whatever the
 * files are called. JUnit parses as XML and gives each attribute back; SARIF validates against
 * the SARIF 2.1.0 schema; a GitHub annotation is one workflow command that GitHub's runner
 * reads back to the same file, position, title and message; stylish keeps each finding on its
 * own row; JSON gives back what it was given. The example-based cases are in test/format/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { formatters } from '../../src/format/index.js';
import { messageWithHint } from '../../src/format/text.js';
import { ctx, resultOf } from '../format/sample.js';
import { parseXml } from '../format/xml-check.js';

const RUNS = { numRuns: 150 };

/** Characters output formats give a meaning to, and the ones a terminal or XML cannot take. */
const SPECIAL = [
  '%',
  '%25',
  '%0A',
  '\n',
  '\r',
  '\r\n',
  ',',
  ':',
  '::',
  '=',
  ';',
  '&',
  '&amp;',
  '<',
  '>',
  ']]>',
  '-->',
  '"',
  "'",
  '|',
  '\\',
  '`',
  '#',
  '?',
  '/',
  ' ',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\ufffe',
  '\uffff',
  'å',
  'Ö',
  '🙂',
  '\u0301',
];
const unit = fc.oneof(
  fc.constantFrom(...SPECIAL),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 }),
);
/** Text of a message or hint: anything, lone surrogates too (a YAML "\ud800" escape puts one in a title). */
const text = fc.oneof(fc.string({ unit, maxLength: 24 }), fc.string({ unit: fc.constantFrom('\ud800', '\udfff', 'a'), maxLength: 4 }));
/**
 * A path as discovery gives it: folders, then a name of any well-formed text. Names read from disk
 * never hold a lone surrogate (Node decodes them as UTF-8), and `/` only separates folders.
 */
const fileName = fc
  .tuple(fc.constantFrom('ledningssystem/', 'ledningssystem/rutiner, 2026 #1/'), fc.string({ unit, maxLength: 16 }))
  .map(([dir, s]) => `${dir}${s.replace(/[\ud800-\udfff/]/g, '')}.md`);

const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  {
    file: fc.oneof(fileName, fc.constant('ledningssystem/rutiner/RUT-001.md')),
    line: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 100_000 })),
    column: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 500 })),
    // Rule ids come from the registry (never empty, no space around them); odd characters all the same.
    rule: fc.oneof(
      fc.constantFrom('review/overdue', 'schema/required', 'link/broken'),
      text.filter((r) => r !== '' && r.trim() === r),
    ),
    severity: fc.constantFrom('error' as const, 'warning' as const),
    message: text,
    hint: text,
    documentId: fc.constantFrom('RUT-001', 'A&B<1>'),
  },
  { requiredKeys: ['file', 'line', 'column', 'rule', 'severity', 'message'] },
);
const findings = fc.array(diagnostic, { maxLength: 8 });
const lang = fc.constantFrom('sv' as const, 'en' as const);

// Controls the formatters show as ⟨U+001B⟩ (CR and LF are escaped or split instead).
const OTHER_CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const shown = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

describe('junit (property)', () => {
  // Characters outside XML 1.0's Char production.
  const notXml = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

  it('parses as XML, with one testcase per finding and every attribute given back', () => {
    fc.assert(
      fc.property(findings, lang, (ds, l) => {
        const els = parseXml(formatters.junit(resultOf(ds), ctx({ lang: l })));
        const cases = els.filter((e) => e.name === 'testcase');
        expect(cases).toHaveLength(Math.max(ds.length, 1));
        if (ds.length === 0) return;
        expect(els[0]!.attrs.failures).toBe(String(ds.filter((d) => d.severity === 'error').length));
        // Findings are grouped by file, in order of first appearance.
        const files = [...new Set(ds.map((d) => d.file))];
        const ordered = files.flatMap((f) => ds.filter((d) => d.file === f));
        ordered.forEach((d, i) => {
          const c = cases[i];
          if (!notXml.test(d.file)) expect(c!.attrs.classname).toBe(d.file);
          const failure = els.find((e) => e.name === 'failure' && e.parent === c);
          expect(failure !== undefined).toBe(d.severity === 'error');
          if (failure && !notXml.test(d.message)) expect(failure.attrs.message).toBe(d.message);
        });
      }),
      RUNS,
    );
  });
});

describe('sarif (property)', () => {
  // The official schema, loaded as test/format/sarif.test.ts does (see there for the two fixes).
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete schema.$schema;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema and gives each finding back', () => {
    fc.assert(
      fc.property(findings, lang, fc.constantFrom('', 'kvalitet/', 'mapp med å/'), (ds, l, prefix) => {
        const log = JSON.parse(formatters.sarif(resultOf(ds), ctx({ lang: l, pathPrefix: prefix })));
        const valid = validate(log);
        expect(valid ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
        const results = log.runs[0].results;
        expect(results).toHaveLength(ds.length);
        ds.forEach((d, i) => {
          const r = results[i];
          expect(r.ruleId).toBe(d.rule);
          expect(r.message.text).toBe(messageWithHint(d));
          const loc = r.locations[0].physicalLocation;
          // %SRCROOT% + uri is the file itself: nothing in a name turns into a query, a fragment or another folder.
          const resolved = new URL(loc.artifactLocation.uri, 'file:///repo/');
          expect([resolved.search, resolved.hash]).toEqual(['', '']);
          expect(decodeURIComponent(resolved.pathname)).toBe(`/repo/${prefix}${d.file}`);
          expect(loc.region?.startLine).toBe(d.line >= 1 ? d.line : undefined);
        });
      }),
      RUNS,
    );
  });
});

/** A workflow command read back as GitHub's runner does (actions/runner ActionCommand.TryParseV2). */
function parseCommand(line: string): { command: string; props: Record<string, string>; data: string } | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const props: Record<string, string> = {};
  if (space >= 0) {
    // Split(',', RemoveEmptyEntries), then Split('=', count: 2, RemoveEmptyEntries): a pair needs a key and a value.
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      if (eq > 0 && eq < pair.length - 1) props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
  }
  return { command, props, data: unescape(line.slice(end + 2), false) };
}

/** The runner's unescaping, in its order: %0D, %0A, (%3A, %2C,) then %25. */
function unescape(s: string, property: boolean): string {
  const pairs: Array<[string, string]> = [
    ['%0D', '\r'],
    ['%0A', '\n'],
    ...(property
      ? ([
          ['%3A', ':'],
          ['%2C', ','],
        ] as Array<[string, string]>)
      : []),
    ['%25', '%'],
  ];
  return pairs.reduce((acc, [from, to]) => acc.split(from).join(to), s);
}

describe('github (property)', () => {
  it('writes one workflow command per finding that GitHub reads back to the same file, position, title and message', () => {
    fc.assert(
      fc.property(findings, lang, (ds, l) => {
        const lines = formatters.github(resultOf(ds), ctx({ lang: l })).split('\n');
        // One command per finding, then the summary and the final newline.
        expect(lines).toHaveLength(ds.length + 2);
        expect(lines.at(-1)).toBe('');
        ds.forEach((d, i) => {
          expect(lines[i]).not.toMatch(RAW_CONTROL);
          const cmd = parseCommand(lines[i]!);
          expect(cmd?.command).toBe(d.severity);
          const visible = (s: string) => s.replace(OTHER_CONTROLS, shown);
          const expected: Record<string, string> = { file: visible(d.file) };
          if (d.line >= 1) {
            expected.line = String(d.line);
            if (d.column >= 1) expected.col = String(d.column);
          }
          expected.title = visible(d.rule);
          expect(cmd?.props).toEqual(expected);
          expect(cmd?.data).toBe(visible(messageWithHint(d)));
        });
        expect(lines[ds.length]).toMatch(/^[✔✖] /);
      }),
      RUNS,
    );
  });
});

describe('stylish (property)', () => {
  const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, shown);

  it('keeps one finding per row: file headings and rule ids on one line, no control characters', () => {
    fc.assert(
      fc.property(findings, lang, (ds, l) => {
        const lines = formatters.stylish(resultOf(ds), ctx({ lang: l })).split('\n');
        for (const line of lines) expect(line).not.toMatch(RAW_CONTROL);
        const sev = l === 'sv' ? { error: 'fel', warning: 'varning' } : { error: 'error', warning: 'warning' };
        let i = 0;
        for (const file of new Set(ds.map((d) => d.file))) {
          expect(lines[i++]).toBe(oneLine(file));
          for (const d of ds.filter((x) => x.file === file)) {
            const row = lines[i++];
            expect(row!.startsWith('  ') && row!.trimStart().startsWith(`${d.line}:${d.column}`), row).toBe(true);
            expect(row!.trimStart().slice(`${d.line}:${d.column}`.length).trimStart().startsWith(sev[d.severity]), row).toBe(true);
            // A line break in a message is shown as ⟨U+000A⟩: the finding stays one row.
            expect(row!.endsWith(`  ${oneLine(d.rule)}`), row).toBe(true);
            if (d.hint !== undefined && d.hint !== '') {
              // A line break in a hint is shown as ⟨U+000A⟩: the hint stays one line.
              expect(lines[i++]!.startsWith('    → ')).toBe(true);
            }
          }
          expect(lines[i++]).toBe('');
        }
        expect(lines[i++]).toMatch(/^[✔✖] /);
        expect(lines[i++]).toBe('');
        expect(lines).toHaveLength(i);
      }),
      RUNS,
    );
  });
});

describe('json (property)', () => {
  it('parses and gives every finding back', () => {
    fc.assert(
      fc.property(findings, (ds) => {
        const out = JSON.parse(formatters.json(resultOf(ds), ctx()));
        expect(out.diagnostics).toEqual(ds.map((d) => ({ ...d })));
      }),
      RUNS,
    );
  });
});
