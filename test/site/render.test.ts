import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter.js';
import { htmlToText, renderBody, renderDeferred, renderSanitised, resolveDeferred, safeHref, type Relink } from '../../src/site/render.js';

const keep = (url: string): string => url;

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...markdownFiles(p));
    else if (name.endsWith('.md')) out.push(p);
  }
  return out;
}

const probe = new MarkdownIt({ html: true });
function hasRawHtml(markdown: string): boolean {
  return probe.parse(markdown, {}).some((t) => t.type === 'html_block' || (t.children ?? []).some((c) => c.type === 'html_inline'));
}

/** The same HTML up to whitespace between tags and how a character is escaped. */
function normalise(html: string): string {
  return html
    .replace(/(href="[^"]*")/g, (a) => {
      try {
        return decodeURI(a);
      } catch {
        return a;
      }
    })
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/&#x3C;|&lt;/g, '<')
    .replace(/&#x22;|&quot;/g, '"')
    .replace(/&gt;/g, '>')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('site body rendering', () => {
  const files = [...markdownFiles('examples/solbacka'), ...markdownFiles('test/fixtures')];
  const bodies = files
    .map((f) => ({ f, body: splitFrontmatter(readFileSync(f, 'utf8')).body }))
    .filter(({ body }) => !hasRawHtml(body) && body.trim() !== '');

  it('finds documents to compare', () => {
    expect(bodies.length).toBeGreaterThan(30);
  });

  it.each(bodies.map((b) => [b.f, b.body] as const))('the fast path gives the sanitised HTML for %s', (_f, body) => {
    const fast = renderBody(body, keep);
    const slow = renderSanitised(body, keep, 1);
    const [a, b] = [normalise(fast.html), normalise(slow.html)];
    const at = [...a].findIndex((c, i) => c !== b[i]);
    expect(a.slice(Math.max(0, at - 80), at + 80)).toBe(b.slice(Math.max(0, at - 80), at + 80));
    expect(fast.headings).toEqual(slow.headings);
  });

  const constructs = [
    '# Rubrik *ett*\n\nText med **fet**, _kursiv_, `kod`, [länk](https://x.se "t"), ~~struken~~, <https://auto.se> och www.example.com.',
    '- [ ] uppgift\n- [x] klar\n- vanlig',
    '| a | b | c |\n|:--|--:|:-:|\n| 1 | 2 | 3 |',
    '1. ett\n2. två\n\n3) tre\n\n5. fem\n6. sex',
    '- lös\n\n- lista\n\n  med två stycken',
    '> citat\n> > inre',
    '```js\nx < 1 && "y"\n```\n\n    indraget',
    'Rad  \nbryt & < > "citat" \'apos\'\n\n---\n\n***',
    '![bild](bild.png) ![](x.png) ![alt]()',
    '[rel](../RUT-001.md#avsnitt) [mail](mailto:a@b.se) [frag](#x) [q](?a=1)',
    '## Samma\n\n## Samma\n\n### `kod` i rubrik',
    'Setext\n======\n\nUnder\n------',
    '[ref][r]\n\n[r]: https://ref.se "titel"',
    '\\*inte kursiv\\* &amp; &copy; &#x41;',
    'Skriv till a@b.se eller https://x.se/a?b=1&c=2.',
    '1. ett\n   - a\n   - b\n2. två\n\n   stycke',
    '| kod | text |\n|---|---|\n| `a\\|b` | [l](https://l.se) |',
    '## Rubrik med [länk](https://x.se)',
    '- [ ] a\n  - [x] b',
  ];
  it.each(constructs)('both paths agree on %j', (markdown) => {
    expect(normalise(renderBody(markdown, keep).html)).toBe(normalise(renderSanitised(markdown, keep, 1).html));
  });

  it('autolinks www., schemes and e-mail addresses, not a bare domain (linkify runs only where one may be)', () => {
    const html = renderBody('Bara x.se och a.b, WWW.STOR.SE, https://x.se/a, Namn@Exempel.SE, //x.se/a och <www.x.se>.', keep).html;
    expect(html).toBe(
      '<p>Bara x.se och a.b, <a href="http://WWW.STOR.SE">WWW.STOR.SE</a>, <a href="https://x.se/a">https://x.se/a</a>, ' +
        '<a href="mailto:Namn@Exempel.SE">Namn@Exempel.SE</a>, //x.se/a och &#x3C;<a href="http://www.x.se">www.x.se</a>>.</p>',
    );
  });

  const hostile = [
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](vbscript:x)',
    '[x](data:text/html,<script>alert(1)</script>)',
    '<img src="x" onerror="alert(1)">',
    '<img srcset="a.png 1x, b.png 2x">',
    '![x](data:image/png;base64,AAAA)',
    '<iframe src="https://evil.example"></iframe>',
    '<a href="javascript:alert(1)" onclick="alert(1)">x</a>',
    '<div style="background:url(https://evil.example/x.png)">y</div>',
    '<svg><script>alert(1)</script></svg>',
    '<object data="x.swf"></object><embed src="x"><video src="x.mp4"></video>',
    '<form action="https://evil.example"><input type="image" src="x.png"></form>',
    '<link rel="stylesheet" href="https://cdn.example/x.css"><style>body{}</style>',
  ];
  it.each(hostile)('nothing dangerous survives %j in either path', (markdown) => {
    for (const html of [
      renderBody(markdown, keep).html,
      renderSanitised(markdown, keep, 1).html,
      renderBody(`text\n\n${markdown.replace(/<[^>]*>/g, '')}`, keep).html,
    ]) {
      expect(html).not.toMatch(/<script|<iframe|<object|<embed|<video|<link|<style|<svg/i);
      expect(html).not.toMatch(/javascript:|vbscript:|\son\w+=/i);
      expect(html).not.toMatch(/\s(src|srcset|style|action|data)=/i);
      expect(html).not.toMatch(/href="data:/i);
    }
  });

  it('keeps only safe link protocols', () => {
    expect(safeHref('https://x.se')).toBe(true);
    expect(safeHref('RUT-001.md#a:b')).toBe(true);
    expect(safeHref('a/b:c')).toBe(true);
    expect(safeHref('javascript:x')).toBe(false);
    expect(renderBody('[x](javascript:alert(1))', keep).html).toBe('<p><a>x</a></p>');
  });

  it('turns a link into text when the site has nowhere to send it', () => {
    const none = (): null => null;
    expect(renderBody('Se [rutinen](RUT-009.md) nu.', none).html).toBe('<p>Se rutinen nu.</p>');
    expect(renderSanitised('Se [rutinen](RUT-009.md) <b>nu</b>.', none, 1).html).toBe('<p>Se rutinen <b>nu</b>.</p>');
  });

  it('gives headings the slugs validate checks, one level down, and collects the text', () => {
    const r = renderBody('# Ärende och åtgärd\n\nText.\n\n## Ärende och åtgärd\n\n![bild](b.png)', keep);
    expect(r.headings).toEqual([
      { level: 2, text: 'Ärende och åtgärd', slug: 'ärende-och-åtgärd' },
      { level: 3, text: 'Ärende och åtgärd', slug: 'ärende-och-åtgärd-1' },
    ]);
    expect(r.html).toContain('<h2 id="ärende-och-åtgärd">');
    expect(r.text).toBe('Ärende och åtgärd\nText.\nÄrende och åtgärd\nbild (b.png)');
    const s = renderSanitised('# Rubrik ![bild](b.png)\n\n<b>fet</b>', keep, 1);
    expect(s.headings).toEqual([{ level: 2, text: 'Rubrik', slug: 'rubrik' }]);
    expect(s.text).toContain('fet');
  });

  describe('rendered before the links are known (a first build, in a worker thread)', () => {
    // Where links may lead: kept, rewritten to another address (with `&`, `"` and `>` to escape), or text.
    const relinks: Array<[string, Relink]> = [
      ['kept', keep],
      ['rewritten', (url) => `sida.html?från=${url}&"a>b"`],
      ['text', () => null],
      ['mixed', (url) => (url.includes('RUT') ? null : `../filer/${url}`)],
    ];
    const samples = [
      ...constructs,
      ...hostile,
      'Se [rutinen](RUT-009.md#avsnitt "Titel & \\"mer\\"") och [filen](bilaga.pdf) samt [igen](RUT-009.md).',
      '## Rubrik med [länk](RUT-001.md) och [annan](https://x.se)\n\n- [ ] [uppgift](RUT-002.md)\n- [x] klar',
      '[yttre [inre](a.md)](b.md) [tom]() [x](<a b.md>)',
      'Raw <b>html</b> med [länk](RUT-001.md) och <a href="RUT-002.md">en till</a>.',
      'Text med NUL \u0000 och \u00000\u0000 som inte får bli ett märke: [l](a.md)',
      ...bodies.map((b) => b.body),
    ];
    it.each(relinks)('gives the HTML, headings and text renderBody gives (links %s)', (_name, link) => {
      for (const markdown of samples) {
        const now = renderBody(markdown, link);
        const later = renderDeferred(markdown);
        expect(resolveDeferred(later, link)).toBe(now.html);
        expect(later.headings).toEqual(now.headings);
        expect(later.text).toBe(htmlToText(now.html));
        expect(later.text).not.toContain('\0');
      }
    });

    it('keeps the Markdown of a body with raw HTML, which the main thread renders', () => {
      const later = renderDeferred('Text <b>fet</b> [l](a.md)');
      expect(later.html).toBeUndefined();
      expect(resolveDeferred(later, () => 'x.html')).toBe('<p>Text <b>fet</b> <a href="x.html">l</a></p>');
    });
  });

  it("takes a tag's quoted attributes whole when it makes the text, whatever a link's address holds", () => {
    expect(htmlToText('<p>Se <a href="a>b" title="c>d">rutinen</a> &#x26; mer</p>\n<ul>\n<li>ett</li>\n</ul>')).toBe(
      'Se rutinen & mer\nett',
    );
  });
});
