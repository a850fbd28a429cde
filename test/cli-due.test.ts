/**
 * `lsys due` from the command line: grouping by role, late first, the words for days, the
 * filters and their errors, the four formats (csv for Swedish Excel), --output and --force,
 * --lang en, and agreement with validate on the example repository.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogueProblems } from '../src/core/messages.js';
import { DUE } from '../src/plan/due-messages.js';
import { runCli } from './helpers/cli.js';
import { config, doc, egenkontrollDoc, makeRepo, riskanalysDoc, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { notGenerated } from './helpers/example-copy.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/solbacka');
const DEADLINE_RULES = [
  'review/overdue',
  'review/due-soon',
  'egenkontroll/overdue',
  'action/overdue',
  'coverage/exemption-expired',
  'reading/overdue',
];

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A repository with one of every kind (TODAY 2026-11-25, varna_dagar 60). */
function repo() {
  const r = makeRepo(
    {
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2026-11-22', gäller_för: ['solgläntan'] }), RUTIN_BODY),
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { revideras: TODAY, titel: 'Rutin; "lås" =tvätt' }), RUTIN_BODY),
      'ledningssystem/RUT-003.md': doc(rutin('RUT-003', { revideras: '2026-11-26', gäller_för: ['hemtjänst'] }), RUTIN_BODY),
      'ledningssystem/EGK-001.md': doc(
        egenkontrollDoc('EGK-001', { genomförda: [{ datum: '2026-09-06', resultat: 'utan_anmärkning' }] }),
        '# Egenkontroll\n',
      ),
      'ledningssystem/RISK-001.md': doc(
        riskanalysDoc('RISK-001', [
          {
            id: 'R1',
            beskrivning: 'Fall',
            sannolikhet: 3,
            konsekvens: 3,
            åtgärder: [{ beskrivning: 'Larmrutin', ansvarig: 'enhetschef', klart_senast: '2026-11-24', status: 'pågår' }],
          },
        ]),
        '# Riskanalys\n',
      ),
    },
    config('undantag:\n  - { sosfs: "4:6", skäl: "Ingen egen verksamhet", till: 2026-12-31 }\n').replace(
      'enheter:\n  - { id: solgläntan, namn: Solgläntans särskilda boende, verksamhetsformer: [sol, hsl] }\n',
      'enheter:\n  - { id: solgläntan, namn: Solgläntans särskilda boende, verksamhetsformer: [sol, hsl] }\n  - { id: hemtjänst, namn: Hemtjänsten, verksamhetsformer: [sol] }\n',
    ),
  );
  cleanups.push(() => r.cleanup());
  return r;
}

const due = (root: string, ...args: string[]) => runCli(['due', '--cwd', root, '--today', TODAY, '--no-cache', ...args]);

