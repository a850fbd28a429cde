/** The läskvittens facts of the model (issue 13): model.reading, readingOf, readingShares, readingIssues. */
import { describe, expect, it } from 'vitest';
import { validateMemory } from '../helpers/rule-tester.js';
import { READING_CONFIG, READING_FILES } from '../helpers/reading.js';
import { BASE_CONFIG } from '../helpers/repo.js';
import type { DomainModel } from '../../src/model/index.js';

async function modelOf(files = READING_FILES, cfg = READING_CONFIG, today = '2026-11-25'): Promise<DomainModel> {
  return (await validateMemory(files, { today }, cfg)).context.model as DomainModel;
}

/** What the run says besides its findings (a missing läskvittens folder). */
async function noticesOf(files = READING_FILES, cfg = READING_CONFIG): Promise<string[]> {
  return (await validateMemory(files, {}, cfg)).notices;
}

const summary = (m: DomainModel): unknown => m.reading?.map(({ doc: _doc, ...f }) => f);

describe('model.reading', () => {
  it('is undefined, and nothing is read, without a läskvittens block', async () => {
    const m = await modelOf(READING_FILES, BASE_CONFIG);
    expect(m.reading).toBeUndefined();
    expect(m.readingShares('2026-12-31')).toEqual([]);
    expect(m.readingIssues).toEqual([]);
    expect(await noticesOf(READING_FILES, BASE_CONFIG)).toEqual([]);
  });

  it('has one fact per document in force with readers: per unit, required, confirmed, what came before', async () => {
    const m = await modelOf();
    expect(await noticesOf()).toEqual([]);
    expect(summary(m)).toEqual([
      {
        id: 'RUT-001',
        version: '2.1',
        roles: ['medarbetare'],
        counts: { major: 2 },
        due: '2026-10-01',
        units: [
          { unit: 'solgläntan', required: 2, confirmed: 1, missing: 1, lastConfirmedBefore: '1.3' },
          // P5's confirmation is dated after today: it does not count yet.
          { unit: 'norr', required: 2, confirmed: 1, missing: 1 },
        ],
        required: 4,
        confirmed: 2,
        missing: 2,
        byRole: [{ role: 'medarbetare', required: 4, confirmed: 2, missing: 2, lastConfirmedBefore: '1.3' }],
        unlisted: 0,
        overdue: true,
      },
      {
        id: 'RUT-002',
        version: '1.0',
        roles: ['enhetschef', 'medarbetare'],
        counts: { major: 1 },
        due: '2026-12-20',
        units: [{ unit: 'norr', required: 2, confirmed: 1, missing: 1 }],
        required: 2,
        confirmed: 1,
        missing: 1,
        // Nobody in norr is enhetschef: the role has no figures.
        byRole: [{ role: 'medarbetare', required: 2, confirmed: 1, missing: 1 }],
        unlisted: 0,
        overdue: false,
      },
      {
        id: 'RUT-005',
        version: '1.0',
        roles: ['enhetschef'],
        counts: { major: 1 },
        due: '2025-07-01',
        units: [{ unit: 'solgläntan', required: 1, confirmed: 1, missing: 0 }],
        required: 1,
        confirmed: 1,
        missing: 0,
        byRole: [{ role: 'enhetschef', required: 1, confirmed: 1, missing: 0 }],
        unlisted: 0,
        overdue: false,
      },
    ]);
    const rut1 = m.byId('RUT-001')!;
    expect(m.readingOf(rut1)).toBe(m.reading![0]);
    expect(m.readingOf(m.byId('RUT-004')!)).toBeUndefined();
    expect(m.readingOf(m.byId('POL-001')!)).toBeUndefined();
  });

  it('with vid: minor only the current version counts, and what came before is the highest older one', async () => {
    const m = await modelOf(READING_FILES, READING_CONFIG.replace('  dagar: 30\n', '  dagar: 30\n  vid: minor\n'));
    const f = m.readingOf(m.byId('RUT-001')!)!;
    expect(f.counts).toEqual({ major: 2, minor: 1 });
    expect(f.units).toEqual([
      { unit: 'solgläntan', required: 2, confirmed: 0, missing: 2, lastConfirmedBefore: '2.0' },
      { unit: 'norr', required: 2, confirmed: 1, missing: 1 },
    ]);
  });

  it('what came before is the version read last by those still to read, none when everyone has read', async () => {
    const files = {
      ...READING_FILES,
      // P1 has read 2.0 (which counts) and earlier 1.9; P2 still has to read and read 1.3; P3 read RUT-005 0.9 and 1.
      'data/läskvittenser/äldre.csv': 'dokument;version;läsare;datum\nRUT-001;1.9;P1;2025-06-01\nRUT-005;0.9;P3;2025-01-01\n',
    };
    const m = await modelOf(files);
    expect(m.readingOf(m.byId('RUT-001')!)!.units[0]).toEqual({
      unit: 'solgläntan',
      required: 2,
      confirmed: 1,
      missing: 1,
      lastConfirmedBefore: '1.3',
    });
    expect(m.readingOf(m.byId('RUT-005')!)!.units).toEqual([{ unit: 'solgläntan', required: 1, confirmed: 1, missing: 0 }]);
  });

  it('matches reader keys and document ids without regard to case; counts confirmations from keys not in the roster, without counting them as read', async () => {
    const files = {
      ...READING_FILES,
      // p2 is the roster's P2 typed in lower case (and with spaces), for rut-001; X9 and x9 are one person not in the roster; Q1 read an old version.
      'data/läskvittenser/forms.csv':
        'dokument;version;läsare;datum\nrut-001;2.1; p2 ;2026-09-10\nRUT-001;2.0;X9;2026-09-11\nRUT-001;2.1;x9;2026-09-12\nRUT-001;1.0;Q1;2026-01-01\n',
    };
    const m = await modelOf(files);
    const f = m.readingOf(m.byId('RUT-001')!)!;
    expect(f.units[0]).toEqual({ unit: 'solgläntan', required: 2, confirmed: 2, missing: 0 });
    expect(f.unlisted).toBe(1);
    expect(f.required).toBe(4);
  });

  it('gives a role its own readers: a unit page counts every reader role, a role page only its own', async () => {
    const m = await modelOf(READING_FILES, READING_CONFIG.replace('    rutin: [medarbetare]\n', '    rutin: [medarbetare, enhetschef]\n'));
    const f = m.readingOf(m.byId('RUT-001')!)!;
    expect(f.units[0]).toEqual({ unit: 'solgläntan', required: 3, confirmed: 1, missing: 2, lastConfirmedBefore: '1.3' });
    expect(f.byRole).toEqual([
      { role: 'medarbetare', required: 4, confirmed: 2, missing: 2, lastConfirmedBefore: '1.3' },
      { role: 'enhetschef', required: 1, confirmed: 0, missing: 1 },
    ]);
  });

  it('is not overdue on its due day, and is the day after', async () => {
    expect((await modelOf(READING_FILES, READING_CONFIG, '2026-10-01')).reading![0]!.overdue).toBe(false);
    expect((await modelOf(READING_FILES, READING_CONFIG, '2026-10-02')).reading![0]!.overdue).toBe(true);
  });

  it('readingShares: per unit × type at a date, documents out later left out', async () => {
    const m = await modelOf();
    expect(m.readingShares('2026-12-31')).toEqual([
      { unit: 'solgläntan', typ: 'rutin', required: 3, confirmed: 2 },
      { unit: 'norr', typ: 'rutin', required: 4, confirmed: 3 },
    ]);
    // RUT-001 2.1 was fastställd in 2026, but P4 confirmed 2.1 on 2025-12-31: a version that counts was out.
    // RUT-002 (fastställd 2026-11-20, no confirmation in 2025) is left out.
    expect(m.readingShares('2025-12-31')).toEqual([
      { unit: 'solgläntan', typ: 'rutin', required: 3, confirmed: 1 },
      { unit: 'norr', typ: 'rutin', required: 2, confirmed: 1 },
    ]);
    expect(m.readingShares('2025-12-30')).toEqual([{ unit: 'solgläntan', typ: 'rutin', required: 1, confirmed: 1 }]);
    expect(m.readingShares('2024-12-31')).toEqual([]);
  });

  it('readingIssues: roster and confirmation rows that name what does not exist or cannot be read, never a key', async () => {
    const m = await modelOf();
    const issues = m.readingIssues.map((i) => `${i.kind} ${i.file}:${i.line} ${i.code} ${JSON.stringify(i.data ?? {})}`);
    expect(issues.sort()).toEqual(
      [
        'confirmations data/läskvittenser/bekräftelser-2026.csv:10 bad-date {"value":"2026-13-01"}',
        'confirmations data/läskvittenser/bekräftelser-2026.csv:11 empty-field {"column":"läsare"}',
        'confirmations data/läskvittenser/bekräftelser-2026.csv:12 short-row {"found":2,"expected":6}',
        'confirmations data/läskvittenser/bekräftelser-2026.csv:7 unknown-document {"id":"RUT-999"}',
        'confirmations data/läskvittenser/bekräftelser-2026.csv:8 future-version {"id":"RUT-001","version":"3.0","current":"2.1"}',
        'confirmations data/läskvittenser/bekräftelser-2026.csv:9 bad-version {"id":"RUT-001","version":"två"}',
        'roster data/läskvittenser/personal.csv:7 unknown-unit {"value":"okänd"}',
        'roster data/läskvittenser/personal.csv:8 empty-role {}',
      ].sort(),
    );
    expect(JSON.stringify(m.readingIssues)).not.toMatch(/P\d/);
    expect(JSON.stringify(m.reading!.map(({ doc: _d, ...f }) => f))).not.toMatch(/P\d/);
  });

  it('counts nobody when the folder does not exist', async () => {
    const docs = Object.fromEntries(Object.entries(READING_FILES).filter(([f]) => !f.startsWith('data/')));
    const m = await modelOf(docs);
    expect(m.reading).toEqual([]);
    expect(await noticesOf(docs)).toEqual([
      expect.stringMatching(/^lsys\.yaml: läskvittens är påslaget, men mappen data\/läskvittenser \(läskvittens\.mapp\) finns inte/),
    ]);
  });
});
