import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { parse } from 'yaml';
import type { WebbplatsConfig } from '../../src/site/types.js';
import { parseConfig } from '../../src/core/config.js';
import GithubSlugger from 'github-slugger';
import { initRepository, initTemplateDir, readManifest } from '../../src/init/index.js';
import { LsysError } from '../../src/core/errors.js';
import { addDays, addMonths, daysBetween } from '../../src/core/dates.js';
import type { Sector } from '../../src/core/types.js';

const TODAY = '2026-03-15';

/** SOSFS 2011:9 chapters 3–7 with the sectors each paragraph binds (spec/SOSFS-2011-9.md). */
const PARAGRAPHS: Array<[string, 'alla' | 'hsl' | 'sol,lss']> = [
  ['3:1', 'alla'], ['3:2', 'alla'],
  ['4:1', 'alla'], ['4:2', 'alla'], ['4:3', 'alla'], ['4:4', 'alla'], ['4:5', 'sol,lss'], ['4:6', 'hsl'],
  ['5:1', 'alla'], ['5:2', 'alla'], ['5:3', 'alla'], ['5:4', 'alla'], ['5:5', 'alla'], ['5:6', 'alla'], ['5:7', 'alla'], ['5:8', 'alla'],
  ['6:1', 'alla'], ['6:2', 'alla'], ['6:3', 'alla'],
  ['7:1', 'alla'], ['7:2', 'hsl'], ['7:3', 'hsl'],
];

function applicable(sectors: Sector[]): string[] {
  return PARAGRAPHS.filter(([, s]) =>
    s === 'alla' ? true : s === 'hsl' ? sectors.includes('hsl') : sectors.includes('sol') || sectors.includes('lss'),
  ).map(([p]) => p);
}

const HSL_STATUTES = /^(HSL|PSL|PDL|HSLF-FS)\b/;
const SOL_LSS_STATUTES = /^(SoL|LSS|SOSFS 2011:5)\b/;

const DOCS_ALWAYS = [
  'ledningssystem/ANS-001-ansvarsfordelning.md',
  'ledningssystem/POL-001-kvalitetspolicy.md',
  'ledningssystem/blanketter/BLK-001-synpunkter-och-klagomal.md',
  'ledningssystem/egenkontroll/EGK-001-granskning-av-dokumentation.md',
  'ledningssystem/processer/PRO-001-insats.md',
  'ledningssystem/processer/PRO-002-forbattringsarbete.md',
  'ledningssystem/riskanalyser/RISK-001-riskanalys.md',
  'ledningssystem/rutiner/RUT-001-avvikelser.md',
  'ledningssystem/rutiner/RUT-002-synpunkter-och-klagomal.md',
  'ledningssystem/rutiner/RUT-003-dokumentation.md',
  'ledningssystem/rutiner/RUT-006-samverkan.md',
  'ledningssystem/rutiner/RUT-007-kvalitetsberattelse.md',
  'ledningssystem/sammanstallningar/SAM-001-avvikelser-och-klagomal.md',
];
const LEX_SARAH = 'ledningssystem/rutiner/RUT-004-lex-sarah.md';
const LAKEMEDEL = 'ledningssystem/rutiner/RUT-005-lakemedel.md';
const BASE_FILES = ['.github/workflows/lsys.yml', '.gitignore', 'README.md', 'lsys.yaml'];

const SECTOR_SETS: Sector[][] = [['sol', 'lss', 'hsl'], ['sol'], ['lss'], ['hsl'], ['sol', 'lss'], ['sol', 'hsl'], ['lss', 'hsl']];

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'lsys-init-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
});

interface Doc {
  file: string;
  data: Record<string, any>;
  body: string;
}

/** Split frontmatter and parse it the way lsys does (failsafe: every scalar is text). */
function parseDoc(file: string, text: string): Doc {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no frontmatter`);
  return { file, data: parse(m[1]!, { schema: 'failsafe', uniqueKeys: true }), body: m[2]! };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  await walk(dir);
  return out.sort();
}

async function initAndLoad(sectors: Sector[], today = TODAY) {
  const dir = await tempDir();
  const result = await initRepository({ dir, today, sectors, force: false });
  const docs: Doc[] = [];
  for (const f of result.written.filter((f) => f.startsWith('ledningssystem/') && f.endsWith('.md'))) {
    docs.push(parseDoc(f, await readFile(join(dir, f), 'utf8')));
  }
  const config = parse(await readFile(join(dir, 'lsys.yaml'), 'utf8'), { schema: 'failsafe', uniqueKeys: true });
  return { dir, result, docs, config };
}

/** GitHub heading anchors of a Markdown body (outside fenced code). */
function anchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const out = new Set<string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^```/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) out.add(slugger.slug(m[1]!));
  }
  return out;
}