describe('lsys due', () => {
  const r = repo();

  it('lists what is late or due by role, in lsys.yaml role order, late first, with days in words', async () => {
    const { code, stdout, stderr } = await due(r.root);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Att göra: försenat och det som infaller till och med 2027-01-24 (60 dagar från 2026-11-25)');
    // Roles in lsys.yaml order: nämnd (exemption) before mas (egenkontroll) before enhetschef.
    const headings = lines.filter((l) => /^\S/.test(l) && l.includes('('));
    expect(headings.slice(1)).toEqual(['Socialnämnden (nämnd)', 'Medicinskt ansvarig sjuksköterska (mas)', 'Enhetschef (enhetschef)']);
    const enhetschef = stdout.slice(stdout.indexOf('Enhetschef (enhetschef)')).split('\n').slice(1, 5);
    expect(
      enhetschef.map((l) =>
        l
          .trim()
          .split(/\s{2,}/)
          .slice(0, 3),
      ),
    ).toEqual([
      ['2026-11-22', '3 dagar sen', 'Revision'],
      ['2026-11-24', '1 dag sen', 'Åtgärd'],
      ['2026-11-25', 'i dag', 'Revision'],
      ['2026-11-26', 'om 1 dag', 'Revision'],
    ]);
    expect(stdout).toContain('om 11 dagar');
    expect(stdout).toContain('Egenkontroll EGK-001, tillfälle 2');
    expect(stdout).toContain('ledningssystem/RISK-001.md:');
    expect(stdout).toContain('Undantag upphör');
    expect(stdout).not.toContain('Kvalitetsberättelse'); // 2027-03-01 is beyond 60 days
    expect(lines.at(-2)).toBe('6 saker att göra: 2 försenade, 4 inom 60 dagar.');
  });

  it('shows the yearly reports within --days, never late', async () => {
    const { stdout } = await due(r.root, '--days', '96', '--owner', 'nämnd');
    expect(stdout).toMatch(/2027-03-01 {2}om 96 dagar {2}Kvalitetsberättelse +för 2026 {2}lsys\.yaml:\d+/);
    expect(stdout).toContain('Patientsäkerhetsberättelse');
  });

  it('filters by --owner and --unit; documents without gäller_för apply to every unit', async () => {
    const owner = await due(r.root, '--owner', 'mas');
    expect(owner.stdout).toContain('EGK-001');
    expect(owner.stdout).not.toContain('RUT-001');
    expect(owner.stdout.split('\n')[0]).toContain(', roll mas');
    const unit = await due(r.root, '--unit', 'hemtjänst');
    expect(unit.stdout).toContain('RUT-003');
    expect(unit.stdout).toContain('RUT-002');
    expect(unit.stdout).not.toContain('RUT-001');
  });

  it('--days N includes the day today + N and not the day after', async () => {
    const zero = await due(r.root, '--days', '0', '--owner', 'enhetschef', '--format', 'json');
    const one = await due(r.root, '--days', '1', '--owner', 'enhetschef', '--format', 'json');
    const ids = (s: string) => (JSON.parse(s) as { items: Array<{ id: string }> }).items.map((i) => i.id);
    expect(ids(zero.stdout)).toEqual(['RUT-001', 'RISK-001', 'RUT-002']);
    expect(ids(one.stdout)).toEqual(['RUT-001', 'RISK-001', 'RUT-002', 'RUT-003']);
  });

  it('on a leap day', async () => {
    const x = makeRepo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2028-03-01' }), RUTIN_BODY) });
    cleanups.push(() => x.cleanup());
    const { stdout } = await runCli(['due', '--cwd', x.root, '--today', '2028-02-29', '--no-cache', '--days', '1']);
    expect(stdout).toContain('2028-03-01  om 1 dag');
    expect(stdout).toContain('till och med 2028-03-01');
  });

  it('says so in one sentence when nothing is due, exit 0', async () => {
    const { code, stdout } = await due(r.root, '--days', '0', '--owner', 'förvaltningschef');
    expect(code).toBe(0);
    expect(stdout).toBe('Inget är försenat och inget infaller till och med 2026-11-25 (0 dagar från 2026-11-25), roll förvaltningschef.\n');
    const md = await due(r.root, '--days', '0', '--owner', 'förvaltningschef', '--format', 'md');
    expect(md.stdout).toBe(stdout);
  });

  it.each([
    [
      ['--owner', 'chef'],
      '--owner "chef": rollen finns inte under roller i lsys.yaml. Roller: nämnd, förvaltningschef, mas, enhetschef, medarbetare.',
    ],
    [['--unit', 'norr'], '--unit "norr": enheten finns inte under enheter i lsys.yaml. Enheter: solgläntan, hemtjänst.'],
    [['--days', '-3'], '--days "-3": ange ett heltal mellan 0 och 3660, t.ex. --days 30.'],
    [['--days', 'tre'], '--days "tre": ange ett heltal mellan 0 och 3660, t.ex. --days 30.'],
    [['--days', '9999'], '--days "9999": ange ett heltal mellan 0 och 3660, t.ex. --days 30.'],
    [['--format', 'xlsx'], '--format "xlsx": välj text, md, json eller csv.'],
  ])('refuses %j with one line and exit 2', async (args, message) => {
    const { code, stdout, stderr } = await due(r.root, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`lsys: ${message}\n`);
  });

  it('md: a table per role, late in bold, cells escaped', async () => {
    const { stdout } = await due(r.root, '--format', 'md');
    expect(stdout).toMatch(/^## Att göra: /);
    expect(stdout).toContain(
      '### Enhetschef (enhetschef)\n\n| Datum | När | Typ | Id | Vad | Fil |\n| --- | --- | --- | --- | --- | --- |\n',
    );
    expect(stdout).toContain('| 2026-11-22 | **3 dagar sen** | Revision | RUT-001 | Rutin RUT-001 | ledningssystem/RUT-001.md:');
    expect(stdout).toMatch(/\n6 saker att göra: 2 försenade, 4 inom 60 dagar\.\n$/);
  });

  it('json: the documented version 1 shape, every key present', async () => {
    const { stdout } = await due(r.root, '--format', 'json');
    const json = JSON.parse(stdout) as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['version', 'today', 'days', 'until', 'owner', 'unit', 'summary', 'items']);
    expect(json).toMatchObject({
      version: 1,
      today: TODAY,
      days: 60,
      until: '2027-01-24',
      owner: null,
      unit: null,
      summary: { late: 2, soon: 4, total: 6 },
    });
    const first = json.items.find((i) => i.id === 'RUT-001')!;
    expect(Object.keys(first)).toEqual([
      'kind',
      'date',
      'daysLeft',
      'late',
      'role',
      'roleName',
      'id',
      'title',
      'detail',
      'file',
      'line',
      'units',
      'rule',
      'readers',
      'key',
    ]);
    expect(first).toMatchObject({
      kind: 'revision',
      date: '2026-11-22',
      daysLeft: -3,
      late: true,
      role: 'enhetschef',
      roleName: 'Enhetschef',
      rule: 'review/overdue',
      units: ['solgläntan'],
      key: 'revision/RUT-001',
    });
    const undantag = json.items.find((i) => i.kind === 'undantag')!;
    expect(undantag).toMatchObject({ id: null, file: 'lsys.yaml', rule: null, detail: 'Ingen egen verksamhet' });
  });

  it('csv: UTF-8 with BOM, semicolons, CRLF, a header row, quotes and no formulas', async () => {
    const { stdout } = await due(r.root, '--format', 'csv');
    expect(stdout.startsWith('\uFEFFDatum;Dagar kvar;När;Typ;Id;Vad;Ansvarig;Fil;Rad\r\n')).toBe(true);
    const rows = stdout.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows).toHaveLength(1 + 6 + 1);
    expect(stdout).not.toMatch(/[^\r]\n/);
    expect(rows).toContain(
      '2026-11-22;-3;3 dagar sen;Revision;RUT-001;Rutin RUT-001;Enhetschef (enhetschef);ledningssystem/RUT-001.md;' +
        rows
          .find((l) => l.includes('RUT-001;'))!
          .split(';')
          .at(-1),
    );
    // The title with ; and " is quoted, the quotes doubled; Excel would not compute it (it does not start with =).
    expect(stdout).toContain(';"Rutin; ""lås"" =tvätt";');
  });

  it('csv: a title that Excel would take for a formula gets a leading apostrophe', async () => {
    const x = makeRepo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: TODAY, titel: '=HYPERLINK("x")' }), RUTIN_BODY) });
    cleanups.push(() => x.cleanup());
    const { stdout } = await due(x.root, '--format', 'csv');
    expect(stdout).toContain(`;"'=HYPERLINK(""x"")";`);
  });

  it('--lang en: English words, role names as lsys.yaml gives them', async () => {
    const { stdout } = await due(r.root, '--lang', 'en');
    expect(stdout.split('\n')[0]).toBe('To do: what is late and what falls due until 2027-01-24 (60 days from 2026-11-25)');
    expect(stdout).toContain('3 days late');
    expect(stdout).toContain('1 day late');
    expect(stdout).toContain('today');
    expect(stdout).toContain('in 1 day');
    expect(stdout).toContain('Exemption ends');
    expect(stdout).toContain('Self-inspection');
    expect(stdout).toContain('Enhetschef (enhetschef)');
    expect(stdout).toMatch(/6 things to do: 2 late, 4 within 60 days\.\n$/);
    const csv = await due(r.root, '--lang', 'en', '--format', 'csv');
    expect(csv.stdout.startsWith('\uFEFFDate;Days left;When;Kind;Id;What;Responsible;File;Line\r\n')).toBe(true);
  });

  it('--output writes the file, rewrites its own, and refuses another file without --force', async () => {
    const target = join(r.root, 'att-göra.csv');
    const first = await due(r.root, '--format', 'csv', '--output', target);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(`Skrev ${target} (6 saker att göra: 2 försenade, 4 inom 60 dagar).\n`);
    expect(readFileSync(target, 'utf8').startsWith('\uFEFFDatum;')).toBe(true);
    expect((await due(r.root, '--format', 'csv', '--output', target)).code).toBe(0);
    const mine = join(r.root, 'anteckningar.md');
    writeFileSync(mine, 'Mina anteckningar\n');
    const refused = await due(r.root, '--format', 'md', '--output', mine);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('finns redan och är inte skriven av lsys due');
    expect(readFileSync(mine, 'utf8')).toBe('Mina anteckningar\n');
    const forced = await due(r.root, '--format', 'md', '--output', mine, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(mine, 'utf8')).toMatch(/^## Att göra/);
  });

  it('--output /dev/stdout: the list on stdout, the note on stderr', async () => {
    const { stdout, stderr } = await due(r.root, '--format', 'json', '--output', '/dev/stdout');
    expect(JSON.parse(stdout)).toMatchObject({ version: 1 });
    expect(stderr).toContain('Skrev /dev/stdout');
  });

  it('has help with examples in Swedish and English', async () => {
    const sv = await runCli(['due', '--help']);
    expect(sv.stdout).toContain('lsys due --days 30 --owner mas');
    expect(sv.stdout).toContain('Slutkod: 0');
    const en = await runCli(['due', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Exit code: 0');
  });

  it('its texts are one catalogue with both languages and equal placeholders', () => {
    expect(catalogueProblems(DUE, 'plan/due-messages.ts DUE')).toEqual([]);
  });

  it('with --days = varna_dagar lists exactly what validate reports as overdue and due soon (the example, three dates)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lsys-due-example-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(EXAMPLE, dir, { recursive: true, filter: notGenerated });
    expect(existsSync(join(dir, 'lsys.yaml'))).toBe(true);
    let compared = 0;
    for (const today of ['2026-12-01', '2027-03-01', '2027-09-30']) {
      const v = await runCli(['validate', '--cwd', dir, '--today', today, '--no-cache', '--no-git', '--format', 'json']);
      const validated = (JSON.parse(v.stdout) as { diagnostics: Array<{ file: string; line: number; rule: string }> }).diagnostics
        .filter((d) => DEADLINE_RULES.includes(d.rule))
        .map((d) => `${d.file}:${d.line}:${d.rule}`)
        .sort();
      const d = await runCli(['due', '--cwd', dir, '--today', today, '--no-cache', '--format', 'json', '--days', '60']);
      // A läskvittens is listed once per unit, reading/overdue reports the document once: each place once.
      const listed = [
        ...new Set(
          (JSON.parse(d.stdout) as { items: Array<{ file: string; line: number; rule: string | null }> }).items
            .filter((i) => i.rule !== null)
            .map((i) => `${i.file}:${i.line}:${i.rule}`),
        ),
      ].sort();
      expect(listed, today).toEqual(validated);
      compared += validated.length;
    }
    expect(compared).toBeGreaterThan(10);
  });
});
