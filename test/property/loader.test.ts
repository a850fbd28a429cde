/**
 * Property: the loader never throws. Whatever bytes a file holds — binary, broken UTF-8,
 * frontmatter of arbitrary YAML, YAML built from arbitrary values — loading it gives a
 * document whose problems all carry a position inside the file, which can be sent to a
 * worker thread and back; and a repository of such files is validated without a check
 * crashing. The example-based cases are in test/bad-input.test.ts.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadItem } from '../../src/core/load.js';
import { wordReport } from '../../src/core/messages.js';
import type { LoadProblem, LocalRule, ParsedDocument, Report, Text } from '../../src/core/types.js';
import { ruleById } from '../../src/rules/index.js';
import { check, doc, rutin, RUTIN_BODY } from '../helpers/repo.js';

const FILE = 'ledningssystem/rutiner/RUT-001.md';
const enc = new TextEncoder();

function load(bytes: Uint8Array): ParsedDocument {
  return loadItem({ file: FILE, absPath: `/repo/${FILE}`, bytes });
}

/** Lines in the file as an editor counts them (a last line without newline counts). */
function lineCount(bytes: Uint8Array): number {
  let n = 1;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}

/** What the rule named by a load problem reports for it. */
function wordsOf(d: ParsedDocument, p: LoadProblem): Array<Omit<Report, 'doc' | 'file'> & { message: Text }> {
  const said: Array<Omit<Report, 'doc' | 'file'> & { message: Text }> = [];
  const rule = ruleById.get(p.rule) as LocalRule;
  rule.run({
    config: { rubriker: {}, risk: undefined } as never,
    catalog: undefined as never,
    doc: { ...d, problems: [p] },
    report: (r) => said.push(wordReport(rule.meta.messages, r)),
  });
  return said;
}

/** What must hold for any loaded document. */
function sane(bytes: Uint8Array, d: ParsedDocument): void {
  const lines = lineCount(bytes);
  for (const p of d.problems) {
    expect(p.at.line, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    expect(p.at.line, JSON.stringify(p)).toBeLessThanOrEqual(lines);
    expect(p.at.column, JSON.stringify(p)).toBeGreaterThanOrEqual(1);
    // The loader gives a code and data; the rule named in `rule` words it in both languages.
    const said = wordsOf(d, p);
    expect(said, JSON.stringify(p)).toHaveLength(1);
    expect(typeof said[0]!.message.sv === 'string' && typeof said[0]!.message.en === 'string').toBe(true);
  }
  expect(d.bodyLine).toBeGreaterThanOrEqual(1);
  // A parsed document travels from a worker thread to the main thread.
  expect(() => structuredClone(d)).not.toThrow();
}

/** Pieces YAML gives meaning to, and the field names lsys reads: nastier than random characters. */
const YAML_TOKENS = [
  'id',
  'typ',
  'titel',
  'status',
  'version',
  'ägare',
  'revideras',
  'lagrum',
  'aktiviteter',
  'risker',
  '__proto__',
  'constructor',
  ':',
  ': ',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n- ',
  '- ',
  '\t',
  ',',
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '!!str ',
  '!!map ',
  '!tag ',
  '!<x> ',
  '|',
  '|-',
  '>',
  '>+',
  '"',
  "'",
  '"\\ud800"',
  '"\\u00e5\\n"',
  '#',
  ' # kommentar',
  '%YAML 1.2\n',
  '---',
  '...',
  '? ',
  'rutin',
  'RUT-001',
  'fastställd',
  '2026-01-01',
  '1.10',
  '0x1F',
  'null',
  '~',
  'true',
  '.inf',
  '-',
  'å',
  '🙂',
  '\u00a0',
  '\u200b',
  '\r\n',
  '\\',
  '@',
  '`',
];
const yamlText = fc.array(fc.constantFrom(...YAML_TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const body = fc
  .array(
    fc.constantFrom(
      '# Rubrik\n',
      '## Syfte\n',
      'Text ',
      '[länk](RUT-002.md#syfte)',
      '](',
      '<',
      '\n',
      '```\n',
      '| a | b |\n',
      '19121212-1212',
      '\u0000',
    ),
    {
      maxLength: 12,
    },
  )
  .map((t) => t.join(''));
/** A frontmatter block around `yaml`, sometimes not closed, sometimes with a BOM or CRLF line ends. */
const withFrontmatter = (yaml: fc.Arbitrary<string>) =>
  fc
    .record({ yaml, body, close: fc.boolean(), bom: fc.boolean(), crlf: fc.boolean(), opener: fc.constantFrom('---', '---yaml', '--- ') })
    .map(({ yaml, body, close, bom, crlf, opener }) => {
      const text = `${bom ? '\uFEFF' : ''}${opener}\n${yaml}\n${close ? '---\n' : ''}${body}`;
      return enc.encode(crlf ? text.replace(/\n/g, '\r\n') : text);
    });

/** Values as YAML can write them: keys of any text, nested lists and maps, odd scalars. */
const key = fc.oneof(
  fc.constantFrom('id', 'typ', 'titel', 'aktiviteter', 'lagrum', '__proto__', 'toString', ''),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const scalar = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-02-30', '1.10', 'RUT-001', 'SOSFS 2011:9 4 kap. 2 §'),
);
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 5 }),
  ),
}));

describe('the loader (property)', () => {
  it('never throws on arbitrary bytes, also after a frontmatter line', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.uint8Array({ maxLength: 600 }).map((b) => new Uint8Array([...enc.encode('---\nid: RUT-001\n'), ...b])),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        sane(b, load(b));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary YAML in the frontmatter', () => {
    const files = withFrontmatter(yamlText);
    fc.assert(
      fc.property(files, (b) => {
        sane(b, load(b));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on YAML written from arbitrary values', () => {
    const files = withFrontmatter(value.map((v) => stringify(v, { lineWidth: 0 })));
    fc.assert(
      fc.property(files, (b) => {
        sane(b, load(b));
      }),
      { numRuns: 200 },
    );
  });

  it('validates a repository of such files without a check crashing', async () => {
    const broken = fc.oneof(
      withFrontmatter(yamlText),
      withFrontmatter(value.map((v) => stringify(v, { lineWidth: 0 }))),
      fc.uint8Array({ maxLength: 200 }),
    );
    const good = enc.encode(doc(rutin('RUT-002', { process: undefined }), RUTIN_BODY));
    await fc.assert(
      fc.asyncProperty(fc.array(broken, { minLength: 1, maxLength: 3 }), async (docs) => {
        const files: Record<string, Buffer> = { 'ledningssystem/RUT-002.md': Buffer.from(good) };
        docs.forEach((b, i) => (files[`ledningssystem/d${i}.md`] = Buffer.from(b)));
        const diags = await check(files);
        const crashed = diags.filter((d) => /kraschade|crashed/.test(d.message));
        expect(crashed).toEqual([]);
        for (const d of diags) expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 25 },
    );
  });
});
