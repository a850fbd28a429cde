/**
 * `lsys report` never copies a personnummer or samordningsnummer from the documents into the
 * report: every one is masked exactly as `privacy/personal-number` masks it in its message,
 * in HTML, Markdown and JSON alike. Only Skatteverket's test number 19121212-1212 (also
 * written 20121212-1212 and 121212-1212) and a samordningsnummer built from it are used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maskPersonalNumber } from '../../src/core/personnummer.js';
import { runCli } from '../helpers/cli.js';
import { doc, egenkontrollDoc, makeRepo, riskanalysDoc, åtgärd, type TestRepo } from '../helpers/repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

// 12 December 1912 / 2012 (Tolvan Tolvansson), and day 12 + 60 = 72 as a samordningsnummer
// (check digit 5 by Luhn over 121272123).
const NUMBERS = {
  body: '19121212-1212',
  title: '20121212-1212',
  action: '121212-1212',
  samordning: '20121272-1235',
  risk: '1212121212',
};

const common = { status: 'fastställd', version: '1.0', ägare: 'enhetschef', fastställd_av: 'nämnd' };

function repo(): TestRepo {
  const r = makeRepo({
    'ledningssystem/SAM-001.md': doc(
      {
        id: 'SAM-001',
        typ: 'sammanställning',
        titel: `Avvikelser 2026 (brukare ${NUMBERS.title})`,
        ...common,
        fastställd: '2026-12-31',
        period: { från: '2026-01-01', till: '2026-12-31' },
        avvikelser: [{ kategori: 'Fall', antal: 3 }],
      },
      `# Analys\n\nFallen gällde främst brukaren ${NUMBERS.body} på natten.\n\n| Brukare | Antal |\n| --- | --- |\n| ${NUMBERS.samordning} | 2 |\n`,
    ),
    'ledningssystem/RISK-001.md': doc(
      riskanalysDoc('RISK-001', [
        {
          id: 'R1',
          beskrivning: `Fallrisk för ${NUMBERS.risk}`,
          sannolikhet: 3,
          konsekvens: 3,
          åtgärder: [åtgärd({ beskrivning: `Larmmatta hos ${NUMBERS.action}` })],
        },
      ]),
    ),
    'ledningssystem/EGK-001.md': doc(
      egenkontrollDoc('EGK-001', {
        genomförda: [
          {
            datum: '2026-10-01',
            resultat: 'brister',
            sammanfattning: `Journalen för ${NUMBERS.samordning} saknade signering`,
            åtgärder: [åtgärd()],
          },
        ],
      }),
    ),
  });
  repos.push(r);
  return r;
}

describe('lsys report masks personal identity numbers', () => {
  it.each(['html', 'md', 'json'])('%s: no number in full, each masked as privacy/personal-number masks it', async (format) => {
    const r = repo();
    const out = join(r.root, `rapport.${format}`);
    const run = await runCli([
      'report',
      '--cwd',
      r.root,
      '--today',
      '2027-01-15',
      '--no-git',
      '--year',
      '2026',
      '--format',
      format,
      '--output',
      out,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (const [where, n] of Object.entries(NUMBERS)) {
      expect(text, where).not.toContain(n);
      expect(text, where).toContain(maskPersonalNumber(n));
    }
    // The same masking as the rule's message (shown in the appendix of the report).
    const v = await runCli(['validate', '--cwd', r.root, '--today', '2027-01-15', '--no-git', '--format', 'json']);
    const masked = JSON.parse(v.stdout)
      .diagnostics.filter((d: { rule: string }) => d.rule === 'privacy/personal-number')
      .map((d: { message: string }) => /\(([^)]*)\)/.exec(d.message)![1]);
    expect(masked).toContain('19121212-****');
    for (const m of masked) expect(text).toContain(m);
  });

  it('the PSB too (a title and analysis of a compilation for health care)', async () => {
    const r = repo();
    const out = join(r.root, 'psb.md');
    expect(
      (
        await runCli([
          'report',
          '--cwd',
          r.root,
          '--today',
          '2027-01-15',
          '--no-git',
          '--year',
          '2026',
          '--kind',
          'patientsakerhetsberattelse',
          '--format',
          'md',
          '--output',
          out,
        ])
      ).code,
    ).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('19121212-****');
    for (const n of Object.values(NUMBERS)) expect(text).not.toContain(n);
  });
});
