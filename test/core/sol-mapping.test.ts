/** The comparison SoL 2001:453 → SoL 2025:400 (catalog/sol-2025-400.json) against the spec's table. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog, loadSolMapping } from '../../src/core/catalog.js';
import { isLagrumParseError, parseLagrum } from '../../src/core/lagrum.js';
import { fixedCitation } from '../../src/rules/lagrum/sol-2025.js';

const mapping = loadSolMapping();

describe('SoL 2001:453 → SoL 2025:400', () => {
  it('has every row of the spec’s table, in order, with its confidence', () => {
    expect(
      mapping.rows.map(
        (r) =>
          `${r.gammal}${r.del ? ` (${r.del})` : ''} → ${r.ny.join('+')}${r.stycke ? ` st. ${r.stycke}` : ''}${r.undantag.length ? ` exc. ${r.undantag.join('+')}` : ''} ${r.säkerhet}`,
      ),
    ).toEqual([
      '3:3 (första delen) → 5:1 st. 1 H',
      '3:3 (personalen) → 5:3 M',
      '3:3 (systematiskt kvalitetsarbete) → 5:2 H',
      '7:3 (första stycket) → 17:1 H',
      '7:6 → 17:10 H',
      '11:1 → 14:2 H',
      '11:5 → 14:3 exc. 14:4+14:5 H',
      '11:6 → 14:6+14:7 H',
      '14:1 → 19:1 H',
      '14:2 → 5:1 st. 2 H',
      '14:3 → 27:2 H',
      '14:4 → 27:3 M',
      '14:5 → 27:4 M',
      '14:6 → 27:5 M',
      '14:7 → 27:6 H',
    ]);
    expect(mapping.from).toBe('SoL 2001:453');
    expect(mapping.to).toBe('SoL 2025:400');
  });

  it('writes every place as a lagrum place (kap:§) and names both statutes as the catalogue does', () => {
    const places = mapping.rows.flatMap((r) => [r.gammal, ...r.ny, ...r.undantag]);
    for (const p of places) {
      const parsed = parseLagrum(`SoL ${p}`);
      expect(isLagrumParseError(parsed) ? undefined : parsed.plats, p).toBe(p);
      expect(p).toMatch(/^\d{1,2}:\d+$/);
    }
    const labels = loadCatalog().statutes.map((s) => `${s.namn} ${s.nummer}`);
    expect(labels).toContain(mapping.from);
    expect(labels).toContain(mapping.to);
    for (const r of mapping.rows) {
      expect(['H', 'M']).toContain(r.säkerhet);
      expect(r.ämne && r.ämne_en, r.gammal).toBeTruthy();
      expect(r.del === null, r.gammal).toBe(r.del_en === null);
    }
  });

  it('lists the "same number, new meaning" places of the spec, each with rows and known signal groups', () => {
    expect(mapping.rows.length).toBeGreaterThan(0);
    const places = ['3:3', '7:6', '11:5', '11:6', '14:1', '14:2', '14:3', '14:4', '14:5', '14:6', '14:7'];
    for (const p of places) {
      const n = mapping.newMeaning(p);
      expect(n, p).toBeDefined();
      expect(mapping.rowsFor(p).length, p).toBeGreaterThan(0);
      for (const g of [...n!.gammal_signaler, ...n!.ny_signaler]) expect(mapping.signals[g], `${p}: ${g}`).toBeDefined();
      // Only 7:6 needs no signal: it does not exist in the new law.
      expect(n!.finns_inte || n!.gammal_signaler.length > 0, p).toBe(true);
    }
    expect(mapping.newMeaning('7:6')!.finns_inte).toBe(true);
    expect(mapping.newMeaning('14:3')!.ny).toBe('skyldighet att dokumentera');
    expect(mapping.newMeaning('11:1')).toBeUndefined();
    expect(mapping.newMeaning('14:03')).toBe(mapping.newMeaning('14:3'));
    for (const g of Object.values(mapping.signals)) for (const l of g.lagrum) expect(isLagrumParseError(parseLagrum(l)), l).toBe(false);
  });

  it('rewrites (--fix) only the one-to-one rows of high confidence, always with the number', () => {
    const old = [...new Set(mapping.rows.map((r) => r.gammal))];
    expect(Object.fromEntries(old.map((p) => [p, fixedCitation(p) ?? null]))).toEqual({
      '3:3': null, // split in three
      '7:3': null, // only its first stycke is mapped
      '7:6': 'SoL 2025:400 17:10',
      '11:1': 'SoL 2025:400 14:2',
      '11:5': null, // exceptions in 14:4–5
      '11:6': null, // a range
      '14:1': 'SoL 2025:400 19:1',
      '14:2': 'SoL 2025:400 5:1',
      '14:3': 'SoL 2025:400 27:2',
      '14:4': null, // M
      '14:5': null,
      '14:6': null,
      '14:7': 'SoL 2025:400 27:6',
    });
  });

  it('is loaded once, cannot be changed, and keeps one row per line', () => {
    expect(loadSolMapping()).toBe(mapping);
    expect(() => (mapping.rows as unknown[]).pop()).toThrow(TypeError);
    expect(() => mapping.rowsFor('14:3')[0]!.ny.push('1:1')).toThrow(TypeError);
    expect(() => mapping.signals['lex-sarah']!.ord.push('x')).toThrow(TypeError);
    const lines = readFileSync(new URL('../../catalog/sol-2025-400.json', import.meta.url), 'utf8').split('\n');
    expect(lines.filter((l) => l.includes('"säkerhet": "'))).toHaveLength(mapping.rows.length);
    expect(lines.filter((l) => l.includes('"plats": "'))).toHaveLength(11);
  });
});
