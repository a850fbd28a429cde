/**
 * lsys approve and lsys withdraw on temp repositories, in-process: what a coordinator sees and
 * exactly which lines of the files change.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffLines } from 'diff';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import {
  BASE_CONFIG,
  doc,
  makeRepo,
  PROCESS_BODY,
  processDoc,
  riskanalysDoc,
  rutin,
  RUTIN_BODY,
  TODAY,
  type TestRepo,
} from './helpers/repo.js';

const repos: TestRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

const DRAFT_PATH = 'ledningssystem/rutiner/RUT-002-lakemedel.md';
const DRAFT = `---
# Utkast, granskas av MAS
id: RUT-002
typ: rutin
titel: "Läkemedelshantering"   # arbetsnamn
status: 'utkast'
version: 0.3
ägare: mas # dokumentägare
process: PRO-001
gäller_för: [solgläntan]
lagrum:
  - "PSL 3:10"
---
${RUTIN_BODY}`;

function repo(files: Record<string, string> = {}, config = BASE_CONFIG): TestRepo {
  const r = makeRepo(
    {
      'ledningssystem/processer/PRO-001.md': doc(processDoc('PRO-001'), PROCESS_BODY),
      'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY),
      [DRAFT_PATH]: DRAFT,
      ...files,
    },
    config,
  );
  repos.push(r);
  return r;
}

const run = (r: TestRepo, ...args: string[]) => runCli([...args, '--cwd', r.root, '--today', TODAY, '--no-cache']);
const read = (r: TestRepo, path: string): string => readFileSync(join(r.root, path), 'utf8');

/** The changed lines, sorted: removed with `-`, added with `+`. */
function changed(before: string, after: string): string[] {
  return diffLines(before, after)
    .flatMap((p) =>
      p.added || p.removed
        ? p.value
            .replace(/\n$/, '')
            .split('\n')
            .map((l) => `${p.added ? '+' : '-'}${l}`)
        : [],
    )
    .sort();
}

