/** The pages of the handbook (`renderPages`): structure, metadata by name, drafts, withdrawn pages, links, escaping, languages. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { posix } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_IDS, type SiteContext, type SiteFile } from '../../src/site/types.js';
import { renderPages } from '../../src/site/pages/index.js';
import { wrapText } from '../../src/site/pages/flow.js';
import { presentBody } from '../../src/site/pages/document.js';
import { doc, makeRepo, rutin, processDoc, RUTIN_BODY, PROCESS_BODY, type TestRepo } from '../helpers/repo.js';
import { siteContext } from './context.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/solbacka');
const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

const html = (files: SiteFile[], path: string): string => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no page ${path}`);
  return String(f.content);
};
const mainOf = (page: string): string => /<main[^>]*>([\s\S]*)<\/main>/.exec(page)?.[1] ?? '';
const text = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.])/g, '$1')
    .trim();
const headings = (page: string): number[] => [...mainOf(page).matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));

/** Every problem of the links of a rendered site: targets that are not pages, and fragments with no such id. */
function brokenLinks(files: SiteFile[], extra: string[] = []): string[] {
  const paths = new Set([...files.map((f) => f.path), ...extra]);
  const ids = new Map<string, Set<string>>();
  for (const f of files)
    if (f.path.endsWith('.html')) ids.set(f.path, new Set([...String(f.content).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!)));
  const out: string[] = [];
  for (const f of files) {
    if (!f.path.endsWith('.html') || f.path === '404.html') continue;
    for (const m of String(f.content).matchAll(/\b(?:href|src)="([^"]*)"/g)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:)/.test(url)) continue;
      const [pathPart, frag] = url.split('#') as [string, string | undefined];
      const target = pathPart === '' ? f.path : posix.normalize(posix.join(posix.dirname(f.path), pathPart.split('?')[0]!));
      if (target.startsWith('..') || !paths.has(target)) out.push(`${f.path}: ${url}`);
      else if (frag && ids.has(target) && !ids.get(target)!.has(frag)) out.push(`${f.path}: ${url} (no id)`);
    }
  }
  return out;
}

