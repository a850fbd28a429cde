/**
 * What a new user's trial of the handbook found: a role page listing the same ansvarsfördelning once
 * per task, dates and "§" broken across lines, no favicon (a 404 in the server log on every page
 * view), and the tables of one page sharing one accessible label.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/csp.js';
import { presentBody } from '../../src/site/pages/document.js';
import { bindParagraphs, keepDates } from '../../src/site/pages/html.js';
import { renderPages } from '../../src/site/pages/index.js';
import type { SiteContext, SiteFile } from '../../src/site/types.js';
import { doc, makeRepo, rutin, RUTIN_BODY, type TestRepo } from '../helpers/repo.js';
import { siteContext } from './context.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/solbacka');
const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const page = (files: SiteFile[], path: string): string => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no page ${path}`);
  return String(f.content);
};
const mainOf = (html: string): string => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
/** The section of a page under an h2 with this text, up to the next h2. */
const sectionOf = (html: string, heading: string): string => {
  const at = html.indexOf(`<h2>${heading}</h2>`);
  if (at < 0) throw new Error(`no section ${heading}`);
  const end = html.indexOf('<h2', at + 4);
  return html.slice(at, end < 0 ? undefined : end);
};
const regionLabels = (html: string): string[] => [...html.matchAll(/role="region" aria-label="([^"]*)"/g)].map((m) => m[1]!);

describe('the example handbook after the trial', () => {
  let ctx: SiteContext;
  let files: SiteFile[];
  beforeAll(async () => {
    ctx = await siteContext(EXAMPLE, {
      history: (id) => (id === 'RUT-003' ? [{ date: '2026-04-09', version: '4.0', subject: 'Ny delegering 2026-04-01' }] : []),
    });
    files = renderPages(ctx);
  });

  it('a role page lists each ansvarsfördelning and process once, with the role’s tasks under it in their order', () => {
    const main = mainOf(page(files, 'roll/enhetschef.html'));
    const tasks = sectionOf(main, 'Ansvarar för i ansvarsfördelningar');
    expect(tasks.match(/href="\.\.\/dokument\/ANS-001\.html"/g)).toHaveLength(1);
    const names = [...tasks.matchAll(/<ul class="uppgifter">([\s\S]*?)<\/ul>/g)].flatMap((m) =>
      [...m[1]!.matchAll(/<li>([^<]*)<\/li>/g)].map((x) => x[1]),
    );
    // The order of the ansvarsfördelning's uppgifter.
    const all = ctx.model.tasksOf(ctx.byId.get('ANS-001')!.doc).map((t) => t.uppgift);
    expect(names.length).toBeGreaterThan(1);
    expect(names).toEqual(all.filter((n) => names.includes(n)));
    const activities = sectionOf(main, 'Ansvarig för aktiviteter i processer');
    for (const id of ['PRO-003', 'PRO-004']) expect(activities.match(new RegExp(`dokument/${id}\\.html"`, 'g')), id).toHaveLength(1);
    // Documents in document order.
    const order = [...activities.matchAll(/dokument\/(PRO-\d+)\.html/g)].map((m) => m[1]);
    expect(order).toEqual([...order].sort());
  });

  it('keeps each date the site writes on one line, with its text unchanged', () => {
    const rut = page(files, 'dokument/RUT-003.html');
    expect(rut).toMatch(/<dt>Fastställd<\/dt><dd><time>2026-04-09<\/time><\/dd>/);
    expect(rut).toMatch(/<dt>Revideras<\/dt><dd><time>2027-04-08<\/time>/);
    expect(rut).toContain('<th scope="row"><time>2026-04-09</time></th>');
    const start = page(files, 'index.html');
    expect(start).toContain('fastställd <time>2026-11-25</time>, version 3.1');
    const css = page(files, 'assets/lsys.css');
    expect(css).toMatch(/\ntime \{\s*white-space: nowrap;\s*\}/);
    // No dash was replaced: the text copies and searches as typed.
    for (const f of files) expect(String(f.content), f.path).not.toMatch(/\u2011/);
  });

  it('binds "kap." and "§" to their numbers where the site writes SOSFS references, not in the author’s text', () => {
    const sosfs = mainOf(page(files, 'sosfs.html'));
    expect(sosfs).toContain('3\u00a0kap. 1\u00a0§');
    expect(sosfs.match(/\d (kap\.|§)[^<]{0,20}/g)).toBeNull();
    expect(sosfs).toContain('<h2>3\u00a0kap.</h2>');
    const rut = page(files, 'dokument/RUT-003.html');
    expect(rut).toContain('<span class="paragraf">4\u00a0kap. 4\u00a0§</span>');
    const ans = page(files, 'dokument/ANS-001.html');
    const tasks = /<h2>Uppgifter och ansvar<\/h2>[\s\S]*?<\/table>/.exec(ans)![0];
    expect(tasks).toContain('\u00a0§');
    expect(tasks).not.toMatch(/\d (kap\.|§)/);
    // The body is the author's: left as written.
    const body = '<p>Enligt 7 kap. 2 § och 2026-12-01.</p>';
    const own = renderPages({ ...ctx, documents: ctx.documents.map((sd) => ({ ...sd, body })) });
    expect(page(own, 'dokument/RUT-003.html')).toContain(body);
  });

  it('binds a paragraph with a letter, and a lagrum as written', () => {
    expect(bindParagraphs('5 kap. 3 a §')).toBe('5\u00a0kap. 3\u00a0a\u00a0§');
    expect(bindParagraphs('SoL 3 kap. 3 §, PSL 6:1')).toBe('SoL 3\u00a0kap. 3\u00a0§, PSL 6:1');
    expect(bindParagraphs('Chapter 5, Section 3a')).toBe('Chapter\u00a05, Section\u00a03a');
    expect(keepDates('fastställd 2026-11-25, version 3.1')).toBe('fastställd <time>2026-11-25</time>, version 3.1');
    expect(keepDates('ärende 12026-11-255')).toBe('ärende 12026-11-255');
  });

  it('every page links the favicon relative to its root, and the site ships it', () => {
    const icon = page(files, 'assets/favicon.svg');
    expect(icon).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Nothing it would fetch: no link, no script, no style sheet.
    expect(icon).not.toMatch(/href|<script|url\(|@import/i);
    expect(page(files, 'index.html')).toContain('<link rel="icon" href="assets/favicon.svg" type="image/svg+xml">');
    expect(page(files, 'dokument/RUT-003.html')).toContain('<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">');
    for (const f of files.filter((x) => x.path.endsWith('.html'))) expect(String(f.content), f.path).toContain('assets/favicon.svg"');
    // The page's CSP lets an image of the site itself load.
    expect(CONTENT_SECURITY_POLICY).toMatch(/img-src 'self'/);
  });

  it('404 links the favicon from the base URL, so it shows at any depth', async () => {
    const withBase = renderPages(await siteContext(EXAMPLE, { baseUrl: 'https://intranat.example.se/handbok/' }));
    expect(page(withBase, '404.html')).toContain('<link rel="icon" href="https://intranat.example.se/handbok/assets/favicon.svg"');
  });

  it('gives every table on a page its own label', () => {
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      const labels = regionLabels(String(f.content));
      expect(new Set(labels).size, `${f.path}: ${labels.join(' | ')}`).toBe(labels.length);
    }
  });
});

