/**
 * The fast Markdown facts (markdown-it) must equal the reference (micromark, the parser under
 * remark): the same headings, anchors and links at the same line and column.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/core/markdown.js';
import { splitFrontmatter } from '../../src/core/frontmatter.js';
import { micromarkFacts } from '../helpers/micromark-facts.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : n.endsWith('.md') ? [p] : [];
  });
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const files = [...walk(join(ROOT, 'examples')), ...walk(join(ROOT, 'init')).filter((f) => f.endsWith('.md'))];

const CASES: Record<string, string> = {
  'atx and setext headings, closing hashes, repeats': '# Syfte\n\nText\n\n## Syfte ##\n\nSetext\n======\n\nOch andra\n---------\n',
  'inline code, entities and escapes in headings': '## `kod` &amp; \\*stjärna\\* – Åtgärd!\n',
  'links in lists, quotes, tables and emphasis':
    '- en [länk](a.md#genomförande) i en lista\n\n> citat [b](../b.md)\n\n| a | b |\n|---|---|\n| [c](c.md) | text [d](d.md#x) |\n\n*betonad [e](e.md)*\n',
  'reference links and definitions': 'Se [rutinen][r] och [r].\n\n[r]: rutiner/RUT-001.md#ansvar\n',
  'images and autolinks': '![bild](bild.png) <https://example.invalid> [t](<med mellanslag.md>)\n',
  'links across line breaks': 'Första raden och\nen [länk som\nbryts](x.md) här.\n',
  'code blocks hide links and headings': '```\n# inte rubrik\n[inte](länk.md)\n```\n\n    [indrag](kod.md)\n',
  'raw html': '<div>\n[inte länk](a.md)\n</div>\n\nText <b>[länk](b.md)</b>\n',
  'percent-encoded and Swedish fragments': '[a](RUT-001.md#genomf%C3%B6rande) [b](#%C3%A5tg%C3%A4rder)\n',
};

describe('markdown facts: markdown-it equals micromark', () => {
  it.each(Object.entries(CASES))('%s', (_name, text) => {
    expect(extractFacts(text, 3)).toEqual(micromarkFacts(text, 3));
  });

  it.each(files.map((f) => [f.slice(ROOT.length), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const { body } = splitFrontmatter(text);
    const offset = text.slice(0, text.length - body.length).split('\n').length - 1;
    expect(extractFacts(body, offset)).toEqual(micromarkFacts(body, offset));
  });
});

const GENERATOR = join(ROOT, 'bench/generate.mjs');
describe.skipIf(!existsSync(GENERATOR))('markdown facts on a generated corpus', () => {
  it('markdown-it equals micromark on 300 generated documents', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-md-'));
    try {
      execFileSync(process.execPath, [GENERATOR, '--out', dir, '--n', '300', '--seed', '3'], { stdio: 'ignore' });
      for (const file of walk(join(dir, 'ledningssystem'))) {
        const text = readFileSync(file, 'utf8');
        const { body } = splitFrontmatter(text);
        const offset = text.slice(0, text.length - body.length).split('\n').length - 1;
        expect(extractFacts(body, offset), file).toEqual(micromarkFacts(body, offset));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/**
 * A long paragraph with many links: a link's line and column come from a line index built
 * once per inline text (they were found by scanning from the paragraph's start for every link,
 * 55 s for 8 MB). No time is asserted; the work is done on the big input, and every position
 * is checked against one found independently in the source.
 */
describe('markdown facts in a long paragraph with many links', () => {
  function paragraph(n: number, breakEvery: number): { text: string; expected: string[] } {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      parts.push(
        `text om rutinen, se [länk ${i}](rutiner/RUT-${i % 1000}.md#genomförande) och${i % breakEvery === breakEvery - 1 ? '\n' : ' '}`,
      );
    }
    const text = `# Rubrik\n\n${parts.join('')}`;
    // Independently: walk the source line by line and note where each "[länk" starts.
    const expected: string[] = [];
    text.split('\n').forEach((line, l) => {
      for (let c = line.indexOf('[länk '); c !== -1; c = line.indexOf('[länk ', c + 1)) expected.push(`${l + 1 + 5}:${c + 1}`);
    });
    return { text, expected };
  }

  it.each([
    ['soft line breaks every 4 links (8 MB, 100,000 links)', 100_000, 4],
    ['one single line (2 MB, 25,000 links)', 25_000, Infinity],
  ])('%s', (_name, n, breakEvery) => {
    const { text, expected } = paragraph(n, breakEvery);
    const { links } = extractFacts(text, 5);
    expect(links.length).toBe(n);
    expect(links.map((l) => `${l.at.line}:${l.at.column}`)).toEqual(expected);
    expect(links[n - 1]!.url).toBe(`rutiner/RUT-${(n - 1) % 1000}.md#genomförande`);
  });

  it('equals micromark on a smaller paragraph of the same kind', () => {
    const { text } = paragraph(2_000, 3);
    expect(extractFacts(text, 2)).toEqual(micromarkFacts(text, 2));
  });
});
