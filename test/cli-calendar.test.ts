/**
 * `lsys calendar` end to end, in-process: the example repository, small repositories for the
 * year boundary and the leap day, the filters, the file's safety and the command line's
 * checks. The output is read back with ical.js, an independent parser.
 */
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { BASE_CONFIG, doc, egenkontrollDoc, makeRepo, riskanalysDoc, rutin, RUTIN_BODY, åtgärd, type TestRepo } from './helpers/repo.js';
import { notGenerated } from './helpers/example-copy.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DEMO_DAY = '2026-12-01';

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsys-calendar-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function example(): string {
  const dir = tempDir();
  cpSync(join(ROOT, 'examples/solbacka'), dir, { recursive: true, filter: notGenerated });
  return dir;
}

function repo(files: Record<string, string>, config = BASE_CONFIG): TestRepo {
  const r = makeRepo(files, config);
  cleanups.push(() => r.cleanup());
  return r;
}

interface Ev {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  categories: string[];
  trigger: string | null;
}

function events(text: string): Ev[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    const trigger = v.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger');
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      categories: (v.getFirstProperty('categories')?.getValues() ?? []).map(String),
      trigger: trigger ? String(trigger) : null,
    };
  });
}

/** Run `lsys calendar` on `root` with --no-cache, the calendar to stdout. */
async function calendar(root: string, args: string[] = [], today = DEMO_DAY) {
  return runCli(['calendar', '--cwd', root, '--today', today, '--no-cache', '--output', '-', ...args]);
}

