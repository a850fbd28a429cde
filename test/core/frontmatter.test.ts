/** Frontmatter parsing (src/core/frontmatter.ts, positions by src/core/yaml-pos.ts): values stay text, problems are codes with data. */
import { describe, expect, it } from 'vitest';
import { lenientId, lineAt, parseFrontmatter, splitFrontmatter } from '../../src/core/frontmatter.js';
import { findPosition } from '../../src/core/positions.js';

describe('parseFrontmatter', () => {
  it('keeps every value as the text written (failsafe schema) and knows where each key stands', () => {
    const raw = splitFrontmatter(
      '---\nid: RUT-001\nversion: 1.10\nfastställd: 2026-01-10\nrutiner:\n  - RUT-002\n  - { id: X, ja: yes }\n---\n# Rubrik\n',
    ).raw!;
    const parsed = parseFrontmatter(raw);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({
      id: 'RUT-001',
      version: '1.10',
      fastställd: '2026-01-10',
      rutiner: ['RUT-002', { id: 'X', ja: 'yes' }],
    });
    // The raw text starts on the file's first line: positions are the file's.
    expect(findPosition(parsed.positions, ['version'])).toEqual({ line: 3, column: 1 });
    expect(findPosition(parsed.positions, ['rutiner', 1, 'ja'])).toEqual({ line: 7, column: 14 });
    // A path that does not exist falls back to its nearest ancestor.
    expect(findPosition(parsed.positions, ['rutiner', 0, 'saknas'])).toEqual({ line: 6, column: 5 });
  });

  it('an empty block is an empty mapping', () => {
    expect(parseFrontmatter('\n')).toMatchObject({ value: {}, problems: [] });
  });

  it('a quote that is never closed is reported where it opens, not where the text ends', () => {
    const parsed = parseFrontmatter('\nid: RUT-007\ntitel: "Förebygga fall\nstatus: fastställd\nversion: 1.0\n');
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ data: { code: 'MISSING_CHAR' }, at: { line: 3, column: 8 } });
    // Other problems stay where yaml puts them.
    expect(parseFrontmatter('\nid: RUT-007\nsosfs: [3:1, 4:2\n').problems[0]).toMatchObject({ code: 'syntax' });
  });

  it('a duplicate key is named (as written, quotes taken off)', () => {
    expect(parseFrontmatter('\nid: RUT-001\ntitel: A\ntitel: B\n').problems[0]).toMatchObject({ data: { key: 'titel' }, at: { line: 4 } });
    expect(parseFrontmatter('\nid: RUT-001\n"a b": 1\n"a b": 2\n').problems[0]).toMatchObject({ data: { key: 'a b' } });
  });

  it('a tab in the indentation is one problem, at the tab, not also the block around it', () => {
    const parsed = parseFrontmatter('\nid: RUT-001\nlagrum:\n  - SoL\n\t- HSL\ntitel: X\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map((p) => [(p as { data?: { code?: string } }).data?.code, p.at.line])).toEqual([['TAB_AS_INDENT', 5]]);
  });

  it("a YAML error is a code with the yaml package's code and message, at its position, and no value", () => {
    const parsed = parseFrontmatter('\nid: RUT-001\nid: RUT-002\n');
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({
      rule: 'frontmatter/yaml',
      code: 'syntax',
      data: { code: 'DUPLICATE_KEY' },
      at: { line: 3, column: 1 },
    });
  });

  it('too many aliases is a problem, not an exception', () => {
    const raw =
      '\na: &a [x, x, x, x, x, x, x, x, x, x]\n' +
      Array.from(
        { length: 12 },
        (_, i) =>
          `b${i}: &b${i} [${Array(10)
            .fill(i === 0 ? '*a' : `*b${i - 1}`)
            .join(', ')}]`,
      ).join('\n') +
      '\n';
    expect(parseFrontmatter(raw).problems.map((p) => p.code)).toEqual(['too-many-aliases']);
  });

  it('refuses frontmatter nested too deeply before parsing it', () => {
    const parsed = parseFrontmatter(`\nx: ${'['.repeat(100)}${']'.repeat(100)}\n`);
    expect(parsed.problems).toEqual([
      { rule: 'frontmatter/yaml', code: 'too-big', data: { maxChars: 1_000_000, maxDepth: 64 }, at: { line: 2, column: 1 } },
    ]);
    expect(parsed.value).toBeUndefined();
  });
});

describe('lenientId and lineAt', () => {
  it("finds a top-level id of the contract's form, quoted or with a comment, and nothing else", () => {
    expect(lenientId('titel: x\nid: "RUT-004" # rutin\n\tbad: [')).toBe('RUT-004');
    expect(lenientId('  id: RUT-004\n')).toBeUndefined();
    expect(lenientId('id: rutin-fyra\n')).toBeUndefined();
  });

  it('counts lines up to an offset', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});
