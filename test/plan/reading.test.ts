/**
 * Läskvittens in the årshjul (issue 13): the model's deadlines made of hand-made reading facts,
 * and how `lsys due` (every format, --unit) and `lsys calendar` show them. The agreement with
 * validate on a real repository is tested in test/reading-consistency.test.ts.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { packPositions } from '../../src/core/positions.js';
import type { Config, LoadedDocument } from '../../src/core/types.js';
import { deadlinesIn, deadlinesOf, type DeadlineFacts } from '../../src/model/deadlines.js';
import type { ReadingFact } from '../../src/model/reading-types.js';
import { renderCalendar } from '../../src/plan/calendar.js';
import { dueList, renderDue } from '../../src/plan/due.js';
import { READING_CONFIG, READING_FILES } from '../helpers/reading.js';
import { makeRepo, validateRun } from '../helpers/repo.js';

const TODAY = '2026-12-01';

const config = {
  file: 'lsys.yaml',
  keyPositions: {},
  verksamhetsformer: ['sol'],
  undantag: [],
  årshjul: { kvalitetsberättelse: '03-01', ansvarig: 'kvalitetssamordnare', påminnelse_dagar: 14 },
  roller: [
    { id: 'kvalitetssamordnare', namn: 'Kvalitetssamordnare' },
    { id: 'enhetschef', namn: 'Enhetschef' },
  ],
  enheter: [
    { id: 'solgläntan', namn: 'Solgläntans särskilda boende' },
    { id: 'hemtjänst-norr', namn: 'Hemtjänst norr' },
  ],
} as unknown as Config;

function document(id: string, titel: string, extra: Record<string, unknown> = {}): LoadedDocument {
  return {
    file: `ledningssystem/${id}.md`,
    id,
    typ: 'rutin',
    data: { id, titel, ägare: 'enhetschef', version: '2.1', fastställd: '2026-10-01', ...extra },
    // `version` on line 6, `fastställd` on line 7 of the file.
    positions: packPositions(
      extra.version === undefined && 'version' in extra
        ? [['fastställd', 7, 1]]
        : [
            ['version', 6, 1],
            ['fastställd', 7, 1],
          ],
    ),
  } as unknown as LoadedDocument;
}

const fall = document('RUT-001', 'Fallprevention');
const mat = document('RUT-002', 'Måltider', { version: undefined });

function fact(doc: LoadedDocument, over: Partial<ReadingFact>): ReadingFact {
  return {
    doc,
    id: doc.id!,
    version: '2.1',
    roles: ['medarbetare'],
    counts: { major: 2 },
    due: '2026-10-31',
    units: [],
    required: 0,
    confirmed: 0,
    missing: 0,
    byRole: [],
    unlisted: 0,
    overdue: false,
    ...over,
  };
}

const READING: ReadingFact[] = [
  fact(fall, {
    units: [
      { unit: 'solgläntan', required: 8, confirmed: 6, missing: 2, lastConfirmedBefore: '1.3' },
      { unit: 'hemtjänst-norr', required: 6, confirmed: 6, missing: 0 },
    ],
    required: 14,
    confirmed: 12,
    missing: 2,
    overdue: true,
  }),
  fact(mat, {
    version: '3',
    counts: { major: 3, minor: 0 },
    due: '2026-12-20',
    units: [{ unit: 'hemtjänst-norr', required: 6, confirmed: 1, missing: 5 }],
    required: 6,
    confirmed: 1,
    missing: 5,
  }),
];

function facts(reading: readonly ReadingFact[] | undefined): DeadlineFacts {
  return {
    config,
    today: TODAY,
    reviews: [],
    actions: [],
    lateActions: [],
    selfInspections: [],
    exemptions: { expired: [] },
    idIndex: new Map([
      ['RUT-001', [fall]],
      ['RUT-002', [mat]],
    ]),
    reading,
  };
}

const readingOnly = (f: DeadlineFacts) => deadlinesOf(f).filter((d) => d.kind === 'läskvittens');

describe('läskvittens deadlines', () => {
  it('one per document × unit with readers missing, due fastställd + dagar, late and ruled exactly when the fact is overdue', () => {
    const ds = readingOnly(facts(READING));
    expect(ds).toEqual([
      expect.objectContaining({
        kind: 'läskvittens',
        date: '2026-10-31',
        role: 'enhetschef',
        file: 'ledningssystem/RUT-001.md',
        line: 6,
        id: 'RUT-001',
        title: 'Fallprevention',
        units: ['solgläntan'],
        detail: '2.x',
        readers: { required: 8, missing: 2 },
        late: true,
        rule: 'reading/overdue',
        key: 'läskvittens/RUT-001/solgläntan',
      }),
      expect.objectContaining({
        date: '2026-12-20',
        // No `version` key: where reading/overdue points then, the first line.
        line: 1,
        units: ['hemtjänst-norr'],
        // vid: minor — exactly the current version.
        detail: '3',
        readers: { required: 6, missing: 5 },
        late: false,
        key: 'läskvittens/RUT-002/hemtjänst-norr',
      }),
    ]);
    expect(ds[1]!.rule).toBeUndefined();
  });

  it('none without the läskvittens block, and none for a unit whose readers have all confirmed', () => {
    expect(readingOnly(facts(undefined))).toEqual([]);
    expect(readingOnly(facts([]))).toEqual([]);
    expect(readingOnly(facts(READING)).some((d) => d.key.endsWith('/hemtjänst-norr') && d.id === 'RUT-001')).toBe(false);
  });

  it('are events of the calendar when their day is in the period', () => {
    expect(
      deadlinesIn(facts(READING), TODAY, '2027-11-30')
        .filter((d) => d.kind === 'läskvittens')
        .map((d) => d.key),
    ).toEqual(['läskvittens/RUT-002/hemtjänst-norr']);
  });
});

describe('lsys due with läskvittens', () => {
  const deadlines = deadlinesOf(facts(READING));
  const list = (unit?: string) => dueList({ config, today: TODAY, deadlines }, { days: 60, ...(unit ? { unit } : {}) });

  it('text: the kind, the unit by name and the counts, never a reader', () => {
    const text = renderDue(list(), 'text', 'sv');
    expect(text).toContain(
      '2026-10-31  31 dagar sen  Läskvittens  RUT-001  Fallprevention, Solgläntans särskilda boende: 2 av 8 har inte bekräftat version 2.x  ledningssystem/RUT-001.md:6',
    );
    expect(text).toContain('RUT-002  Måltider, Hemtjänst norr: 5 av 6 har inte bekräftat version 3  ledningssystem/RUT-002.md:1');
    expect(renderDue(list(), 'text', 'en')).toContain(
      'Read confirmation  RUT-001  Fallprevention, Solgläntans särskilda boende: 2 of 8 have not confirmed version 2.x',
    );
  });

  it('md and csv carry the same words', () => {
    expect(renderDue(list(), 'md', 'sv')).toContain(
      '| 2026-10-31 | **31 dagar sen** | Läskvittens | RUT-001 | Fallprevention, Solgläntans särskilda boende: 2 av 8 har inte bekräftat version 2.x | ledningssystem/RUT-001.md:6 |',
    );
    expect(renderDue(list(), 'csv', 'sv')).toContain(
      '2026-10-31;-31;31 dagar sen;Läskvittens;RUT-001;Fallprevention, Solgläntans särskilda boende: 2 av 8 har inte bekräftat version 2.x;Enhetschef (enhetschef);ledningssystem/RUT-001.md;6',
    );
  });

  it('json: readers as counts (null for the other kinds), the unit, the rule and the key', () => {
    const json = JSON.parse(renderDue(list(), 'json', 'sv')) as { items: Array<Record<string, unknown>> };
    const items = json.items.filter((i) => i.kind === 'läskvittens');
    expect(items).toEqual([
      expect.objectContaining({
        id: 'RUT-001',
        units: ['solgläntan'],
        detail: '2.x',
        readers: { required: 8, missing: 2 },
        rule: 'reading/overdue',
        late: true,
        key: 'läskvittens/RUT-001/solgläntan',
      }),
      expect.objectContaining({ id: 'RUT-002', readers: { required: 6, missing: 5 }, rule: null, late: false }),
    ]);
    expect(json.items.filter((i) => i.kind !== 'läskvittens').every((i) => i.readers === null)).toBe(true);
  });

  it('--unit shows that unit’s only', () => {
    const keys = (unit: string) =>
      list(unit)
        .groups.flatMap((g) => g.items)
        .filter((d) => d.kind === 'läskvittens')
        .map((d) => d.key);
    expect(keys('solgläntan')).toEqual(['läskvittens/RUT-001/solgläntan']);
    expect(keys('hemtjänst-norr')).toEqual(['läskvittens/RUT-002/hemtjänst-norr']);
  });
});

describe('lsys calendar with läskvittens', () => {
  it('one event per document × unit: the unit in the summary, the counts at the run’s day in the description', () => {
    const ds = deadlinesIn(facts(READING), TODAY, '2027-11-30').filter((d) => d.kind === 'läskvittens');
    const text = renderCalendar(ds, {
      lang: 'sv',
      organisation: 'Solbacka kommun',
      roleNames: new Map([['enhetschef', 'Enhetschef']]),
      unitNames: new Map([['hemtjänst-norr', 'Hemtjänst norr']]),
      today: TODAY,
      from: TODAY,
      last: '2027-11-30',
      remindDays: 7,
      version: '0.1.0',
    });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.summary).toBe('Läst och bekräftat RUT-002 Måltider, Hemtjänst norr');
    expect(e.startDate.toString()).toBe('2026-12-20');
    expect(e.description).toContain('Den 2026-12-01 hade 5 av 6 läsare inte bekräftat version 3.');
    expect(e.description).toContain('Enheter: Hemtjänst norr');
    expect(text).toContain('CATEGORIES:Årshjul,Läskvittens');
  });
});

describe('läskvittens deadlines on a repository', () => {
  it('carry reading/overdue exactly where validate reports it, with the figures of its message', async () => {
    const repo = makeRepo(READING_FILES, READING_CONFIG);
    try {
      const r = await validateRun(repo.root, { today: TODAY });
      const reported = r.result.diagnostics.filter((d) => d.rule === 'reading/overdue');
      const ds = r.context.model.deadlines.filter((d) => d.kind === 'läskvittens');
      expect(reported.length).toBeGreaterThan(0);
      expect([...new Set(ds.filter((d) => d.rule).map((d) => `${d.file}:${d.line}`))].sort()).toEqual(
        reported.map((d) => `${d.file}:${d.line}`).sort(),
      );
      for (const d of ds.filter((x) => x.rule)) {
        const unit = r.context.model.config.enheter.find((u) => u.id === d.units[0])!;
        const message = reported.find((x) => x.file === d.file)!.message;
        expect(message).toContain(`${unit.namn} ${d.readers!.missing} av ${d.readers!.required}`);
      }
      // Not yet due: listed, not late, no rule.
      expect(ds.some((d) => !d.late && d.rule === undefined)).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});