describe('lsys calendar on the example', () => {
  it('writes arshjul.ics in the repository root with every kind the example has, and says so', async () => {
    const dir = example();
    const r = await runCli(['calendar', '--cwd', dir, '--today', DEMO_DAY, '--no-cache']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Skrev .*arshjul\.ics: \d+ händelser från 2026-12-01 till och med 2027-11-30, påminnelse 14 dagar före\. Importera filen/,
    );
    const text = readFileSync(join(dir, 'arshjul.ics'), 'utf8');
    const evs = events(text);
    const kinds = new Set(evs.map((e) => e.categories[1]));
    expect([...kinds].sort()).toEqual(['Egenkontroll', 'Kvalitetsberättelse', 'Patientsäkerhetsberättelse', 'Revision', 'Åtgärd']);
    expect(evs.every((e) => e.start >= '2026-12-01' && e.start <= '2027-11-30')).toBe(true);
    expect(evs.find((e) => e.categories[1] === 'Patientsäkerhetsberättelse')).toMatchObject({
      summary: 'Patientsäkerhetsberättelse 2026 klar',
      start: '2027-03-01',
      end: '2027-03-02',
    });
    const review = evs.find((e) => e.categories[1] === 'Revision')!;
    expect(review.summary).toMatch(/^Revidera [A-Z]+-\d{3} \S/);
    expect(review.description).toMatch(
      /^Id: [A-Z]+-\d{3} .*\nAnsvarig: .+ \(.+\)\n(Enheter: .*\n)?Fil: ledningssystem\/.+\.md\nI handboken: https:\/\/intranat\.solbacka\.example\.se\/ledningssystem\/dokument\/[A-Z]+-\d{3}\.html$/,
    );
    expect(text).toContain('\r\nX-WR-CALNAME:Årshjul – Solbacka kommun\\, socialförvaltningen\r\n');
  });

  it('on the real date (no --today, no LSYS_TODAY), SEQUENCE counts minutes, so a file written later the same day still updates', async () => {
    const dir = example();
    const before = Math.floor((Date.now() - Date.UTC(2000, 0, 1)) / 60_000);
    const r = await runCli(['calendar', '--cwd', dir, '--no-cache', '--output', '-']);
    expect(r.code).toBe(0);
    const seq = Number(/\r\nSEQUENCE:(\d+)\r\n/.exec(r.stdout)![1]);
    expect(seq).toBeGreaterThanOrEqual(before);
    expect(seq).toBeLessThanOrEqual(before + 5);
    // With --today (or LSYS_TODAY): the day count, the same on every run of that day.
    const fixed = await runCli(['calendar', '--cwd', dir, '--no-cache', '--output', '-'], { env: { LSYS_TODAY: DEMO_DAY } });
    expect(fixed.stdout).toContain('\r\nSEQUENCE:9831\r\n');
  });

  it('gives the same bytes on a second run (DTSTAMP is the run’s day, not the clock)', async () => {
    const dir = example();
    const a = await calendar(dir);
    const b = await calendar(dir);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(a.stdout).toContain('\r\nDTSTAMP:20261201T000000Z\r\n');
    expect(a.stderr).toMatch(/^Skrev stdout: /);
  });

  it('--owner and --unit keep what the role must do and what applies to the unit (or to all units)', async () => {
    const dir = example();
    const all = events((await calendar(dir)).stdout);
    const mas = await calendar(dir, ['--owner', 'mas']);
    expect(mas.code).toBe(0);
    const masEvents = events(mas.stdout);
    expect(masEvents.length).toBeGreaterThan(0);
    expect(masEvents.length).toBeLessThan(all.length);
    expect(masEvents.every((e) => e.description.includes('Ansvarig: Medicinskt ansvarig sjuksköterska (mas)'))).toBe(true);
    expect(mas.stdout.replace(/\r\n /g, '')).toContain(
      'X-WR-CALNAME:Årshjul – Solbacka kommun\\, socialförvaltningen (Medicinskt ansvarig sjuksköterska)',
    );
    const unit = events((await calendar(dir, ['--unit', 'myndighetsenheten'])).stdout);
    expect(unit.length).toBeLessThan(all.length);
    expect(unit.every((e) => !e.description.includes('Enheter:') || e.description.includes('Myndighetsenheten vård och omsorg'))).toBe(
      true,
    );
    // Both filters at once: the default file is named after them.
    const r = await runCli(['calendar', '--cwd', dir, '--today', DEMO_DAY, '--no-cache', '--owner', 'mas', '--unit', 'solgläntan']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'arshjul-mas-solglantan.ics'))).toBe(true);
  });

  it('an unknown --owner or --unit is one line naming the known ones, exit 2', async () => {
    const dir = example();
    const owner = await calendar(dir, ['--owner', 'chef']);
    expect(owner.code).toBe(2);
    expect(owner.stdout).toBe('');
    expect(owner.stderr).toMatch(
      /^lsys: --owner "chef": rollen finns inte under roller i lsys\.yaml\. Roller: nämnd, förvaltningschef, .*\.\n$/,
    );
    const unit = await runCli(['calendar', '--cwd', dir, '--today', DEMO_DAY, '--unit', 'eken', '--lang', 'en']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toMatch(/^lsys: --unit "eken": there is no such unit under enheter in lsys\.yaml\. Units: solgläntan, .*\.\n$/);
    expect(existsSync(join(dir, 'arshjul-eken.ics'))).toBe(false);
  });

  it('checks --from, --months and --remind: one line, exit 2', async () => {
    const dir = example();
    for (const [args, message] of [
      [['--months', '0'], '--months "0": ange ett heltal från 1 till 60.'],
      [['--months', '61'], '--months "61": ange ett heltal från 1 till 60.'],
      [['--months', '1.5'], '--months "1.5": ange ett heltal från 1 till 60.'],
      [['--from', '2027-02-30'], '--from "2027-02-30": ange ett datum som ÅÅÅÅ-MM-DD.'],
      [['--remind', '-1'], '--remind "-1": ange ett heltal dagar från 0 till 365 (0 = ingen påminnelse).'],
      [['--remind', '366'], '--remind "366": ange ett heltal dagar från 0 till 365 (0 = ingen påminnelse).'],
    ] as const) {
      const r = await calendar(dir, [...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toBe(`lsys: ${message}\n`);
    }
  });

  it('--remind and lsys.yaml årshjul.påminnelse_dagar set the reminder; 0 means none', async () => {
    const dir = example();
    expect(events((await calendar(dir, ['--remind', '3'])).stdout).every((e) => e.trigger === '-P3D')).toBe(true);
    const none = await calendar(dir, ['--remind', '0']);
    expect(none.stdout).not.toContain('BEGIN:VALARM');
    expect(none.stderr).not.toContain('påminnelse');
    writeFileSync(join(dir, 'lsys.yaml'), `${readFileSync(join(dir, 'lsys.yaml'), 'utf8')}\nårshjul:\n  påminnelse_dagar: 1\n`);
    const one = await calendar(dir);
    expect(one.code).toBe(0);
    expect(events(one.stdout).every((e) => e.trigger === '-P1D')).toBe(true);
    expect(one.stderr).toContain(', påminnelse 1 dag före.');
  });

  it('--from and --months choose the period', async () => {
    const dir = example();
    const r = await calendar(dir, ['--from', '2027-01-01', '--months', '3']);
    const evs = events(r.stdout);
    expect(evs.length).toBeGreaterThan(0);
    expect(evs.every((e) => e.start >= '2027-01-01' && e.start <= '2027-03-31')).toBe(true);
    expect(r.stderr).toContain('från 2027-01-01 till och med 2027-03-31');
  });

  it('speaks English with --lang en', async () => {
    const dir = example();
    const r = await calendar(dir, ['--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Wrote stdout: \d+ events from 2026-12-01 up to and including 2027-11-30, reminder 14 days before\./);
    expect(events(r.stdout).some((e) => e.summary === 'Quality report 2026 due')).toBe(true);
  });
});

describe('the calendar’s dates', () => {
  it('crosses the year boundary: December and January, the period’s end excluded', async () => {
    const r = repo({
      'ledningssystem/EGK-001.md': doc(egenkontrollDoc('EGK-001', { frekvens: 'månad', fastställd: '2026-11-30' })),
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { titel: 'Läkemedelshantering', revideras: '2027-01-15' }), RUTIN_BODY),
      'ledningssystem/RISK-001.md': doc(
        riskanalysDoc('RISK-001', [
          { id: 'R1', beskrivning: 'Fall', sannolikhet: 3, konsekvens: 3, åtgärder: [åtgärd({ klart_senast: '2027-01-01' })] },
        ]),
      ),
    });
    const out = await calendar(r.root, ['--from', '2026-12-01', '--months', '2'], '2026-11-25');
    expect(out.stderr).toMatch(/^Skrev stdout: \d+ händelser från 2026-12-01 till och med 2027-01-31/);
    const evs = events(out.stdout).map((e) => [e.start, e.end, e.summary]);
    expect(evs).toEqual([
      ['2026-12-30', '2026-12-31', 'Egenkontroll EGK-001 Egenkontroll EGK-001'],
      ['2027-01-01', '2027-01-02', 'Åtgärd klar: Inför dubbelsignering (RISK-001)'],
      ['2027-01-15', '2027-01-16', 'Revidera RUT-001 Läkemedelshantering'],
      ['2027-01-30', '2027-01-31', 'Egenkontroll EGK-001 Egenkontroll EGK-001'],
    ]);
  });

  it('keeps the leap day: monthly plans from the 29th and 31st of January 2028, a review on 29 February', async () => {
    const r = repo({
      'ledningssystem/EGK-001.md': doc(
        egenkontrollDoc('EGK-001', { frekvens: 'månad', fastställd: '2028-01-31', revideras: '2029-01-31' }),
      ),
      'ledningssystem/EGK-002.md': doc(
        egenkontrollDoc('EGK-002', { frekvens: 'månad', fastställd: '2028-01-29', revideras: '2029-01-29' }),
      ),
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { fastställd: '2027-03-01', revideras: '2028-02-29' }), RUTIN_BODY),
    });
    const out = await calendar(r.root, ['--months', '4'], '2028-01-31');
    expect(out.code).toBe(0);
    const evs = events(out.stdout).map((e) => `${e.start} ${e.summary.split(' ').slice(0, 2).join(' ')}`);
    expect(evs).toEqual([
      '2028-02-29 Egenkontroll EGK-001',
      '2028-02-29 Egenkontroll EGK-002',
      '2028-02-29 Revidera RUT-001',
      '2028-03-01 Kvalitetsberättelse 2027',
      '2028-03-01 Patientsäkerhetsberättelse 2027',
      '2028-03-29 Egenkontroll EGK-002',
      '2028-03-31 Egenkontroll EGK-001',
      '2028-04-29 Egenkontroll EGK-002',
      '2028-04-30 Egenkontroll EGK-001',
      '2028-05-29 Egenkontroll EGK-002',
    ]);
    expect(out.stdout).toContain('DTSTART;VALUE=DATE:20280229\r\nDTEND;VALUE=DATE:20280301\r\n');
  });

  it('keeps each occasion’s UID when an earlier one is performed, so a re-import updates instead of duplicating', async () => {
    const fields = egenkontrollDoc('EGK-001', { frekvens: 'kvartal', fastställd: '2026-09-01' });
    const r = repo({ 'ledningssystem/EGK-001.md': doc(fields) });
    const occasions = (text: string) => events(text).filter((e) => e.categories[1] === 'Egenkontroll');
    const before = occasions((await calendar(r.root, [], '2026-11-25')).stdout);
    expect(before.map((e) => e.start)).toEqual(['2026-12-01', '2027-03-01', '2027-06-01', '2027-09-01']);
    // The December occasion is performed on time: it leaves, and the next ones keep their UIDs.
    r.write(
      'ledningssystem/EGK-001.md',
      doc({ ...fields, genomförda: [{ datum: '2026-12-01', resultat: 'utan_anmärkning', sammanfattning: 'Inga brister.' }] }),
    );
    const after = occasions((await calendar(r.root, [], '2026-12-02')).stdout);
    expect(after.map((e) => e.start)).toEqual(['2027-03-01', '2027-06-01', '2027-09-01', '2027-12-01']);
    expect(after.slice(0, 3).map((e) => e.uid)).toEqual(before.slice(1).map((e) => e.uid));
    expect(before.map((e) => e.uid)).not.toContain(after[3]!.uid);
    expect(new Set(before.map((e) => e.uid)).size).toBe(4);
  });

  it('shows an exemption’s end, owned by årshjul.ansvarig', async () => {
    const config = `${BASE_CONFIG}undantag:\n  - { sosfs: "4:6", skäl: "Ingen hälso- och sjukvård i egen regi", till: 2027-06-30 }\nårshjul:\n  ansvarig: förvaltningschef\n`;
    const r = repo({}, config);
    const out = await calendar(r.root, ['--owner', 'förvaltningschef']);
    expect(out.code).toBe(0);
    const ex = events(out.stdout).find((e) => e.categories[1] === 'Undantag');
    expect(ex).toMatchObject({ summary: 'Undantag 4:6 upphör', start: '2027-06-30' });
    expect(ex!.description).toBe(
      'Skäl för undantaget: Ingen hälso- och sjukvård i egen regi\nAnsvarig: Förvaltningschef (förvaltningschef)\nFil: lsys.yaml',
    );
  });

  it('links to the handbook only with webbplats.url, and only for documents it shows', async () => {
    const files = {
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2027-01-15' }), RUTIN_BODY),
      'ledningssystem/RISK-001.md': doc(
        riskanalysDoc(
          'RISK-001',
          [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 3, konsekvens: 3, åtgärder: [åtgärd({ klart_senast: '2027-01-01' })] }],
          { status: 'utkast' },
        ),
      ),
    };
    const absolute = repo(files, `${BASE_CONFIG}webbplats:\n  url: https://intra.example.se/handbok\n`);
    const evs = events((await calendar(absolute.root)).stdout);
    expect(evs.find((e) => e.summary.startsWith('Revidera'))!.description).toContain(
      'I handboken: https://intra.example.se/handbok/dokument/RUT-001.html',
    );
    expect(evs.find((e) => e.summary.startsWith('Åtgärd'))!.description).not.toContain('I handboken');
    // Without webbplats.url there is no handbook address to give.
    const none = await calendar(repo(files).root);
    expect(none.code).toBe(0);
    expect(none.stdout).not.toMatch(/I handboken|URL/);
  });

  it('an --unit in a repository without units says there are none', async () => {
    const r = repo({}, BASE_CONFIG.replace(/^enheter:\n.*\n/m, ''));
    const out = await calendar(r.root, ['--unit', 'eken']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('lsys: --unit "eken": enheten finns inte under enheter i lsys.yaml. Enheter: (inga).\n');
  });

  it('a document with broken YAML does not stop the calendar', async () => {
    const r = repo({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2027-01-15' }), RUTIN_BODY),
      'ledningssystem/RUT-002.md': '---\nid: RUT-002\ntitel: [trasig\n---\n# Rutin\n',
    });
    const out = await calendar(r.root);
    expect(out.code).toBe(0);
    expect(events(out.stdout).map((e) => e.summary)).toContain('Revidera RUT-001 Rutin RUT-001');
  });
});

