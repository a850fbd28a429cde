/**
 * Relative links in quoted document text point where they pointed from the document: they are
 * rewritten for the report's folder (the repository root, or wherever --output puts it), in
 * HTML and Markdown alike, and kept as text when the report has no folder (/dev/stdout).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { isRelativeUrl, relinkMarkdown, relinkUrl } from '../../src/report/links.js';
import { markdownToHtml } from '../../src/report/markdown-html.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/solbacka/', import.meta.url));
const SAM = 'ledningssystem/sammanstallningar';
const from = '/repo/ledningssystem/sammanstallningar';

describe('relinkUrl', () => {
  it.each([
    ['../rutiner/RUT-007.md#förebyggande', '/repo', 'ledningssystem/rutiner/RUT-007.md#förebyggande'],
    ['../rutiner/RUT-007.md', '/repo/rapporter/2026', '../../ledningssystem/rutiner/RUT-007.md'],
    ['bilaga.md?x=1#a', '/repo', 'ledningssystem/sammanstallningar/bilaga.md?x=1#a'],
    ['../egen%20kontroll/EGK%202.md', '/repo', 'ledningssystem/egen%20kontroll/EGK%202.md'],
    ['./', '/repo/ledningssystem/sammanstallningar', './'],
  ])('%s from the document, report in %s → %s', (url, to, expected) => {
    expect(relinkUrl(url, { from, to })).toBe(expected);
  });

  it.each(['https://example.se/x', 'mailto:a@b.se', '//cdn.example.se/x', '/abs/x.md', '#rubrik', 'HTTP://EXAMPLE.SE'])(
    'leaves %s alone',
    (url) => {
      expect(isRelativeUrl(url)).toBe(false);
      expect(relinkUrl(url, { from, to: '/repo' })).toBe(url);
      expect(relinkUrl(url, { from })).toBe(url);
    },
  );

  it('no folder for the report: null (shown as text); no base at all: as written', () => {
    expect(relinkUrl('../a.md', { from })).toBeNull();
    expect(relinkUrl('../a.md', undefined)).toBe('../a.md');
  });
});

describe('relinkMarkdown', () => {
  const md = [
    'Se [rutinen (ny)](../rutiner/RUT-007.md#förebyggande "Rutin") och [ref][r], <https://example.se/a>, [extern](https://example.se/b).',
    '',
    '`[kod](../inte.md)` och ![karta](bilder/karta.png)',
    '',
    '    [indraget](../inte.md)',
    '',
    '[r]: <../egen kontroll/EGK 2.md>',
  ].join('\n');

  it('rewrites inline links, images and definitions, nothing in code', () => {
    expect(relinkMarkdown(md, { from, to: '/repo' })).toBe(
      [
        'Se [rutinen (ny)](ledningssystem/rutiner/RUT-007.md#förebyggande "Rutin") och [ref][r], <https://example.se/a>, [extern](https://example.se/b).',
        '',
        '`[kod](../inte.md)` och ![karta](ledningssystem/sammanstallningar/bilder/karta.png)',
        '',
        '    [indraget](../inte.md)',
        '',
        '[r]: ledningssystem/egen%20kontroll/EGK%202.md',
      ].join('\n'),
    );
  });

  it('without a folder for the report, an inline relative link is its text and address', () => {
    const out = relinkMarkdown(md, { from });
    expect(out).toContain('Se rutinen (ny) (../rutiner/RUT-007.md#förebyggande) och');
    expect(out).toContain('[extern](https://example.se/b)');
    expect(out).toContain('karta (bilder/karta.png)');
  });
});

describe('markdownToHtml with a link base', () => {
  it('rewrites <a href> from Markdown and raw HTML; keeps absolute links; text without a folder', () => {
    const md = '[a](../rutiner/RUT-007.md#x) <a href="../rutiner/RUT-001.md">b</a> [c](https://example.se)';
    expect(markdownToHtml(md, 2, { from, to: '/repo' })).toBe(
      '<p><a href="ledningssystem/rutiner/RUT-007.md#x">a</a> <a href="ledningssystem/rutiner/RUT-001.md">b</a> <a href="https://example.se">c</a></p>',
    );
    expect(markdownToHtml(md, 2, { from })).toBe(
      '<p>a (../rutiner/RUT-007.md#x) b (../rutiner/RUT-001.md) <a href="https://example.se">c</a></p>',
    );
  });
});

describe('lsys report: links in a sammanställning’s analysis', () => {
  let repo: string;
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'lsys-report-links-'));
    cpSync(EXAMPLE, repo, { recursive: true, filter: notGenerated });
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  const run = (args: string[]) => runCli(['report', '--cwd', repo, '--today', '2027-01-20', '--no-git', ...args]);

  /** Every relative link the report makes to a .md file resolves to an existing file from the report's folder. */
  function linksResolve(text: string, reportFile: string, pattern: RegExp): string[] {
    const links = [...text.matchAll(pattern)].map((m) => m[1]!).filter((u) => isRelativeUrl(u) && /\.md(#|$)/.test(u));
    expect(links.length).toBeGreaterThan(0);
    for (const u of links) expect(existsSync(resolve(dirname(reportFile), decodeURIComponent(u.replace(/#.*$/, '')))), u).toBe(true);
    return links;
  }

  it.each([
    ['html', 'kvalitetsberattelse-2026.html', /href="([^"]+)"/g],
    ['md', 'kvalitetsberattelse-2026.md', /\]\(([^)\s]+)\)/g],
    ['html', 'rapporter/2026/kb.html', /href="([^"]+)"/g],
    ['md', 'rapporter/2026/kb.md', /\]\(([^)\s]+)\)/g],
  ] as const)('%s report at %s: the links lead to the documents', async (format, file, pattern) => {
    const out = join(repo, file);
    mkdirSync(dirname(out), { recursive: true });
    const r = await run(['--format', format, '--output', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const links = linksResolve(text, out, pattern);
    expect(
      links.some((u) => decodeURIComponent(u).endsWith('RUT-007-hot-och-vald.md#förebyggande')),
      links.join(' '),
    ).toBe(true);
    expect(text).not.toContain('](../rutiner/');
    expect(text).not.toContain('href="../rutiner/');
  });

  it.each(['html', 'md'])('%s to /dev/stdout: a relative link is kept as text, not as a link to nowhere', async (format) => {
    const r = await run(['--format', format, '--output', '/dev/stdout']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rutinen om hot och våld (../rutiner/RUT-007-hot-och-vald.md#förebyggande)');
    expect(r.stdout).not.toMatch(/href="\.\.\/rutiner|\]\(\.\.\/rutiner/);
  });

  it('the analysis is the same text; only its links differ', () => {
    expect(readFileSync(join(EXAMPLE, SAM, 'SAM-002-2026-halvar-1.md'), 'utf8')).toContain(
      '[rutinen om hot och våld](../rutiner/RUT-007-hot-och-vald.md#förebyggande)',
    );
  });
});
