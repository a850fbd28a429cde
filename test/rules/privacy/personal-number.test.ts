/**
 * privacy/personal-number: a valid personnummer or samordningsnummer (date + Luhn) anywhere in
 * a document or a data file (error). Only Skatteverket's test number 19121212-1212 and numbers
 * generated here with luhnCheckDigit from artificial dates are used.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { luhnCheckDigit } from '../../../src/core/personnummer.js';
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';
import { READING_CONFIG } from '../../helpers/reading.js';

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

const inBody = doc(rutin('RUT-001'), `${RUTIN_BODY}\nHändelsen gällde brukare 19121212-1212 på avdelning 2.\n`);
const inFrontmatter = doc(rutin('RUT-001', { x_anteckning: 'Gäller 121212-1212' }), RUTIN_BODY);
const csv = `datum;kategori;antal\n2026-01-03;fall;2\n2026-01-04;${generate('000229', '123')};1\n`; // 2000-02-29 exists (leap year)
const samordning = doc(rutin('RUT-001'), `${RUTIN_BODY}\nSamordningsnummer ${generate('121272', '457')}.\n`);
const wrong = wrongCheck(generate('000229', '123'));
const notNumbers = `${RUTIN_BODY}\nFel kontrollsiffra: ${wrong} och ${wrongCheck('19121212-1212')}.\nSe SFS 2010:659 och 2025:400, 2026-11-25, tel 08-123 456 78.\n`;
const masked = doc(rutin('RUT-001'), `${RUTIN_BODY}\nBrukare 19121212-1212.\n`);

ruleTester(RULE, {
  valid: [
    {
      name: 'does not flag the same digits with a wrong check digit, dates, SFS numbers or phone numbers',
      files: { [F]: doc(rutin('RUT-001'), notNumbers), 'data/x.csv': `${wrong}\n` },
    },
  ],
  invalid: [
    {
      name: 'finds the test number in the body at its line and column',
      files: { [F]: inBody },
      errors: [{ file: F, line: at(inBody, 'Händelsen').line, column: 26, severity: 'error' }],
    },
    {
      name: 'finds a number in the frontmatter',
      files: { [F]: inFrontmatter },
      errors: [{ file: F, line: at(inFrontmatter, 'x_anteckning:').line }],
    },
    {
      name: 'finds a number in a data/ CSV file and reports it on that file',
      files: { [F]: doc(rutin('RUT-001'), RUTIN_BODY), 'data/avvikelser.csv': csv },
      errors: [{ file: 'data/avvikelser.csv', line: 3, column: 12 }],
    },
    {
      name: 'finds a generated samordningsnummer (day + 60)',
      files: { [F]: samordning },
      errors: [{ file: F, line: at(samordning, 'Samordningsnummer').line, message: /^Ett samordningsnummer \(121272-\*\*\*\*\)/ }],
    },
    {
      name: 'masks the number in the message, in Swedish',
      files: { [F]: masked },
      errors: [
        {
          file: F,
          line: at(masked, 'Brukare').line,
          message: 'Ett personnummer (19121212-****) står i filen; personuppgifter får aldrig finnas i ledningssystemet',
        },
      ],
    },
    {
      name: 'masks the number in the message, in English',
      files: { [F]: masked },
      options: { lang: 'en' },
      errors: [
        {
          file: F,
          line: at(masked, 'Brukare').line,
          message: 'A personal identity number (19121212-****) is in the file; personal data must never be in the management system',
        },
      ],
    },
  ],
});

// Läskvittens files (issue 13): scanned where they are, once.
const outside = mkdtempSync(join(tmpdir(), 'lsys-privacy-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
writeFileSync(join(outside, 'personal.csv'), 'läsare;enhet;roll\n19121212-1212;solgläntan;medarbetare\n');
const rosterWithNumber = 'läsare;enhet;roll\nP1;solgläntan;medarbetare\n19121212-1212;solgläntan;medarbetare\n';
ruleTester(RULE, {
  invalid: [
    {
      name: 'finds a number in a roster outside the repository, masked, at its line and column',
      files: { [F]: doc(rutin('RUT-001'), RUTIN_BODY) },
      config: READING_CONFIG.replace('läskvittens:\n', `läskvittens:\n  mapp: ${outside}\n`),
      errors: [{ file: join(outside, 'personal.csv'), line: 2, column: 1, message: /^Ett personnummer \(19121212-\*\*\*\*\)/ }],
    },
    {
      name: 'finds it in a folder inside the repository but outside data/',
      files: { [F]: doc(rutin('RUT-001'), RUTIN_BODY), 'läskvittenser/personal.csv': rosterWithNumber },
      config: READING_CONFIG.replace('läskvittens:\n', 'läskvittens:\n  mapp: läskvittenser\n'),
      errors: [{ file: 'läskvittenser/personal.csv', line: 3, column: 1 }],
    },
    {
      name: 'reports a file under data/ once',
      files: { [F]: doc(rutin('RUT-001'), RUTIN_BODY), 'data/läskvittenser/personal.csv': rosterWithNumber },
      config: READING_CONFIG,
      errors: [{ file: 'data/läskvittenser/personal.csv', line: 3, column: 1 }],
    },
  ],
});
