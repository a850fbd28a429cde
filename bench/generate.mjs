#!/usr/bin/env node
// Writes a valid, realistic lsys repository of N documents for the benchmark (issue 4):
//
//   node bench/generate.mjs --out DIR --n 10000 [--seed 1]
//
// A region's ledningssystem: lsys.yaml with ~15 roles and N/40 units ("Enhet 12 Björkdalen"),
// a policy and a few ansvarsfördelningar under ledningssystem/gemensamt/, and per unit
// processes, routines, egenkontroller with logs, riskanalyser, sammanställningar and
// blanketter (~60 % rutin, 8 % process, 8 % egenkontroll, 8 % riskanalys, 6 %
// sammanställning, 5 % blankett), ~3 KB each of Swedish prose with tables, lists and
// relative links to other documents and to their headings (GitHub anchors), plus a data/
// folder with small CSV files. Validated with `--today 2026-12-01` it gives zero findings.
//
// Deterministic: a seeded PRNG, no clock, no environment, so the same N and seed give the
// same bytes. Plain Node, no dependencies. DIR must be empty, absent, or an earlier output of
// this script (it carries .lsys-bench.json); anything else is refused.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as P from './phrases.mjs';

export const TODAY = '2026-12-01';
export const MARKER = '.lsys-bench.json';
const HERE = dirname(fileURLToPath(import.meta.url));

/** A hash of the generator's own source: a corpus made by other code is never reused. */
export function generatorVersion() {
  const h = createHash('sha256');
  for (const f of ['generate.mjs', 'phrases.mjs']) h.update(readFileSync(join(HERE, f)));
  return h.digest('hex').slice(0, 16);
}

// ---------------------------------------------------------------------------------------
// Seeded randomness (cyrb128 → sfc32)