function expectedFiles(sectors: Sector[]): string[] {
  const files = [...BASE_FILES, ...DOCS_ALWAYS];
  if (sectors.includes('sol') || sectors.includes('lss')) files.push(LEX_SARAH);
  if (sectors.includes('hsl')) files.push(LAKEMEDEL);
  return files.sort();
}

describe('initRepository', () => {
  it('writes lsys.yaml, README, the workflow and every document for all sectors', async () => {
    const { dir, result } = await initAndLoad(['sol', 'lss', 'hsl']);
    expect(result.written).toEqual(expectedFiles(['sol', 'lss', 'hsl']));
    expect(result.written).toContain(LEX_SARAH);
    expect(result.written).toContain(LAKEMEDEL);
    expect(await listFiles(dir)).toEqual(result.written);
  });

  it('for sol only: no MAS, no läkemedel routine, no hälso- och sjukvård paragraphs or statutes', async () => {
    const { result, docs, config } = await initAndLoad(['sol']);
    expect(result.written).toEqual(expectedFiles(['sol']));
    expect(result.written).not.toContain(LAKEMEDEL);
    expect(config.verksamhetsformer).toEqual(['sol']);
    expect(config.roller.map((r: { id: string }) => r.id)).not.toContain('mas');
    const named = docs.flatMap((d) => d.data.sosfs ?? []);
    expect(named).not.toContain('4:6');
    expect(named).not.toContain('7:2');
    expect(named).not.toContain('7:3');
    expect(named).toContain('4:5');
    expect(docs.flatMap((d) => d.data.lagrum ?? []).filter((l: string) => HSL_STATUTES.test(l))).toEqual([]);
    for (const d of docs) expect(d.body, d.file).not.toMatch(/lex Maria|MAS\b|patientsäkerhetsberättelse/);
  });

  it('for hsl only: MAS, no lex Sarah routine, no 4:5 and no SoL/LSS statutes', async () => {
    const { result, docs, config } = await initAndLoad(['hsl']);
    expect(result.written).toEqual(expectedFiles(['hsl']));
    expect(result.written).not.toContain(LEX_SARAH);
    expect(config.roller).toContainEqual({ id: 'mas', namn: 'Medicinskt ansvarig sjuksköterska' });
    const named = docs.flatMap((d) => d.data.sosfs ?? []);
    expect(named).not.toContain('4:5');
    expect(named).toContain('4:6');
    expect(named).toContain('7:2');
    expect(named).toContain('7:3');
    expect(docs.flatMap((d) => d.data.lagrum ?? []).filter((l: string) => SOL_LSS_STATUTES.test(l))).toEqual([]);
    for (const d of docs) expect(d.body, d.file).not.toMatch(/lex Sarah/i);
  });

  it('writes lsys.yaml with the chosen sectors, the default keys and a matching example unit', async () => {
    const { dir, config } = await initAndLoad(['lss', 'sol']);
    expect(config.organisation).toBe('Exempelkommunen, socialförvaltningen');
    expect(config.verksamhetsformer).toEqual(['sol', 'lss']);
    expect(config.dokument).toBe('ledningssystem');
    expect(config.revision).toEqual({ varna_dagar: '60', max_månader: '12' });
    expect(config.risk).toEqual({ åtgärdsgräns: '8' });
    expect(config.enheter).toHaveLength(1);
    expect(config.enheter[0].verksamhetsformer).toEqual(['sol', 'lss']);
    expect(Object.keys(config).sort()).toEqual(
      ['dokument', 'enheter', 'ignorera', 'organisation', 'regler', 'revision', 'risk', 'roller', 'rubriker', 'undantag', 'verksamhetsformer'].sort(),
    );
    const text = await readFile(join(dir, 'lsys.yaml'), 'utf8');
    expect(text).toMatch(/# .*varna/i);
  });

  it('writes lsys.yaml with a commented-out webbplats example that has only the keys lsys site reads', async () => {
    const { dir, config } = await initAndLoad(['sol']);
    expect(config.webbplats).toBeUndefined();
    const text = await readFile(join(dir, 'lsys.yaml'), 'utf8');
    const lines = text.split('\n');
    const start = lines.indexOf('# webbplats:');
    expect(start).toBeGreaterThan(-1);
    const block: string[] = [];
    for (const line of lines.slice(start)) {
      if (!line.startsWith('#')) break;
      block.push(line.replace(/^# ?/, ''));
    }
    const site = parse(block.join('\n'), { uniqueKeys: true }).webbplats as WebbplatsConfig;
    expect(Object.keys(site)).toEqual(['namn', 'url', 'kontakt', 'tillgänglighet']);
    expect(Object.keys(site.tillgänglighet!)).toEqual(['kontakt', 'telefon']);
    expect(site.url).toMatch(/^https:\/\/[^/]+\.example\.se\//);
    expect(site.kontakt).toMatch(/@example\.se$/);
    expect(site.tillgänglighet?.kontakt).toMatch(/@example\.se$/);
    // Uncommented in place, lsys.yaml is still valid and lsys reads the block as written.
    const uncommented = [...lines.slice(0, start), ...block, ...lines.slice(start + block.length)].join('\n');
    expect(parseConfig(uncommented, dir, 'sv').webbplats).toEqual(site);
  });

  it('writes a GitHub workflow with full history, Node 24 and lsys validate --format github', async () => {
    const { dir } = await initAndLoad(['sol']);
    const text = await readFile(join(dir, '.github/workflows/lsys.yml'), 'utf8');
    const wf = parse(text);
    const steps = wf.jobs.validate.steps as Array<Record<string, any>>;
    expect(steps.find((s) => String(s.uses).startsWith('actions/checkout'))?.with['fetch-depth']).toBe(0);
    expect(steps.find((s) => String(s.uses).startsWith('actions/setup-node'))?.with['node-version']).toBe(24);
    // Node 20 reached end of life on 2026-04-30: the actions themselves run on Node 24 from
    // these major versions on (older ones run on Node 20 and warn in every run).
    const node24From: Record<string, number> = { 'actions/checkout': 5, 'actions/setup-node': 5, 'actions/cache': 5 };
    const used = steps.filter((s) => s.uses !== undefined).map((s) => String(s.uses).split('@') as [string, string]);
    expect(used.map(([action]) => action).sort()).toEqual(Object.keys(node24From).sort());
    for (const [action, version] of used) expect(Number(/^v(\d+)$/.exec(version)?.[1]), `${action}@${version}`).toBeGreaterThanOrEqual(node24From[action]!);
    const index = (f: (s: Record<string, any>) => boolean) => steps.findIndex(f);
    const install = index((s) => s.run === 'npm ci');
    const cache = index((s) => String(s.uses).startsWith('actions/cache'));
    const validate = index((s) => s.run === 'npx --no-install lsys validate --format github');
    expect(install).toBeGreaterThan(-1);
    // The cache is restored after npm ci (which empties node_modules) and before lsys runs.
    expect(install < cache && cache < validate).toBe(true);
    expect(steps[cache]!.with).toEqual({ path: 'node_modules/.cache/lsys', key: 'lsys-${{ github.sha }}', 'restore-keys': 'lsys-' });
    expect(text).toMatch(/devDependency/);
  });

  it('writes a GitHub Pages job for the handbook, commented out, that is valid YAML once uncommented', async () => {
    const { dir } = await initAndLoad(['sol']);
    const text = await readFile(join(dir, '.github/workflows/lsys.yml'), 'utf8');
    // Commented out by default: the workflow as written has only the validate job.
    expect(Object.keys(parse(text).jobs)).toEqual(['validate']);
    const lines = text.split('\n');
    const start = lines.indexOf('  # handbok:');
    expect(start).toBeGreaterThan(-1);
    // What the comment above the job tells the user to do: remove "# " from "handbok:" to the end of the file.
    const rest = lines.slice(start);
    for (const line of rest.filter((l) => l !== '')) expect(line, line).toMatch(/^ {2}# /);
    const uncommented = [...lines.slice(0, start), ...rest.map((l) => l.replace(/^( {2})# /, '$1'))].join('\n');
    const wf = parse(uncommented, { uniqueKeys: true });
    expect(Object.keys(wf.jobs)).toEqual(['validate', 'handbok']);
    const job = wf.jobs.handbok;
    expect(job.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(job.needs).toBe('validate');
    expect(job.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(job.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
    const steps = job.steps as Array<Record<string, any>>;
    const uses = steps.filter((s) => s.uses !== undefined).map((s) => String(s.uses));
    // Every action in a version that runs on Node 24.
    expect(uses).toEqual([
      'actions/checkout@v5',
      'actions/setup-node@v5',
      'actions/configure-pages@v6',
      'actions/cache@v5',
      'actions/upload-pages-artifact@v5',
      'actions/deploy-pages@v5',
    ]);
    expect(steps.find((s) => String(s.uses).startsWith('actions/setup-node'))?.with['node-version']).toBe(24);
    expect(steps.find((s) => String(s.uses).startsWith('actions/checkout'))?.with['fetch-depth']).toBe(0);
    const build = steps.findIndex((s) => String(s.run).startsWith('npx --no-install lsys site'));
    expect(steps[build]!.run).toBe('npx --no-install lsys site --base-url "${{ steps.pages.outputs.base_url }}/"');
    const configure = steps.findIndex((s) => String(s.uses).startsWith('actions/configure-pages'));
    const upload = steps.findIndex((s) => String(s.uses).startsWith('actions/upload-pages-artifact'));
    expect(configure < build && build < upload).toBe(true);
    expect(steps[configure]!.id).toBe('pages');
    expect(steps[upload]!.with).toEqual({ path: 'site' });
    expect(steps.at(-1)).toMatchObject({ id: 'deployment', uses: 'actions/deploy-pages@v5' });
  });

  it('uses the organisation given, quoted safely in YAML', async () => {
    const dir = await tempDir();
    const organisation = 'Omsorg: "Bäst" AB #1';
    await initRepository({ dir, today: TODAY, sectors: ['lss'], force: false, organisation });
    const config = parse(await readFile(join(dir, 'lsys.yaml'), 'utf8'), { schema: 'failsafe' });
    expect(config.organisation).toBe(organisation);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toContain(organisation);
  });

  for (const sectors of SECTOR_SETS) {
    describe(`documents for ${sectors.join(',')}`, () => {
      it('cover exactly the applicable paragraphs of chapters 3–7 in fastställda documents', async () => {
        const { docs } = await initAndLoad(sectors);
        const covered = new Set(docs.filter((d) => d.data.status === 'fastställd').flatMap((d) => d.data.sosfs ?? []));
        expect([...covered].sort()).toEqual(applicable(sectors).sort());
        const nested = docs.flatMap((d) => (d.data.uppgifter ?? []).flatMap((u: { sosfs?: string[] }) => u.sosfs ?? []));
        for (const p of nested) expect(applicable(sectors), p).toContain(p);
      });

      it('have valid ids, dates relative to today, known roles and resolvable references', async () => {
        const { docs, config } = await initAndLoad(sectors);
        const roles = new Set(config.roller.map((r: { id: string }) => r.id));
        const units = new Set(config.enheter.map((u: { id: string }) => u.id));
        const ids = new Map(docs.map((d) => [d.data.id, d]));
        expect(ids.size).toBe(docs.length);
        const types = new Set(docs.map((d) => d.data.typ));
        expect([...types].sort()).toEqual(
          ['ansvarsfördelning', 'blankett', 'egenkontroll', 'policy', 'process', 'riskanalys', 'rutin', 'sammanställning'].sort(),
        );
        for (const d of docs) {
          const f = d.data;
          expect(f.id, d.file).toMatch(/^[A-ZÅÄÖ]{2,6}-[0-9]{1,5}$/);
          expect(f.status, d.file).toBe('fastställd');
          expect(f.version, d.file).toBe('1.0');
          expect(f.fastställd, d.file).toBe(TODAY);
          expect(roles.has(f.ägare), `${d.file} ägare ${f.ägare}`).toBe(true);
          expect(roles.has(f.fastställd_av), `${d.file} fastställd_av`).toBe(true);
          if (['riskanalys', 'sammanställning'].includes(f.typ)) {
            expect(f.revideras, d.file).toBeUndefined();
          } else {
            expect(f.revideras <= addMonths(f.fastställd, 12), `${d.file} revideras ${f.revideras}`).toBe(true);
            expect(daysBetween(TODAY, f.revideras), d.file).toBeGreaterThan(60);
          }
          for (const u of f.gäller_för ?? []) expect(units.has(u), `${d.file} gäller_för ${u}`).toBe(true);
          for (const r of [...(f.relaterade ?? []), ...(f.process ? [f.process] : [])]) {
            expect(ids.has(r), `${d.file} refers to ${r}`).toBe(true);
          }
          for (const l of f.lagrum ?? []) {
            if (!sectors.includes('hsl')) expect(l, d.file).not.toMatch(HSL_STATUTES);
            if (!sectors.includes('sol')) expect(l, d.file).not.toMatch(/^SoL\b/);
            if (!sectors.includes('lss')) expect(l, d.file).not.toMatch(/^LSS\b/);
          }
          if (f.typ === 'rutin') {
            for (const h of ['Syfte', 'Ansvar', 'Genomförande', 'Uppföljning']) expect(d.body, d.file).toMatch(new RegExp(`^## ${h}$`, 'm'));
            const listed = docs.some((p) => p.data.typ === 'process' && p.data.aktiviteter.some((a: any) => (a.rutiner ?? []).includes(f.id)));
            expect(listed || Boolean(f.process), `${d.file} belongs to no process`).toBe(true);
            if (f.aktivitet) {
              expect(ids.get(f.process)!.data.aktiviteter.map((a: any) => a.id), d.file).toContain(f.aktivitet);
            }
          }
          if (f.typ === 'process') {
            for (const h of ['Syfte', 'Omfattning']) expect(d.body, d.file).toMatch(new RegExp(`^## ${h}$`, 'm'));
            expect(f.aktiviteter.map((a: any) => a.id), d.file).toEqual(f.aktiviteter.map((_: unknown, i: number) => `A${i + 1}`));
            for (const a of f.aktiviteter) {
              expect(roles.has(a.ansvarig), `${d.file} ${a.id}`).toBe(true);
              for (const r of a.rutiner ?? []) expect(ids.get(r)?.data.typ, `${d.file} ${a.id} ${r}`).toBe('rutin');
            }
            for (const s of f.samverkan ?? []) for (const r of s.rutiner ?? []) expect(ids.has(r), r).toBe(true);
          }
          if (f.typ === 'ansvarsfördelning') {
            for (const u of f.uppgifter) {
              const ansvar = Object.entries(u.ansvar as Record<string, string>);
              expect(ansvar.filter(([, v]) => v === 'ansvarar'), u.uppgift).toHaveLength(1);
              for (const [role, v] of ansvar) {
                expect(roles.has(role), `${u.uppgift}: ${role}`).toBe(true);
                expect(['ansvarar', 'utför', 'deltar', 'informeras']).toContain(v);
              }
            }
          }
          if (f.typ === 'riskanalys') {
            expect(f.datum).toBe(TODAY);
            for (const r of f.risker) {
              const value = Number(r.sannolikhet) * Number(r.konsekvens);
              if (value >= 8) expect(r.åtgärder?.length, `${r.id} riskvärde ${value}`).toBeGreaterThan(0);
              for (const a of r.åtgärder ?? []) {
                expect(a.klart_senast > TODAY, a.beskrivning).toBe(true);
                expect(a.status).toBe('planerad');
                expect(roles.has(a.ansvarig), a.ansvarig).toBe(true);
              }
            }
          }
          if (f.typ === 'egenkontroll') {
            expect(['vecka', 'månad', 'kvartal', 'halvår', 'år', 'vartannat_år']).toContain(f.frekvens);
            expect(roles.has(f.ansvarig)).toBe(true);
          }
          if (f.typ === 'sammanställning') {
            expect(f.period.från < f.period.till).toBe(true);
            expect(f.period.till < TODAY).toBe(true);
            if (!sectors.includes('hsl')) expect(f.rapporter.lex_maria).toBeUndefined();
            if (!sectors.some((s) => s === 'sol' || s === 'lss')) expect(f.rapporter.lex_sarah).toBeUndefined();
          }
        }
      });

      it('link only to files and headings that exist', async () => {
        const { dir, result } = await initAndLoad(sectors);
        for (const file of result.written.filter((f) => f.endsWith('.md'))) {
          const text = await readFile(join(dir, file), 'utf8');
          expect(text, file).not.toMatch(/\{\{|\}\}/);
          expect(text, file).not.toMatch(/\n\n\n/);
          const body = file.startsWith('ledningssystem/') ? parseDoc(file, text).body : text;
          for (const m of body.matchAll(/\]\(([^)\s]+)\)/g)) {
            const url = m[1];
            if (/^[a-z]+:/.test(url!)) continue;
            const [path, fragment] = url!.split('#');
            const target = posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(path!)));
            expect(existsSync(join(dir, target)), `${file} → ${url}`).toBe(true);
            if (fragment !== undefined) {
              const targetBody = parseDoc(target, await readFile(join(dir, target), 'utf8')).body;
              expect([...anchors(targetBody)], `${file} → ${url}`).toContain(decodeURIComponent(fragment).normalize('NFC'));
            }
          }
        }
      });
    });
  }

  it('keeps review dates within 12 months and more than 60 days away at month ends and leap days', async () => {
    for (const today of ['2024-02-29', '2026-01-31', '2026-12-31', '2025-06-30']) {
      const { docs } = await initAndLoad(['hsl'], today);
      for (const d of docs.filter((x) => x.data.revideras !== undefined)) {
        expect(d.data.fastställd).toBe(today);
        expect(d.data.revideras <= addMonths(today, 12), `${today} ${d.data.revideras}`).toBe(true);
        expect(daysBetween(today, d.data.revideras)).toBeGreaterThan(300);
      }
      const sam = docs.find((x) => x.data.typ === 'sammanställning')!;
      expect(sam.data.period.till < today).toBe(true);
    }
  });

  it('refuses to overwrite an existing lsys.yaml and writes nothing', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'lsys.yaml'), 'organisation: Min egen\n');
    const err = await initRepository({ dir, today: TODAY, sectors: ['sol', 'lss', 'hsl'], force: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LsysError);
    expect((err as LsysError).code).toBe('init-would-overwrite');
    expect((err as LsysError).message).toContain('lsys.yaml');
    expect((err as LsysError).message).toContain('--force');
    expect((err as LsysError).message).not.toContain('\n');
    expect(await readFile(join(dir, 'lsys.yaml'), 'utf8')).toBe('organisation: Min egen\n');
    expect(await listFiles(dir)).toEqual(['lsys.yaml']);
  });

  it('lists at most five existing files, then how many more', async () => {
    const dir = await tempDir();
    const targets = expectedFiles(['sol']).filter((f) => f !== '.gitignore').slice(0, 8);
    for (const t of targets) {
      await mkdir(dirname(join(dir, t)), { recursive: true });
      await writeFile(join(dir, t), 'min text\n');
    }
    const err = (await initRepository({ dir, today: TODAY, sectors: ['sol'], force: false }).catch((e: unknown) => e)) as LsysError;
    expect(err.code).toBe('init-would-overwrite');
    for (const t of targets.slice(0, 5)) expect(err.message).toContain(t);
    expect(err.message).not.toContain(targets[5]);
    expect(err.message).toContain('och 3 till');
    for (const t of targets) expect(await readFile(join(dir, t), 'utf8')).toBe('min text\n');
  });

  it('speaks English with lang en: the overwrite listing and every usage error', async () => {
    const dir = await tempDir();
    const targets = expectedFiles(['sol']).filter((f) => f !== '.gitignore').slice(0, 7);
    for (const t of targets) {
      await mkdir(dirname(join(dir, t)), { recursive: true });
      await writeFile(join(dir, t), 'min text\n');
    }
    const err = (await initRepository({ dir, today: TODAY, sectors: ['sol'], force: false, lang: 'en' }).catch((e: unknown) => e)) as LsysError;
    expect(err.code).toBe('init-would-overwrite');
    expect(err.message).toMatch(/^lsys init would overwrite existing files: .* and 2 more\. Nothing has been written\. Use --force to overwrite, or choose an empty folder\.$/);
    const one = await tempDir();
    await writeFile(join(one, 'lsys.yaml'), 'x\n');
    const single = (await initRepository({ dir: one, today: TODAY, sectors: ['sol'], force: false, lang: 'en' }).catch((e: unknown) => e)) as LsysError;
    expect(single.message).toMatch(/^lsys init would overwrite an existing file: lsys\.yaml\./);
    const folder = await tempDir();
    await mkdir(join(folder, 'lsys.yaml'));
    const f = (await initRepository({ dir: folder, today: TODAY, sectors: ['sol'], force: false, lang: 'en' }).catch((e: unknown) => e)) as LsysError;
    expect(f.message).toMatch(/^lsys init wants to write the file lsys\.yaml, but a folder is there/);
    const blocked = await tempDir();
    await writeFile(join(blocked, '.github'), 'x\n');
    const b = (await initRepository({ dir: blocked, today: TODAY, sectors: ['sol'], force: true, lang: 'en' }).catch((e: unknown) => e)) as LsysError;
    expect(b.message).toMatch(/^lsys init wants to create the folder \.github, but a file is there\. .*Nothing has been written\.$/);
    expect(await listFiles(blocked)).toEqual(['.github']);
    const bad: Array<[Partial<Parameters<typeof initRepository>[0]>, RegExp]> = [
      [{ today: '2026-02-30' }, /^Invalid date "2026-02-30" for --today\. Write a date as YYYY-MM-DD/],
      [{ sectors: ['sol', 'äldreomsorg' as Sector] }, /^Unknown law area "äldreomsorg" in --sector/],
      [{ sectors: [] }, /^Give at least one law area/],
      [{ dir: 'relativ/mapp' }, /^The folder for lsys init must be an absolute path/],
      [{ organisation: 'rad ett\nrad två' }, /^The organisation name must be one line of text/],
    ];
    const empty = await tempDir();
    for (const [override, message] of bad) {
      const e = (await initRepository({ dir: empty, today: TODAY, sectors: ['sol'], force: false, lang: 'en', ...override }).catch((x: unknown) => x)) as LsysError;
      expect(e.message, JSON.stringify(override)).toMatch(message);
    }
    const file = join(empty, 'fil.txt');
    await writeFile(file, 'x');
    const notFolder = (await initRepository({ dir: file, today: TODAY, sectors: ['sol'], force: false, lang: 'en' }).catch((x: unknown) => x)) as LsysError;
    expect(notFolder.message).toMatch(/fil\.txt already exists and is not a folder/);
  });

  it('writes a .gitignore for node_modules, the generated reports, the site and the årshjul', async () => {
    const { dir, result } = await initAndLoad(['sol']);
    expect(result.written).toContain('.gitignore');
    expect(result.kept).toEqual([]);
    const lines = (await readFile(join(dir, '.gitignore'), 'utf8')).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines).toEqual([
      'node_modules/',
      '/kvalitetsberattelse-*.html',
      '/kvalitetsberattelse-*.md',
      '/kvalitetsberattelse-*.json',
      '/patientsakerhetsberattelse-*.html',
      '/patientsakerhetsberattelse-*.md',
      '/patientsakerhetsberattelse-*.json',
      '/site/',
      '/arshjul*.ics',
    ]);
    // The names lsys report writes by default (in the repository's folder) are the ones ignored.
    const { defaultReportName } = await import('../../src/report/index.js');
    for (const kind of ['kvalitetsberattelse', 'patientsakerhetsberattelse'] as const) {
      for (const format of ['html', 'md', 'json'] as const) expect(lines).toContain(`/${defaultReportName(kind, 2026, format).replace('2026', '*')}`);
    }
  });

  it('leaves an existing .gitignore alone, even with force, and says which lines it lacks', async () => {
    for (const force of [false, true]) {
      const dir = await tempDir();
      await writeFile(join(dir, '.gitignore'), 'node_modules/\n*.log\n/site/\n');
      const result = await initRepository({ dir, today: TODAY, sectors: ['sol'], force });
      expect(result.written).not.toContain('.gitignore');
      expect(result.written).toContain('lsys.yaml');
      expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n*.log\n/site/\n');
      expect(result.kept).toEqual([
        {
          file: '.gitignore',
          missing: [
            '/kvalitetsberattelse-*.html',
            '/kvalitetsberattelse-*.md',
            '/kvalitetsberattelse-*.json',
            '/patientsakerhetsberattelse-*.html',
            '/patientsakerhetsberattelse-*.md',
            '/patientsakerhetsberattelse-*.json',
            '/arshjul*.ics',
          ],
        },
      ]);
    }
  });

  it('overwrites with force', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'lsys.yaml'), 'organisation: Min egen\n');
    await writeFile(join(dir, 'annat.txt'), 'orörd\n');
    const result = await initRepository({ dir, today: TODAY, sectors: ['sol'], force: true });
    expect(result.written).toContain('lsys.yaml');
    expect(await readFile(join(dir, 'lsys.yaml'), 'utf8')).toContain('Exempelkommunen');
    expect(await readFile(join(dir, 'annat.txt'), 'utf8')).toBe('orörd\n');
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('creates the folder when it does not exist', async () => {
    const dir = join(await tempDir(), 'nytt', 'ledningssystem-repo');
    const result = await initRepository({ dir, today: TODAY, sectors: ['lss'], force: false });
    expect(await listFiles(dir)).toEqual(result.written);
  });

  it('rejects a bad date, unknown or missing sectors and a relative folder as usage errors', async () => {
    const dir = await tempDir();
    const bad: Array<[Partial<Parameters<typeof initRepository>[0]>, RegExp]> = [
      [{ today: '2026-02-30' }, /--today/],
      [{ today: '15/3/2026' }, /ÅÅÅÅ-MM-DD/],
      [{ sectors: ['sol', 'äldreomsorg' as Sector] }, /äldreomsorg/],
      [{ sectors: [] }, /minst en/],
      [{ dir: 'relativ/mapp' }, /absolut/],
      [{ organisation: 'rad ett\nrad två' }, /en rad/],
    ];
    for (const [override, message] of bad) {
      const err = await initRepository({ dir, today: TODAY, sectors: ['sol'], force: false, ...override }).catch((e: unknown) => e);
      expect(err, JSON.stringify(override)).toBeInstanceOf(LsysError);
      expect((err as LsysError).code).toBe('usage');
      expect((err as LsysError).message).toMatch(message);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('normalises the order of sectors and drops duplicates', async () => {
    const { config } = await (async () => {
      const dir = await tempDir();
      await initRepository({ dir, today: TODAY, sectors: ['hsl', 'sol', 'hsl'], force: false });
      return { config: parse(await readFile(join(dir, 'lsys.yaml'), 'utf8'), { schema: 'failsafe' }) };
    })();
    expect(config.verksamhetsformer).toEqual(['sol', 'hsl']);
  });
});

describe('lsys init on the command line', () => {
  it('says in the summary that an existing .gitignore was kept, in the chosen language', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const dir = await tempDir();
    await writeFile(join(dir, '.gitignore'), 'node_modules/\n');
    const sv = await runCli(['init', dir, '--today', TODAY, '--sector', 'sol']);
    expect(sv.code).toBe(0);
    expect(sv.stdout).toMatch(/^Skapade 17 filer i /);
    expect(sv.stdout).toContain('Behöll den befintliga .gitignore (lsys init skriver aldrig över den). Lägg gärna till:\n  /kvalitetsberattelse-*.html\n');
    // The site folder lsys site builds is among the lines to add.
    expect(sv.stdout).toMatch(/^ {2}\/site\/$/m);
    const en = await runCli(['init', dir, '--today', TODAY, '--sector', 'sol', '--force', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Kept the existing .gitignore (lsys init never overwrites it). Consider adding:\n  /kvalitetsberattelse-*.html\n');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n');
    const again = await runCli(['init', dir, '--today', TODAY, '--sector', 'sol', '--lang', 'en']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^lsys: lsys init would overwrite existing files: \.github\/workflows\/lsys\.yml, README\.md, /);
    expect(again.stderr).not.toContain('.gitignore');
  });
});

describe('lsys init and CI', () => {
  it('tells the user that the workflow needs a package.json locking lsys, unless the folder has one', async () => {
    const { runCli } = await import('../helpers/cli.js');
    const dir = await tempDir();
    const sv = await runCli(['init', dir, '--today', TODAY]);
    expect(sv.stdout).toContain('Innan .github/workflows/lsys.yml kan köras behöver repot en package.json som låser lsys:\n');
    expect(sv.stdout).toContain('npm init -y && npm install --save-dev');
    const withPackage = await tempDir();
    await writeFile(join(withPackage, 'package.json'), '{ "private": true }\n');
    const en = await runCli(['init', withPackage, '--today', TODAY, '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).not.toContain('package.json');
  });
});

describe('init/ template folder', () => {
  it('has a manifest entry for every template and a template for every entry', async () => {
    const root = initTemplateDir();
    const onDisk: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else onDisk.push(relative(root, p).split('\\').join('/'));
      }
    };
    walk(root);
    const manifest = await readManifest();
    expect(manifest.map((e) => e.template).sort()).toEqual(onDisk.filter((f) => f !== 'manifest.json').sort());
    expect(new Set(manifest.map((e) => e.target)).size).toBe(manifest.length);
    // npm leaves some dotfiles out of packages, so templates are never dotfiles.
    for (const e of manifest) expect(e.template.split('/').some((part) => part.startsWith('.'))).toBe(false);
  });
});

describe('a fresh repository passes lsys validate', () => {
  // The contract of `lsys init` (CLI.md): zero findings on the day it is made and for months after.
  for (const sectors of SECTOR_SETS) {
    it(`has no findings for ${sectors.join(',')}, today and up to six months later`, async () => {
      const { loadConfig } = await import('../../src/core/config.js');
      const { loadCatalog } = await import('../../src/core/catalog.js');
      const { validateRepository } = await import('../../src/core/validate.js');
      const { registry } = await import('../../src/rules/index.js');
      const { dir } = await initAndLoad(sectors);
      const catalog = loadCatalog();
      const config = loadConfig(dir, 'sv', (ref) => catalog.paragraph(ref) !== undefined);
      for (const today of [TODAY, addDays(addMonths(TODAY, 6), -1)]) {
        const { result } = await validateRepository({ config, today, lang: 'sv', git: false, registry });
        expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule} ${d.message}`), today).toEqual([]);
        expect(result.documents).toBe(expectedFiles(sectors).filter((f) => f.startsWith('ledningssystem/')).length);
      }
    });
  }
});
