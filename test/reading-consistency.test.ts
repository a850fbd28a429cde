/**
 * Issue 13's "Done means": on the example repository with its generated confirmations
 * (scripts/generate-laskvittenser.mjs), `lsys validate`, `lsys due`, `lsys site` and
 * `lsys report` show the same figures. Each command runs as a user runs it (in-process through
 * main(), --today 2026-12-01), and the readers missing per document × unit are read back from
 * what each one prints:
 *
 * - validate --format json: reading/overdue's message, "… Solgläntans särskilda boende 2 av 8, …";
 * - due --format json: the läskvittens items' `readers` (with --days 3660, so that documents not yet
 *   due are listed too);
 * - site: each unit page's reading list, "6 av 8 har bekräftat";
 * - report --format json: the model of "Personalens kännedom om rutiner". Its table is per unit ×
 *   document type, not per document, so what is comparable is a sum: for each unit and type, the
 *   required and confirmed confirmations at the report date (2026-12-01: the year 2026 is judged
 *   at the report date when that is earlier than 31 December) are the sums of the per-document
 *   figures of due and the site for that unit and the type's documents.
 *
 * And nowhere, in any output or the built site, a reader key of the roster.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageName } from '../src/site/types.js';
import { runCli } from './helpers/cli.js';
import { notGenerated } from './helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../examples/solbacka/', import.meta.url));
const TODAY = '2026-12-01';

interface Figures {
  required: number;
  missing: number;
}
/** `<document id>/<unit id>` → readers required and missing. */
type PerDocUnit = Map<string, Figures>;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

