// Generate the läskvittens data of the example repository (issue 13): a roster of invented,
// pseudonymous staff (keys P0001…, no names) and read confirmations of the documents that
// examples/solbacka/lsys.yaml says they must read. Deterministic: a seeded PRNG, no clock.
//
//   node scripts/generate-laskvittenser.mjs [--out <folder>]
//
// writes personal.csv, 2025.csv (last year's confirmations, comma-separated as from a plain
// spreadsheet) and forms-export-2026.csv (this year's, as a Microsoft Forms export saved as
// "CSV UTF-8" by Swedish Excel: BOM, semicolons, CRLF, Forms' own columns — but no name or
// e-mail column) to --out (default examples/solbacka/data/läskvittenser). test/example-reading.test.ts
// runs it into a temp folder and compares with the committed files.
//
// Coverage is realistic: nearly everyone confirmed within the days allowed, except a few units
// behind on two routines (BEHIND below), so that reading/overdue fires on those two documents
// on the demo day 2026-12-01; documents whose major version was out in 2025 were mostly
// confirmed then, so the report's year before has figures.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const EXAMPLE = fileURLToPath(new URL('../examples/solbacka/', import.meta.url));

/** Staff per unit and role (invented figures of a small municipality). */
const STAFF = {
  solgläntan: { enhetschef: 1, sjuksköterska: 4, medarbetare: 38 },
  'hemtjänst-norr': { enhetschef: 1, sjuksköterska: 3, medarbetare: 29 },
  'gruppbostad-lärkan': { enhetschef: 1, sjuksköterska: 1, medarbetare: 12 },
  myndighetsenheten: { enhetschef: 1, handläggare: 9 },
};

/** Readers per document and unit who have not confirmed the version that counts. */
const BEHIND = {
  'RUT-008': { 'hemtjänst-norr': 6, solgläntan: 2 },
  'RUT-003': { 'gruppbostad-lärkan': 3 },
};

/** mulberry32: a small seeded PRNG, the same numbers on every machine. */
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

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The documents of the example with their frontmatter, in path order. */
function documents(root, folder) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.md')) {
        const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
        if (m) out.push(parse(m[1], { schema: 'failsafe' }));
      }
    }
  };
  walk(join(root, folder));
  return out;
}

export function generate(root = EXAMPLE) {
  const rand = prng(13);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const config = parse(readFileSync(join(root, 'lsys.yaml'), 'utf8'), { schema: 'failsafe' });
  const l = config.läskvittens;
  const dagar = Number(l.dagar ?? 30);
  const units = config.enheter.map((u) => u.id);

  // The roster: keys in unit and role order.
  const roster = [];
  for (const unit of units) {
    for (const [role, n] of Object.entries(STAFF[unit] ?? {})) {
      for (let i = 0; i < n; i++) roster.push({ key: `P${String(roster.length + 1).padStart(4, '0')}`, unit, role });
    }
  }

  const last = [];
  const now = [];
  for (const d of documents(root, config.dokument ?? '.')) {
    if (d.status !== 'fastställd') continue;
    const roles = d.läses_av ?? l.läses_av?.[d.typ] ?? [];
    const applies = d.gäller_för ?? units;
    const [major, minor] = String(d.version).split('.').map(Number);
    const fastställd = String(d.fastställd);
    for (const unit of applies) {
      const readers = roster.filter((p) => p.unit === unit && roles.includes(p.role));
      const behind = BEHIND[d.id]?.[unit] ?? 0;
      readers.forEach((p, i) => {
        const late = i >= readers.length - behind;
        if (minor > 0 && rand() < 0.9) {
          // The major version came out in 2025: confirmed then; some confirm the new minor too.
          last.push({
            dokument: d.id,
            version: `${major}.0`,
            läsare: p.key,
            datum: `2025-${String(int(3, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
          });
          if (rand() < 0.3) now.push({ dokument: d.id, version: d.version, läsare: p.key, datum: addDays(fastställd, int(1, dagar - 2)) });
          return;
        }
        if (minor === 0 && major > 1 && rand() < 0.85) {
          // The version before, read in 2025: it no longer counts (what the handbook shows changes since).
          last.push({
            dokument: d.id,
            version: `${major - 1}.${int(0, 2)}`,
            läsare: p.key,
            datum: `2025-${String(int(2, 10)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
          });
        }
        if (!late) now.push({ dokument: d.id, version: d.version, läsare: p.key, datum: addDays(fastställd, int(1, dagar - 2)) });
      });
    }
  }
  const byDate = (a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : a.läsare < b.läsare ? -1 : a.läsare > b.läsare ? 1 : 0);
  last.sort(byDate);
  now.sort(byDate);

  const personal = ['läsare;enhet;roll', ...roster.map((p) => `${p.key};${p.unit};${p.role}`)].join('\n') + '\n';
  const y2025 =
    ['dokument,version,läsare,datum', ...last.map((c) => `${c.dokument},${c.version},${c.läsare},${c.datum}`)].join('\n') + '\n';
  const forms =
    '\uFEFF' +
    [
      'Id;Starttid;Sluttid;Dokument;Version;Läsare;Datum;Jag har läst och förstått rutinen',
      ...now.map((c, i) => {
        const h = String(int(7, 21)).padStart(2, '0');
        const m = int(0, 55);
        const start = `${c.datum} ${h}:${String(m).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;
        const end = `${c.datum} ${h}:${String(m + int(1, 4)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}`;
        return `${i + 1};${start};${end};${c.dokument};${c.version};${c.läsare};${c.datum};Ja`;
      }),
    ].join('\r\n') +
    '\r\n';
  return { 'personal.csv': personal, '2025.csv': y2025, 'forms-export-2026.csv': forms };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const out = i > 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : join(EXAMPLE, 'data', 'läskvittenser');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(generate())) writeFileSync(join(out, name), text);
  process.stdout.write(`Wrote personal.csv, 2025.csv and forms-export-2026.csv to ${out}\n`);
}
