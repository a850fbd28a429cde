/**
 * Läskvittens in the handbook (issue 13): the reading lists of the unit and role pages, the row
 * and link on a document page, the form's URL, and nothing at all without the block. The facts
 * are set on the example's model by hand here, so every edge (no git history, a form that is
 * not http(s), a unit with nothing to read) is shown; the example's own generated data is
 * checked in test/reading-consistency.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedDocument } from '../../src/core/types.js';
import type { ReadingFact } from '../../src/model/reading-types.js';
import { renderPages } from '../../src/site/pages/index.js';
import { formUrl } from '../../src/site/pages/reading.js';
import type { HistoryEntry, SiteContext, SiteFile } from '../../src/site/types.js';
import { siteContext } from './context.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/solbacka');
const FORM = 'https://forms.example.se/r?dokument={id}&version={version}&titel={titel}';

const page = (files: SiteFile[], path: string): string => String(files.find((f) => f.path === path)?.content ?? '');
const mainOf = (html: string): string => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
const text = (s: string): string =>
  s
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    // Not \s: the non-breaking space before % stays.
    .replace(/[ \t\r\n]+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .trim();

/** The example's model with reading facts for RUT-003 and RUT-006 and (optionally) a form. */
async function context(o: { formulär?: string; history?: (id: string) => HistoryEntry[]; lang?: 'sv' | 'en' } = {}): Promise<SiteContext> {
  const ctx = await siteContext(EXAMPLE, { lang: o.lang ?? 'sv', ...(o.history ? { history: o.history } : {}) });
  const byId = (id: string): LoadedDocument => ctx.model.byId(id)!;
  const facts: ReadingFact[] = [
    {
      doc: byId('RUT-003'),
      id: 'RUT-003',
      version: '4.0',
      roles: ['medarbetare', 'sjuksköterska'],
      counts: { major: 4 },
      due: '2026-05-09',
      units: [
        { unit: 'solgläntan', required: 8, confirmed: 6, missing: 2, lastConfirmedBefore: '3.1' },
        { unit: 'hemtjänst-norr', required: 6, confirmed: 6, missing: 0 },
        { unit: 'gruppbostad-lärkan', required: 3, confirmed: 1, missing: 2, lastConfirmedBefore: '2.0' },
      ],
      required: 17,
      confirmed: 13,
      missing: 4,
      byRole: [
        { role: 'medarbetare', required: 14, confirmed: 11, missing: 3, lastConfirmedBefore: '3.1' },
        { role: 'sjuksköterska', required: 3, confirmed: 2, missing: 1, lastConfirmedBefore: '2.0' },
      ],
      unlisted: 0,
      overdue: true,
    },
    {
      doc: byId('RUT-006'),
      id: 'RUT-006',
      version: '2.1',
      roles: ['medarbetare'],
      counts: { major: 2 },
      due: '2026-12-20',
      units: [{ unit: 'solgläntan', required: 8, confirmed: 2, missing: 6, lastConfirmedBefore: '1.0' }],
      required: 8,
      confirmed: 2,
      missing: 6,
      byRole: [{ role: 'medarbetare', required: 8, confirmed: 2, missing: 6, lastConfirmedBefore: '1.0' }],
      unlisted: 0,
      overdue: false,
    },
  ];
  const byDoc = new Map(facts.map((f) => [f.doc, f]));
  Object.defineProperty(ctx.model, 'reading', { value: facts });
  Object.defineProperty(ctx.model, 'readingOf', { value: (d: LoadedDocument) => byDoc.get(d) });
  const config = ctx.model.config as unknown as Record<string, unknown>;
  config.läskvittens = {
    mapp: '/x',
    mappText: 'data/läskvittenser',
    dagar: 30,
    vid: 'major',
    läses_av: { rutin: ['medarbetare'] },
    ...(o.formulär !== undefined ? { formulär: o.formulär } : {}),
  };
  return ctx;
}

