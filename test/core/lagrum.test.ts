import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import {
  isLagrumParseError,
  isRepealed,
  LAGRUM_GRAMMAR,
  parseLagrum,
  resolveLagrum,
  statuteDescription,
  statuteLabel,
  successorOf,
  successorsDescription,
  type LagrumResolution,
} from '../../src/core/lagrum.js';

const catalog = loadCatalog();

/** Parse and resolve; the label of the statute found, or the failure. */
function lookup(s: string, date = '2026-11-22'): string {
  const parsed = parseLagrum(s);
  if (isLagrumParseError(parsed)) return `error:${parsed.error}`;
  const r: LagrumResolution = resolveLagrum(parsed, catalog, date);
  return 'statute' in r ? statuteLabel(r.statute) : `unknown:${r.reason}`;
}

describe('parseLagrum', () => {
  it.each([
    ['PSL 3:10', { namn: 'PSL', plats: '3:10' }],
    ['SoL 2025:400 11:1', { namn: 'SoL', nummer: '2025:400', plats: '11:1' }],
    ['LSS 24a', { namn: 'LSS', plats: '24a' }],
    ['OSL 25:1', { namn: 'OSL', plats: '25:1' }],
    ['SOSFS 2005:12', { namn: 'SOSFS', nummer: '2005:12' }],
    ['SOSFS 2011:9 4:4', { namn: 'SOSFS', nummer: '2011:9', plats: '4:4' }],
    ['HSLF-FS 2017:40', { namn: 'HSLF-FS', nummer: '2017:40' }],
    ['2010:659 3:10', { nummer: '2010:659', plats: '3:10' }],
    ['2010:659', { nummer: '2010:659' }],
    ['SoL', { namn: 'SoL' }],
    ['GDPR', { namn: 'GDPR' }],
    ['SoL 2025:400', { namn: 'SoL', nummer: '2025:400' }],
    ['LSS 9', { namn: 'LSS', plats: '9' }],
    ['PSL 3:10a', { namn: 'PSL', plats: '3:10a' }],
    ['  PSL 3:10 ', { namn: 'PSL', plats: '3:10' }],
    ['Föräldrabalken 6:1', { namn: 'Föräldrabalken', plats: '6:1' }],
  ])('%j parses', (input, expected) => {
    expect(parseLagrum(input)).toEqual(expected);
  });

  it.each([['SOSFS'], ['HSLF-FS'], ['AFS'], ['sosfs'], ['SOSFS 4:4']])('%j is a series without its number', (input) => {
    expect(parseLagrum(input)).toEqual({ error: 'series-needs-number' });
  });

  it.each([
    ['Lag om X'],
    ['PSL 3 kap. 10 §'],
    ['PSL  3:10'],
    ['PSL 3:10 extra'],
    ['SoL 11:1 2025:400'],
    ['SoL 2025:400 2025:401'],
    ['PSL 123:4'],
    ['LSS 24A'],
    ['3:10'],
    ['24a'],
    ['(EU) 2016/679'],
    ['-SoL'],
    [''],
    ['   '],
    ['SFS 2010:659,'],
  ])('%j is a syntax error', (input) => {
    expect(parseLagrum(input)).toEqual({ error: 'syntax' });
  });
});

