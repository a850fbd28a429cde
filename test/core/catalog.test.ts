import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicableParagraphs, loadCatalog } from '../../src/core/catalog.js';
import { isLagrumParseError, parseLagrum, resolveLagrum, SERIES_NAMES, successorOf } from '../../src/core/lagrum.js';

const catalog = loadCatalog();
const refs = (ps: { paragraf: string }[]) => ps.map((p) => p.paragraf);

describe('SOSFS 2011:9 catalogue', () => {
  it('has every row of the paragraph table, in order', () => {
    expect(refs(catalog.paragraphs)).toEqual([
      '1:1', '1:2', '2:1', '3:1', '3:2',
      '4:1', '4:2', '4:3', '4:4', '4:5', '4:6',
      '5:1', '5:2', '5:3', '5:4', '5:5', '5:6', '5:7', '5:8',
      '6:1', '6:2', '6:3', '7:1', '7:2', '7:3', '8:1',
    ]);
  });

  it('marks exactly chapters 3–7 as coverage targets', () => {
    for (const p of catalog.paragraphs) {
      expect(p.täckning, p.paragraf).toBe(p.kapitel >= 3 && p.kapitel <= 7);
    }
  });

  it('has consistent, complete rows', () => {
    for (const p of catalog.paragraphs) {
      expect(p.paragraf).toBe(`${p.kapitel}:${p.paragraf.split(':')[1]}`);
      expect(p.sektor.length).toBeGreaterThan(0);
      for (const s of p.sektor) expect(['alla', 'sol', 'lss', 'hsl']).toContain(s);
      if (p.sektor.includes('alla')) expect(p.sektor).toEqual(['alla']);
      expect(['V', 'S', 'U']).toContain(p.säkerhet);
      expect(p.krav.trim().length, p.paragraf).toBeGreaterThan(10);
      expect(p.krav).not.toContain('\n');
      expect(p.krav_en.trim().length, p.paragraf).toBeGreaterThan(10);
    }
  });

  it('keeps the table’s sectors and confidence marks', () => {
    const row = (r: string) => catalog.paragraph(r)!;
    expect(row('4:5').sektor).toEqual(['sol', 'lss']);
    expect(row('4:6').sektor).toEqual(['hsl']);
    expect(row('7:3').sektor).toEqual(['hsl']);
    expect(row('1:2').sektor).toEqual(['hsl']);
    expect(row('5:4').säkerhet).toBe('U');
    expect(row('5:6').säkerhet).toBe('S');
    expect(row('4:4').säkerhet).toBe('V');
  });

  it('looks up a sosfs reference strictly (trim only)', () => {
    expect(catalog.paragraph('4:4')?.kapitel).toBe(4);
    expect(catalog.paragraph(' 4:4 ')?.paragraf).toBe('4:4');
    expect(catalog.paragraph('4 : 4')).toBeUndefined();
    expect(catalog.paragraph('4:04')).toBeUndefined();
    expect(catalog.paragraph('4:7')).toBeUndefined();
    expect(catalog.paragraph('9:1')).toBeUndefined();
    expect(catalog.paragraph('')).toBeUndefined();
  });

  it('is loaded once and cannot be changed by a rule', () => {
    expect(loadCatalog()).toBe(catalog);
    expect(() => catalog.paragraphs.sort()).toThrow(TypeError);
    expect(() => catalog.paragraph('4:5')!.sektor.push('hsl')).toThrow(TypeError);
    expect(() => catalog.statutes.pop()).toThrow(TypeError);
  });

  it('keeps one paragraph per line in the JSON file, so a fact is a one-line change', () => {
    const lines = readFileSync(new URL('../../catalog/sosfs-2011-9.json', import.meta.url), 'utf8').split('\n');
    for (const p of catalog.paragraphs) {
      expect(lines.filter((l) => l.includes(`"paragraf": "${p.paragraf}"`))).toHaveLength(1);
    }
  });
});

