/**
 * reading/unknown-document: a confirmation row for a document or version that does not exist,
 * or a row or file of confirmations that cannot be read (warning), at file:line of the row.
 * Inert without läskvittens. Never a reader key in the message.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { BASE_CONFIG } from '../../helpers/repo.js';
import { READING_CONFIG, READING_FILES } from '../../helpers/reading.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'reading/unknown-document';
const C = 'data/läskvittenser/bekräftelser-2026.csv';
const outside = mkdtempSync(join(tmpdir(), 'lsys-reading-rule-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
writeFileSync(join(outside, 'personal.csv'), 'läsare;enhet;roll\nP1;solgläntan;medarbetare\n');
writeFileSync(join(outside, 'a.csv'), 'dokument;version;läsare;datum\nRUT-404;1;P1;2026-01-01\n');

const docsOnly = Object.fromEntries(Object.entries(READING_FILES).filter(([f]) => !f.startsWith('data/')));
const broken = {
  ...docsOnly,
  'data/läskvittenser/utf16.csv': new Uint8Array([0xff, 0xfe, 0x41, 0x00]),
  'data/läskvittenser/rubrik.csv': 'Dokument;Läsare\nRUT-001;P1\n',
  'data/läskvittenser/citat.csv': 'dokument;version;läsare;datum\n"RUT-001;2.1;P1;2026-01-01\n',
};

ruleTester(RULE, {
  valid: [{ name: 'is inert without a läskvittens block', files: READING_FILES, config: BASE_CONFIG }],
  invalid: [
    {
      name: 'reports each row that counts for nothing, at its line, and says why (never the key)',
      files: READING_FILES,
      config: READING_CONFIG,
      errors: [
        {
          file: C,
          line: 7,
          column: 1,
          severity: 'warning',
          message: 'Bekräftelsen gäller dokumentet ”RUT-999”, som inte finns; raden räknas inte',
        },
        { file: C, line: 8, message: 'Bekräftelsen av RUT-001 gäller version 3.0, men dokumentet har version 2.1; raden räknas inte' },
        { file: C, line: 9, message: 'Bekräftelsen av RUT-001 gäller version ”två”, som inte är ett versionsnummer; raden räknas inte' },
        { file: C, line: 10, message: 'Datumet ”2026-13-01” kan inte läsas; raden räknas inte', hint: { includes: 'ÅÅÅÅ-MM-DD' } },
        { file: C, line: 11, message: 'Raden saknar ”läsare”; raden räknas inte' },
        { file: C, line: 12, message: 'Raden har 2 fält men rubrikraden har 6; raden räknas inte' },
      ],
    },
    {
      name: 'files that cannot be read: a header without the columns, an open quote, UTF-16 (in English)',
      files: broken,
      config: READING_CONFIG,
      options: { lang: 'en' },
      errors: [
        {
          file: 'data/läskvittenser/citat.csv',
          line: 2,
          message: 'A quotation mark (") on the row is never closed; the row is not counted',
        },
        {
          file: 'data/läskvittenser/rubrik.csv',
          line: 1,
          message: 'The header row lacks version, datum; the file is not read',
          hint: 'The first row must name the columns dokument;version;läsare;datum (in any order; more columns are fine).',
        },
        {
          file: 'data/läskvittenser/utf16.csv',
          line: 1,
          message: 'The file is not saved as UTF-8 and is not read',
          hint: { includes: 'CSV UTF-8' },
        },
      ],
    },
    {
      name: 'many rows alike (a renamed document) are one finding on the first, with the count of the others',
      files: {
        ...docsOnly,
        'data/läskvittenser/a.csv':
          'dokument;version;läsare;datum\nRUT-077;1;P1;2026-01-01\nRUT-077;1;P2;2026-01-01\nRUT-001;2.1;P3;2026-01-01\nRUT-077;1;P4;2026-01-01\n',
      },
      config: READING_CONFIG,
      errors: [
        {
          file: 'data/läskvittenser/a.csv',
          line: 2,
          message: 'Bekräftelsen gäller dokumentet ”RUT-077”, som inte finns; raden räknas inte (och 2 rader till i filen med samma fel)',
        },
      ],
    },
    {
      name: 'names a file outside the repository by its absolute path',
      files: docsOnly,
      config: READING_CONFIG.replace('läskvittens:\n', `läskvittens:\n  mapp: ${outside}\n`),
      errors: [{ file: join(outside, 'a.csv'), line: 2 }],
    },
  ],
});
