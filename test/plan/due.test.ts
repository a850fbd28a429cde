/** dueList and renderDue on hand-made deadlines: group order, roles lsys.yaml does not know, escaping in md and csv. */
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/types.js';
import type { Deadline } from '../../src/model/index.js';
import { dueList, renderDue } from '../../src/plan/due.js';

const config = {
  roller: [
    { id: 'nämnd', namn: 'Socialnämnden' },
    { id: 'mas', namn: 'Medicinskt ansvarig sjuksköterska' },
  ],
  enheter: [],
} as unknown as Config;

const TODAY = '2026-11-25';

let n = 0;
function deadline(over: Partial<Deadline>): Deadline {
  return {
    kind: 'revision',
    date: TODAY,
    role: 'mas',
    file: 'ledningssystem/x.md',
    line: 5,
    title: 'Titel',
    units: [],
    late: false,
    key: `k/${++n}`,
    ...over,
  };
}

describe('dueList', () => {
  const deadlines = [
    deadline({ role: 'zeta', date: '2026-11-01', late: true, id: 'RUT-009' }),
    deadline({ role: '', kind: 'åtgärd', id: 'RISK-001', title: 'Riskanalys' }),
    deadline({ role: 'alfa', id: 'RUT-008' }),
    deadline({ role: 'mas', id: 'RUT-002', date: '2026-12-01' }),
    deadline({ role: 'mas', id: 'RUT-001', date: '2026-10-01', late: true }),
    deadline({
      role: 'nämnd',
      kind: 'kvalitetsberättelse',
      title: 'Kvalitetsberättelse',
      detail: '2026',
      date: '2027-03-01',
      file: 'lsys.yaml',
    }),
  ];
  const facts = { config, today: TODAY, deadlines };

  it('orders roles as lsys.yaml does, then unknown roles by id, then items with no role; late first within a role', () => {
    const list = dueList(facts, { days: 200 });
    expect(list.groups.map((g) => g.role)).toEqual(['nämnd', 'mas', 'alfa', 'zeta', '']);
    expect(list.groups[1]!.items.map((d) => d.id)).toEqual(['RUT-001', 'RUT-002']);
    expect(list).toMatchObject({ late: 2, soon: 4, until: '2027-06-13' });
  });

  it('names unknown roles and missing ones in the text', () => {
    const text = renderDue(dueList(facts, { days: 200 }), 'text', 'sv');
    expect(text).toContain('\nalfa (finns inte i lsys.yaml)\n');
    expect(text).toContain('\nIngen ansvarig angiven\n');
    expect(text).toContain('Riskanalys  ledningssystem/x.md:5'); // an åtgärd without beskrivning: just the title
    expect(text).toContain('för 2026  lsys.yaml:5');
    const en = renderDue(dueList(facts, { days: 200 }), 'text', 'en');
    expect(en).toContain('\nalfa (not in lsys.yaml)\n');
    expect(en).toContain('\nNo responsible role given\n');
    expect(en).toContain('6 things to do: 2 late, 4 within 200 days.');
  });

  it('puts lines of text on one line and escapes Markdown in md', () => {
    const list = dueList(
      { config, today: TODAY, deadlines: [deadline({ id: 'RUT-1', title: 'A | B *fet* <b>\nny rad', units: ['norr'] })] },
      { days: 10, unit: 'norr', owner: 'mas' },
    );
    const md = renderDue(list, 'md', 'sv');
    expect(md).toContain('| A \\| B \\*fet\\* \\<b\\>⟨U+000A⟩ny rad |');
    expect(md.split('\n')[0]).toBe(
      '## Att göra: försenat och det som infaller till och med 2026-12-05 (10 dagar från 2026-11-25), roll mas, enhet norr',
    );
    expect(md).toContain('1 sak att göra: 0 försenade, 1 inom 10 dagar.');
    const text = renderDue(list, 'text', 'sv');
    expect(text).toContain('A | B *fet* <b>⟨U+000A⟩ny rad');
    const csv = renderDue(list, 'csv', 'sv');
    expect(csv).toContain(';"A | B *fet* <b>\nny rad";');
  });

  it('leaves out a unit’s documents for another unit, keeps those that apply to all', () => {
    const list = dueList(
      {
        config,
        today: TODAY,
        deadlines: [deadline({ id: 'A', units: ['norr'] }), deadline({ id: 'B', units: ['söder'] }), deadline({ id: 'C' })],
      },
      { days: 10, unit: 'norr' },
    );
    expect(list.groups.flatMap((g) => g.items.map((d) => d.id))).toEqual(['A', 'C']);
  });
});