describe('resolveLagrum', () => {
  it('resolves the FORMAT.md examples', () => {
    expect(lookup('PSL 3:10')).toBe('PSL 2010:659');
    expect(lookup('SoL 2025:400 11:1')).toBe('SoL 2025:400');
    expect(lookup('LSS 24a')).toBe('LSS 1993:387');
    expect(lookup('OSL 25:1')).toBe('OSL 2009:400');
    expect(lookup('SOSFS 2005:12')).toBe('SOSFS 2005:12');
    expect(lookup('2010:659 3:10')).toBe('PSL 2010:659');
    expect(lookup('GDPR')).toBe('GDPR');
  });

  it('a bare name is the version in force on the date', () => {
    expect(lookup('SoL', '2024-05-01')).toBe('SoL 2001:453');
    expect(lookup('SoL', '2025-06-30')).toBe('SoL 2001:453');
    expect(lookup('SoL', '2025-07-01')).toBe('SoL 2025:400');
    expect(lookup('SoL', '2026-01-01')).toBe('SoL 2025:400');
    expect(lookup('SoL 11:1', '2026-01-01')).toBe('SoL 2025:400');
    expect(lookup('HSL', '2016-12-31')).toBe('HSL 1982:763');
    expect(lookup('HSL', '2017-04-01')).toBe('HSL 2017:30');
  });

  it('before any version existed, a bare name is the oldest version', () => {
    expect(lookup('SoL', '1990-01-01')).toBe('SoL 2001:453');
    expect(lookup('PSL', '2000-01-01')).toBe('PSL 2010:659');
  });

  it('after every version was repealed, a bare name is the last one', () => {
    expect(lookup('LYHS', '2026-01-01')).toBe('LYHS 1998:531');
  });

  it('a number pins the version whatever the date', () => {
    expect(lookup('SoL 2001:453', '2026-01-01')).toBe('SoL 2001:453');
    expect(lookup('SoL 2025:400', '2024-05-01')).toBe('SoL 2025:400');
  });

  it('a bare number is an SFS number, never a series number', () => {
    expect(lookup('2001:453')).toBe('SoL 2001:453');
    expect(lookup('2011:9')).toBe('unknown:unknown-sfs-number');
    expect(lookup('1999:1')).toBe('unknown:unknown-sfs-number');
  });

  it('reports what is unknown', () => {
    expect(lookup('Lag')).toBe('unknown:unknown-name');
    expect(lookup('FB 6:1')).toBe('unknown:unknown-name');
    expect(lookup('SoL 2010:659')).toBe('unknown:unknown-number');
    expect(lookup('SOSFS 2099:1')).toBe('unknown:unknown-number');
    expect(lookup('Lag om X')).toBe('error:syntax');
  });

  it('matches names exactly, and case-insensitively when no name matches exactly', () => {
    expect(lookup('SOL', '2026-01-01')).toBe('SoL 2025:400');
    expect(lookup('sol', '2024-05-01')).toBe('SoL 2001:453');
    expect(lookup('sosfs 2011:9')).toBe('SOSFS 2011:9');
    expect(lookup('hslf-fs 2017:40')).toBe('HSLF-FS 2017:40');
    expect(lookup('SOF 2025:468')).toBe('SoF 2025:468');
  });

  it('TL is an alias of TandvL, exact and case-insensitive, with or without number and place', () => {
    expect(lookup('TL')).toBe('TandvL 1985:125');
    expect(lookup('TL 1985:125 16')).toBe('TandvL 1985:125');
    expect(lookup('tl')).toBe('TandvL 1985:125');
    expect(lookup('TandvL')).toBe('TandvL 1985:125');
    expect(lookup('TL 1999:1')).toBe('unknown:unknown-number');
  });

  it('a law without a short name resolves by its bare SFS number, with or without a place', () => {
    expect(lookup('2017:612')).toBe('Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård');
    expect(lookup('2017:612 4:1')).toBe('Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård');
    expect(lookup('2017:372')).toBe('Lag (2017:372) om stöd vid klagomål mot hälso- och sjukvården');
    expect(lookup('2022:913')).toMatch(/^Lag \(2022:913\) om sammanhållen vård- och omsorgsdokumentation/);
    expect(lookup('2021:890')).toMatch(/^Lag \(2021:890\) om skydd för personer som rapporterar om missförhållanden/);
    expect(lookup('2018:218')).toBe('Lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning');
  });

  it('resolves the statutes added in v2 by name and number, and the SoF misprint 2001:973 stays unknown', () => {
    for (const s of [
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
    ]) {
      expect(lookup(s)).toBe(s);
    }
    expect(lookup('Egenvårdslagen')).toBe('Egenvårdslagen 2022:1250');
    expect(lookup('2022:1250')).toBe('Egenvårdslagen 2022:1250');
    expect(lookup('PL 2:1')).toBe('PL 2014:821');
    expect(lookup('PSF')).toBe('PSF 2010:1369');
    expect(lookup('FL')).toBe('FL 2017:900');
    expect(lookup('KL')).toBe('KL 2017:725');
    expect(lookup('SoLPuL')).toBe('SoLPuL 2001:454');
    expect(lookup('SoF 2001:973')).toBe('unknown:unknown-number');
    expect(lookup('2001:973')).toBe('unknown:unknown-sfs-number');
  });
});