describe('the reading lists of the handbook', () => {
  let files: SiteFile[];
  beforeAll(async () => {
    const ctx = await context({
      formulär: FORM,
      history: (id) =>
        id === 'RUT-003'
          ? [
              { date: '2026-04-09', version: '4.0', subject: 'Ny delegering' },
              { date: '2025-03-01', version: '3.2', subject: 'Språklig översyn' },
              { date: '2024-01-10', version: '3.1', subject: 'Fastställd' },
              { date: '2023-06-01', subject: 'Utan version' },
            ]
          : [],
    });
    files = renderPages(ctx);
  });

  it('a unit page lists what its staff must read, with the unit’s figures, what changed and the form', () => {
    const main = mainOf(page(files, 'enhet/solglantan.html'));
    expect(main).toContain('<h2 id="att-lasa">Att läsa och bekräfta</h2>');
    const list = text(/<ul class="dokument-lista lasning">([\s\S]*?)<\/ul><\/section>/.exec(main)![1]!);
    expect(list).toContain(
      'RUT-003 Läkemedelshantering och delegering i kommunal hälso- och sjukvård version 4.0, läses senast 2026-05-09; 6 av 8 har bekräftat (75\u00a0%) (försenat)',
    );
    // Only what came after the version the unit last confirmed (3.1), newest first.
    expect(list).toContain(
      'Ändrat sedan senast bekräftade version (3.1): 2026-04-09, version 4.0: Ny delegering 2025-03-01, version 3.2: Språklig översyn',
    );
    expect(list).not.toContain('Fastställd');
    // No git history for RUT-006: the note instead.
    expect(list).toContain('version 2.1, läses senast 2026-12-20; 2 av 8 har bekräftat (25\u00a0%)');
    expect(list).toContain('Ny version 2.1 sedan senast bekräftade version (1.0).');
    expect(main).toContain(
      '<a class="bekrafta" href="https://forms.example.se/r?dokument=RUT-003&amp;version=4.0&amp;titel=L%C3%A4kemedelshantering%20och%20delegering%20i%20kommunal%20h%C3%A4lso-%20och%20sjukv%C3%A5rd" aria-label="Bekräfta att du har läst RUT-003 Läkemedelshantering och delegering i kommunal hälso- och sjukvård, version 4.0">Bekräfta att du har läst</a>',
    );
  });

  it('a unit where everyone has confirmed still lists the document; a unit without readers says there is nothing', () => {
    expect(text(mainOf(page(files, 'enhet/hemtjanst-norr.html')))).toContain('6 av 6 har bekräftat (100\u00a0%)');
    expect(text(mainOf(page(files, 'enhet/hemtjanst-norr.html')))).not.toContain('(försenat)');
    expect(text(mainOf(page(files, 'enhet/myndighetsenheten.html')))).toContain(
      'Att läsa och bekräfta Just nu finns inget att läsa och bekräfta för enheten.',
    );
  });

  it("a role page lists what the role must read, with its own readers' figures over every unit and the changes since the version they read", () => {
    const list = text(mainOf(page(files, 'roll/sjukskoterska.html')));
    expect(list).toContain('2 av 3 har bekräftat (66\u00a0%) (försenat)');
    expect(text(mainOf(page(files, 'roll/medarbetare.html')))).toContain('11 av 14 har bekräftat (78\u00a0%) (försenat)');
    expect(list).toContain('Ändrat sedan senast bekräftade version (2.0): 2026-04-09, version 4.0: Ny delegering 2025-03-01, version 3.2');
    expect(list).not.toContain('RUT-006');
    expect(text(mainOf(page(files, 'roll/medarbetare.html')))).toContain('RUT-006');
    // A role that reads nothing gets no reading list.
    expect(mainOf(page(files, 'roll/namnd.html'))).not.toContain('att-lasa');
  });

  it('a document page with readers says who reads it by when, with the form; one without readers says nothing', () => {
    const main = mainOf(page(files, 'dokument/RUT-003.html'));
    expect(text(main)).toContain(
      'Läskvittens Ska läsas och bekräftas av Medarbetare (undersköterska, vårdbiträde, stödassistent), Legitimerad sjuksköterska senast 2026-05-09. Bekräfta att du har läst',
    );
    expect(main).toContain('<a href="../roll/sjukskoterska.html">Legitimerad sjuksköterska</a>');
    expect(main).toContain('class="bekrafta" href="https://forms.example.se/r?dokument=RUT-003&amp;version=4.0');
    expect(mainOf(page(files, 'dokument/RUT-001.html'))).not.toContain('Läskvittens');
  });
});

describe('the reading lists without a form, in English, and without the block', () => {
  it('no form (or one that is not http(s)): the lists, but no link', async () => {
    for (const formulär of [undefined, 'javascript:alert({id})']) {
      const files = renderPages(await context(formulär === undefined ? {} : { formulär }));
      const main = mainOf(page(files, 'enhet/solglantan.html'));
      expect(main).toContain('Att läsa och bekräfta');
      expect(main).not.toContain('bekrafta');
      expect(mainOf(page(files, 'dokument/RUT-003.html'))).not.toContain('class="bekrafta"');
    }
  });

  it('English pages', async () => {
    const files = renderPages(await context({ lang: 'en', formulär: FORM }));
    const main = text(mainOf(page(files, 'enhet/solglantan.html')));
    expect(main).toContain('To read and confirm');
    expect(main).toContain('version 4.0, read by 2026-05-09; 6 of 8 have confirmed (75%) (overdue)');
    expect(main).toContain('Confirm that you have read it');
  });

  it('nothing on any page when lsys.yaml has no läskvittens block', async () => {
    // The example without its block (the data folder stays: without the block it is not read).
    const dir = mkdtempSync(join(tmpdir(), 'lsys-site-reading-'));
    cpSync(EXAMPLE, dir, { recursive: true, filter: notGenerated });
    const yaml = readFileSync(join(dir, 'lsys.yaml'), 'utf8');
    writeFileSync(join(dir, 'lsys.yaml'), yaml.replace(/^läskvittens:\n(?: .*\n)*/m, ''));
    expect(readFileSync(join(dir, 'lsys.yaml'), 'utf8')).not.toMatch(/^läskvittens:/m);
    const ctx = await siteContext(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(ctx.model.reading).toBeUndefined();
    const files = renderPages(ctx);
    for (const f of files) {
      if (!f.path.endsWith('.html')) continue;
      expect(String(f.content), f.path).not.toMatch(/att-lasa|Läskvittens|bekrafta/);
    }
  });
});

describe('formUrl', () => {
  it('fills {id}, {version} and {titel} URL-encoded, every time they occur', () => {
    expect(formUrl('https://x.se/f?d={id}&v={version}&t={titel}&again={id}', { id: 'RUT-1', version: '2.0', titel: 'Mat & dryck/ö' })).toBe(
      'https://x.se/f?d=RUT-1&v=2.0&t=Mat%20%26%20dryck%2F%C3%B6&again=RUT-1',
    );
  });
  it('only an http(s) address', () => {
    expect(formUrl('http://x.se/{id}', { id: 'A', version: '1', titel: 'T' })).toBe('http://x.se/A');
    expect(formUrl('mailto:a@x.se?subject={id}', { id: 'A', version: '1', titel: 'T' })).toBeUndefined();
    expect(formUrl('{id}', { id: 'A', version: '1', titel: 'T' })).toBeUndefined();
  });
});