describe('the calendar file', () => {
  async function write(root: string, args: string[] = []) {
    return runCli(['calendar', '--today', DEMO_DAY, '--no-cache', ...args], { cwd: root });
  }

  it('replaces its own file, refuses one lsys did not write unless --force', async () => {
    const dir = example();
    const target = join(dir, 'arshjul.ics');
    expect((await write(dir)).code).toBe(0);
    const first = readFileSync(target, 'utf8');
    expect((await write(dir, ['--remind', '2'])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).not.toBe(first);
    writeFileSync(target, 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\nEND:VCALENDAR\r\n');
    const refused = await write(dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'lsys: arshjul.ics finns redan och är inte en kalender som lsys har skrivit. Välj en annan fil med --output, eller skriv över den med --force.\n',
    );
    expect(readFileSync(target, 'utf8')).toContain('Outlook');
    expect((await write(dir, ['--force'])).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(first.replace(/TRIGGER:-P\d+D/g, 'TRIGGER:-P14D'));
  });

  it('--output names the file (relative to where lsys runs); a symbolic link stays a link', async () => {
    const dir = example();
    const out = tempDir();
    const r = await runCli(['calendar', '--cwd', dir, '--today', DEMO_DAY, '--no-cache', '--output', 'mitt.ics'], { cwd: out });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skrev mitt\.ics: /);
    const text = readFileSync(join(out, 'mitt.ics'), 'utf8');
    expect(events(text).length).toBeGreaterThan(0);
    symlinkSync(join(out, 'mitt.ics'), join(out, 'lank.ics'));
    const again = await runCli(['calendar', '--cwd', dir, '--today', '2026-12-02', '--no-cache', '--output', 'lank.ics'], {
      cwd: out,
    });
    expect(again.code).toBe(0);
    expect(lstatSync(join(out, 'lank.ics')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'mitt.ics'), 'utf8')).toContain('DTSTAMP:20261202T000000Z');
  });

  it('works on a repository made with lsys init', async () => {
    const dir = join(tempDir(), 'ny');
    const init = await runCli(['init', dir, '--today', DEMO_DAY]);
    expect(init.code).toBe(0);
    const r = await calendar(dir);
    expect(r.code).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    expect(cal.name).toBe('vcalendar');
    expect(events(r.stdout).length).toBeGreaterThan(0);
  });

  it('has help with examples', async () => {
    const r = await runCli(['calendar', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exempel:\n  lsys calendar ');
    expect(r.stdout).toContain('--owner <roll>');
    const en = await runCli(['calendar', '--help', '--lang', 'en']);
    expect(en.stdout).toContain('Examples:\n  lsys calendar ');
  });
});
