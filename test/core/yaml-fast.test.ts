/**
 * The fast frontmatter path (src/core/yaml-fast.ts, js-yaml's event parser) against the `yaml`
 * package (frontmatter.ts parseWithYaml): whenever the fast path answers, its value and its
 * positions (the packed strings, order included) are the ones `yaml` gives, and `yaml` found
 * no problem. Checked on every document lsys ships (the example, init's templates) and on
 * generated frontmatter full of YAML's corners.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseWithYaml, splitFrontmatter } from '../../src/core/frontmatter.js';
import { fastFrontmatter } from '../../src/core/yaml-fast.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** The fast path's answer, or undefined; when it answers, it must be yaml's. */
function agrees(raw: string): 'fast' | 'slow' {
  const fast = fastFrontmatter(raw, 128);
  if (!fast) return 'slow';
  const slow = parseWithYaml(raw);
  expect(slow.problems, raw).toEqual([]);
  expect(fast.value, raw).toEqual(slow.value);
  expect(fast.positions, raw).toEqual(slow.positions);
  return 'fast';
}

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === '.git' || e.name === 'site') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...markdownFiles(p));
    else if (e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

describe('fast frontmatter path', () => {
  it('gives yaml’s value and positions for every document of the example and of lsys init', () => {
    let fast = 0;
    const files = [...markdownFiles(join(ROOT, 'examples')), ...markdownFiles(join(ROOT, 'init'))];
    for (const f of files) {
      const raw = splitFrontmatter(readFileSync(f, 'utf8').replace(/\r\n/g, '\n')).raw;
      if (raw !== undefined && agrees(raw) === 'fast') fast++;
    }
    // Nearly all of them take the fast path (the point of it).
    expect(fast).toBeGreaterThan(files.length * 0.8);
  });

  it('agrees on the corners it answers, and leaves the rest to yaml', () => {
    const fastCases = [
      '\nid: RUT-001\nversion: 1.10\nsosfs: [3:1, 4:2]\n',
      '\n"titel med: kolon": x\n\'enkel\': "dubbel \\t tab"\n',
      '\nlista:\n  - a\n  - "b"\n  - { c: d, e: [f, g] }\n  - - h\n    - i\n',
      '\ntom:\ntext: >-\n  vikt\n  rad\nlit: |\n  a\n\n  b\n',
      '\nlång: en rad\n  som fortsätter\n# kommentar\nsist: x # kommentar\n',
      '\nprocent: 50 %\nhash: a#b\nfråga: ja?\n',
      '\na:\n- x\n- y\nb: []\nc: {}\n',
    ];
    for (const c of fastCases) expect(agrees(c), c).toBe('fast');
    const slowCases = [
      '\nid: A\nid: B\n', // duplicate key
      '\na: &x 1\nb: *x\n', // anchors, aliases
      '\na: !!str 1\n', // tags
      '\n? a\n: b\n', // explicit key
      '\na: {b}\n', // null in a flow mapping
      '\nlista:\n  -\n  - x\n', // empty item
      '\nlista:\n  - |\n    text\n', // block scalar as item
      '\na: b: c\n', // syntax error
      '\n\ta: b\n', // tab indentation
      '\n[a, b]: c\n', // a collection as key
      '\n__proto__: x\n',
      '\n- a\n- b\n', // not a mapping
      '\n',
      '\n%YAML 1.2\n---\na: b\n',
      `\n${'k'.repeat(1100)}: v\n`,
    ];
    for (const c of slowCases) expect(agrees(c), c).toBe('slow');
  });

  it('agrees with yaml on generated frontmatter (values, positions, and errors left to yaml)', () => {
    const key = fc.oneof(
      fc.constantFrom('id', 'typ', 'titel', 'ägare', 'sosfs', 'gäller_för', 'a b', 'x:y', 'q?', 'n1', '-k', '#k', 'k#', '"k"', "'k'"),
      fc.stringMatching(/^[a-zåäö_][a-zåäö0-9_ -]{0,8}$/),
    );
    const scalar = fc.oneof(
      fc.constantFrom(
        'RUT-001',
        '1.10',
        '2026-01-10',
        'yes',
        '~',
        'null',
        '',
        '"citat"',
        "'apostrof''s'",
        '"tab\\tx"',
        'a: b',
        'a #c',
        'a#c',
        '&a x',
        '*a',
        '!x y',
        '[a, b]',
        '{a: b}',
        '{a}',
        '- x',
        '|',
        '>',
        '@x',
        '`x',
        '%x',
        'x\ty',
        '"oavslutad',
        "'oavslutad",
        '[oavslutad',
        'ä ö å',
        '3:1',
        'http://x.se/a?b=c#d',
      ),
      fc.stringMatching(/^[^\n]{0,12}$/),
    );
    const indent = fc.constantFrom('', ' ', '  ', '    ', '\t');
    type Line = string;
    const line: fc.Arbitrary<Line[]> = fc.oneof(
      fc.tuple(indent, key, scalar).map(([i, k, v]) => [`${i}${k}: ${v}`]),
      fc.tuple(indent, key).map(([i, k]) => [`${i}${k}:`]),
      fc.tuple(indent, scalar).map(([i, v]) => [`${i}- ${v}`]),
      fc.tuple(indent, key, scalar).map(([i, k, v]) => [`${i}- ${k}: ${v}`]),
      fc.tuple(indent, key, fc.array(scalar, { maxLength: 3 })).map(([i, k, vs]) => [`${i}${k}: [${vs.join(', ')}]`]),
      fc.tuple(indent, key, scalar, scalar).map(([i, k, a, b]) => [`${i}${k}: { a: ${a}, b: ${b} }`]),
      fc.tuple(indent, key, fc.constantFrom('|', '>', '|-', '>+'), scalar).map(([i, k, s, v]) => [`${i}${k}: ${s}`, `${i}  ${v}`]),
      fc.constantFrom('# kommentar', '', '...', '---').map((l) => [l]),
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const raw = `\n${lines.flat().join('\n')}\n`;
        if (agrees(raw) === 'fast') answered++;
      }),
      { numRuns: 3000 },
    );
    // Line soup is mostly not YAML; it still reaches the fast path often enough to mean something.
    expect(answered).toBeGreaterThan(100);
  });

  it('agrees with yaml on generated nested frontmatter in block and flow style', () => {
    const plain = fc.oneof(
      fc.constantFrom('RUT-001', '1.10', '2026-01-10', 'yes', 'a b', 'ä-ö å', '3:1', 'x#y', '50 %', 'slut.', 'a:b', 'http://x.se/#a'),
      fc.stringMatching(/^[a-zåäö0-9][a-zåäö0-9 .,/-]{0,10}$/).map((s) => s.trimEnd()),
    );
    const scalar = fc.oneof(
      plain,
      plain.map((s) => `"${s.replace(/"/g, '\\"')}"`),
      plain.map((s) => `'${s.replace(/'/g, "''")}'`),
      fc.constantFrom('""', "''", '"rad\\nbryt"', '"tab\\t"'),
    );
    const keyText = fc.oneof(
      fc.constantFrom('id', 'titel', 'gäller_för', 'a b', 'n1', 'x.y'),
      fc.stringMatching(/^[a-zåäö][a-zåäö0-9_]{0,6}$/),
    );
    const key = fc.oneof({ weight: 4, arbitrary: keyText }, { weight: 1, arbitrary: keyText.map((k) => `"${k}"`) });
    type Value = { s: string } | { m: Array<[string, Value]> } | { l: Value[] } | { fl: string[] } | { fm: Array<[string, string]> };
    const { value } = fc.letrec<{ value: Value }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar.map((s): Value => ({ s })),
        fc.array(fc.tuple(key, tie('value')), { minLength: 1, maxLength: 4 }).map((m): Value => ({ m })),
        fc.array(tie('value'), { minLength: 1, maxLength: 4 }).map((l): Value => ({ l })),
        fc.array(scalar, { maxLength: 4 }).map((fl): Value => ({ fl })),
        fc.array(fc.tuple(keyText, scalar), { maxLength: 3 }).map((fm): Value => ({ fm })),
      ),
    }));
    /** Lines of a value that follows `head` ("key:" or "-"), indented by `pad`. */
    const render = (head: string, v: Value, pad: string): string[] => {
      if ('s' in v) return [`${pad}${head} ${v.s}`];
      if ('fl' in v) return [`${pad}${head} [${v.fl.join(', ')}]`];
      if ('fm' in v) return [`${pad}${head} { ${v.fm.map(([k, s]) => `${k}: ${s}`).join(', ')} }`];
      const inner = head === '-' ? `${pad}  ` : `${pad}  `;
      const lines = 'm' in v ? v.m.flatMap(([k, x]) => render(`${k}:`, x, inner)) : v.l.flatMap((x) => render('-', x, inner));
      return [`${pad}${head}`, ...lines];
    };
    let answered = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 5 }), fc.boolean(), (entries, comment) => {
        const lines = entries.flatMap(([k, v]) => render(`${k}:`, v, ''));
        if (comment) lines.splice(1, 0, '# kommentar');
        const raw = `\n${lines.join('\n')}\n`;
        if (agrees(raw) === 'fast') answered++;
      }),
      { numRuns: 2000 },
    );
    // Well-formed input with unique keys: most of it takes the fast path.
    expect(answered).toBeGreaterThan(1000);
  });

  it('parseFrontmatter itself gives the same result on either path', () => {
    const raw = '\nid: RUT-001\nlista:\n  - a\n  - { b: c }\n';
    expect(parseFrontmatter(raw)).toEqual(parseWithYaml(raw));
  });
});
