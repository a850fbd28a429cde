/**
 * privacy/personal-number: a valid personnummer or samordningsnummer (date + Luhn) anywhere in
 * a document or a data file (error). Only Skatteverket's test number 19121212-1212 and numbers
 * generated here with luhnCheckDigit from artificial dates are used.
 */
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../../src/core/personnummer.js';
import { doc, lineOf, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'privacy/personal-number';
const F = 'ledningssystem/RUT-001.md';

/** A valid 10-digit number YYMMDD-NNNC for a date and a 3-digit serial. */
function generate(yymmdd: string, serial: string): string {
  return `${yymmdd}-${serial}${luhnCheckDigit(yymmdd + serial)}`;
}
/** The same number with a wrong check digit. */
function wrongCheck(n: string): string {
  return n.slice(0, -1) + String((Number(n.at(-1)) + 1) % 10);
}

describe(RULE, () => {
  it('finds the test number in the body at its line and column', async () => {
    const t = doc(rutin('RUT-001'), `${RUTIN_BODY}\nHändelsen gällde brukare 19121212-1212 på avdelning 2.\n`);
    const diags = await check({ [F]: t });
    expect(positions(diags, RULE)).toEqual([`${F}:${lineOf(t, 'Händelsen')}:26`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('finds a number in the frontmatter', async () => {
    const t = doc(rutin('RUT-001', { x_anteckning: 'Gäller 121212-1212' }), RUTIN_BODY);
    expect(pairs(await check({ [F]: t }), RULE)).toEqual([`${F}:${lineOf(t, 'x_anteckning:')}`]);
  });

  it('finds a number in a data/ CSV file and reports it on that file', async () => {
    const n = generate('000229', '123'); // 2000-02-29 exists (leap year)
    const csv = `datum;kategori;antal\n2026-01-03;fall;2\n2026-01-04;${n};1\n`;
    const diags = await check({ [F]: doc(rutin('RUT-001'), RUTIN_BODY), 'data/avvikelser.csv': csv });
    expect(positions(diags, RULE)).toEqual(['data/avvikelser.csv:3:12']);
  });

  it('finds a generated samordningsnummer (day + 60)', async () => {
    const n = generate('121272', '457');
    const t = doc(rutin('RUT-001'), `${RUTIN_BODY}\nSamordningsnummer ${n}.\n`);
    const diags = await check({ [F]: t });
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(t, 'Samordningsnummer')}`]);
    expect(messages(diags, RULE)[0]).toMatch(/^Ett samordningsnummer \(121272-\*\*\*\*\)/);
  });

  it('does not flag the same digits with a wrong check digit, dates, SFS numbers or phone numbers', async () => {
    const wrong = wrongCheck(generate('000229', '123'));
    const body = `${RUTIN_BODY}\nFel kontrollsiffra: ${wrong} och ${wrongCheck('19121212-1212')}.\nSe SFS 2010:659 och 2025:400, 2026-11-25, tel 08-123 456 78.\n`;
    expect(pairs(await check({ [F]: doc(rutin('RUT-001'), body), 'data/x.csv': `${wrong}\n` }), RULE)).toEqual([]);
  });

  it('masks the number in the message, in Swedish and English', async () => {
    const files = { [F]: doc(rutin('RUT-001'), `${RUTIN_BODY}\nBrukare 19121212-1212.\n`) };
    expect(messages(await check(files), RULE)).toEqual([
      'Ett personnummer (19121212-****) står i filen; personuppgifter får aldrig finnas i ledningssystemet',
    ]);
    expect(messages(await check(files, { lang: 'en' }), RULE)).toEqual([
      'A personal identity number (19121212-****) is in the file; personal data must never be in the management system',
    ]);
  });
});