describe('lsys approve', () => {
  it('approves a draft for the first time: version 0.3 becomes 1.0, four fields set, every other line as it was', async () => {
    const r = repo();
    const res = await run(r, 'approve', 'RUT-002', '--by', 'mas');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('RUT-002 Läkemedelshantering fastställd som version 1.0 av mas, revideras senast 2027-11-25.');
    expect(res.stdout).toContain('pull request');
    expect(res.stdout).toContain(`git add ${DRAFT_PATH}`);
    expect(res.stdout).toContain("git commit -m 'Fastställ RUT-002 version 1.0'");
    const after = read(r, DRAFT_PATH);
    expect(changed(DRAFT, after)).toEqual(
      [
        "-status: 'utkast'",
        "+status: 'fastställd'",
        '-version: 0.3',
        '+version: 1.0',
        '+fastställd_av: mas',
        '+fastställd: 2026-11-25',
        '+revideras: 2027-11-25',
      ].sort(),
    );
    expect(after).toContain(
      'ägare: mas # dokumentägare\nfastställd_av: mas\nfastställd: 2026-11-25\nrevideras: 2027-11-25\nprocess: PRO-001\n',
    );
    expect((await run(r, 'validate')).code).toBe(0);
  });

  it('raises the minor version by default and the major one with --major; takes the approver from lsys.yaml defaults', async () => {
    const config = `${BASE_CONFIG}defaults:\n  fastställd_av: förvaltningschef\n  typer:\n    rutin: { fastställd_av: nämnd }\n`;
    const r = repo({ 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { version: '1.9' }), RUTIN_BODY) }, config);
    const minor = await run(r, 'approve', 'RUT-001');
    expect(minor.code).toBe(0);
    expect(minor.stdout).toContain('fastställd som version 1.10 av nämnd');
    expect(read(r, 'ledningssystem/rutiner/RUT-001.md')).toContain('version: "1.10"\n');
    const major = await run(r, 'approve', 'ledningssystem/rutiner/RUT-001.md', '--major', '--by', 'mas');
    expect(major.code).toBe(0);
    expect(major.stdout).toContain('version 2.0 av mas');
    const minorAgain = await run(r, 'approve', 'RUT-001', '--minor');
    expect(minorAgain.stdout).toContain('version 2.1 av nämnd');
  });

  it('keeps the existing approver when neither --by nor lsys.yaml names one, and gives a record document no revideras', async () => {
    const path = 'ledningssystem/riskanalyser/RISK-001.md';
    const r = repo({ [path]: doc(riskanalysDoc('RISK-001', [{ id: 'R1', beskrivning: 'Fall', sannolikhet: 1, konsekvens: 2 }])) });
    const before = read(r, path);
    const res = await run(r, 'approve', 'RISK-001');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('RISK-001 Riskanalys RISK-001 fastställd som version 1.1 av förvaltningschef.\n');
    expect(changed(before, read(r, path))).toEqual(
      ['+fastställd: 2026-11-25', '+version: "1.1"', '-fastställd: 2026-09-01', '-version: "1.0"'].sort(),
    );
  });

  it('approves a document whose review is overdue: approval itself resolves that error', async () => {
    const r = repo({
      'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { fastställd: '2024-01-01', revideras: '2025-01-01' }), RUTIN_BODY),
    });
    expect((await run(r, 'validate')).code).toBe(1);
    const res = await run(r, 'approve', 'RUT-001');
    expect(res.code).toBe(0);
    expect((await run(r, 'validate')).code).toBe(0);
  });

  it('refuses (exit 1) a document that would have errors, listing them at their lines in the file, and writes nothing', async () => {
    const text = DRAFT.replace('## Ansvar\n', '## Ansvaret\n');
    const r = repo({
      [DRAFT_PATH]: text,
      'ledningssystem/rutiner/RUT-003.md': doc(rutin('RUT-003', { status: 'utkast', relaterade: ['RUT-009'] }), RUTIN_BODY),
    });
    const res = await run(r, 'approve', 'RUT-002', '--by', 'mas');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('RUT-002 fastställdes inte: dokumentet skulle ha fel efter fastställandet.');
    expect(res.stdout).toContain(DRAFT_PATH);
    expect(res.stdout).toMatch(/heading\/missing/);
    expect(read(r, DRAFT_PATH)).toBe(text);
    // A finding in the frontmatter points at its line on disk (the added lines do not shift it).
    const other = await run(r, 'approve', 'RUT-003', '--dry-run');
    expect(other.code).toBe(1);
    const line =
      read(r, 'ledningssystem/rutiner/RUT-003.md')
        .split('\n')
        .findIndex((l) => l.includes('RUT-009')) + 1;
    expect(other.stdout).toMatch(new RegExp(`\\b${line}:\\d+\\s+fel\\s.*RUT-009.*ref/unresolved`));
  });

  it('refuses (exit 1) a document whose frontmatter cannot be read, with its errors as validate shows them', async () => {
    const r = repo({ 'ledningssystem/trasig.md': '---\nid: RUT-006\ntitel: [\n---\n' });
    const res = await run(r, 'approve', 'RUT-006', '--by', 'mas');
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('RUT-006 fastställdes inte');
    expect(res.stdout).toContain('frontmatter/yaml');
    expect(read(r, 'ledningssystem/trasig.md')).toBe('---\nid: RUT-006\ntitel: [\n---\n');
  });

  it('shows warnings that remain after approval without refusing', async () => {
    const r = repo({ [DRAFT_PATH]: DRAFT.replace('process: PRO-001\n', '') });
    const res = await run(r, 'approve', 'RUT-002', '--by', 'mas');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Varningar för RUT-002 efter fastställandet');
    expect(res.stdout).toContain('process/orphan-routine');
  });

  it('--dry-run prints a unified diff (coloured only on a terminal) and writes nothing', async () => {
    const r = repo();
    const res = await run(r, 'approve', 'RUT-002', '--by', 'mas', '--dry-run');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`--- a/${DRAFT_PATH}\n+++ b/${DRAFT_PATH}\n@@ -3,9 +3,12 @@`);
    expect(res.stdout).toContain("-status: 'utkast'\n-version: 0.3\n+status: 'fastställd'\n+version: 1.0\n");
    expect(res.stdout).toContain(
      'Provkörning: RUT-002 Läkemedelshantering skulle fastställas som version 1.0 av mas, revideras senast 2027-11-25.',
    );
    expect(res.stdout).not.toContain('\u001b[');
    expect(read(r, DRAFT_PATH)).toBe(DRAFT);
    const tty = await runCli(['approve', 'RUT-002', '--by', 'mas', '--dry-run', '--cwd', r.root, '--today', TODAY], { isTTY: true });
    expect(tty.stdout).toContain("\u001b[32m+status: 'fastställd'\u001b[39m");
    const noColor = await runCli(['approve', 'RUT-002', '--by', 'mas', '--dry-run', '--cwd', r.root, '--today', TODAY], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('keeps CRLF line ends, a BOM and the file mode', async () => {
    const crlf = `\uFEFF${DRAFT.replace(/\n/g, '\r\n')}`;
    const r = repo({ [DRAFT_PATH]: crlf });
    chmodSync(join(r.root, DRAFT_PATH), 0o640);
    expect((await run(r, 'approve', 'RUT-002', '--by', 'mas')).code).toBe(0);
    const after = read(r, DRAFT_PATH);
    expect(after.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(after).toContain('fastställd_av: mas\r\nfastställd: 2026-11-25\r\n');
    expect(statSync(join(r.root, DRAFT_PATH)).mode & 0o777).toBe(0o640);
  });

  it('says in English what it did with --lang en', async () => {
    const r = repo();
    const res = await run(r, 'approve', 'RUT-002', '--by', 'mas', '--lang', 'en');
    expect(res.stdout).toContain('RUT-002 Läkemedelshantering approved as version 1.0 by mas, to be reviewed by 2027-11-25.');
    expect(res.stdout).toContain("git commit -m 'Approve RUT-002 version 1.0'");
    expect(res.stdout).toContain('Commit the change and open a pull request');
  });

  it.each([
    [['approve', 'RUT-002', '--major', '--minor'], '--major och --minor kan inte anges samtidigt'],
    [['approve', 'RUT-002', '--by', 'chef'], 'Rollen chef finns inte under roller i lsys.yaml. Roller: nämnd, förvaltningschef, mas'],
    [['approve', 'RUT-002'], 'Vem fastställer RUT-002? Ange --by ROLL (t.ex. --by nämnd) eller sätt defaults.fastställd_av i lsys.yaml.'],
    [['approve', 'RUT-099'], 'Inget dokument har id RUT-099.'],
    [['approve', 'lsys.yaml'], 'lsys.yaml är inget dokument i ledningssystemet'],
    [['approve', 'RUT-004'], 'RUT-004 är upphävt och kan inte fastställas.'],
    [['approve', 'RUT-005'], 'Id RUT-005 används av flera dokument: ledningssystem/a.md, ledningssystem/b.md.'],
    [
      ['approve', 'ledningssystem/block.md', '--by', 'mas'],
      'ledningssystem/block.md: fältet status är skrivet på ett sätt som lsys inte ändrar',
    ],
  ])('%j → exit 2: %s', async (args, message) => {
    const r = repo({
      'ledningssystem/rutiner/RUT-004.md': doc(rutin('RUT-004', { status: 'upphävd' }), RUTIN_BODY),
      'ledningssystem/a.md': doc(rutin('RUT-005'), RUTIN_BODY),
      'ledningssystem/b.md': doc(rutin('RUT-005'), RUTIN_BODY),
      'ledningssystem/trasig.md': '---\nid: RUT-006\ntitel: [\n---\n',
      'ledningssystem/block.md': `---\nid: RUT-007\ntyp: rutin\ntitel: Block\nstatus: |\n  utkast\nversion: 1.0\nägare: mas\n---\n${RUTIN_BODY}`,
    });
    const before = read(r, DRAFT_PATH);
    const res = await run(r, ...args);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(read(r, DRAFT_PATH)).toBe(before);
  });

  it('refuses a document that is a symbolic link or has hard links, and leaves them as they were', async () => {
    const r = repo();
    writeFileSync(join(r.root, 'RUT-010.txt'), doc(rutin('RUT-010', { status: 'utkast' }), RUTIN_BODY));
    symlinkSync(join(r.root, 'RUT-010.txt'), join(r.root, 'ledningssystem/rutiner/RUT-010.md'));
    const link = await run(r, 'approve', 'RUT-010');
    expect(link.code).toBe(2);
    expect(link.stderr).toContain(
      'ledningssystem/rutiner/RUT-010.md är en symbolisk länk; lsys ändrar inte länkar. Ange filen den pekar på:',
    );
    linkSync(join(r.root, DRAFT_PATH), join(r.root, 'kopia.md'));
    const hard = await run(r, 'approve', 'RUT-002', '--by', 'mas');
    expect(hard.code).toBe(2);
    expect(hard.stderr).toContain('har flera hårda länkar');
    expect(read(r, DRAFT_PATH)).toBe(DRAFT);
  });

  it('finds the document by a path relative to the current folder', async () => {
    const r = repo();
    const res = await runCli(['approve', 'RUT-002-lakemedel.md', '--by', 'mas', '--today', TODAY], {
      cwd: join(r.root, 'ledningssystem/rutiner'),
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('git add RUT-002-lakemedel.md');
  });
});

describe('lsys withdraw', () => {
  const successorPath = 'ledningssystem/rutiner/RUT-003.md';
  const files = (): Record<string, string> => ({
    'ledningssystem/processer/PRO-001.md': doc(
      processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001'] }] }),
      PROCESS_BODY,
    ),
    [successorPath]: doc(rutin('RUT-003'), RUTIN_BODY),
  });

  it('withdraws a document: only its status line changes, and lists the documents that still point at it', async () => {
    const r = repo(files());
    const before = read(r, 'ledningssystem/rutiner/RUT-001.md');
    const res = await run(r, 'withdraw', 'RUT-001');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('RUT-001 Rutin RUT-001 är upphävt.');
    expect(res.stdout).toContain(
      'Dessa dokument hänvisar fortfarande till RUT-001 och får varningen ref/withdrawn tills hänvisningen ändras:',
    );
    expect(res.stdout).toMatch(/ledningssystem\/processer\/PRO-001\.md:\d+ {2}PRO-001 \(aktiviteter\.rutiner\)/);
    expect(res.stdout).toContain("git commit -m 'Upphäv RUT-001'");
    expect(changed(before, read(r, 'ledningssystem/rutiner/RUT-001.md'))).toEqual(['+status: upphävd', '-status: fastställd']);
    // Again: nothing wrong, nothing to do, nothing written.
    const withdrawn = read(r, 'ledningssystem/rutiner/RUT-001.md');
    const again = await run(r, 'withdraw', 'RUT-001');
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('RUT-001 är redan upphävt; inget att göra.\n');
    expect(read(r, 'ledningssystem/rutiner/RUT-001.md')).toBe(withdrawn);
    // Withdrawn already, but its successor is named only now: the successor gets ersätter.
    const later = await run(r, 'withdraw', 'RUT-001', '--replaced-by', 'RUT-002');
    expect(later.code).toBe(0);
    expect(read(r, DRAFT_PATH)).toMatch(/^ersätter: RUT-001$/m);
    expect(read(r, 'ledningssystem/rutiner/RUT-001.md')).toBe(withdrawn);
    const thrice = await run(r, 'withdraw', 'RUT-001', '--replaced-by', 'RUT-002');
    expect(thrice.stdout).toBe('RUT-001 är redan upphävt; inget att göra.\n');
  });

  it('--replaced-by sets ersätter on the successor; both files written', async () => {
    const r = repo(files());
    const before = read(r, successorPath);
    const res = await run(r, 'withdraw', 'RUT-001', '--replaced-by', 'RUT-003');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('RUT-001 Rutin RUT-001 är upphävt och ersätts av RUT-003 Rutin RUT-003 (ersätter: RUT-001).');
    expect(res.stdout).toContain('tills hänvisningen ändras till RUT-003:');
    expect(res.stdout).toContain(`git add ledningssystem/rutiner/RUT-001.md ${successorPath}`);
    expect(changed(before, read(r, successorPath))).toEqual(['+ersätter: RUT-001']);
    expect(read(r, successorPath)).toContain('process: PRO-001\nersätter: RUT-001\n');
    const v = await run(r, 'validate');
    expect(v.stdout).toContain('ref/withdrawn');
    expect(v.code).toBe(0);
  });

  it('--dry-run shows both diffs and writes nothing; a draft can be withdrawn too', async () => {
    const r = repo(files());
    const res = await run(r, 'withdraw', 'RUT-002', '--replaced-by', 'RUT-003', '--dry-run', '--lang', 'en');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`+++ b/${DRAFT_PATH}`);
    expect(res.stdout).toContain(`+++ b/${successorPath}`);
    expect(res.stdout).toContain('+ersätter: RUT-002');
    expect(res.stdout).toContain('Dry run: RUT-002 Läkemedelshantering would be withdrawn and replaced by RUT-003. Nothing was written.');
    expect(read(r, DRAFT_PATH)).toBe(DRAFT);
    expect(read(r, successorPath)).toBe(doc(rutin('RUT-003'), RUTIN_BODY));
  });

  it('leaves a successor that already names the withdrawn document as it is', async () => {
    const r = repo({ ...files(), [successorPath]: doc(rutin('RUT-003', { ersätter: 'RUT-001' }), RUTIN_BODY) });
    const res = await run(r, 'withdraw', 'RUT-001', '--replaced-by', 'RUT-003');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('git add ledningssystem/rutiner/RUT-001.md\n');
  });

  it.each([
    ['RUT-009', '--replaced-by RUT-009: inget dokument har det id:t.'],
    ['RUT-001', '--replaced-by RUT-001: ett dokument kan inte ersätta sig självt.'],
    ['RUT-004', '--replaced-by RUT-004: RUT-004 är självt upphävt och kan inte ersätta RUT-001.'],
    ['RUT-005', '--replaced-by RUT-005: RUT-005 ersätter redan RUT-008 (ersätter: RUT-008 i ledningssystem/rutiner/RUT-005.md)'],
    ['RUT-006', 'Id RUT-006 används av flera dokument'],
  ])('--replaced-by %s → exit 2, nothing written', async (successor, message) => {
    const r = repo({
      ...files(),
      'ledningssystem/rutiner/RUT-004.md': doc(rutin('RUT-004', { status: 'upphävd' }), RUTIN_BODY),
      'ledningssystem/rutiner/RUT-005.md': doc(rutin('RUT-005', { ersätter: 'RUT-008' }), RUTIN_BODY),
      'ledningssystem/a.md': doc(rutin('RUT-006'), RUTIN_BODY),
      'ledningssystem/b.md': doc(rutin('RUT-006'), RUTIN_BODY),
    });
    const before = read(r, 'ledningssystem/rutiner/RUT-001.md');
    const res = await run(r, 'withdraw', 'RUT-001', '--replaced-by', successor);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(message);
    expect(read(r, 'ledningssystem/rutiner/RUT-001.md')).toBe(before);
  });

  it('refuses (exit 2) a document whose frontmatter cannot be read', async () => {
    const r = repo({ 'ledningssystem/trasig.md': '---\nid: RUT-006\ntitel: [\n---\n' });
    const res = await run(r, 'withdraw', 'RUT-006');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('ledningssystem/trasig.md går inte att läsa som ett dokument med frontmatter; kör lsys validate');
  });

  it('refuses a successor that is a link before writing anything', async () => {
    const r = repo(files());
    writeFileSync(join(r.root, 'RUT-011.txt'), doc(rutin('RUT-011'), RUTIN_BODY));
    symlinkSync(join(r.root, 'RUT-011.txt'), join(r.root, 'ledningssystem/rutiner/RUT-011.md'));
    const before = read(r, 'ledningssystem/rutiner/RUT-001.md');
    const res = await run(r, 'withdraw', 'RUT-001', '--replaced-by', 'RUT-011');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('är en symbolisk länk');
    expect(read(r, 'ledningssystem/rutiner/RUT-001.md')).toBe(before);
  });
});

describe('lsys withdraw and links in the text', () => {
  it('names the links in other documents’ text that lead to the withdrawn file, with their lines', async () => {
    const r = repo({
      'ledningssystem/rutiner/RUT-003.md': doc(
        rutin('RUT-003'),
        `${RUTIN_BODY}\nSe [rutinen](RUT-001.md#syfte) och [processen](../processer/PRO-001.md).\n\nFrån roten: [rutinen](/ledningssystem/rutiner/RUT-001.md).\n`,
      ),
    });
    const res = await run(r, 'withdraw', 'RUT-001', '--replaced-by', 'RUT-002', '--dry-run');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      'Dessa länkar i texten leder fortfarande till RUT-001 (lsys validate varnar inte för dem); ändra dem till RUT-002:',
    );
    const line =
      read(r, 'ledningssystem/rutiner/RUT-003.md')
        .split('\n')
        .findIndex((l) => l.includes('[rutinen]')) + 1;
    expect(res.stdout).toContain(`  ledningssystem/rutiner/RUT-003.md:${line}  RUT-003\n`);
    // A root-relative link (from the repository root, as link/broken reads it) too.
    const rootLine =
      read(r, 'ledningssystem/rutiner/RUT-003.md')
        .split('\n')
        .findIndex((l) => l.includes('Från roten')) + 1;
    expect(res.stdout).toContain(`  ledningssystem/rutiner/RUT-003.md:${rootLine}  RUT-003\n`);
    expect(res.stdout).not.toMatch(/RUT-003\.md:\d+ {2}RUT-003\n[^\n]*PRO-001/);
  });
});

describe('lsys approve after lsys new', () => {
  it('refuses while the guidance lsys new wrote is there, naming each line, and approves once it is replaced', async () => {
    const r = repo();
    const made = await run(r, 'new', 'riskanalys', 'Riskanalys inför sommaren', '--owner', 'mas');
    expect(made.code).toBe(0);
    const path = /(ledningssystem\/\S+\.md)/.exec(made.stdout)![1]!;
    const id = /^id: (\S+)$/m.exec(read(r, path))![1]!;
    const refused = await run(r, 'approve', id, '--by', 'mas');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`${id} fastställdes inte: texten som lsys new skrev som hjälp finns kvar.`);
    expect(refused.stdout).toMatch(new RegExp(`${path}:\\d+  fältet har kvar platshållaren "Beskriv risken"`));
    expect(refused.stdout).toMatch(new RegExp(`${path}:\\d+  rubriken "Bakgrund" har ingen text ännu, bara lsys tips`));
    const en = await runCli(['approve', id, '--by', 'mas', '--cwd', r.root, '--today', TODAY, '--no-cache', '--lang', 'en']);
    expect(en.stdout).toContain('the field still has the placeholder "Beskriv orsaken"');
    // Nothing was written.
    expect(read(r, path)).toContain('status: utkast');
    // Written: the fields and the text under every heading (the hint may stay beside the text).
    const filled = read(r, path)
      .replace('Beskriv risken', 'Fall vid nattliga toalettbesök')
      .replace('Beskriv orsaken', 'Mörker och hala golv')
      .replace(/(<!--[^\n]*-->\n)/g, '$1\nText som en samordnare har skrivit.\n');
    writeFileSync(join(r.root, path), filled);
    const ok = await run(r, 'approve', id, '--by', 'mas');
    expect(ok.stdout).not.toContain('fastställdes inte');
    expect(ok.code).toBe(0);
    expect(read(r, path)).toContain('status: fastställd');
  });

  it('a heading with its own text, a code block or only an ordinary comment is not taken for unfinished', async () => {
    const { unfinishedParts } = await import('../src/author/unfinished.js');
    const text =
      '---\nid: RUT-009\n---\n# T\n\n## Syfte\n\n<!-- Skriv varför dokumentet finns och vad det ska leda till för den enskilde. -->\n\nFör att.\n\n' +
      '## Ansvar\n\n```\n## inte en rubrik\n```\n\n## Genomförande\n\n<!-- en egen kommentar -->\n\n## Uppföljning\n\n' +
      '<!-- Skriv här det som hör till avsnittet Uppföljning. -->\n';
    expect(unfinishedParts(text)).toEqual([{ line: 22, kind: 'heading', text: 'Uppföljning' }]);
  });
});