describe('applicableParagraphs', () => {
  const alla = ['3:1', '3:2', '4:1', '4:2', '4:3', '4:4', '5:1', '5:2', '5:3', '5:4', '5:5', '5:6', '5:7', '5:8', '6:1', '6:2', '6:3', '7:1', '7:2'];

  it('sol: the alla paragraphs and 4:5', () => {
    const got = refs(applicableParagraphs(catalog, ['sol']));
    expect(got).toContain('4:5');
    expect(got).not.toContain('4:6');
    expect(got).not.toContain('7:3');
    expect([...got].sort()).toEqual([...alla, '4:5'].sort());
  });

  it('lss alone also brings 4:5 (written for sol and lss together)', () => {
    expect(refs(applicableParagraphs(catalog, ['lss']))).toContain('4:5');
  });

  it('hsl: the alla paragraphs, 4:6 and 7:3, not 4:5', () => {
    const got = refs(applicableParagraphs(catalog, ['hsl']));
    expect([...got].sort()).toEqual([...alla, '4:6', '7:3'].sort());
  });

  it('sol, lss, hsl: every coverage target, in catalogue order, no duplicates', () => {
    const got = refs(applicableParagraphs(catalog, ['sol', 'lss', 'hsl']));
    expect(got).toEqual(refs(catalog.paragraphs.filter((p) => p.täckning)));
    expect(got).toHaveLength(22);
  });

  it('never includes chapters 1, 2 and 8', () => {
    const got = applicableParagraphs(catalog, ['sol', 'lss', 'hsl']);
    expect(got.some((p) => p.kapitel < 3 || p.kapitel > 7)).toBe(false);
  });
});

describe('statutes catalogue', () => {
  const label = (s: { namn: string; nummer: string | null }) => `${s.namn} ${s.nummer}`;

  it('has every row of the statutes table', () => {
    expect(catalog.statutes.map(label)).toEqual([
      'SoL 2025:400', 'SoL 2001:453', 'SoF 2025:468', 'SoF 2001:937', 'LSS 1993:387',
      'HSL 2017:30', 'HSL 1982:763', 'PSL 2010:659', 'LYHS 1998:531', 'OSL 2009:400',
      'SekrL 1980:100', 'PDL 2008:355', 'LVU 1990:52', 'LVM 1988:870', 'TandvL 1985:125',
      'AML 1977:1160', 'SOSFS 2011:9', 'SOSFS 2005:12', 'SOSFS 2006:11', 'SOSFS 2011:5',
      'HSLF-FS 2017:40', 'SOSFS 2005:28', 'AFS 2023:1', 'AFS 2001:1', 'GDPR null',
    ]);
    const gdpr = catalog.statutes.find((s) => s.namn === 'GDPR')!;
    expect(gdpr.beteckning).toBe('(EU) 2016/679');
  });

  it('every name is a valid lagrum name; every number is YYYY:N; no duplicate statute', () => {
    const seen = new Set<string>();
    for (const s of catalog.statutes) {
      expect(s.namn).toMatch(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö-]*$/);
      if (s.nummer !== null) expect(s.nummer).toMatch(/^\d{4}:\d+$/);
      else expect(s.beteckning).toBeTruthy();
      expect(seen.has(label(s)), label(s)).toBe(false);
      seen.add(label(s));
      for (const d of [s.ikraft, s.upphävd]) if (d !== null) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.ikraft && s.upphävd) expect(s.ikraft < s.upphävd).toBe(true);
    }
  });

  it('series statutes are exactly the SERIES_NAMES the parser knows', () => {
    const series = new Set(catalog.statutes.filter((s) => s.serie).map((s) => s.namn));
    expect([...series].sort()).toEqual([...SERIES_NAMES].sort());
    // A name is either a series or not, never both.
    for (const s of catalog.statutes) expect(s.serie).toBe(SERIES_NAMES.includes(s.namn));
  });

  it('no two names differ only in case (case-insensitive matching stays unambiguous)', () => {
    const names = [...new Set(catalog.statutes.map((s) => s.namn))];
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('every repealed statute names a successor that resolves, is in force and starts when it ends', () => {
    const repealed = catalog.statutes.filter((s) => s.upphävd !== null);
    expect(repealed.length).toBeGreaterThanOrEqual(9);
    for (const s of repealed) {
      expect(s.ersätts_av, label(s)).not.toBeNull();
      const parsed = parseLagrum(s.ersätts_av!);
      expect(isLagrumParseError(parsed), s.ersätts_av!).toBe(false);
      if (isLagrumParseError(parsed)) continue;
      expect(parsed.nummer, 'successor is written with its number').toBeDefined();
      const r = resolveLagrum(parsed, catalog, '2026-01-01');
      expect('statute' in r, s.ersätts_av!).toBe(true);
      const next = successorOf(s, catalog)!;
      expect(next.upphävd).toBeNull();
      if (next.ikraft !== null) expect(next.ikraft).toBe(s.upphävd);
    }
  });

  it('a statute in force names no successor', () => {
    for (const s of catalog.statutes.filter((x) => x.upphävd === null)) expect(s.ersätts_av).toBeNull();
  });

  it('keeps one statute per line in the JSON file', () => {
    const lines = readFileSync(new URL('../../catalog/statutes.json', import.meta.url), 'utf8').split('\n');
    expect(lines.filter((l) => l.includes('"namn":'))).toHaveLength(catalog.statutes.length);
  });
});
