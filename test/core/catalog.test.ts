import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applicableParagraphs, loadCatalog } from '../../src/core/catalog.js';
import { isLagrumParseError, namesOf, parseLagrum, resolveLagrum, SERIES_NAMES, successorOf } from '../../src/core/lagrum.js';

const catalog = loadCatalog();
const refs = (ps: { paragraf: string }[]) => ps.map((p) => p.paragraf);

describe('SOSFS 2011:9 catalogue', () => {
  it('has every row of the paragraph table, in order', () => {
    expect(refs(catalog.paragraphs)).toEqual([
      '1:1',
      '1:2',
      '2:1',
      '3:1',
      '3:2',
      '4:1',
      '4:2',
      '4:3',
      '4:4',
      '4:5',
      '4:6',
      '5:1',
      '5:2',
      '5:3',
      '5:3a',
      '5:4',
      '5:5',
      '5:6',
      '5:7',
      '5:8',
      '6:1',
      '6:2',
      '6:3',
      '7:1',
      '7:2',
      '7:3',
      '8:1',
    ]);
  });

  it('marks exactly chapters 3–7 as coverage targets, except 5:3a (content not confirmed)', () => {
    for (const p of catalog.paragraphs) {
      expect(p.täckning, p.paragraf).toBe(p.kapitel >= 3 && p.kapitel <= 7 && p.paragraf !== '5:3a');
    }
  });

  it('has 5:3a (spec v2: inserted by an amendment, alla, U, valid but not a coverage target)', () => {
    const p = catalog.paragraph('5:3a')!;
    expect(p).toMatchObject({ kapitel: 5, sektor: ['alla'], säkerhet: 'U', täckning: false });
    expect(catalog.paragraph('5:3b')).toBeUndefined();
    expect(catalog.paragraph('5:3A')).toBeUndefined();
  });

  it('7:2 is hsl and the patientsäkerhetsberättelse’s contents (spec v2, corrected)', () => {
    const p = catalog.paragraph('7:2')!;
    expect(p.sektor).toEqual(['hsl']);
    expect(p.säkerhet).toBe('S');
    expect(p.krav).toMatch(/^Patientsäkerhetsberättelsen ska utöver PSL 3 kap\. 10 §/);
    for (const topic of ['organisatoriska ansvaret', 'egenkontroll', 'samverkan', 'risker']) expect(p.krav).toContain(topic);
    expect(p.krav_en).toContain('patientsäkerhetsberättelse');
  });

  it('7:3 is hsl and the level-of-detail requirement (spec v2, corrected)', () => {
    const p = catalog.paragraph('7:3')!;
    expect(p.sektor).toEqual(['hsl']);
    expect(p.säkerhet).toBe('V');
    expect(p.krav).toContain('så detaljerad att det går att bedöma');
    expect(p.krav).toContain('externa intressenters behov av information');
    expect(p.krav).not.toContain('samverkan');
  });

  it('names every amendment of the regulation in its note on the text (lydelse)', () => {
    const file = JSON.parse(readFileSync(new URL('../../catalog/sosfs-2011-9.json', import.meta.url), 'utf8'));
    for (const a of ['HSLF-FS 2017:12', 'HSLF-FS 2020:64', 'HSLF-FS 2023:27', 'HSLF-FS 2025:21', '5 kap. 3 a §']) {
      expect(file.lydelse).toContain(a);
    }
  });

  it('has consistent, complete rows', () => {
    for (const p of catalog.paragraphs) {
      expect(p.paragraf).toBe(`${p.kapitel}:${p.paragraf.split(':')[1]}`);
      expect(p.paragraf).toMatch(/^\d{1,2}:\d{1,2}[a-z]?$/);
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
    expect(row('7:2').sektor).toEqual(['hsl']);
    expect(row('7:3').sektor).toEqual(['hsl']);
    expect(row('1:2').sektor).toEqual(['hsl']);
    expect(row('5:3a').säkerhet).toBe('U');
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
    expect(catalog.paragraph(' 5:3a ')?.paragraf).toBe('5:3a');
    expect(catalog.paragraph('5:3 a')).toBeUndefined();
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
  const alla = [
    '3:1',
    '3:2',
    '4:1',
    '4:2',
    '4:3',
    '4:4',
    '5:1',
    '5:2',
    '5:3',
    '5:4',
    '5:5',
    '5:6',
    '5:7',
    '5:8',
    '6:1',
    '6:2',
    '6:3',
    '7:1',
  ];

  it('sol: the alla paragraphs and 4:5; not 7:2 (the PSB’s contents, hsl since v2)', () => {
    const got = refs(applicableParagraphs(catalog, ['sol']));
    expect(got).toContain('4:5');
    expect(got).not.toContain('4:6');
    expect(got).not.toContain('7:2');
    expect(got).not.toContain('7:3');
    expect([...got].sort()).toEqual([...alla, '4:5'].sort());
  });

  it('lss alone also brings 4:5 (written for sol and lss together), and not 7:2', () => {
    const got = refs(applicableParagraphs(catalog, ['lss']));
    expect(got).toContain('4:5');
    expect(got).not.toContain('7:2');
    expect([...got].sort()).toEqual([...alla, '4:5'].sort());
  });

  it('hsl: the alla paragraphs, 4:6, 7:2 and 7:3, not 4:5', () => {
    const got = refs(applicableParagraphs(catalog, ['hsl']));
    expect([...got].sort()).toEqual([...alla, '4:6', '7:2', '7:3'].sort());
  });

  it('never includes 5:3a, whatever is run', () => {
    expect(refs(applicableParagraphs(catalog, ['sol', 'lss', 'hsl']))).not.toContain('5:3a');
  });

  it('sol, lss, hsl: every coverage target, in catalogue order, no duplicates', () => {
    const got = refs(applicableParagraphs(catalog, ['sol', 'lss', 'hsl']));
    expect(got).toEqual(refs(catalog.paragraphs.filter((p) => p.täckning)));
    expect(got).toHaveLength(22);
    expect(got).not.toContain('5:3a');
  });

  it('never includes chapters 1, 2 and 8', () => {
    const got = applicableParagraphs(catalog, ['sol', 'lss', 'hsl']);
    expect(got.some((p) => p.kapitel < 3 || p.kapitel > 7)).toBe(false);
  });
});

describe('statutes catalogue', () => {
  const label = (s: { namn: string | null; nummer: string | null }) => `${s.namn ?? ''} ${s.nummer}`.trim();
  const find = (namn: string | null, nummer: string) => catalog.statutes.find((s) => s.namn === namn && s.nummer === nummer);

  it('has every row of the statutes table', () => {
    expect(catalog.statutes.map(label)).toEqual([
      'SoL 2025:400',
      'SoL 2001:453',
      'SoF 2025:468',
      'SoF 2001:937',
      'LSS 1993:387',
      'HSL 2017:30',
      'HSL 1982:763',
      'PSL 2010:659',
      'LYHS 1998:531',
      'OSL 2009:400',
      'SekrL 1980:100',
      'PDL 2008:355',
      'LVU 1990:52',
      'LVM 1988:870',
      'TandvL 1985:125',
      'AML 1977:1160',
      'SOSFS 2011:9',
      'SOSFS 2005:12',
      'SOSFS 2006:11',
      'SOSFS 2011:5',
      'HSLF-FS 2017:40',
      'SOSFS 2005:28',
      'AFS 2023:1',
      'AFS 2001:1',
      // Added in v2
      'HSLF-FS 2017:37',
      'HSLF-FS 2016:40',
      'SOSFS 2014:5',
      'HSLF-FS 2017:41',
      'SOSFS 2015:10',
      'HSLF-FS 2022:44',
      'HSLF-FS 2021:52',
      'SOSFS 1997:14',
      'HSLF-FS 2022:39',
      'SOSFS 2009:6',
      'Egenvårdslagen 2022:1250',
      'PL 2014:821',
      'PSF 2010:1369',
      'FL 2017:900',
      'KL 2017:725',
      'SoLPuL 2001:454',
      '2017:372',
      '2017:612',
      '2022:913',
      '2021:890',
      '2018:218',
      'GDPR null',
    ]);
    const gdpr = catalog.statutes.find((s) => s.namn === 'GDPR')!;
    expect(gdpr.beteckning).toBe('(EU) 2016/679');
  });

  it('fills in the known dates (spec v2): LSS 1994-01-01, SOSFS 2011:5 2011-07-01, GDPR 2018-05-25', () => {
    expect(find('LSS', '1993:387')?.ikraft).toBe('1994-01-01');
    expect(find('SOSFS', '2011:5')?.ikraft).toBe('2011-07-01');
    expect(catalog.statutes.find((s) => s.namn === 'GDPR')?.ikraft).toBe('2018-05-25');
    expect(find('HSLF-FS', '2017:41')?.ikraft).toBe('2017-09-01');
    expect(find('Egenvårdslagen', '2022:1250')?.ikraft).toBe('2023-03-01');
  });

  it('SOSFS 2009:6 is repealed from 2023-03-01 (applied through 2023-02-28) → Lag (2022:1250) om egenvård', () => {
    const s = find('SOSFS', '2009:6')!;
    expect(s.upphävd).toBe('2023-03-01');
    expect(successorOf(s, catalog)).toBe(find('Egenvårdslagen', '2022:1250'));
  });

  it('SOSFS 2005:28 is replaced by HSLF-FS 2017:40 together with HSLF-FS 2017:41', () => {
    const s = find('SOSFS', '2005:28')!;
    expect(s.ersätts_av).toBe('HSLF-FS 2017:40');
    expect(s.ersätts_även_av).toEqual(['HSLF-FS 2017:41']);
  });

  it('laws without a short name have namn null, are no series and carry their full title', () => {
    const nameless = catalog.statutes.filter((s) => s.namn === null && s.nummer !== null);
    expect(nameless.map((s) => s.nummer)).toEqual(['2017:372', '2017:612', '2022:913', '2021:890', '2018:218']);
    for (const s of nameless) {
      expect(s.serie).toBe(false);
      expect(s.titel).toMatch(/^Lag /);
    }
  });

  it('TL is an alias of TandvL; SoF 2001:973 (a misprint in SFS 2025:468) is no statute', () => {
    expect(find('TandvL', '1985:125')?.alias).toEqual(['TL']);
    expect(catalog.statutes.some((s) => s.nummer === '2001:973')).toBe(false);
  });

  it('every name is a valid lagrum name; every number is YYYY:N; no duplicate statute', () => {
    const seen = new Set<string>();
    for (const s of catalog.statutes) {
      if (s.namn === null) expect(s.nummer).not.toBeNull();
      for (const n of namesOf(s)) expect(n).toMatch(/^[A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö-]*$/);
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
    for (const s of catalog.statutes) expect(s.serie).toBe(s.namn !== null && SERIES_NAMES.includes(s.namn));
  });

  it('no two names or aliases differ only in case (case-insensitive matching stays unambiguous)', () => {
    const names = [...new Set(catalog.statutes.flatMap(namesOf))];
    expect(names).toContain('TL');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it('an alias is no other statute’s name, and a series has no alias', () => {
    const shortNames = new Set(catalog.statutes.map((s) => s.namn));
    for (const s of catalog.statutes) {
      for (const a of s.alias ?? []) expect(shortNames.has(a), a).toBe(false);
      if (s.serie) expect(s.alias).toBeUndefined();
    }
  });

  it('every repealed statute names a successor that resolves, is in force and starts when it ends', () => {
    const repealed = catalog.statutes.filter((s) => s.upphävd !== null);
    expect(repealed.length).toBeGreaterThanOrEqual(9);
    for (const s of repealed) {
      expect(s.ersätts_av, label(s)).not.toBeNull();
      for (const also of s.ersätts_även_av ?? []) {
        const p = parseLagrum(also);
        expect(!isLagrumParseError(p) && 'statute' in resolveLagrum(p, catalog, '2026-01-01'), also).toBe(true);
      }
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
    for (const s of catalog.statutes.filter((x) => x.upphävd === null)) {
      expect(s.ersätts_av).toBeNull();
      expect(s.ersätts_även_av).toBeUndefined();
    }
  });

  it('keeps one statute per line in the JSON file', () => {
    const lines = readFileSync(new URL('../../catalog/statutes.json', import.meta.url), 'utf8').split('\n');
    expect(lines.filter((l) => l.includes('"namn":'))).toHaveLength(catalog.statutes.length);
  });
});
