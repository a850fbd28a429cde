/**
 * An unknown `typ` (a typo such as `rutinn`) must not hide the document's other checks: the
 * common fields are checked as always, a field no document type has is still unknown, and a
 * review date that has passed is still reported. The enum message suggests the type meant.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, rutin, RUTIN_BODY } from './helpers/repo.js';

const D = 'ledningssystem/';

describe('unknown typ', () => {
  it('gets the enum error with a suggestion and every check that does not depend on the type', async () => {
    const fields = rutin('RUT-001', {
      typ: 'rutinn',
      process: undefined,
      ägare: 'kalle',
      version: '1,0',
      revideras: '2025-01-01',
      revidreas: '2027-01-01',
      x_diarienummer: 'D-1',
      sosfs: ['9:9'],
      relaterade: ['RUT-999'],
    });
    const diags = await check({ [`${D}RUT-001.md`]: doc(fields, `${RUTIN_BODY}\n[x](saknas.md)\n`) });
    const rules = diags.map((d) => d.rule).sort();
    expect(rules).toEqual(
      [
        'link/broken',
        'ref/unresolved', // ägare kalle
        'ref/unresolved', // RUT-999
        'review/overdue',
        'schema/additionalProperties', // revidreas
        'schema/enum',
        'schema/pattern', // version 1,0
        'sosfs/unknown',
      ].sort(),
    );
    const enumDiag = diags.find((d) => d.rule === 'schema/enum')!;
    expect(enumDiag.message).toBe('Värdet ”rutinn” är inte tillåtet för ”typ”');
    expect(enumDiag.hint).toMatch(/^Menade du ”rutin”\? Tillåtna värden: policy, process, rutin/);
    expect(diags.find((d) => d.rule === 'schema/additionalProperties')?.message).toBe('Okänt fält ”revidreas”');
  });

  it('a missing typ is checked the same way, and record types still have no review date', async () => {
    const noTyp = rutin('RUT-002', { typ: undefined, process: undefined, revideras: '2025-01-01', revidreas: 'x' });
    const diags = await check({ [`${D}RUT-002.md`]: doc(noTyp, RUTIN_BODY) });
    expect(diags.map((d) => d.rule).sort()).toEqual(['review/overdue', 'schema/additionalProperties', 'schema/required']);
    // A known record type with revideras: the schema says so; no review rule fires.
    const ra = {
      ...rutin('RA-001', { typ: 'riskanalys', process: undefined, datum: '2026-08-20', anledning: 'fortlöpande', risker: [] }),
      revideras: '2025-01-01',
    };
    const raDiags = await check({ [`${D}RA-001.md`]: doc(ra, '') });
    expect(raDiags.map((d) => d.rule)).not.toContain('review/overdue');
  });
});