describe('the pages of the example repository', () => {
  let ctx: SiteContext;
  let files: SiteFile[];
  beforeAll(async () => {
    ctx = await siteContext(EXAMPLE, {
      history: (id) => (id === 'RUT-003' ? [{ date: '2026-04-09', version: '4.0', subject: 'Ny delegering' }] : []),
    });
    files = renderPages(ctx);
  });

  it('renders every page kind at the contract addresses', () => {
    const paths = files.map((f) => f.path);
    for (const p of [
      'index.html',
      'sosfs.html',
      'tillganglighet.html',
      'sok.html',
      '404.html',
      'assets/lsys.css',
      'typ/rutin.html',
      'typ/ansvarsfordelning.html',
    ])
      expect(paths).toContain(p);
    expect(paths).toContain('dokument/RUT-003.html');
    expect(paths).toContain('enhet/solglantan.html');
    expect(paths).toContain('roll/mas.html');
    expect(new Set(paths).size).toBe(paths.length);
    expect(String(files.find((f) => f.path === 'assets/lsys.css')!.content)).toContain('@media print');
  });

  it('every page: lang, CSP, skip link first, one h1, headings in order, canonical only with an absolute base URL', () => {
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      const page = String(f.content);
      expect(page, f.path).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
      expect(page, f.path).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;');
      expect(page, f.path).toMatch(/<body><a class="hoppa" href="#innehall">Hoppa till innehållet<\/a>/);
      expect(page, f.path).toContain('<main id="innehall"');
      expect(page, f.path).not.toContain('rel="canonical"');
      const hs = headings(page);
      expect(
        hs.filter((h) => h === 1),
        f.path,
      ).toHaveLength(1);
      expect(hs[0], f.path).toBe(1);
      for (let i = 1; i < hs.length; i++) expect(hs[i]! - hs[i - 1]!, `${f.path} heading ${i}`).toBeLessThanOrEqual(1);
      expect(page.match(new RegExp(`id="${SEARCH_IDS.input}"`, 'g')) ?? [], f.path).toHaveLength(1);
    }
  });

  it('no page has a script except sok.html, which loads only the search script', () => {
    for (const f of files.filter((x) => x.path.endsWith('.html') && x.path !== 'sok.html'))
      expect(String(f.content), f.path).not.toMatch(/<script/i);
    const sok = html(files, 'sok.html');
    expect(sok.match(/<script/g)).toHaveLength(1);
    expect(sok).toContain('<script src="assets/sok.js" defer></script>');
    expect(sok).toContain(`<p id="${SEARCH_IDS.status}" role="status">`);
    expect(sok).toContain(`id="${SEARCH_IDS.results}"`);
    expect(sok).toContain('<noscript>');
  });

  it('every relative link resolves to a rendered page (and fragment)', () => {
    expect(brokenLinks(files, ['assets/sok.js'])).toEqual([]);
    // The checker itself finds a broken link.
    expect(brokenLinks([{ path: 'a/b.html', content: '<a href="../c.html">x</a><a href="#nope">y</a>' }])).toEqual([
      'a/b.html: ../c.html',
      'a/b.html: #nope (no id)',
    ]);
  });

  it('a routine page: metadata by name, SOSFS summaries, lagrum, process and activity, related, history', () => {
    const page = html(files, 'dokument/RUT-003.html');
    const meta = text(/<section class="metadata"[\s\S]*?<\/section>/.exec(page)![0]);
    expect(meta).toContain('Id RUT-003');
    expect(meta).toContain('Typ Rutin');
    expect(meta).toContain('Version 4.0');
    expect(meta).toContain('Fastställd 2026-04-09');
    expect(meta).toContain('Fastställd av Medicinskt ansvarig sjuksköterska');
    expect(meta).toContain('Ägare Medicinskt ansvarig sjuksköterska');
    expect(meta).toContain('Revideras 2027-04-08');
    expect(meta).toContain('Gäller för Solgläntans särskilda boende, Hemtjänst norr med hemsjukvård, Gruppbostaden Lärkan (LSS)');
    expect(meta).toMatch(/4 kap\. 4 § – \S+/);
    expect(meta).toContain('PSL 6:1');
    expect(meta).toContain(
      'Ingår i process PRO-002 Läkemedelshantering, aktiviteterna Ta emot ordination och aktuell läkemedelslista; Bedöma egenvård',
    );
    expect(meta.match(/Ingår i process/g)).toHaveLength(1);
    expect(meta).not.toMatch(/Ägare mas\b/);
    expect(page).toContain('<p>Text om RUT-003.</p>');
    expect(text(page)).toContain('Relaterade dokument EGK-002');
    expect(text(page)).toMatch(/Ändringshistorik .*2026-04-09 4\.0 Ny delegering/);
  });

  it('a document without history says it was built without git', () => {
    expect(text(html(files, 'dokument/RUT-001.html'))).toContain('Ingen historik: byggd utan git.');
  });

  it('a process page: the activities in order with roles and routines, and the flow as SVG with title and description', () => {
    const page = html(files, 'dokument/PRO-002.html');
    const names = [
      'Ta emot ordination',
      'Bedöma egenvård',
      'Delegera läkemedelshantering',
      'Beställa, förvara',
      'Administrera eller överlämna',
      'Följa upp effekt',
      'Rapportera och utreda',
    ];
    const table = /<table>[\s\S]*?<\/table>/.exec(page)![0];
    const at = names.map((n) => table.indexOf(n));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text(table)).toContain(
      'Administrera eller överlämna läkemedel och signera Medarbetare (undersköterska, vårdbiträde, stödassistent) RUT-003',
    );
    const svgs = page.match(/<svg[\s\S]*?<\/svg>/g)!;
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img" aria-labelledby="(\S+)-titel \1-besk"/);
      expect(svg).toContain('<title id=');
      const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
      const steps = names.map((n) => desc.indexOf(n));
      expect(steps.every((i) => i >= 0)).toBe(true);
      expect([...steps].sort((a, b) => a - b)).toEqual(steps);
      expect(svg.match(/<rect /g)).toHaveLength(7);
      expect(svg.match(/marker-end/g)).toHaveLength(6);
    }
    // Wide: three a row, so three rows; narrow: one a row.
    expect(svgs[0]).toMatch(/viewBox="0 0 \d+ 392"/);
    expect(svgs[1]).toMatch(/viewBox="0 0 236 \d+"/);
    // The diagram's heading is not "Flöde", a section process documents often have themselves
    // (the example's do: the command test checks the whole page).
    const headings = [...page.matchAll(/<h[2-6][^>]*>([^<]*)<\/h[2-6]>/g)].map((m) => m[1]);
    expect(headings.filter((h) => h === 'Flödesschema')).toHaveLength(1);
    expect(headings).not.toContain('Flöde');
  });

  it('an ansvarsfördelning page has its tasks table with role names', () => {
    const page = html(files, 'dokument/ANS-001.html');
    expect(page).toContain('<th scope="col">Ansvarar</th>');
    expect(text(page)).toContain('Fastställa kvalitetspolicy, mål och ledningssystem Socialnämnden Förvaltningschef');
  });

  it('the withdrawn page at the old address: when, and a link to its successor', () => {
    const page = mainOf(html(files, 'dokument/RUT-005.html'));
    expect(text(page)).toContain('Dokumentet RUT-005 upphävdes den 2026-02-26. Det ersätts av RUT-010');
    expect(page).toContain('<a href="../dokument/RUT-010.html">');
  });

  it('the start page: search box, processes, types with counts, units, new and changed, due for review by owner role', () => {
    const page = html(files, 'index.html');
    const main = mainOf(page);
    expect(main).toContain(`<form role="search" action="sok.html" method="get" id="${SEARCH_IDS.form}" class="sok sok-stor">`);
    expect(page).not.toMatch(/<header[\s\S]*<form[\s\S]*<\/header>/);
    const procs = /<section aria-labelledby="processer">[\s\S]*?<\/section>/.exec(main)![0];
    expect(procs.match(/(?<=dok-id">)PRO-00\d/g)).toEqual(['PRO-001', 'PRO-002', 'PRO-003', 'PRO-004']);
    expect(text(main)).toMatch(/Rutiner \(\d+ st\.\)/);
    expect(main).toContain('href="enhet/solglantan.html"');
    const nytt = text(/<section aria-labelledby="nytt">[\s\S]*?<\/section>/.exec(main)![0]);
    expect(nytt).toContain('ANS-001');
    expect(nytt).toContain('fastställd 2026-11-25, version 3.1');
    expect(nytt).not.toContain('RUT-003'); // 2026-04-09 is long ago
    const dates = [...nytt.matchAll(/fastställd (\d{4}-\d\d-\d\d)/g)].map((m) => m[1]!);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('a unit page lists what names the unit and what applies to all; a role page what the role owns and answers for', () => {
    const unit = html(files, 'enhet/myndighetsenheten.html');
    expect(unit).toContain('RUT-001'); // gäller_för names it or none
    expect(unit).not.toContain('RUT-003'); // läkemedel: not for the myndighetsenhet
    const mas = text(mainOf(html(files, 'roll/mas.html')));
    expect(mas).toContain('Äger');
    expect(mas).toContain('RUT-003');
    expect(mas).toContain('Ansvarig för aktiviteter i processer');
    expect(mas).toContain('Rapportera och utreda läkemedelsavvikelser');
    const nämnd = text(mainOf(html(files, 'roll/namnd.html')));
    expect(nämnd).toContain('Ansvarar för i ansvarsfördelningar');
    expect(nämnd).toContain('Fastställa kvalitetspolicy, mål och ledningssystem');
  });

  it('the SOSFS page: chapters in order with paragraphs, summaries and documents', () => {
    const page = mainOf(html(files, 'sosfs.html'));
    const chapters = [...page.matchAll(/<h2>(\d)\u00a0kap\.<\/h2>/g)].map((m) => Number(m[1]));
    expect(chapters.length).toBeGreaterThan(1);
    expect(chapters).toEqual([...chapters].sort());
    expect(text(page)).toMatch(/4 kap\. 4 § \S.* RUT-003/);
    expect(text(page)).toContain('Inga undantag.');
  });

  it('the accessibility statement says what the site is built to, where to report, DIGG and when', () => {
    // Without the example's webbplats block: what the statement says when nothing is configured.
    const page = text(mainOf(html(renderPages({ ...ctx, site: {} }), 'tillganglighet.html')));
    expect(page).toContain('WCAG 2.1');
    expect(page).toContain('axe-core');
    expect(page).toContain('2018:1937');
    expect(page).toContain('Ingen särskild kontakt för tillgänglighet är angiven');
    expect(page).toContain('https://www.digg.se/');
    expect(page).toContain('upprättades den 2026-12-01');
  });

  it('404 uses links relative to the root without a base URL', () => {
    expect(html(files, '404.html')).toContain('<a href="index.html">Gå till startsidan</a>');
  });
});

describe('options and hostile input', () => {
  const CONFIG = `organisation: "Kommun <b>"
verksamhetsformer: [sol]
dokument: ledningssystem
roller:
  - { id: enhetschef, namn: "Chef <script>x</script>" }
  - { id: mas, namn: MAS }
enheter:
  - { id: u1, namn: Enhet 1 }
undantag:
  - { sosfs: "4:5", skäl: Ingen samverkan, till: 2027-12-31 }
  - { sosfs: "5:2", skäl: "Gammalt <skäl>", till: 2026-01-31 }
webbplats:
  namn: Handboken
  url: https://intranat.example.se/handbok/
  kontakt: kvalitet@example.se
  tillgänglighet: { kontakt: "https://example.se/a11y", telefon: 0123-45, bedömd: 2026-10-01 }
`;
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo(
      {
        'ledningssystem/PRO-001.md': doc(
          processDoc('PRO-001', {
            titel: 'Process "ett"',
            aktiviteter: [{ id: 'A1', namn: 'Steg <i>ett</i>', ansvarig: 'enhetschef', rutiner: ['RUT-001'] }],
          }),
          PROCESS_BODY,
        ),
        'ledningssystem/RUT-001.md': doc(
          rutin('RUT-001', { titel: '<script>alert(1)</script>', process: 'PRO-001', aktivitet: 'A1', revideras: '2026-12-20' }),
          RUTIN_BODY,
        ),
        'ledningssystem/RUT-006.md': doc(rutin('RUT-006', { ägare: 'mas', revideras: '2026-11-01' }), RUTIN_BODY),
        'ledningssystem/RUT-007.md': doc(rutin('RUT-007', { ägare: 'mas', revideras: '2026-10-01' }), RUTIN_BODY),
        'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { status: 'utkast', titel: 'Ny rutin' }), RUTIN_BODY),
        'ledningssystem/RUT-003.md': doc(rutin('RUT-003', { status: 'upphävd', titel: 'Gammal' }), RUTIN_BODY),
        'ledningssystem/RUT-005.md': doc(rutin('RUT-005', { status: 'upphävd', titel: 'Utan efterföljare' }), RUTIN_BODY),
        'ledningssystem/RUT-004.md': doc(
          rutin('RUT-004', { titel: 'Efterföljare', ersätter: 'RUT-003', fastställd: '2026-11-20' }),
          RUTIN_BODY,
        ),
      },
      CONFIG,
    );
    repos.push(repo);
  });

  it('escapes the print note once: a site name with & prints as &', async () => {
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25', site: { namn: 'Vård & omsorg' } }));
    const note = /<p class="utskrift">([^<]*)</.exec(files.find((f) => f.path.startsWith('dokument/'))!.content as string)![1]!;
    expect(note).toContain('Utskrift ur Vård &amp; omsorg');
    expect(note).not.toContain('&amp;amp;');
  });

  it('escapes every value from the repository: a title with <script> is text', async () => {
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25' }));
    const all = files.map((f) => String(f.content)).join('\n');
    expect(all).not.toContain('<script>alert');
    expect(all).not.toContain('<script>x');
    expect(all).not.toContain('Kommun <b>');
    expect(html(files, 'dokument/RUT-001.html')).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html(files, 'dokument/PRO-001.html')).toContain('Steg &lt;i&gt;ett&lt;/i&gt;');
  });

  it('webbplats: name in titles and header, contact in the footer, accessibility contacts, canonical from an absolute base URL', async () => {
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25', baseUrl: 'https://intranat.example.se/handbok/' }));
    const start = html(files, 'index.html');
    expect(start).toContain('<title>Ledningssystemet – Handboken</title>');
    expect(start).toContain('<link rel="canonical" href="https://intranat.example.se/handbok/index.html">');
    expect(start).toContain('Frågor om innehållet: kvalitet@example.se');
    const a11y = html(files, 'tillganglighet.html');
    expect(a11y).toContain('<a href="https://example.se/a11y">https://example.se/a11y</a>');
    expect(a11y).toContain('Telefon: 0123-45');
    expect(a11y).toContain('upprättades den <time>2026-10-01</time>');
    const notFound = html(files, '404.html');
    expect(notFound).toContain('href="https://intranat.example.se/handbok/index.html"');
    expect(notFound).toContain('href="https://intranat.example.se/handbok/assets/lsys.css"');
    expect(brokenLinks(files, ['assets/sok.js'])).toEqual([]);
  });

  it('without --drafts a draft has no page; with it every page has the banner and the draft is marked where listed', async () => {
    const plain = renderPages(await siteContext(repo.root, { today: '2026-11-25' }));
    expect(plain.map((f) => f.path)).not.toContain('dokument/RUT-002.html');
    expect(plain.map((f) => String(f.content)).join('')).not.toContain('UTKAST');
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25', drafts: true }));
    for (const f of files.filter((x) => x.path.endsWith('.html')))
      expect(String(f.content), f.path).toContain('Förhandsvisning med utkast');
    expect(html(files, 'dokument/RUT-002.html')).toMatch(/<h1>Ny rutin <strong class="utkast">UTKAST<\/strong><\/h1>/);
    expect(html(files, 'typ/rutin.html')).toMatch(/RUT-002<\/span> Ny rutin<\/a> <strong class="utkast">UTKAST/);
    expect(html(files, 'roll/enhetschef.html')).toMatch(/RUT-002<\/span> Ny rutin<\/a> <strong class="utkast">UTKAST/);
  });

  it('an upphävd document replaced by another: withdrawn when, and a link to the successor', async () => {
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25' }));
    const page = mainOf(html(files, 'dokument/RUT-003.html'));
    expect(text(page)).toContain('Dokumentet RUT-003 upphävdes den 2026-11-20.');
    expect(page).toContain('Det ersätts av <a href="../dokument/RUT-004.html"><span class="dok-id">RUT-004</span> Efterföljare</a>.');
    const none = mainOf(html(files, 'dokument/RUT-005.html'));
    expect(text(none)).toContain('Dokumentet RUT-005 är upphävt och gäller inte längre. Inget dokument ersätter det. Gå till startsidan.');
    expect(none).toContain('<a href="../index.html">startsidan</a>');
  });

  it('the start page groups documents due for review by owner role, earliest first; the SOSFS page shows exemptions', async () => {
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25' }));
    const review = text(/<section aria-labelledby="revidera">[\s\S]*?<\/section>/.exec(html(files, 'index.html'))![0]);
    expect(review).toContain(
      'Chef &lt;script&gt;x&lt;/script&gt; RUT-001 &lt;script&gt;alert(1)&lt;/script&gt; revideras senast 2026-12-20 MAS RUT-007 Rutin RUT-007 skulle ha reviderats 2026-10-01 RUT-006 Rutin RUT-006 skulle ha reviderats 2026-11-01',
    );
    const sosfs = mainOf(html(files, 'sosfs.html'));
    expect(text(sosfs)).toContain('Gällande undantag Paragraf Skäl Gäller till 4 kap. 5 § Ingen samverkan 2027-12-31');
    expect(sosfs).toContain('Gammalt &lt;skäl&gt;');
    expect(text(sosfs)).toContain('Undantag: Ingen samverkan');
  });

  it('English with --lang en', async () => {
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25', lang: 'en' }));
    const page = html(files, 'dokument/RUT-001.html');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(page).toContain('Skip to content');
    expect(text(page)).toContain('Type Routine');
    expect(text(page)).toContain('Owner Chef &lt;script&gt;x&lt;/script&gt;');
    expect(page).not.toMatch(/Hoppa|Ägare|Fastställd av/);
    expect(text(html(files, 'index.html'))).toContain('Due for review');
  });
});

