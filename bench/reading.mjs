#!/usr/bin/env node
// The läskvittens benchmark (issue 13): node bench/reading.mjs [--rows 100000] [--runs 5] [--csv-parse DIR]
//
// Writes a repository into bench/.work/reading-<rows>/ with 200 routines over 8 units, a roster
// of 2,000 people and `rows` confirmation rows (a Forms-like export: BOM, semicolons, CRLF,
// extra columns), then times, as the median of --runs runs in this process (built dist/):
//   (a) read: readReading() on läskvittens.mapp (list, decode, parse the CSV, check each row);
//   (b) model: the facts from the rows (model.reading, readingShares at two dates, issues);
//   (c) the whole of `lsys validate --no-cache --no-git` on the repository as a child process,
//       with and without the läskvittens block (what the data adds to a run).
// Issue 13's target: (a) + (b) under 2 s for 100,000 rows. With --csv-parse DIR (a folder
// whose node_modules holds csv-parse) it also times csv-parse/sync on the same text, for the
// choice of parser (see src/core/csv.ts). Never part of `npm test`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const TODAY = '2026-12-01';
const TARGET_S = 2;

function args(argv) {
  const o = { rows: 100_000, runs: 5, csvParse: undefined };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rows') o.rows = Number(argv[++i]);
    else if (argv[i] === '--runs') o.runs = Number(argv[++i]);
    else if (argv[i] === '--csv-parse') o.csvParse = resolve(argv[++i]);
  }
  return o;
}