function seedFrom(str) {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

class Rng {
  constructor(key) {
    let [a, b, c, d] = seedFrom(key);
    this.next = () => {
      a |= 0;
      b |= 0;
      c |= 0;
      d |= 0;
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    };
    for (let i = 0; i < 12; i++) this.next();
  }
  int(a, b) {
    return a + Math.floor(this.next() * (b - a + 1));
  }
  pick(arr) {
    return arr[Math.floor(this.next() * arr.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  sample(arr, k) {
    const c = [...arr];
    const out = [];
    while (out.length < k && c.length) out.push(c.splice(Math.floor(this.next() * c.length), 1)[0]);
    return out;
  }
  shuffle(arr) {
    return this.sample(arr, arr.length);
  }
  weighted(items, weight) {
    const total = items.reduce((s, x) => s + weight(x), 0);
    let r = this.next() * total;
    for (const x of items) if ((r -= weight(x)) < 0) return x;
    return items[items.length - 1];
  }
}

// ---------------------------------------------------------------------------------------
// Dates: `YYYY-MM-DD` text, the same calendar arithmetic as lsys (src/core/dates.ts).

const dayNo = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;
const fromDayNo = (n) => new Date(n * 86400000).toISOString().slice(0, 10);
const addDays = (s, n) => fromDayNo(dayNo(s) + n);
const daysInMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function addMonths(s, months) {
  const [y, m, d] = [+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, daysInMonth(ny, nm))).padStart(2, '0')}`;
}
const FREKVENS_MONTHS = { månad: 1, kvartal: 3, halvår: 6, år: 12, vartannat_år: 24 };
const addFrekvens = (s, f, times = 1) => (f === 'vecka' ? addDays(s, 7 * times) : addMonths(s, FREKVENS_MONTHS[f] * times));
const between = (rng, from, to) => fromDayNo(rng.int(dayNo(from), dayNo(to)));
const maxDate = (a, b) => (a > b ? a : b);
const minDate = (a, b) => (a < b ? a : b);

// Every fastställd document was approved in the last ten months, and a governing one is due
// for review at most 12 months after approval but more than 60 days after TODAY.
const APPROVED_FROM = '2026-02-02';
const APPROVED_TO = addDays(TODAY, -3);
const REVIEW_NOT_BEFORE = addDays(TODAY, 62);

function approval(rng, from = APPROVED_FROM, to = APPROVED_TO) {
  const fastställd = between(rng, maxDate(from, APPROVED_FROM), minDate(to, APPROVED_TO));
  const latest = addMonths(fastställd, 12);
  const revideras = maxDate(REVIEW_NOT_BEFORE, addDays(latest, -rng.int(0, 45)));
  return { fastställd, revideras: minDate(revideras, latest) };
}

// ---------------------------------------------------------------------------------------
// Text helpers

/** GitHub heading anchors as github-slugger makes them (lsys uses that package). */
class Slugger {
  constructor() {
    this.seen = new Map();
  }
  slug(text) {
    // github-slugger: lower case, drop everything but letters, marks, numbers, connector
    // punctuation, space and '-', then spaces to '-'. The headings here use only letters,
    // digits, spaces and simple punctuation, where this is exact.
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    let s = base;
    while (this.seen.has(s)) {
      const n = this.seen.get(base) + 1;
      this.seen.set(base, n);
      s = `${base}-${n}`;
    }
    this.seen.set(s, 0);
    return s;
  }
}

const ASCII = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', Å: 'A', Ä: 'A', Ö: 'O' };
const fileSlug = (s) =>
  s
    .replace(/[åäöéüÅÄÖ]/g, (c) => ASCII[c])
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48)
    .replace(/-$/, '');

/** Hard-wrap prose at `width` like the example documents; never start a line like a list item. */
function wrap(text, width = 72) {
  const words = text.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width && !/^(\d+[.)]|[-+*>#=|])/.test(w)) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** An item of a Markdown list, continuation lines indented. */
function item(marker, text, width = 72) {
  const pad = ' '.repeat(marker.length + 1);
  return `${marker} ${wrap(text, width - pad.length).replace(/\n/g, `\n${pad}`)}`;
}

const fill = (tpl, vars) => tpl.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
const link = (text, url) => `[${text}](${url})`;
const rel = (from, to) => posix.relative(posix.dirname(from), to);

// YAML scalars: bare when plainly safe (also inside flow collections), otherwise a JSON
// string, which is valid YAML. Dates, versions and sosfs paragraphs are written bare on purpose.
function y(s) {
  if (typeof s === 'number') return String(s);
  if (/^[\p{L}][\p{L}\p{N} .()–/%-]*$/u.test(s) && !/ $/.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s)) return s;
  return JSON.stringify(s);
}
const flow = (arr) => `[${arr.map((x) => (typeof x === 'string' && /^\d+:\d+$/.test(x) ? x : y(x))).join(', ')}]`;

// ---------------------------------------------------------------------------------------
// The plan: every unit and document with its id, path, data and headings, so that bodies can
// link to other documents' headings.

const TYPE_DIR = {
  process: 'processer',
  rutin: 'rutiner',
  egenkontroll: 'egenkontroll',
  riskanalys: 'riskanalyser',
  sammanställning: 'sammanstallningar',
  blankett: 'blanketter',
};
const PREFIX = {
  policy: 'POL',
  ansvarsfördelning: 'ANS',
  process: 'PRO',
  rutin: 'RUT',
  egenkontroll: 'EGK',
  riskanalys: 'RISK',
  sammanställning: 'SAM',
  blankett: 'BLA',
};
const VERSIONER = ['1.0', '1.0', '1.1', '1.2', '2.0', '2.0', '2.1', '2.3', '3.0', '3.1', '4.0', '1.10'];

function typeCounts(n, units) {
  const c = {
    policy: 1,
    ansvarsfördelning: Math.min(5, 1 + Math.floor(n / 3000)),
    process: Math.max(units, Math.round(0.08 * n)),
    egenkontroll: Math.round(0.08 * n),
    riskanalys: Math.round(0.08 * n),
    sammanställning: Math.round(0.06 * n),
    blankett: Math.round(0.05 * n),
  };
  c.rutin = n - Object.values(c).reduce((a, b) => a + b, 0);
  return c;
}

/** Spread `count` over `units`, the remainder starting at `offset`. */
const share = (count, units, i, offset) => Math.floor(count / units) + ((((i - offset) % units) + units) % units < count % units ? 1 : 0);

export function plan(n, seed) {
  if (!Number.isInteger(n) || n < 20 || n > 99999) throw new Error('--n must be an integer from 20 to 99999');
  const rng = new Rng(`plan:${seed}:${n}`);
  const U = Math.max(1, Math.round(n / 40));
  const counts = typeCounts(n, U);
  const nextId = {};
  const newId = (typ) => {
    nextId[typ] = (nextId[typ] ?? 0) + 1;
    return `${PREFIX[typ]}-${String(nextId[typ]).padStart(5, '0')}`;
  };
  const docs = [];
  const docById = new Map();
  const add = (d) => {
    d.rng = new Rng(`doc:${seed}:${n}:${d.id}`);
    docs.push(d);
    docById.set(d.id, d);
    return d;
  };

  // Units.
  const units = [];
  for (let i = 1; i <= U; i++) {
    const ort = rng.pick(P.ORTER);
    const kind = rng.weighted(P.ENHETSTYPER, (k) => k.vikt);
    units.push({
      no: i,
      id: `enhet-${i}-${ort.toLowerCase()}`,
      namn: `Enhet ${i} ${ort}`,
      kind,
      former: kind.former,
      folder: `ledningssystem/enheter/${String(i).padStart(3, '0')}-${fileSlug(ort)}`,
      docs: { process: [], rutin: [], egenkontroll: [], riskanalys: [], sammanställning: [], blankett: [] },
    });
  }

  // Shared documents.
  const policy = add({
    typ: 'policy',
    id: newId('policy'),
    titel: 'Kvalitetspolicy och ledningssystem för vård och omsorg',
    status: 'fastställd',
    unit: undefined,
  });
  policy.path = `ledningssystem/gemensamt/policy/${policy.id}-kvalitetspolicy.md`;
  const ansTitles = [
    'Ansvarsfördelning i det systematiska kvalitetsarbetet',
    'Ansvarsfördelning för hälso- och sjukvården',
    'Ansvarsfördelning för verksamheter enligt LSS',
    'Ansvarsfördelning för hemtjänst och särskilt boende',
    'Ansvarsfördelning för myndighetsutövning',
  ];
  const ans = [];
  for (let i = 0; i < counts.ansvarsfördelning; i++) {
    const d = add({
      typ: 'ansvarsfördelning',
      id: newId('ansvarsfördelning'),
      titel: ansTitles[i],
      status: 'fastställd',
      unit: undefined,
      main: i === 0,
    });
    d.path = `ledningssystem/gemensamt/ansvar/${d.id}-${fileSlug(d.titel)}.md`;
    ans.push(d);
  }

  // Per-unit documents, type by type so that ids run in a natural order.
  const order = ['process', 'rutin', 'egenkontroll', 'riskanalys', 'sammanställning', 'blankett'];
  order.forEach((typ, t) => {
    for (const u of units) {
      const k = share(counts[typ], U, u.no - 1, t * 7);
      for (let j = 0; j < k; j++) {
        const d = add({ typ, id: newId(typ), unit: u, index: j });
        u.docs[typ].push(d);
      }
    }
  });

  for (const u of units) planUnit(u, rng);
  for (const d of docs) {
    if (!d.path) d.path = `${d.unit.folder}/${TYPE_DIR[d.typ]}/${d.id}-${fileSlug(d.titel)}.md`;
    d.slugs = headingsWithSlugs(d.headings ?? skeleton(d));
  }
  return { n, seed, units, docs, docById, policy, ans, counts };
}

/** Titles, statuses, process membership and data of one unit's documents. */
function planUnit(u, rng) {
  const topics = P.AMNEN.filter((t) => t.sektor.some((s) => u.former.includes(s)));
  const titlePool = rng.shuffle(topics.flatMap((t) => t.titlar.map((titel) => ({ t, titel }))));

  // Processes: distinct templates.
  const templates = rng.shuffle(P.PROCESSER);
  u.docs.process.forEach((d, i) => {
    d.template = templates[i % templates.length];
    d.titel = d.template.namn + (i >= templates.length ? ` del ${Math.floor(i / templates.length) + 1}` : '');
    d.status = 'fastställd';
  });

  // Routines: topic and title, status (3 % utkast, 2 % upphävd and replaced).
  u.docs.rutin.forEach((d, i) => {
    const pick = titlePool[i % titlePool.length];
    d.topic = pick.t;
    d.titel = pick.titel + (i >= titlePool.length ? ` del ${Math.floor(i / titlePool.length) + 1}` : '');
    const r = d.rng.next();
    d.status = r < 0.03 ? 'utkast' : r < 0.05 ? 'upphävd' : 'fastställd';
  });
  const rutiner = u.docs.rutin;
  for (const [i, d] of rutiner.entries()) {
    if (d.status !== 'upphävd') continue;
    const successor = rutiner.slice(i + 1).find((s) => s.status === 'fastställd' && !s.ersätter);
    if (successor) {
      successor.ersätter = d.id;
      d.titel = successor.titel;
      d.topic = successor.topic;
      d.replacedBy = successor;
    } else d.status = 'utkast';
  }

  // Activities: each process lists its fastställda routines, about half per activity.
  const active = rutiner.filter((d) => d.status === 'fastställd');
  const procs = u.docs.process;
  procs.forEach((p) => (p.members = []));
  active.forEach((r, i) => procs[i % procs.length].members.push(r));
  for (const p of procs) {
    const k = Math.max(3, Math.min(p.template.aktiviteter.length, Math.ceil(p.members.length / 2) + 1));
    p.aktiviteter = p.template.aktiviteter.slice(0, k).map((namn, i) => ({ id: `A${i + 1}`, namn, rutiner: [] }));
    p.members.forEach((r, i) => {
      const a = p.aktiviteter[i % k];
      a.rutiner.push(r.id);
      r.process = p;
      if (r.rng.chance(0.75)) r.aktivitet = a.id; // a routine may also just be listed
    });
  }
  for (const r of rutiner) if (r.status !== 'fastställd') r.process = procs[r.index % procs.length];
  for (const b of u.docs.blankett) {
    b.template = P.BLANKETTER[(b.index + u.no) % P.BLANKETTER.length];
    b.titel = b.template.titel + (b.index >= P.BLANKETTER.length ? ` (version för ${u.kind.typ})` : '');
    b.status = 'fastställd';
  }
  // Some activities list a form as well (rutiner may name a blankett).
  procs.forEach((p, i) => {
    const b = u.docs.blankett[i];
    if (b && p.rng.chance(0.5)) p.aktiviteter[p.aktiviteter.length - 1].rutiner.push(b.id);
  });

  for (const d of u.docs.egenkontroll) planEgenkontroll(d, u, topics, active);
  for (const d of u.docs.riskanalys) planRiskanalys(d, u, topics);
  u.docs.sammanställning.forEach((d, i) => planSammanstallning(d, u, i));
}

function planEgenkontroll(d, u, topics, active) {
  const rng = d.rng;
  const own = active.filter((r) => r.unit === u);
  d.rutin = own.length ? own[(d.index * 7) % own.length] : undefined;
  d.topic = d.rutin?.topic ?? topics[d.index % topics.length];
  d.titel = `Egenkontroll: ${d.topic.kontroll.område.toLowerCase()}`;
  d.status = 'fastställd';
  d.frekvens = rng.weighted(
    ['vecka', 'månad', 'kvartal', 'halvår', 'år', 'vartannat_år'],
    (f) => ({ vecka: 1, månad: 4, kvartal: 8, halvår: 4, år: 3, vartannat_år: 1 })[f],
  );
  d.ansvarig = rng.pick(['enhetschef', 'sjuksköterska', 'kvalitetssamordnare', 'mas']);
  // The last performed check is recent enough that the next is not yet due on TODAY.
  let last = addDays(TODAY, -rng.int(1, 60));
  while (addFrekvens(last, d.frekvens) < TODAY) last = addDays(last, 1);
  const times = rng.int(3, 6);
  d.genomförda = [];
  for (let i = times - 1; i >= 0; i--) {
    const datum = i === 0 ? last : addDays(addFrekvens(last, d.frekvens, -i), rng.int(-2, 2));
    const brister = rng.chance(0.3);
    const g = { datum, resultat: brister ? 'brister' : 'utan_anmärkning' };
    if (brister || rng.chance(0.3)) g.sammanfattning = rng.pick(d.topic.risker)[1] + ' ' + rng.pick(d.topic.punkter);
    if (brister) g.åtgärder = Array.from({ length: rng.chance(0.25) ? 2 : 1 }, (_, k) => action(rng, datum, d.topic, 10, 90, k));
    d.genomförda.push(g);
  }
  const a = approval(rng);
  Object.assign(d, a);
}

/** An åtgärd decided on `from`: past its klart_senast it is klar, with klar_datum. */
function action(rng, from, topic, minDays, maxDays, k = 0) {
  const klart_senast = addDays(from, rng.int(minDays, maxDays));
  const a = {
    beskrivning: k === 0 && rng.chance(0.6) ? rng.pick(topic.risker)[2] : rng.pick(P.ATGARDER),
    ansvarig: rng.pick(['enhetschef', 'sjuksköterska', 'kvalitetssamordnare', 'mas', 'verksamhetschef']),
    klart_senast,
  };
  if (klart_senast < TODAY || rng.chance(0.3)) {
    const latest = minDate(klart_senast, addDays(TODAY, -1));
    a.status = 'klar';
    a.klar_datum = latest <= from ? from : between(rng, addDays(from, 1), latest);
  } else a.status = rng.pick(['planerad', 'pågår']);
  return a;
}

function planRiskanalys(d, u, topics) {
  const rng = d.rng;
  d.status = 'fastställd';
  d.anledning = rng.chance(0.6) ? 'fortlöpande' : 'förändring';
  d.process = u.docs.process[d.index % u.docs.process.length];
  d.datum = between(rng, APPROVED_FROM, addDays(TODAY, -20));
  d.fastställd = minDate(addDays(d.datum, rng.int(0, 14)), APPROVED_TO);
  const tema = rng.sample(topics, 3);
  d.titel =
    d.anledning === 'fortlöpande'
      ? `Riskanalys ${d.datum.slice(0, 4)}: ${tema[0].namn}`
      : `Riskanalys inför förändring: ${tema[0].titlar[0].toLowerCase()}`;
  d.topic = tema[0];
  const n = rng.int(4, 7);
  d.risker = [];
  for (let i = 0; i < n; i++) {
    const t = tema[i % tema.length];
    const [beskrivning, orsak] = t.risker[Math.floor(i / tema.length) % t.risker.length];
    const r = { id: `R${i + 1}`, beskrivning, orsak, sannolikhet: rng.int(1, 4), konsekvens: rng.int(1, 4), topic: t };
    if (r.sannolikhet * r.konsekvens >= 8 || rng.chance(0.2))
      r.åtgärder = Array.from({ length: rng.chance(0.3) ? 2 : 1 }, (_, k) => action(rng, d.datum, t, 20, 200, k));
    d.risker.push(r);
  }
}

const PERIODER = [
  { från: '2025-01-01', till: '2025-12-31', namn: 'helåret 2025', fast: ['2026-02-02', '2026-02-27'] },
  { från: '2026-01-01', till: '2026-06-30', namn: 'första halvåret 2026', fast: ['2026-08-10', '2026-09-15'] },
  { från: '2026-07-01', till: '2026-10-31', namn: 'juli–oktober 2026', fast: ['2026-11-05', '2026-11-25'] },
  { från: '2026-01-01', till: '2026-03-31', namn: 'första kvartalet 2026', fast: ['2026-04-10', '2026-05-10'] },
  { från: '2025-07-01', till: '2025-12-31', namn: 'andra halvåret 2025', fast: ['2026-02-02', '2026-03-15'] },
];

function planSammanstallning(d, u, i) {
  const rng = d.rng;
  const p = PERIODER[(i + u.no) % PERIODER.length];
  d.status = 'fastställd';
  d.period = p;
  d.titel = `Avvikelser, klagomål och rapporter ${p.namn}`;
  d.fastställd = between(rng, p.fast[0], p.fast[1]);
  const months = (dayNo(p.till) - dayNo(p.från)) / 30;
  d.avvikelser = rng
    .sample(P.AVVIKELSEKATEGORIER, rng.int(5, 9))
    .map((kategori) => ({ kategori, antal: Math.round(rng.int(0, 9) * months) }));
  d.klagomål = rng.sample(P.KLAGOMALSKALLOR, rng.int(2, 5)).map((källa) => ({ källa, antal: rng.int(0, 3 + Math.round(months)) }));
  const sarah = u.former.some((f) => f !== 'hsl') ? rng.int(0, 4) : 0;
  d.rapporter = {
    lex_sarah: sarah,
    lex_sarah_anmälda: rng.int(0, Math.min(1, sarah)),
    lex_maria: u.former.includes('hsl') ? rng.int(0, 1) : 0,
  };
}

/** The headings of a document, decided before any body is written, so others can link to them. */
function skeleton(d) {
  const H = (depth, text) => ({ depth, text });
  switch (d.typ) {
    case 'policy':
      return [
        H(1, d.titel),
        H(2, 'Kvalitetspolicy'),
        H(2, 'Tillämpningsområde'),
        H(2, 'Mål'),
        H(2, 'Ledningssystemets uppbyggnad'),
        H(2, 'Årshjul för kvalitetsarbetet'),
        H(2, 'Dokumentstyrning'),
        H(2, 'Medarbetarnas delaktighet'),
      ];
    case 'ansvarsfördelning':
      return [
        H(1, d.titel),
        H(2, 'Funktionernas ansvar'),
        ...P.ROLLER.slice(0, d.main ? 15 : 8).map(([, namn]) => H(3, namn)),
        H(2, 'Kvalitets- och patientsäkerhetsberättelse'),
      ];
    case 'process':
      return [H(1, d.titel), H(2, 'Syfte'), H(2, 'Omfattning'), H(2, 'Flöde'), H(2, 'Samverkan'), H(2, 'Mål och uppföljning')];
    case 'rutin': {
      d.rubriker = d.topic.rubriker.slice(0, d.rng.int(3, d.topic.rubriker.length));
      const hs = [
        H(1, d.titel),
        H(2, 'Syfte'),
        H(2, 'Ansvar'),
        H(2, 'Genomförande'),
        ...d.rubriker.map((r) => H(3, r)),
        H(2, 'Uppföljning'),
      ];
      if (d.rng.chance(0.4)) hs.push(H(2, 'Referenser'));
      return hs;
    }
    case 'egenkontroll':
      return [
        H(1, d.titel),
        H(2, 'Syfte'),
        H(2, 'Checklista'),
        H(2, 'Genomförda kontroller'),
        ...d.genomförda.flatMap((g) => [H(3, `Kontrollen ${g.datum}`), ...(g.åtgärder ? [H(4, 'Åtgärder')] : [])]),
        H(2, 'Analys'),
      ];
    case 'riskanalys':
      return [
        H(1, d.titel),
        H(2, 'Bakgrund'),
        H(2, 'Metod'),
        H(2, 'Resultat'),
        H(2, 'Risker och åtgärder'),
        ...d.risker.filter((r) => r.åtgärder).map((r) => H(3, `${r.id}: ${r.beskrivning.replace(/\.$/, '')}`)),
        H(2, 'Uppföljning'),
      ];
    case 'sammanställning':
      return [
        H(1, d.titel),
        H(2, 'Avvikelser'),
        H(2, 'Klagomål och synpunkter'),
        H(2, 'Rapporter enligt lex Sarah och lex Maria'),
        H(2, 'Analys av mönster och trender'),
        H(2, 'Uppföljning av åtgärder'),
      ];
    case 'blankett':
      return [H(1, d.titel), H(2, 'Uppgifter'), H(2, 'Beskrivning'), H(2, 'Så hanteras blanketten')];
  }
  throw new Error(d.typ);
}

function headingsWithSlugs(headings) {
  const s = new Slugger();
  return headings.map((h) => ({ ...h, slug: s.slug(h.text) }));
}

// ---------------------------------------------------------------------------------------
// Rendering

/** A heading of `doc` by text (its anchor), for links into it. */
function anchor(doc, text) {
  const h = doc.slugs.find((x) => x.text === text);
  if (!h) throw new Error(`${doc.id} has no heading ${text}`);
  return h.slug;
}
const linkTo = (from, to, text, headingText) => link(text, `${rel(from.path, to.path)}${headingText ? `#${anchor(to, headingText)}` : ''}`);

function sentence(rng, topic) {
  return `${rng.pick(P.SUBJEKT)} ${rng.pick(topic.handlingar)} ${rng.pick(P.KVALIFIKATOR)}.`;
}
/** `k` generated sentences about `topic`, unwrapped. */
function sentences(rng, topic, k) {
  return Array.from({ length: k }, () => sentence(rng, topic)).join(' ');
}

function frontmatter(d, fields) {
  const lines = ['---'];
  const put = (k, v) => v !== undefined && lines.push(`${k}: ${v}`);
  put('id', d.id);
  put('typ', d.typ);
  put('titel', y(d.titel));
  put('status', d.status);
  put('version', d.version);
  put('ägare', d.ägare);
  if (d.status !== 'utkast') {
    put('fastställd_av', d.fastställd_av);
    put('fastställd', d.fastställd);
  }
  if (d.revideras && d.status !== 'utkast') put('revideras', d.revideras);
  if (d.unit) put('gäller_för', flow([d.unit.id]));
  for (const line of fields) lines.push(line);
  lines.push('---', '');
  return lines.join('\n');
}
function commonTail(d) {
  const out = [];
  if (d.sosfs?.length) out.push(`sosfs: ${flow(d.sosfs)}`);
  if (d.lagrum?.length)
    out.push('lagrum:', ...d.lagrum.map((l) => `  - ${/^[\p{L}][\p{L}\p{N} :-]*$/u.test(l) && !/: /.test(l) ? l : y(l)}`));
  if (d.ersätter) out.push(`ersätter: ${d.ersätter}`);
  if (d.relaterade?.length) out.push(`relaterade: ${flow(d.relaterade)}`);
  return out;
}
function actionYaml(a, indent) {
  const p = ' '.repeat(indent);
  const out = [
    `${p}- beskrivning: ${y(a.beskrivning)}`,
    `${p}  ansvarig: ${a.ansvarig}`,
    `${p}  klart_senast: ${a.klart_senast}`,
    `${p}  status: ${a.status}`,
  ];
  if (a.klar_datum) out.push(`${p}  klar_datum: ${a.klar_datum}`);
  return out;
}

function commonMeta(d, rng) {
  d.version = rng.pick(VERSIONER);
  if (d.status === 'upphävd') {
    d.fastställd = between(rng, '2025-01-10', '2025-12-20');
    d.revideras = addDays(addMonths(d.fastställd, 12), -rng.int(0, 20));
    d.version = '1.0';
  } else if (d.status === 'fastställd' && !d.fastställd) Object.assign(d, approval(rng));
  if (['policy', 'process', 'rutin', 'ansvarsfördelning', 'egenkontroll', 'blankett'].includes(d.typ) === false) d.revideras = undefined;
  const owners = d.unit ? ['enhetschef', 'enhetschef', 'verksamhetschef', 'mas', 'kvalitetssamordnare'] : ['förvaltningschef'];
  d.ägare = d.ägare ?? rng.pick(owners);
  d.fastställd_av = d.fastställd_av ?? (d.unit ? rng.pick(['verksamhetschef', 'avdelningschef', 'enhetschef']) : 'nämnd');
}

function render(d, ctx) {
  const rng = new Rng(`body:${ctx.seed}:${ctx.n}:${d.id}`);
  commonMeta(d, rng);
  switch (d.typ) {
    case 'policy':
      return renderPolicy(d, rng, ctx);
    case 'ansvarsfördelning':
      return renderAns(d, rng, ctx);
    case 'process':
      return renderProcess(d, rng, ctx);
    case 'rutin':
      return renderRutin(d, rng, ctx);
    case 'egenkontroll':
      return renderEgenkontroll(d, rng, ctx);
    case 'riskanalys':
      return renderRiskanalys(d, rng, ctx);
    case 'sammanställning':
      return renderSammanstallning(d, rng, ctx);
    case 'blankett':
      return renderBlankett(d, rng, ctx);
  }
  throw new Error(d.typ);
}

function unitTopics(u) {
  return P.AMNEN.filter((t) => t.sektor.some((s) => u.former.includes(s)));
}
const activeRutiner = (u) => u.docs.rutin.filter((r) => r.status === 'fastställd');

function renderRutin(d, rng, ctx) {
  const u = d.unit;
  const t = d.topic;
  const vars = { namn: t.namn, enhet: u.namn, riskord: t.riskord };
  d.sosfs = t.sosfs;
  d.lagrum = rng.sample(t.lagrum, rng.int(1, t.lagrum.length));
  if (t.sektor.length === 1 && t.sektor[0] === 'hsl') d.ägare = 'mas';
  const others = activeRutiner(u).filter((r) => r !== d);
  const egk = u.docs.egenkontroll.find((e) => e.topic === t) ?? u.docs.egenkontroll[0];
  d.relaterade = [...new Set([egk?.id, others.length ? rng.pick(others).id : undefined].filter(Boolean))];
  const fields = [];
  if (d.process) fields.push(`process: ${d.process.id}`);
  if (d.aktivitet) fields.push(`aktivitet: ${d.aktivitet}`);
  fields.push(...commonTail(d));
  if (rng.chance(0.1)) fields.push(`x_diarienummer: ${y(`VO ${rng.int(2024, 2026)}/${rng.int(100, 999)}`)}`);

  const b = [];
  b.push(`# ${d.titel}`, '');
  if (d.status === 'upphävd') {
    b.push(
      wrap(`Rutinen är upphävd och ersatt av ${d.replacedBy.id}. Den finns kvar i arkivet som underlag för uppföljning och tillsyn.`),
      '',
    );
  }
  const intro = [fill(rng.pick(P.SYFTE), vars)];
  if (rng.chance(0.5))
    intro.push(
      `Den är en del av ${linkTo(d, ctx.policy, 'kvalitetspolicyn', rng.pick(['Kvalitetspolicy', 'Ledningssystemets uppbyggnad', 'Medarbetarnas delaktighet']))}.`,
    );
  b.push(wrap(intro.join(' ')), '');
  b.push('## Syfte', '');
  b.push(
    wrap(
      rng
        .sample(P.SYFTE, 3)
        .map((s) => fill(s, vars))
        .join(' ') +
        ' ' +
        rng.pick(t.fakta),
    ),
    '',
  );
  b.push('## Ansvar', '');
  const roles = rng.sample(Object.keys(P.ANSVARSRAD), rng.int(3, 5));
  b.push('| funktion | ansvar |', '| --- | --- |');
  for (const r of roles) b.push(`| ${P.ROLLTEXT[r]} | ${P.ANSVARSRAD[r]} |`);
  b.push('');
  if (rng.chance(0.3)) b.push(wrap(`Se också [genomförandet](#${anchor(d, 'Genomförande')}) nedan.`), '');
  b.push('## Genomförande', '');
  b.push(wrap(`Arbetet görs i den ordning som står nedan. ${rng.pick(t.fakta)}`), '');
  d.rubriker.forEach((r, i) => {
    b.push(`### ${r}`, '');
    const kind = (i + d.index) % 3;
    if (kind === 0) {
      for (const p of rng.sample(t.punkter, rng.int(3, Math.min(5, t.punkter.length)))) b.push(item('-', p));
      b.push('');
    } else if (kind === 1) {
      const steps = Array.from({ length: rng.int(3, 5) }, () => sentence(rng, t));
      if (others.length && rng.chance(0.7)) {
        const o = rng.pick(others);
        const h = rng.pick(o.slugs.filter((s) => s.depth >= 2));
        steps.push(`Följ ${linkTo(d, o, o.titel.toLowerCase(), h.text)} när det behövs.`);
      }
      steps.forEach((s, k) => b.push(item(`${k + 1}.`, s)));
      b.push('');
    } else {
      b.push(wrap(sentences(rng, t, rng.int(2, 4))), '');
    }
  });
  b.push('## Uppföljning', '');
  const upp = [fill(rng.pick(P.UPPFOLJNING), vars)];
  if (egk) upp.push(`Rutinen följs upp i ${linkTo(d, egk, 'egenkontrollen', rng.pick(['Syfte', 'Genomförda kontroller', 'Analys']))}.`);
  if (d.process) upp.push(`Den hör till processen ${linkTo(d, d.process, d.process.titel.toLowerCase(), 'Flöde')}.`);
  if (ctx.units.length > 1 && rng.chance(0.1)) {
    const nu = ctx.units[u.no % ctx.units.length];
    const o = activeRutiner(nu).find((r) => r.topic === t) ?? activeRutiner(nu)[0];
    if (o) upp.push(`${nu.namn} har en motsvarande ${linkTo(d, o, 'rutin', 'Genomförande')}.`);
  }
  upp.push(fill(rng.pick(P.UPPFOLJNING), vars));
  b.push(wrap(upp.join(' ')), '');
  if (d.slugs.some((s) => s.text === 'Referenser')) {
    b.push('## Referenser', '');
    for (const l of d.lagrum) b.push(item('-', `${l}`));
    b.push(item('-', `${link('Socialstyrelsens kunskapsstöd', 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/')}`), '');
  }
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderProcess(d, rng, ctx) {
  const u = d.unit;
  d.sosfs = ['4:2', '4:3'];
  if (u.former.some((f) => f !== 'hsl')) d.sosfs.push('4:5');
  if (u.former.includes('hsl')) d.sosfs.push('4:6');
  d.lagrum = rng.sample(['SoL 2025:400', 'HSL 2017:30', 'LSS 6', 'PSL 3:10', 'SOSFS 2011:9'], rng.int(2, 3));
  d.ägare = rng.pick(['verksamhetschef', 'enhetschef']);
  const risk = u.docs.riskanalys.find((r) => r.process === d);
  d.relaterade = [risk?.id, u.docs.egenkontroll[d.index % Math.max(1, u.docs.egenkontroll.length)]?.id].filter(Boolean);
  const roles = ['enhetschef', 'sjuksköterska', 'medarbetare', 'handläggare', 'kvalitetssamordnare', 'rehabpersonal'];
  const fields = ['aktiviteter:'];
  for (const a of d.aktiviteter) {
    a.ansvarig = rng.pick(roles);
    fields.push(
      `  - { id: ${a.id}, namn: ${y(a.namn)}, ansvarig: ${a.ansvarig}${a.rutiner.length ? `, rutiner: ${flow(a.rutiner)}` : ''} }`,
    );
  }
  const parter = rng.sample(P.SAMVERKANSPARTER, rng.int(1, 3));
  fields.push('samverkan:');
  for (const [med, besk] of parter) {
    fields.push(`  - med: ${y(med)}`, `    beskrivning: ${y(besk)}`);
    if (d.members.length) fields.push(`    rutiner: ${flow([rng.pick(d.members).id])}`);
  }
  if (rng.chance(0.4)) {
    fields.push(
      'mål:',
      `  - id: P1`,
      `    beskrivning: ${y(`Alla aktiviteter i processen ${d.titel.toLowerCase()} ska följa beslutade rutiner.`)}`,
      `    indikator: ${y('Andel granskade ärenden utan avvikelse')}`,
      `    målvärde: "90 %"`,
      '    utfall:',
      `      - { år: 2025, värde: "${rng.int(70, 89)} %" }`,
      `      - { år: 2026, värde: "${rng.int(80, 97)} %" }`,
    );
  }
  fields.unshift(...commonTail(d));

  const b = [`# ${d.titel}`, ''];
  b.push('## Syfte', '');
  b.push(
    wrap(
      `Processen beskriver hur ${u.namn} arbetar med ${d.titel.toLowerCase()}, från första kontakt till uppföljning. Den visar vem som gör vad och vilka rutiner som gäller för varje aktivitet, så att den enskilde får insatser av god kvalitet och att arbetet kan följas upp.`,
    ),
    '',
  );
  b.push('## Omfattning', '');
  b.push(
    wrap(
      `Processen gäller ${u.kind.beskrivning} i ${u.namn}. Den gäller alla medarbetare, även vikarier. Processen ska säkra att verksamheten uppfyller de krav som gäller enligt lagar och föreskrifter och de beslut som har fattats med stöd av dem.`,
    ),
    '',
  );
  b.push('## Flöde', '');
  d.aktiviteter.forEach((a, i) => {
    let text = `**${a.id}** ${a.namn}. Ansvarig: ${P.ROLLTEXT[a.ansvarig].toLowerCase()}.`;
    const r = a.rutiner.map((id) => ctx.docById.get(id)).find((x) => x.typ === 'rutin');
    if (r) text += ` Se ${linkTo(d, r, r.titel.toLowerCase(), 'Genomförande')}.`;
    b.push(item(`${i + 1}.`, text));
  });
  b.push('');
  b.push('## Samverkan', '');
  b.push(
    wrap(
      `Processen kräver samverkan med ${parter.map(([m]) => m.toLowerCase()).join(', ')}. Samverkan beskrivs i dokumentets huvud (4 kap. 5–6 §§ SOSFS 2011:9).`,
    ),
    '',
  );
  b.push('| part | hur vi samverkar |', '| --- | --- |');
  for (const [m, besk] of parter) b.push(`| ${m} | ${besk} |`);
  b.push('');
  b.push('## Mål och uppföljning', '');
  const upp = [`Processen följs upp varje år av ${P.ROLLTEXT[d.ägare].toLowerCase()}.`];
  if (risk) upp.push(`Risker i processen bedöms i ${linkTo(d, risk, 'riskanalysen', 'Resultat')}.`);
  upp.push(`Mål och indikatorer utgår från ${linkTo(d, ctx.policy, 'kvalitetspolicyns mål', 'Mål')}.`);
  upp.push(...rng.sample(P.UPPFOLJNING, 2).map((s) => fill(s, { namn: 'processen' })));
  b.push(wrap(upp.join(' ')), '');
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderEgenkontroll(d, rng, _ctx) {
  const u = d.unit;
  const t = d.topic;
  d.sosfs = ['5:2'];
  if (d.genomförda.some((g) => g.åtgärder)) d.sosfs.push('5:7');
  d.lagrum = rng.sample(t.lagrum, 1);
  d.relaterade = [d.rutin?.id, d.rutin?.process?.id].filter(Boolean);
  const fields = [
    ...commonTail(d),
    `område: ${y(t.kontroll.område)}`,
    `metod: ${y(t.kontroll.metod)}`,
    `frekvens: ${d.frekvens}`,
    `ansvarig: ${d.ansvarig}`,
    'genomförda:',
  ];
  for (const g of d.genomförda) {
    fields.push(`  - datum: ${g.datum}`, `    resultat: ${g.resultat}`);
    if (g.sammanfattning) fields.push(`    sammanfattning: ${y(g.sammanfattning)}`);
    if (g.åtgärder) fields.push('    åtgärder:', ...g.åtgärder.flatMap((a) => actionYaml(a, 6)));
  }
  const b = [`# ${d.titel}`, ''];
  b.push('## Syfte', '');
  const syfte = [
    `Egenkontrollen visar om ${t.namn} i ${u.namn} fungerar som det är tänkt, så att brister upptäcks innan de leder till skador eller missförhållanden.`,
  ];
  if (d.rutin) syfte.push(`Den utgår från ${linkTo(d, d.rutin, 'rutinen', 'Genomförande')}.`);
  syfte.push(`Kontrollen görs med frekvensen ${d.frekvens.replace('_', ' ')} och ansvarig är ${P.ROLLTEXT[d.ansvarig].toLowerCase()}.`);
  b.push(wrap(syfte.join(' ')), '');
  b.push('## Checklista', '');
  for (const c of t.kontroll.checklista) b.push(item('- [x]', c));
  b.push('');
  b.push('## Genomförda kontroller', '');
  b.push('| datum | resultat |', '| --- | --- |');
  for (const g of d.genomförda) b.push(`| ${g.datum} | ${g.resultat === 'brister' ? 'brister' : 'utan anmärkning'} |`);
  b.push('');
  for (const g of d.genomförda) {
    b.push(`### Kontrollen ${g.datum}`, '');
    b.push(wrap(g.sammanfattning ?? `Kontrollen visade inga brister. ${rng.pick(t.fakta)}`), '');
    if (g.åtgärder) {
      b.push('#### Åtgärder', '');
      for (const a of g.åtgärder)
        b.push(
          item(
            '-',
            `${a.beskrivning} Ansvarig: ${P.ROLLTEXT[a.ansvarig].toLowerCase()}, klart senast ${a.klart_senast}${a.klar_datum ? `, klar ${a.klar_datum}` : ''}.`,
          ),
        );
      b.push('');
    }
  }
  b.push('## Analys', '');
  const brister = d.genomförda.filter((g) => g.resultat === 'brister').length;
  b.push(wrap(`Av ${d.genomförda.length} kontroller visade ${brister} brister. ${rng.pick(P.ANALYS)} ${sentences(rng, t, 1)}`), '');
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderRiskanalys(d, rng, _ctx) {
  const u = d.unit;
  d.sosfs = ['5:1'];
  d.lagrum = rng.sample(['SoL 2025:400', 'HSL 2017:30', 'PSL 3:10', 'AFS 2023:1'], rng.int(1, 2));
  d.relaterade = [d.process.id];
  d.ägare = 'enhetschef';
  const fields = [...commonTail(d), `datum: ${d.datum}`, `anledning: ${d.anledning}`, 'risker:'];
  for (const r of d.risker) {
    fields.push(
      `  - id: ${r.id}`,
      `    beskrivning: ${y(r.beskrivning)}`,
      `    orsak: ${y(r.orsak)}`,
      `    sannolikhet: ${r.sannolikhet}`,
      `    konsekvens: ${r.konsekvens}`,
    );
    if (r.åtgärder) fields.push('    åtgärder:', ...r.åtgärder.flatMap((a) => actionYaml(a, 6)));
  }
  const b = [`# ${d.titel}`, ''];
  b.push('## Bakgrund', '');
  b.push(
    wrap(
      d.anledning === 'fortlöpande'
        ? `Riskanalysen är en del av det fortlöpande arbetet i ${u.namn} (5 kap. 1 § SOSFS 2011:9). Den gjordes den ${d.datum} och gäller ${d.topic.namn} och angränsande områden i processen ${linkTo(d, d.process, d.process.titel.toLowerCase(), 'Flöde')}.`
        : `Inför förändringen i ${u.namn} bedömdes riskerna den ${d.datum}, enligt 5 kap. 1 § SOSFS 2011:9. Förändringen berör processen ${linkTo(d, d.process, d.process.titel.toLowerCase(), 'Flöde')}.`,
    ),
    '',
  );
  b.push('## Metod', '');
  b.push(
    wrap(
      `Enhetschefen, sjuksköterska, två medarbetare och skyddsombudet identifierade risker utifrån avvikelser, klagomål och egna erfarenheter. Varje risk bedömdes med sannolikhet och konsekvens på en skala från 1 till 4; riskvärdet är produkten. Risker med riskvärde 8 eller högre får alltid åtgärder.`,
    ),
    '',
  );
  b.push('## Resultat', '');
  b.push('| risk | sannolikhet | konsekvens | riskvärde |', '| --- | --- | --- | --- |');
  for (const r of d.risker)
    b.push(`| ${r.id} ${r.beskrivning.replace(/\.$/, '')} | ${r.sannolikhet} | ${r.konsekvens} | ${r.sannolikhet * r.konsekvens} |`);
  b.push('');
  b.push('## Risker och åtgärder', '');
  b.push(wrap(`Alla risker med riskvärde 8 eller högre har åtgärder. ${rng.pick(P.ANALYS)}`), '');
  for (const r of d.risker.filter((x) => x.åtgärder)) {
    b.push(`### ${r.id}: ${r.beskrivning.replace(/\.$/, '')}`, '');
    const text = [`Orsak: ${r.orsak.charAt(0).toLowerCase()}${r.orsak.slice(1)}`];
    const rr = activeRutiner(u).find((x) => x.topic === r.topic);
    if (rr) text.push(`Se ${linkTo(d, rr, rr.titel.toLowerCase(), 'Genomförande')}.`);
    b.push(wrap(text.join(' ')), '');
    for (const a of r.åtgärder)
      b.push(item('-', `${a.beskrivning} (${P.ROLLTEXT[a.ansvarig].toLowerCase()}, klart senast ${a.klart_senast}, ${a.status})`));
    b.push('');
  }
  b.push('## Uppföljning', '');
  b.push(wrap(`Åtgärderna följs upp på ledningsgruppens möte varje månad tills de är klara. ${sentences(rng, d.topic, 2)}`), '');
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderSammanstallning(d, rng, ctx) {
  const u = d.unit;
  d.sosfs = ['5:3', '5:4', '5:5', '5:6'];
  d.ägare = 'kvalitetssamordnare';
  d.lagrum = rng.sample(['SOSFS 2011:9', 'SOSFS 2011:5', 'HSLF-FS 2017:40'], 1);
  const fields = [...commonTail(d), `period: { från: ${d.period.från}, till: ${d.period.till} }`, 'avvikelser:'];
  for (const a of d.avvikelser) fields.push(`  - { kategori: ${y(a.kategori)}, antal: ${a.antal} }`);
  fields.push('klagomål:');
  for (const k of d.klagomål) fields.push(`  - { källa: ${k.källa}, antal: ${k.antal} }`);
  fields.push(
    'rapporter:',
    `  lex_sarah: ${d.rapporter.lex_sarah}`,
    `  lex_sarah_anmälda: ${d.rapporter.lex_sarah_anmälda}`,
    `  lex_maria: ${d.rapporter.lex_maria}`,
  );
  const total = d.avvikelser.reduce((s, a) => s + a.antal, 0);
  const b = [`# ${d.titel}`, ''];
  b.push(
    wrap(
      `Sammanställningen omfattar ${d.period.från} till ${d.period.till} för ${u.namn} och är underlag för verksamhetens uppföljning och för kvalitetsberättelsen. Siffror per månad för hela regionen finns i ${link('datafilen', rel(d.path, 'data/avvikelser-per-manad.csv'))}.`,
    ),
    '',
  );
  b.push('## Avvikelser', '');
  b.push('| kategori | antal | andel |', '| --- | --- | --- |');
  for (const a of d.avvikelser) b.push(`| ${a.kategori} | ${a.antal} | ${total ? Math.round((100 * a.antal) / total) : 0} % |`);
  b.push(`| **Totalt** | **${total}** | 100 % |`, '');
  b.push('## Klagomål och synpunkter', '');
  const kt = d.klagomål.reduce((s, k) => s + k.antal, 0);
  b.push(
    wrap(
      `Under perioden kom ${kt} klagomål och synpunkter. ${rng.pick(P.ANALYS)} Klagomålen hanteras enligt rutinen för klagomål och synpunkter.`,
    ),
    '',
  );
  for (const k of d.klagomål) b.push(item('-', `${k.källa.replace(/_/g, ' ')}: ${k.antal}`));
  b.push('');
  b.push('## Rapporter enligt lex Sarah och lex Maria', '');
  b.push(item('-', `**Lex Sarah:** ${d.rapporter.lex_sarah} rapporter, varav ${d.rapporter.lex_sarah_anmälda} anmälda till IVO.`));
  b.push(item('-', `**Lex Maria:** ${d.rapporter.lex_maria} anmälningar.`), '');
  b.push('## Analys av mönster och trender', '');
  for (const s of rng.sample(P.ANALYS, 3)) b.push(item('-', s));
  b.push('');
  b.push('## Uppföljning av åtgärder', '');
  const risk = u.docs.riskanalys[d.index % Math.max(1, u.docs.riskanalys.length)];
  const upp = ['Av de åtgärder som beslutades i riskanalyser och egenkontroller är alla med passerat slutdatum genomförda.'];
  if (risk) upp.push(`Se ${linkTo(d, risk, 'riskanalysen', 'Risker och åtgärder')}.`);
  upp.push(`Målen för verksamheten finns i ${linkTo(d, ctx.policy, 'kvalitetspolicyn', 'Mål')}.`);
  b.push(wrap(upp.join(' ')), '');
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderBlankett(d, rng, ctx) {
  const u = d.unit;
  const t = rng.pick(unitTopics(u));
  d.sosfs = rng.chance(0.5) ? ['5:3'] : [];
  d.ägare = rng.pick(['kvalitetssamordnare', 'enhetschef']);
  const r = activeRutiner(u).find((x) => x.topic === t) ?? activeRutiner(u)[0];
  d.relaterade = r ? [r.id] : [];
  const fields = commonTail(d);
  const b = [`# ${d.titel}`, ''];
  b.push(
    wrap(
      `${ctx.orgNamn}, ${u.namn}. Fyll i blanketten så noga du kan. Skriv aldrig personnummer eller andra uppgifter som gör att en enskild kan identifieras i fritext.`,
    ),
    '',
  );
  b.push('## Uppgifter', '');
  b.push('| uppgift | ifylles |', '| --- | --- |');
  for (const f of d.template.falt) b.push(`| ${f} | |`);
  b.push('');
  b.push('## Beskrivning', '');
  b.push(
    wrap('Beskriv vad som hände, när och var det hände och vad som gjordes direkt. Beskriv också om något liknande har hänt tidigare.'),
    '',
  );
  for (const k of ['den som får stöd eller vård', 'närstående', 'medarbetare', 'annan']) b.push(item('- [ ]', k));
  b.push('', 'Underskrift (funktion): ______________________________', '');
  b.push('## Så hanteras blanketten', '');
  const steps = [
    'Blanketten lämnas till enhetschefen samma dag.',
    'Enhetschefen registrerar den i verksamhetssystemet.',
    'Händelsen utreds och den som har lämnat blanketten får återkoppling.',
    'Blanketten förvaras enligt dokumenthanteringsplanen.',
  ];
  steps.forEach((s, i) => b.push(item(`${i + 1}.`, s)));
  b.push('');
  if (r) b.push(wrap(`Blanketten används enligt ${linkTo(d, r, r.titel.toLowerCase(), 'Genomförande')}. ${sentence(rng, t)}`), '');
  b.push('*Uppgifterna omfattas av sekretess enligt offentlighets- och sekretesslagen.*', '');
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderPolicy(d, rng, ctx) {
  d.sosfs = ['3:1', '3:2', '4:1', '6:1', '6:2', '6:3', '7:1'];
  d.lagrum = ['SoL 2025:400', 'LSS 6', 'HSL 2017:30', 'PSL 3:10', 'SOSFS 2011:9'];
  d.relaterade = ctx.ans.map((a) => a.id);
  d.ägare = 'förvaltningschef';
  const mål = [
    ['M1', 'De äldre i särskilt boende ska vara nöjda med sitt boende som helhet.', 'Andel nöjda i brukarundersökningen', '85 %'],
    ['M2', 'De äldre med hemtjänst ska vara nöjda med sin hemtjänst som helhet.', 'Andel nöjda i brukarundersökningen', '90 %'],
    ['M3', 'Alla i särskilt boende ska ha en aktuell riskbedömning.', 'Andel med riskbedömning senaste sex månaderna', '90 %'],
    ['M4', 'Följsamheten till basala hygienrutiner ska vara hög.', 'Andel korrekta observationer', '90 %'],
    ['M5', 'Den som bor i gruppbostad ska ha en aktuell genomförandeplan.', 'Andel med plan följd upp senaste tolv månaderna', '100 %'],
    ['M6', 'Klagomål ska besvaras i tid.', 'Andel besvarade inom tio arbetsdagar', '95 %'],
  ];
  const fields = [...commonTail(d), 'mål:'];
  const utfall = mål.map(() => [rng.int(70, 88), rng.int(75, 96)]);
  mål.forEach(([id, besk, ind, mv], i) => {
    fields.push(
      `  - id: ${id}`,
      `    beskrivning: ${y(besk)}`,
      `    indikator: ${y(ind)}`,
      `    målvärde: ${JSON.stringify(mv)}`,
      '    utfall:',
      `      - { år: 2025, värde: "${utfall[i][0]} %" }`,
      `      - { år: 2026, värde: "${utfall[i][1]} %" }`,
    );
  });
  const b = [`# ${d.titel}`, ''];
  b.push(
    wrap(
      `Vård- och omsorgsnämnden i ${ctx.orgNamn.split(',')[0]} är ytterst ansvarig för att det finns ett ledningssystem för systematiskt kvalitetsarbete i all verksamhet enligt socialtjänstlagen, LSS och hälso- och sjukvårdslagen. Hur ansvaret är fördelat står i ${linkTo(d, ctx.ans[0], 'ansvarsfördelningen', 'Funktionernas ansvar')}.`,
    ),
    '',
  );
  b.push('## Kvalitetspolicy', '');
  for (const s of [
    'den enskilde får de insatser som har beslutats, i rätt tid och på det sätt som har planerats tillsammans med hen;',
    'den enskilde bemöts med respekt och är delaktig;',
    'handläggning och genomförande är rättssäkra och dokumenteras;',
    'vården är patientsäker och händelser leder till lärande;',
    'medarbetarna har rätt kompetens och deltar i förbättringsarbetet.',
  ])
    b.push(item('-', s));
  b.push('');
  b.push('## Tillämpningsområde', '');
  b.push(wrap(`Ledningssystemet gäller alla ${ctx.units.length} enheter. De första är:`), '');
  b.push('| enhet | verksamhet | lagområden |', '| --- | --- | --- |');
  for (const u of ctx.units.slice(0, 12))
    b.push(`| ${u.namn} | ${u.kind.beskrivning} | ${u.former.map((f) => f.toUpperCase()).join(', ')} |`);
  b.push('');
  b.push('## Mål', '');
  b.push('| mål | målvärde | 2025 | 2026 |', '| --- | --- | --- | --- |');
  mål.forEach(([id, , , mv], i) => b.push(`| ${id} | ${mv} | ${utfall[i][0]} % | ${utfall[i][1]} % |`));
  b.push('');
  b.push('## Ledningssystemets uppbyggnad', '');
  const procs = ctx.units.slice(0, 3).flatMap((u) => u.docs.process.slice(0, 1));
  b.push(item('1.', `**Policy och ansvar**: detta dokument och ${linkTo(d, ctx.ans[0], 'ansvarsfördelningen', 'Funktionernas ansvar')}.`));
  b.push(
    item(
      '2.',
      `**Processer** med aktiviteter i ordningsföljd, till exempel ${procs.map((p) => linkTo(d, p, `${p.titel.toLowerCase()} i ${p.unit.namn}`, 'Flöde')).join(', ')}.`,
    ),
  );
  b.push(item('3.', '**Rutiner** som anger hur varje aktivitet utförs.'));
  b.push(item('4.', '**Blanketter** och redovisande dokument: riskanalyser, egenkontroller och sammanställningar.'), '');
  b.push('## Årshjul för kvalitetsarbetet', '');
  b.push('| månad | aktivitet | ansvarig |', '| --- | --- | --- |');
  for (const [m, a, r] of [
    ['januari', 'Sammanställning av föregående år', 'kvalitetssamordnare'],
    ['februari', 'Kvalitetsberättelse och patientsäkerhetsberättelse', 'verksamhetschef, MAS'],
    ['mars', 'Fortlöpande riskanalys', 'enhetschef'],
    ['maj, november', 'Journalgranskning', 'enhetschef'],
    ['augusti', 'Sammanställning första halvåret', 'kvalitetssamordnare'],
    ['löpande', 'Revision av rutiner', 'dokumentägare'],
  ])
    b.push(`| ${m} | ${a} | ${r} |`);
  b.push('');
  b.push('## Dokumentstyrning', '');
  b.push(
    wrap(
      'Ledningssystemet förvaltas som textfiler i ett versionshanterat arkiv. Varje dokument har en dokumentägare, ett versionsnummer, ett fastställelsedatum och ett datum då det senast ska revideras. Alla styrande dokument ses över minst en gång om året.',
    ),
    '',
  );
  b.push('## Medarbetarnas delaktighet', '');
  b.push(
    wrap(
      'Alla medarbetare ska känna till och arbeta enligt de processer och rutiner som gäller för deras arbete (6 kap. 1 §). Medarbetarna medverkar genom att rapportera risker, avvikelser och klagomål (6 kap. 2 §) och genom att delta när processer och rutiner tas fram (6 kap. 3 §).',
    ),
    '',
  );
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

function renderAns(d, rng, ctx) {
  const rows = d.main ? P.ANSVARSFORDELNING_UPPGIFTER : rng.sample(P.ANSVARSFORDELNING_UPPGIFTER, rng.int(6, 9));
  d.sosfs = [...new Set(rows.flatMap((r) => r[1]))].sort();
  if (d.main) d.sosfs = ['3:1', '5:7', '5:8', '6:1', '7:2', '7:3'];
  d.lagrum = ['SoL 2025:400', 'LSS 6', 'HSL 2017:30', 'PSL 3:10'];
  d.relaterade = [ctx.policy.id];
  d.ägare = 'förvaltningschef';
  const fields = [...commonTail(d), 'uppgifter:'];
  for (const [uppgift, sosfs, ansvarar, others] of rows) {
    fields.push(`  - uppgift: ${y(uppgift)}`);
    if (sosfs.length) fields.push(`    sosfs: ${flow(sosfs)}`);
    const ansvar = { [ansvarar]: 'ansvarar', ...others };
    fields.push(
      `    ansvar: { ${Object.entries(ansvar)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')} }`,
    );
  }
  const b = [`# ${d.titel}`, ''];
  b.push(
    wrap(
      `Dokumentet beskriver hur ansvaret för att utveckla och säkra kvaliteten är fördelat (7 kap. 2 § SOSFS 2011:9). Varje uppgift har exakt en funktion som ansvarar. Mål och struktur finns i ${linkTo(d, ctx.policy, 'kvalitetspolicyn', 'Ledningssystemets uppbyggnad')}.`,
    ),
    '',
  );
  b.push('## Funktionernas ansvar', '');
  for (const [id, namn] of P.ROLLER.slice(0, d.main ? 15 : 8)) {
    b.push(`### ${namn}`, '');
    const uppg = rows.filter((r) => r[2] === id || r[3][id]).map((r) => r[0].toLowerCase());
    b.push(
      wrap(
        `${namn} ${P.ANSVARSRAD[id] ?? 'deltar i kvalitetsarbetet inom sitt område'}.${uppg.length ? ` Funktionen medverkar i att ${uppg.slice(0, 3).join(', att ')}.` : ''}`,
      ),
      '',
    );
  }
  b.push('## Kvalitets- och patientsäkerhetsberättelse', '');
  b.push(
    wrap(
      'Kvalitetsberättelsen (7 kap. 1 § SOSFS 2011:9) och patientsäkerhetsberättelsen (3 kap. 10 § patientsäkerhetslagen och 7 kap. 3 § SOSFS 2011:9) upprättas gemensamt och redovisas för nämnden senast 1 mars.',
    ),
    '',
  );
  return frontmatter(d, fields) + '\n' + b.join('\n');
}

// ---------------------------------------------------------------------------------------
// Repository files

function lsysYaml(ctx) {
  const lines = [
    '# Genererad av bench/generate.mjs för prestandamätning (lsys issue 4). Påhittad organisation.',
    `organisation: ${y(P.ORGANISATION)}`,
    'verksamhetsformer: [sol, lss, hsl]',
    'dokument: ledningssystem',
    'ignorera: ["**/utkast-arkiv/**"]',
    '',
    'roller:',
    ...P.ROLLER.map(([id, namn]) => `  - { id: ${id}, namn: ${y(namn)} }`),
    '',
    'enheter:',
    ...ctx.units.map((u) => `  - { id: ${u.id}, namn: ${y(u.namn)}, verksamhetsformer: ${flow(u.former)} }`),
    '',
    'revision:',
    '  varna_dagar: 60',
    '  max_månader: 12',
    '',
    'risk:',
    '  åtgärdsgräns: 8',
    '',
    'rubriker:',
    '  process: [Syfte, Omfattning]',
    '  rutin: [Syfte, Ansvar, Genomförande, Uppföljning]',
    '',
  ];
  return lines.join('\n');
}

function dataFiles(ctx) {
  const rng = new Rng(`data:${ctx.seed}:${ctx.n}`);
  const U = ctx.units.length;
  const cats = ['fall', 'läkemedel', 'beviljad_insats_inte_utförd', 'bemötande', 'hot_och_våld', 'informationsöverföring', 'övrigt'];
  const rows = [`månad,${cats.join(',')},totalt`];
  for (let m = 0; m < 22; m++) {
    const month = addMonths('2025-01-01', m).slice(0, 7);
    const v = cats.map((c, i) => Math.round(U * (i === 0 ? 3 : i === 1 ? 2.2 : 0.6) * (0.8 + rng.next() * 0.4)));
    rows.push(`${month},${v.join(',')},${v.reduce((a, b) => a + b, 0)}`);
  }
  const k = ['kvartal,vård_och_omsorgstagare,närstående,personal,övrig'];
  for (const q of ['2025-K1', '2025-K2', '2025-K3', '2025-K4', '2026-K1', '2026-K2', '2026-K3'])
    k.push(`${q},${[1.2, 1.8, 0.3, 0.2].map((f) => Math.round(U * f * (0.7 + rng.next() * 0.6))).join(',')}`);
  return {
    'data/avvikelser-per-manad.csv': rows.join('\n') + '\n',
    'data/klagomal-per-kvartal.csv': k.join('\n') + '\n',
  };
}

/** Personal-number lookalikes must never appear (privacy/personal-number): no 10- or 12-digit runs. */
function assertNoLongNumbers(file, text) {
  if (/\d{10}/.test(text) || /\d{6}[-+]\d{4}/.test(text)) throw new Error(`generator bug: a 10-digit number in ${file}`);
}

export function generate({ out, n, seed = 1 }) {
  const started = performance.now();
  const ctx = plan(n, seed);
  ctx.orgNamn = P.ORGANISATION.replace(' (genererad)', '');
  prepareOut(out);
  const made = new Set();
  let bytes = 0;
  let files = 0;
  const write = (rel, text) => {
    assertNoLongNumbers(rel, text);
    const abs = join(out, rel);
    const dir = dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, text);
    bytes += Buffer.byteLength(text);
    files++;
  };
  write('lsys.yaml', lsysYaml(ctx));
  write(
    'README.md',
    `# Genererat ledningssystem\n\nSkapat av \`node bench/generate.mjs --n ${n} --seed ${seed}\` i lsys för\nprestandamätning. Organisationen och alla uppgifter är påhittade.\n`,
  );
  for (const [rel, text] of Object.entries(dataFiles(ctx))) write(rel, text);
  const byType = {};
  let docBytes = 0;
  for (const d of ctx.docs) {
    const text = render(d, ctx);
    write(d.path, text);
    docBytes += Buffer.byteLength(text);
    byType[d.typ] = (byType[d.typ] ?? 0) + 1;
  }
  writeFileSync(join(out, MARKER), JSON.stringify({ generator: generatorVersion(), n, seed, files, bytes }, null, 2) + '\n');
  return { n, seed, files, bytes, docBytes, byType, units: ctx.units.length, ms: performance.now() - started };
}

function prepareOut(out) {
  if (!existsSync(out)) return mkdirSync(out, { recursive: true });
  const entries = readdirSync(out);
  if (entries.length === 0) return;
  if (!entries.includes(MARKER)) {
    throw Object.assign(new Error(`${out} is not empty and was not written by bench/generate.mjs (no ${MARKER}); refusing to touch it`), {
      exit: 2,
    });
  }
  for (const e of entries) rmSync(join(out, e), { recursive: true, force: true });
}

function parseArgs(argv) {
  const o = { seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw Object.assign(new Error(`${a} needs a value`), { exit: 2 });
      return argv[++i];
    };
    if (a === '--out') o.out = resolve(v());
    else if (a === '--n') o.n = Number(v());
    else if (a === '--seed') o.seed = Number(v());
    else if (a === '-h' || a === '--help') o.help = true;
    else throw Object.assign(new Error(`unknown argument ${a}`), { exit: 2 });
  }
  return o;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const o = parseArgs(process.argv.slice(2));
    if (o.help || !o.out || !o.n) {
      console.log('usage: node bench/generate.mjs --out DIR --n N [--seed 1]');
      process.exit(o.help ? 0 : 2);
    }
    const r = generate(o);
    const mix = Object.entries(r.byType)
      .map(([t, c]) => `${t} ${c} (${((100 * c) / r.n).toFixed(1)} %)`)
      .join(', ');
    console.log(`wrote ${r.n} documents in ${r.units} units to ${o.out}`);
    console.log(`  ${mix}`);
    console.log(
      `  ${r.files} files, ${r.bytes} bytes total (${(r.bytes / 1048576).toFixed(1)} MiB; ${Math.round(r.docBytes / r.n)} bytes a document), ${(r.ms / 1000).toFixed(2)} s`,
    );
  } catch (e) {
    console.error(`generate: ${e.message}`);
    if (!e.exit) console.error(e.stack);
    process.exit(e.exit ?? 1);
  }
}