describe('odd frontmatter never crashes a page', () => {
  it('lists, numbers and mappings where text is expected are left out or shown as written', async () => {
    const repo = makeRepo({
      'ledningssystem/PRO-001.md': doc(processDoc('PRO-001', { titel: ['a', 'b'], aktiviteter: 'x', relaterade: 5 }), PROCESS_BODY),
      'ledningssystem/PRO-002.md': doc(processDoc('PRO-002', { aktiviteter: [7, { namn: 'Utan id' }, { id: 'B' }] }), PROCESS_BODY),
      'ledningssystem/RUT-001.md': doc(
        rutin('RUT-001', { gäller_för: 'u1', sosfs: '4:4', lagrum: { a: 1 }, ägare: ['x'], version: { v: 1 } }),
        RUTIN_BODY,
      ),
      'ledningssystem/ANS-001.md': doc(
        { ...rutin('ANS-001'), typ: 'ansvarsfördelning', uppgifter: ['x', { uppgift: 'U', ansvar: 'enhetschef' }] },
        '# A\n',
      ),
      'ledningssystem/ANS-002.md': doc({ ...rutin('ANS-002'), typ: 'ansvarsfördelning' }, '# A\n'),
      'ledningssystem/X-001.md': doc({ ...rutin('X-001'), typ: 'okänd', sosfs: ['9:9'] }, '# X\n'),
    });
    repos.push(repo);
    const files = renderPages(await siteContext(repo.root, { today: '2026-11-25' }));
    expect(html(files, 'dokument/PRO-001.html')).toContain('Processen har inga aktiviteter.');
    expect(html(files, 'dokument/PRO-002.html')).toMatch(/Utan id[\s\S]*>B</);
    const rut = text(mainOf(html(files, 'dokument/RUT-001.html')));
    expect(rut).toContain('Gäller för Alla enheter');
    expect(rut).toContain('Ägare Ej angivet');
    expect(rut).toContain('Version –');
    expect(text(html(files, 'dokument/ANS-001.html'))).toContain('Uppgift Ansvarar Utför Deltar Informeras SOSFS 2011:9 U');
    expect(text(html(files, 'dokument/ANS-002.html'))).toContain('Inga uppgifter.');
    expect(text(html(files, 'dokument/X-001.html'))).toContain('Typ okänd');
    expect(text(html(files, 'dokument/X-001.html'))).toContain('9 kap. 9 §');
    expect(html(files, 'typ/okänd.html'.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))).toContain('X-001');
    expect(brokenLinks(files, ['assets/sok.js'])).toEqual([]);
  });
});