/** mulberry32: the same corpus on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function write(root, file, text) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** The repository: lsys.yaml, 200 routines, the roster and `rows` confirmations. */
function generate(root, rows) {
  const rand = prng(13);
  const units = Array.from({ length: 8 }, (_, i) => `enhet-${i + 1}`);
  const config = (withReading) =>
    [
      'organisation: Benchkommunen',
      'verksamhetsformer: [sol]',
      'dokument: ledningssystem',
      'roller:',
      '  - { id: enhetschef, namn: Enhetschef }',
      '  - { id: medarbetare, namn: Medarbetare }',
      'enheter:',
      ...units.map((u, i) => `  - { id: ${u}, namn: Enhet ${i + 1} }`),
      'regler:',
      '  coverage/missing: off',
      '  process/orphan-routine: off',
      ...(withReading ? ['läskvittens:', '  dagar: 30', '  läses_av:', '    rutin: [medarbetare, enhetschef]'] : []),
      '',
    ].join('\n');
  write(root, 'lsys.yaml', config(true));
  write(root, 'lsys-utan.yaml', config(false));
  const docs = [];
  for (let i = 1; i <= 200; i++) {
    const id = `RUT-${String(i).padStart(3, '0')}`;
    const version = `${1 + (i % 3)}.${i % 4}`;
    const some = units.filter(() => rand() < 0.6);
    const gäller = i % 5 === 0 ? '' : `gäller_för: [${(some.length ? some : units).join(', ')}]\n`;
    docs.push({ id, version });
    write(
      root,
      `ledningssystem/${id}.md`,
      `---\nid: ${id}\ntyp: rutin\ntitel: Rutin ${i}\nstatus: fastställd\nversion: "${version}"\nägare: enhetschef\nfastställd_av: enhetschef\nfastställd: 2026-0${1 + (i % 9)}-10\nrevideras: 2027-01-0${1 + (i % 9)}\n${gäller}---\n# Rutin ${i}\n\n## Syfte\n\nText.\n\n## Ansvar\n\nText.\n\n## Genomförande\n\nText.\n\n## Uppföljning\n\nText.\n`,
    );
  }
  const people = 2000;
  const roster = ['läsare;enhet;roll'];
  for (let p = 1; p <= people; p++)
    roster.push(`P${String(p).padStart(5, '0')};${units[p % units.length]};${p % 25 === 0 ? 'enhetschef' : 'medarbetare'}`);
  write(root, 'data/läskvittenser/personal.csv', roster.join('\n') + '\n');
  const lines = ['Id;Starttid;Sluttid;E-postadress;Dokument;Version;Läsare;Datum;Kommentar'];
  for (let r = 1; r <= rows; r++) {
    const d = docs[Math.floor(rand() * docs.length)];
    const p = 1 + Math.floor(rand() * people);
    const date = `2026-${String(1 + Math.floor(rand() * 11)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
    const v = rand() < 0.9 ? d.version : `${d.version.split('.')[0]}.0`;
    lines.push(`${r};${date} 08:00:00;${date} 08:02:00;anonymous;${d.id};${v};P${String(p).padStart(5, '0')};${date};"Läst, ""ok"""`);
  }
  write(root, 'data/läskvittenser/forms-export.csv', '\uFEFF' + lines.join('\r\n') + '\r\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const o = args(process.argv.slice(2));
const root = join(HERE, '.work', `reading-${o.rows}`);
rmSync(root, { recursive: true, force: true });
generate(root, o.rows);
const csvFile = join(root, 'data/läskvittenser/forms-export.csv');
const mib = (readFileSync(csvFile).length / 1024 / 1024).toFixed(1);

const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const { parseConfig } = await import(dist('core/config.js'));
const { loadCatalog } = await import(dist('core/catalog.js'));
const { readReading } = await import(dist('core/reading.js'));
const { validateRepository } = await import(dist('core/validate.js'));
const { registry } = await import(dist('rules/index.js'));
const { buildModel } = await import(dist('model/index.js'));

const catalog = loadCatalog();
const config = parseConfig(readFileSync(join(root, 'lsys.yaml'), 'utf8'), root, 'sv');
// The documents once (they are not what is measured); the model is rebuilt per run with fresh reading data.
const run = await validateRepository({ config, today: TODAY, lang: 'sv', git: false, cache: false, registry, workers: 0 });
const documents = run.documents;

const read = [];
const model = [];
let facts;
for (let i = 0; i < o.runs; i++) {
  const t0 = performance.now();
  const reading = await readReading(config, 'sv');
  const t1 = performance.now();
  const m = buildModel({ config, today: TODAY, catalog, documents, reading });
  facts = {
    reading: m.reading.length,
    shares: m.readingShares('2026-12-31').length + m.readingShares('2025-12-31').length,
    issues: m.readingIssues.length,
    rows: reading.confirmations.length,
  };
  const t2 = performance.now();
  read.push((t1 - t0) / 1000);
  model.push((t2 - t1) / 1000);
}

const cli = () => {
  const times = [];
  for (let i = 0; i < Math.min(o.runs, 3); i++) {
    const t0 = performance.now();
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin', 'lsys.js'), 'validate', '--cwd', root, '--today', TODAY, '--no-cache', '--no-git', '--format', 'json'],
      {
        encoding: 'utf8',
      },
    );
    times.push((performance.now() - t0) / 1000);
    if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  }
  return median(times);
};
const withReading = cli();
// The same repository without the block: swap the files for the run.
const text = readFileSync(join(root, 'lsys.yaml'), 'utf8');
writeFileSync(join(root, 'lsys.yaml'), readFileSync(join(root, 'lsys-utan.yaml'), 'utf8'));
const without = cli();
writeFileSync(join(root, 'lsys.yaml'), text);

let csvParse;
if (o.csvParse) {
  const { parse } = createRequire(join(o.csvParse, 'package.json'))('csv-parse/sync');
  const source = readFileSync(csvFile, 'utf8');
  const times = [];
  for (let i = 0; i < o.runs; i++) {
    const t0 = performance.now();
    parse(source, { bom: true, delimiter: ';', relax_column_count: true, relax_quotes: true, info: true, skip_empty_lines: true });
    times.push((performance.now() - t0) / 1000);
  }
  const { parseCsv } = await import(dist('core/csv.js'));
  const ours = [];
  for (let i = 0; i < o.runs; i++) {
    const t0 = performance.now();
    parseCsv(source);
    ours.push((performance.now() - t0) / 1000);
  }
  csvParse = { theirs: median(times), ours: median(ours) };
}

const s = (x) => `${x.toFixed(3)} s`;
const total = median(read) + median(model);
const out = [
  `läskvittens, ${o.rows.toLocaleString('sv-SE')} confirmation rows (${mib} MiB), 2,000 readers, 200 routines, 8 units — median of ${o.runs}`,
  `  (a) read the folder:            ${s(median(read))}`,
  `  (b) model facts:                ${s(median(model))}   (${facts.reading} facts, ${facts.shares} shares, ${facts.issues} issues, ${facts.rows} rows counted)`,
  `      (a) + (b):                  ${s(total)}   target < ${TARGET_S} s: ${total < TARGET_S ? 'met' : 'NOT met'}`,
  `  (c) lsys validate, whole run:   ${s(withReading)} with the data, ${s(without)} without`,
  ...(csvParse ? [`  parser alone: src/core/csv.ts ${s(csvParse.ours)}, csv-parse/sync ${s(csvParse.theirs)}`] : []),
];
process.stdout.write(out.join('\n') + '\n');