describe('statute labels', () => {
  const only = (namn: string | null, nummer: string) => catalog.statutes.find((s) => s.namn === namn && s.nummer === nummer)!;

  it('a named statute keeps its short label; a law without one is cited by its title with the number', () => {
    expect(statuteLabel(only('SoL', '2025:400'))).toBe('SoL 2025:400');
    expect(statuteLabel(only(null, '2017:612'))).toBe('Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård');
  });

  it('describes a statute once, the Swedish way for a law titled “Lag …”', () => {
    expect(statuteDescription(only('SoL', '2025:400'))).toBe('SoL 2025:400 (Socialtjänstlag)');
    expect(statuteDescription(only('SOSFS', '2009:6'))).toBe(
      'SOSFS 2009:6 (Bedömningen av om en hälso- och sjukvårdsåtgärd kan utföras som egenvård)',
    );
    expect(statuteDescription(only('Egenvårdslagen', '2022:1250'))).toBe('Lag (2022:1250) om egenvård (Egenvårdslagen)');
    expect(statuteDescription(only(null, '2017:612'))).toBe('Lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård');
    expect(statuteDescription(catalog.statutes.find((s) => s.namn === 'GDPR')!)).toBe('GDPR (Dataskyddsförordningen)');
  });

  it('names both successors of SOSFS 2005:28, and one for the others', () => {
    const both = successorsDescription(only('SOSFS', '2005:28'), catalog)!;
    expect(both.sv).toBe(
      'HSLF-FS 2017:40 (Vårdgivares systematiska patientsäkerhetsarbete) och HSLF-FS 2017:41 (Anmälan av händelser som har medfört eller hade kunnat medföra en allvarlig vårdskada (lex Maria))',
    );
    expect(both.en).toContain(' and HSLF-FS 2017:41 (');
    expect(successorsDescription(only('SOSFS', '2009:6'), catalog)).toEqual({
      sv: 'Lag (2022:1250) om egenvård (Egenvårdslagen)',
      en: 'Lag (2022:1250) om egenvård (Egenvårdslagen)',
    });
    expect(successorsDescription(only('SoL', '2025:400'), catalog)).toBeUndefined();
  });
});

describe('repealed statutes', () => {
  const statuteOf = (s: string, date = '2026-11-22') => {
    const parsed = parseLagrum(s);
    if (isLagrumParseError(parsed)) throw new Error(s);
    const r = resolveLagrum(parsed, catalog, date);
    if (!('statute' in r)) throw new Error(s);
    return r.statute;
  };

  it('SOSFS 2005:12 is repealed, replaced by SOSFS 2011:9', () => {
    const old = statuteOf('SOSFS 2005:12');
    expect(isRepealed(old, '2026-11-22')).toBe(true);
    expect(old.ersätts_av).toBe('SOSFS 2011:9');
    expect(statuteLabel(successorOf(old, catalog)!)).toBe('SOSFS 2011:9');
    expect(isRepealed(successorOf(old, catalog)!, '2026-11-22')).toBe(false);
  });

  it('SOSFS 2009:6 applied through 2023-02-28 and is repealed from 2023-03-01', () => {
    const old = statuteOf('SOSFS 2009:6');
    expect(isRepealed(old, '2023-02-28')).toBe(false);
    expect(isRepealed(old, '2023-03-01')).toBe(true);
  });

  it('repeal counts from its date: the day before it still applies', () => {
    const old = statuteOf('SOSFS 2005:12');
    expect(isRepealed(old, '2011-12-31')).toBe(false);
    expect(isRepealed(old, '2012-01-01')).toBe(true);
  });

  it('a routine approved in 2024 citing SoL is flagged today; one approved in 2026 is not', () => {
    const in2024 = statuteOf('SoL', '2024-05-01');
    const in2026 = statuteOf('SoL', '2026-01-01');
    expect(isRepealed(in2024, '2026-11-22')).toBe(true);
    expect(statuteLabel(successorOf(in2024, catalog)!)).toBe('SoL 2025:400');
    expect(isRepealed(in2026, '2026-11-22')).toBe(false);
    expect(successorOf(in2026, catalog)).toBeUndefined();
  });

  it('other successors from the table', () => {
    const next = (s: string) => statuteLabel(successorOf(statuteOf(s), catalog)!);
    expect(next('SekrL 1980:100')).toBe('OSL 2009:400');
    expect(next('LYHS')).toBe('PSL 2010:659');
    expect(next('SOSFS 2005:28')).toBe('HSLF-FS 2017:40');
    expect(next('AFS 2001:1')).toBe('AFS 2023:1');
    expect(next('SOSFS 2009:6')).toBe('Egenvårdslagen 2022:1250');
    expect(next('SOSFS 2006:11')).toBe('SOSFS 2011:9');
  });
});

describe('LAGRUM_GRAMMAR', () => {
  it('states the grammar with examples in both languages', () => {
    for (const text of [LAGRUM_GRAMMAR.sv, LAGRUM_GRAMMAR.en]) {
      expect(text).toContain('PSL 3:10');
      expect(text).toContain('SOSFS');
      expect(text).toContain('2010:659 3:10');
    }
    expect(LAGRUM_GRAMMAR.sv).toContain('kräver nummer');
    expect(LAGRUM_GRAMMAR.en).toContain('need their');
  });
});