describe('lsys approve and withdraw on a branch', () => {
  const gitEnv = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
  const git = (r: TestRepo, ...args: string[]): string => execFileSync('git', args, { cwd: r.root, env: gitEnv, encoding: 'utf8' });

  it('suggests committing on the checked-out branch when it is not the default branch, and a new branch otherwise', async () => {
    const r = repo();
    git(r, 'init', '-q', '-b', 'main');
    git(r, 'add', '-A');
    git(r, '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'Start');
    git(r, 'switch', '-q', '-c', 'rutiner-2027');
    const withdrawn = await run(r, 'withdraw', 'RUT-001');
    expect(withdrawn.code).toBe(0);
    expect(withdrawn.stdout).toContain(
      'Checka in ändringen på grenen rutiner-2027, så att den granskas i grenens pull request innan den gäller:\n' +
        `  cd ${r.root}\n` +
        '  git add ledningssystem/rutiner/RUT-001.md\n' +
        "  git commit -m 'Upphäv RUT-001'\n" +
        '  git push -u origin rutiner-2027\n',
    );
    expect(withdrawn.stdout).not.toContain('git switch');
    const approved = await run(r, 'approve', 'RUT-002', '--by', 'mas', '--lang', 'en');
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain('Commit the change on the branch rutiner-2027');
    expect(approved.stdout).not.toContain('git switch');
    // The branch origin/HEAD names is a default branch too.
    git(r, 'checkout', '-q', '--', '.');
    git(r, 'update-ref', 'refs/remotes/origin/rutiner-2027', 'HEAD');
    git(r, 'symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/rutiner-2027');
    const onDefault = await run(r, 'withdraw', 'RUT-001');
    expect(onDefault.stdout).toContain('Checka in ändringen och öppna en pull request');
    expect(onDefault.stdout).toContain('  git switch -c upphav-rut-001\n');
    // On main: a new branch named after the change.
    git(r, 'checkout', '-q', '--', '.');
    git(r, 'switch', '-q', 'main');
    const onMain = await run(r, 'withdraw', 'RUT-001');
    expect(onMain.stdout).toContain('  git switch -c upphav-rut-001\n  git add ledningssystem/rutiner/RUT-001.md\n');
  });
});