describe('flow text wrapping', () => {
  it('wraps words into lines, cuts a long word and ends a long text with …', () => {
    expect(wrapText('Ta emot ordination och aktuell läkemedelslista')).toEqual(['Ta emot ordination och', 'aktuell läkemedelslista']);
    expect(wrapText('x'.repeat(30))).toEqual(['x'.repeat(24), 'x'.repeat(6)]);
    const long = wrapText('ord '.repeat(40));
    expect(long).toHaveLength(4);
    expect(long[3]!.endsWith('…')).toBe(true);
  });
});

describe('speed', () => {
  /**
   * In a child process on the build (dist/), as `lsys site` runs: coverage instrumentation of the
   * test run would measure the counters, not the pages. CPU time, best of three, on a shared machine.
   */
  const SCRIPT = `
const dist = (p) => new URL('../../dist/' + p, ${JSON.stringify(import.meta.url)}).href;
const { loadCatalog } = await import(dist('core/catalog.js'));
const { loadConfig } = await import(dist('core/config.js'));
const { validateRepository } = await import(dist('core/validate.js'));
const { registry } = await import(dist('rules/index.js'));
const { renderPages } = await import(dist('site/pages/index.js'));
const root = process.argv[1];
const catalog = loadCatalog();
const config = loadConfig(root, 'sv', (r) => catalog.paragraph(r) !== undefined);
const model = (await validateRepository({ config, today: '2026-12-01', lang: 'sv', git: false, registry })).context.model;
const shown = model.inForce.map((doc) => ({ doc, page: '', draft: false, body: '<h2 id="a">A</h2><p>Text.</p>', text: 'Text.', headings: [], history: [] }));
const documents = Array.from({ length: 10000 }, (_, i) => {
  const src = shown[i % shown.length];
  const id = 'X-' + i;
  return { ...src, doc: { ...src.doc, id, data: { ...src.doc.data, id } }, page: 'dokument/' + id + '.html' };
});
const ctx = { model, lang: 'sv', today: '2026-12-01', drafts: false, documents, byId: new Map(documents.map((d) => [d.doc.id, d])), withdrawn: [], site: {}, generator: 'x' };
const runs = [];
for (let i = 0; i < 3; i++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const files = renderPages(ctx);
  const used = process.cpuUsage(cpu);
  runs.push({ files: files.length, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 });
}
console.log(JSON.stringify(runs));
`;
  it('renders 10,000 documents well under 1.5 s', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, EXAMPLE], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const runs = JSON.parse(r.stdout) as Array<{ files: number; ms: number; cpuMs: number }>;
    expect(runs[0]!.files).toBeGreaterThan(10_000);
    expect(Math.min(...runs.map((x) => x.cpuMs))).toBeLessThan(1500);
  });
});

