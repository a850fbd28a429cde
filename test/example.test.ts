/**
 * The bundled example repository: clean on the demo date, and a deliberately broken copy
 * whose JSON output is kept as a golden file (update deliberately with `vitest -u`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { notGenerated } from './helpers/example-copy.js';

const EXAMPLE = fileURLToPath(new URL('../examples/solbacka/', import.meta.url));
const DEMO_DAY = '2026-12-01';

/** Each edit breaks one thing a coordinator could break by hand. */
const BREAKS: Array<{ file: string; find: string | RegExp; replace: string; why: string }> = [
  { file: 'ledningssystem/rutiner/RUT-006-fallprevention.md', find: 'ägare: mas\n', replace: '', why: 'schema/required' },
  {
    file: 'ledningssystem/rutiner/RUT-006-fallprevention.md',
    find: 'revideras: 2027-06-10',
    replace: 'revideras: 2026-11-30',
    why: 'review/overdue',
  },
  {
    file: 'ledningssystem/rutiner/RUT-006-fallprevention.md',
    find: 'sosfs: [4:4, 5:7]',
    replace: 'sosfs: [4:4, 5:7, 4:9]',
    why: 'sosfs/unknown',
  },
  {
    file: 'ledningssystem/rutiner/RUT-006-fallprevention.md',
    find: '  - HSL\n',
    replace: '  - HSL 1982:763\n  - SOSFS 2005:12\n',
    why: 'lagrum/repealed',
  },
  {
    file: 'ledningssystem/rutiner/RUT-004-avvikelser.md',
    find: 'RUT-010-lex-sarah.md#genomförande',
    replace: 'RUT-010-lex-sarah.md#genomforande',
    why: 'link/broken (anchor)',
  },
  { file: 'ledningssystem/rutiner/RUT-004-avvikelser.md', find: '## Uppföljning', replace: '## Uppföljningen', why: 'heading/missing' },
  { file: 'ledningssystem/rutiner/RUT-008-basal-hygien.md', find: 'status: fastställd', replace: 'status: godkänd', why: 'schema/enum' },
  {
    file: 'ledningssystem/ansvar/ANS-001-ansvarsfordelning.md',
    find: 'förvaltningschef: utför, sektorchef: deltar',
    replace: 'förvaltningschef: ansvarar, sektorchef: deltar',
    why: 'responsibility/owner',
  },
  {
    file: 'ledningssystem/riskanalyser/RISK-002-nattorganisation.md',
    find: / {4}åtgärder:\n {6}- beskrivning: Nattpatrullen[^\n]*\n[^\n]*\n[^\n]*\n[^\n]*\n/,
    replace: '',
    why: 'risk/missing-action',
  },
  {
    file: 'ledningssystem/riskanalyser/RISK-002-nattorganisation.md',
    find: 'beskrivning: Larm besvaras',
    replace: 'ansvarig: nattchef\n    beskrivning: Larm besvaras',
    why: 'schema/additionalProperties',
  },
  {
    file: 'ledningssystem/sammanstallningar/SAM-002-2026-halvar-1.md',
    find: 'period 2025.',
    replace: 'period 2025. Händelsen med brukare 19121212-1212 utreddes särskilt.',
    why: 'privacy/personal-number',
  },
  { file: 'ledningssystem/rutiner/RUT-007-hot-och-vald.md', find: /^id: RUT-007$/m, replace: 'id: RUT-009', why: 'id/duplicate' },
  {
    file: 'ledningssystem/egenkontroll/EGK-002-lakemedelskontroll.md',
    find: 'ägare:',
    replace: 'x_diarienummer: SN 2026/114\nägare:',
    why: 'x_ fields are allowed (no finding)',
  },
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lsys-solbacka-'));
  dirs.push(dir);
  cpSync(EXAMPLE, dir, { recursive: true, filter: notGenerated });
  return dir;
}

describe('examples/solbacka', () => {
  it('validates on the demo day with only the two läskvittens warnings it is made to show, in Swedish and English', async () => {
    // The generated confirmations (scripts/generate-laskvittenser.mjs) leave two units behind
    // on RUT-003 and RUT-008: reading/overdue fires on those two documents and nothing else.
    const r = await runCli(['validate', '--cwd', EXAMPLE, '--today', DEMO_DAY, '--no-git']);
    expect(r.stdout).toContain('3 av 90 läsare har inte bekräftat version 4.x (senast 2026-05-09): Gruppbostaden Lärkan (LSS) 3 av 14');
    expect(r.stdout).toContain(
      '8 av 90 läsare har inte bekräftat version 2.x (senast 2026-11-07): Solgläntans särskilda boende 2 av 43, Hemtjänst norr med hemsjukvård 6 av 33',
    );
    expect(r.stdout).toMatch(/✖ 2 problem \(0 fel, 2 varningar\) i 30 filer\n$/);
    expect(r.stdout).not.toMatch(/P\d{4}/);
    expect(r.code).toBe(0);
    const en = await runCli(['validate', '--cwd', EXAMPLE, '--today', DEMO_DAY, '--no-git', '--lang', 'en']);
    expect(en.stdout).toMatch(/✖ 2 problems \(0 errors, 2 warnings\) in 30 files\n$/);
    // Before the läskvittens block, the example was clean: without it, it still is.
    const clean = await runCli(['validate', '--cwd', EXAMPLE, '--today', DEMO_DAY, '--no-git', '--rule', 'reading/overdue=off']);
    expect(clean.stdout).toBe('✔ Inga problem i 30 filer (25 dokument)\n');
  });

  it('is a real system: every type, 20+ documents, every applicable paragraph covered', async () => {
    const r = await runCli([
      'validate',
      '--cwd',
      EXAMPLE,
      '--today',
      DEMO_DAY,
      '--no-git',
      '--format',
      'json',
      '--rule',
      'coverage/missing=error',
    ]);
    expect(JSON.parse(r.stdout).summary).toEqual({ files: 30, documents: 25, errors: 0, warnings: 2 });
  });

  it('a deliberately broken copy gives the golden findings, with file and line', async () => {
    const dir = copyExample();
    for (const b of BREAKS) {
      const path = join(dir, b.file);
      const before = readFileSync(path, 'utf8');
      const after = before.replace(b.find, b.replace);
      expect(after, `${b.why}: the edit must apply to ${b.file}`).not.toBe(before);
      writeFileSync(path, after);
    }
    // A routine saved from an old editor as Latin-1.
    writeFileSync(
      join(dir, 'ledningssystem/rutiner/RUT-099-latin1.md'),
      Buffer.from('---\nid: RUT-099\ntitel: Bem\xf6tande\n---\n', 'latin1'),
    );
    const r = await runCli(['validate', '--cwd', dir, '--today', DEMO_DAY, '--no-git', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    const rules = new Set(out.diagnostics.map((d: { rule: string }) => d.rule));
    for (const b of BREAKS) {
      const rule = b.why.split(' ')[0];
      if (rule!.includes('/')) expect(rules, b.why).toContain(rule);
    }
    expect(rules).toContain('file/encoding');
    // The broken copy stays a realistic repository: most of it is still clean.
    expect(out.summary.documents).toBe(26);
    await expect(r.stdout).toMatchFileSnapshot('./golden/solbacka-broken.json');
    const sv = await runCli(['validate', '--cwd', dir, '--today', DEMO_DAY, '--no-git']);
    await expect(sv.stdout).toMatchFileSnapshot('./golden/solbacka-broken.stylish.txt');
  });
});