describe('läskvittens: validate, due, site and report agree on the example', () => {
  let dir: string;
  let units: Array<{ id: string; namn: string }>;
  /** Repository path → the document's id and typ, from the frontmatter. */
  let docs: Map<string, { id: string; typ: string }>;
  let keys: string[];
  const outputs: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lsys-reading-consistency-'));
    cpSync(EXAMPLE, dir, { recursive: true, filter: notGenerated });
    const roster = readFileSync(join(dir, 'data/läskvittenser/personal.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const head = roster[0]!.split(/[;,]/).map((h) => h.trim().toLowerCase());
    keys = roster
      .slice(1)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(/[;,]/)[head.indexOf('läsare')]!.trim());
    const model = JSON.parse(await report('json')) as { units: Array<{ id: string; namn: string }> };
    units = model.units;
    docs = new Map();
    for (const f of files(join(dir, 'ledningssystem')).filter((p) => p.endsWith('.md'))) {
      const text = readFileSync(f, 'utf8');
      const id = /^id: *(\S+)/m.exec(text)?.[1];
      const typ = /^typ: *(\S+)/m.exec(text)?.[1];
      if (id && typ)
        docs.set(
          f
            .slice(dir.length + 1)
            .split('\\')
            .join('/'),
          { id, typ },
        );
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The kvalitetsberättelse 2026 in a format, as written to its file. */
  async function report(format: 'json' | 'md' | 'html'): Promise<string> {
    const file = join(dir, `kvalitetsberattelse.${format}`);
    const r = await runCli([
      'report',
      '--cwd',
      dir,
      '--today',
      TODAY,
      '--year',
      '2026',
      '--format',
      format,
      '--no-git',
      '--no-cache',
      '--output',
      file,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    outputs.push(r.stdout, r.stderr, text);
    return text;
  }

  /** validate: "… : Solgläntans särskilda boende 2 av 8, Hemtjänst norr 1 av 6" per overdue document. */
  async function fromValidate(): Promise<PerDocUnit> {
    const r = await runCli(['validate', '--cwd', dir, '--today', TODAY, '--format', 'json', '--no-cache', '--no-git']);
    outputs.push(r.stdout, r.stderr);
    const diags = (JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; rule: string; message: string }> }).diagnostics;
    const out: PerDocUnit = new Map();
    for (const d of diags.filter((x) => x.rule === 'reading/overdue')) {
      const id = docs.get(d.file)?.id ?? d.file;
      for (const u of units) {
        const m = new RegExp(`${u.namn.replace(/[()]/g, '\\$&')} (\\d+) av (\\d+)`).exec(d.message);
        if (m) out.set(`${id}/${u.id}`, { missing: Number(m[1]), required: Number(m[2]) });
      }
    }
    return out;
  }

  /** due: the läskvittens items, late ones (reading/overdue) marked. */
  async function fromDue(): Promise<{ all: PerDocUnit; late: PerDocUnit }> {
    const r = await runCli(['due', '--cwd', dir, '--today', TODAY, '--format', 'json', '--days', '3660', '--no-cache']);
    outputs.push(r.stdout, r.stderr);
    const items = (
      JSON.parse(r.stdout) as {
        items: Array<{ kind: string; id: string; units: string[]; rule: string | null; readers: Figures | null }>;
      }
    ).items.filter((i) => i.kind === 'läskvittens');
    const all: PerDocUnit = new Map();
    const late: PerDocUnit = new Map();
    for (const i of items) {
      const key = `${i.id}/${i.units[0]}`;
      all.set(key, i.readers!);
      if (i.rule === 'reading/overdue') late.set(key, i.readers!);
    }
    return { all, late };
  }

  /** site: "6 av 8 har bekräftat" per document of each unit page's reading list. */
  async function fromSite(): Promise<PerDocUnit> {
    const out = join(dir, 'webbplats');
    const r = await runCli(['site', '--cwd', dir, '--today', TODAY, '--out', out, '--no-cache', '--no-git']);
    outputs.push(r.stdout, r.stderr);
    expect(r.code, r.stderr).toBe(0);
    for (const f of files(out)) outputs.push(readFileSync(f, 'latin1'), readFileSync(f, 'utf8'));
    const figures: PerDocUnit = new Map();
    for (const u of units) {
      const page = readFileSync(join(out, 'enhet', `${pageName(u.id)}.html`), 'utf8');
      const list = /<ul class="dokument-lista lasning">([\s\S]*?)<\/ul><\/section>/.exec(page)?.[1] ?? '';
      for (const m of list.matchAll(/<span class="dok-id">([^<]+)<\/span>[\s\S]*?(\d+) av (\d+) har bekräftat/g)) {
        const required = Number(m[3]);
        figures.set(`${m[1]}/${u.id}`, { required, missing: required - Number(m[2]) });
      }
    }
    return figures;
  }

  it('the missing readers per document × unit agree between validate, due and the site; the report’s table sums them', async () => {
    const validated = await fromValidate();
    const due = await fromDue();
    const site = await fromSite();
    const md = await report('md');
    await report('html');
    const model = JSON.parse(await report('json')) as {
      reading: {
        configured: boolean;
        date: string;
        rows: Array<{ unit: { id: string }; typ: string; required: number; confirmed: number }>;
      };
    };

    // The example has something to show: documents late in more than one unit.
    expect(validated.size).toBeGreaterThan(2);

    // validate reports a document × unit exactly when due lists it as late, with the same counts.
    expect(Object.fromEntries(due.late)).toEqual(Object.fromEntries(validated));
    // The site lists every document × unit with readers; where some are missing, due has the same counts.
    const missingOnSite = new Map([...site].filter(([, f]) => f.missing > 0));
    expect(Object.fromEntries(missingOnSite)).toEqual(Object.fromEntries(due.all));
    expect(site.size).toBeGreaterThan(missingOnSite.size);

    // The report, at the report date, per unit × type: the sums of the site's per-document figures.
    expect(model.reading.configured).toBe(true);
    expect(model.reading.date).toBe(TODAY);
    const typeOf = new Map([...docs.values()].map((d) => [d.id, d.typ]));
    const sums = new Map<string, { required: number; confirmed: number }>();
    for (const [key, f] of site) {
      const [id, unit] = key.split('/') as [string, string];
      const typ = typeOf.get(id)!;
      const s = sums.get(`${unit}/${typ}`) ?? { required: 0, confirmed: 0 };
      s.required += f.required;
      s.confirmed += f.required - f.missing;
      sums.set(`${unit}/${typ}`, s);
    }
    const table = new Map(model.reading.rows.map((r) => [`${r.unit.id}/${r.typ}`, { required: r.required, confirmed: r.confirmed }]));
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(sums));
    // The Markdown report shows the same table.
    expect(md).toContain('## 4 Personalens kännedom om rutiner');
  }, 240_000);

  it('no reader key of the roster in any output or any file of the built site', () => {
    expect(keys.length).toBeGreaterThan(10);
    expect(outputs.length).toBeGreaterThan(10);
    const pattern = new RegExp(`(?<![A-Za-z0-9])(${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`);
    for (const o of outputs) expect(pattern.exec(o)?.[0]).toBeUndefined();
    expect(existsSync(join(dir, 'webbplats', 'index.html'))).toBe(true);
  });
});