describe('a document body on its page', () => {
  let ctx: SiteContext;
  beforeAll(async () => {
    ctx = await siteContext(EXAMPLE);
  });

  it('leaves out a first heading that repeats the title, keeps its anchor on the h1 and moves the other headings up', () => {
    const body = '<h2 id="basala-hygienrutiner">Basala hygienrutiner</h2><h3 id="syfte">Syfte</h3><p>x</p><h4 id="a">A</h4>';
    const out = presentBody(ctx, 'Basala hygienrutiner', body);
    expect(out.titleId).toBe('basala-hygienrutiner');
    expect(out.html).toBe('<h2 id="syfte">Syfte</h2><p>x</p><h3 id="a">A</h3>');
  });

  it('keeps the levels when the body has other h2 headings, and keeps a first heading that is not the title', () => {
    const twoTitles = presentBody(ctx, 'T', '<h2 id="t">T</h2><h3 id="s">S</h3><h2 id="bilaga">Bilaga</h2>');
    expect(twoTitles.html).toBe('<h3 id="s">S</h3><h2 id="bilaga">Bilaga</h2>');
    const other = presentBody(ctx, 'Titel', '<h2 id="syfte">Syfte</h2><p>x</p>');
    expect(other.titleId).toBeUndefined();
    expect(other.html).toBe('<h2 id="syfte">Syfte</h2><p>x</p>');
  });

  it('puts every body table in a labelled wrapper that scrolls by keyboard, leaving table text alone', () => {
    const out = presentBody(ctx, 'Titel', '<table><tr><td>&lt;table&gt;</td></tr></table><p>a</p><table align="left"></table>');
    expect(out.html.match(/<div class="tabell" tabindex="0" role="region" aria-label="[^"]+"><table/g)).toHaveLength(2);
    expect(out.html.match(/<\/table><\/div>/g)).toHaveLength(2);
    expect(out.html).toContain('<td>&lt;table&gt;</td>');
  });
});

describe('a document page for staff and on paper', () => {
  const page = (files: SiteFile[]): string => String(files.find((f) => f.path === 'dokument/RUT-003.html')!.content);

  it('marks an overdue review in the fact box, as the start page does, and not before it is due', async () => {
    const late = page(renderPages(await siteContext(EXAMPLE, { today: '2027-04-20' })));
    expect(late).toMatch(/<time>2027-04-08<\/time> <span class="forsenad">\(revisionen är försenad\)<\/span>/);
    const inTime = page(renderPages(await siteContext(EXAMPLE, { today: '2026-12-01' })));
    expect(inTime).not.toContain('revisionen är försenad');
  });

  it('keeps the Swedish text marked Swedish when the page around it is English', async () => {
    const en = page(renderPages(await siteContext(EXAMPLE, { lang: 'en' })));
    expect(en).toMatch(/^<!doctype html>\s*<html lang="en"/i);
    expect(en).toMatch(/<h1 lang="sv"/);
    expect(en).toContain('<div class="dokument-text" lang="sv">');
    const sv = page(renderPages(await siteContext(EXAMPLE)));
    expect(sv).not.toMatch(/<h1 lang=|dokument-text" lang=/);
  });

  it('says on paper which handbook, document and version a printout is, and that it is an uncontrolled copy', async () => {
    const sv = page(renderPages(await siteContext(EXAMPLE, { today: '2026-12-01' })));
    expect(sv).toMatch(/<p class="utskrift">Utskrift ur [^<]+, RUT-003 version 4\.0, 2026-12-01\. En utskrift är en okontrollerad kopia/);
  });
});