describe('the labels of a body’s tables', () => {
  let ctx: SiteContext;
  beforeAll(async () => {
    ctx = await siteContext(EXAMPLE);
  });

  it('come from the nearest heading above each table, else its number, unique on the page', () => {
    const body =
      '<p>x</p><table></table>' +
      '<h2 id="a">Dosering &#x26; "tider"</h2><table></table><table></table>' +
      '<h3 id="b">Ändringshistorik</h3><table></table>' +
      '<h2 id="c"><code>Tabell</code> 1</h2><table></table>';
    const out = presentBody(ctx, 'Titel', body, ['Ändringshistorik']);
    expect(regionLabels(out.html)).toEqual([
      'Tabell 1 (rullbar)',
      'Tabell: Dosering &amp; &quot;tider&quot; (rullbar)',
      'Tabell: Dosering &amp; &quot;tider&quot; (2) (rullbar)',
      'Tabell: Ändringshistorik (2) (rullbar)',
      'Tabell: Tabell 1 (rullbar)',
    ]);
    expect(out.html.match(/<\/table><\/div>/g)).toHaveLength(5);
  });

  it('a table before any heading is numbered by its place, in English too', async () => {
    const en = await siteContext(EXAMPLE, { lang: 'en' });
    const out = presentBody(en, 'Titel', '<table></table><table></table>');
    expect(regionLabels(out.html)).toEqual(['Table 1 (scrollable)', 'Table 2 (scrollable)']);
  });

  it('a document page with a body table under "Ändringshistorik" keeps it apart from the history table', async () => {
    const repo = makeRepo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
    repos.push(repo);
    const c = await siteContext(repo.root, { history: () => [{ date: '2026-11-20', version: '1.0', subject: 'Ny' }] });
    const body = '<h2 id="andringshistorik">Ändringshistorik</h2><table><tr><td>x</td></tr></table>';
    const html = page(renderPages({ ...c, documents: c.documents.map((sd) => ({ ...sd, body })) }), 'dokument/RUT-001.html');
    expect(regionLabels(html)).toEqual(['Tabell: Ändringshistorik (2) (rullbar)', 'Tabell: Ändringshistorik (rullbar)']);
  });
});
