/**
 * coverage/missing: a paragraph of SOSFS 2011:9 chapters 3–7 that applies to the configured
 * `verksamhetsformer` and that no `fastställd` document lists in `sosfs` (warning), reported
 * on lsys.yaml at `verksamhetsformer`. An `undantag` (until its `till` date) removes it.
 */
import { describe, expect, it } from 'vitest';
import { ansvarsfordelningDoc, config, doc, lineOf, messages, pairs, positions } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'coverage/missing';
const ALLA = ['3:1', '3:2', '4:1', '4:2', '4:3', '4:4', '5:1', '5:2', '5:3', '5:4', '5:5', '5:6', '5:7', '5:8', '6:1', '6:2', '6:3', '7:1'];
const SOL_LSS = ['4:5'];

/** The paragraph a message names ("… uppfyller 4 kap. 5 § SOSFS 2011:9 …"), as chapter:paragraph. */
const paragraphOf = (m: string): string => {
  const r = /uppfyller (\d+) kap\. (\d+)(?: ([a-z]))? § SOSFS/.exec(m);
  return r ? `${r[1]}:${r[2]}${r[3] ?? ''}` : m;
};
const HSL = ['4:6', '7:2', '7:3'];

function cfg(sectors: string, undantag = ''): string {
  return config(undantag, { [RULE]: 'warning' }).replace('verksamhetsformer: [sol, lss, hsl]', `verksamhetsformer: [${sectors}]`);
}
const policy = (sosfs: string[], extra: Record<string, unknown> = {}): string =>
  doc({ id: 'POL-001', typ: 'policy', titel: 'Kvalitetspolicy', status: 'fastställd', version: '1.0', ägare: 'nämnd', fastställd_av: 'nämnd', fastställd: '2026-09-01', revideras: '2027-08-31', sosfs, ...extra });
const P = 'ledningssystem/POL-001.md';
const without = (list: string[], ...drop: string[]) => list.filter((p) => !drop.includes(p));
const VF_LINE = lineOf(cfg('sol, lss, hsl'), 'verksamhetsformer:');

describe(RULE, () => {
  it('is silent when every applicable paragraph is covered, and reports a gap once on lsys.yaml', async () => {
    expect(pairs(await check({ [P]: policy([...ALLA, ...SOL_LSS, ...HSL]) }, {}, cfg('sol, lss, hsl')), RULE)).toEqual([]);
    const diags = await check({ [P]: policy(without([...ALLA, ...SOL_LSS, ...HSL], '5:6')) }, {}, cfg('sol, lss, hsl'));
    expect(positions(diags, RULE)).toEqual([`lsys.yaml:${VF_LINE}:1`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(messages(diags, RULE)[0]).toMatch(/^Inget fastställt dokument uppfyller 5 kap. 6 § SOSFS 2011:9 \(.+\)$/);
  });

  it('does not require hsl-only paragraphs (4:6, 7:2, 7:3) for [sol], nor 4:5 for [hsl]', async () => {
    expect(pairs(await check({ [P]: policy([...ALLA, ...SOL_LSS]) }, {}, cfg('sol')), RULE)).toEqual([]);
    expect(pairs(await check({ [P]: policy([...ALLA, ...HSL]) }, {}, cfg('hsl')), RULE)).toEqual([]);
    const both = await check({ [P]: policy(ALLA) }, {}, cfg('lss, hsl'));
    expect(messages(both, RULE).map(paragraphOf)).toEqual(['4:5', '4:6', '7:2', '7:3']);
  });

  it('7:2 (the patientsäkerhetsberättelse’s contents) is required with hsl, not for a sol-only or lss-only provider', async () => {
    const no72 = { [P]: policy([...ALLA, ...SOL_LSS, '4:6', '7:3']) };
    expect(pairs(await check(no72, {}, cfg('sol')), RULE)).toEqual([]);
    expect(pairs(await check(no72, {}, cfg('lss')), RULE)).toEqual([]);
    expect(pairs(await check(no72, {}, cfg('sol, lss')), RULE)).toEqual([]);
    const withHsl = await check(no72, {}, cfg('sol, hsl'));
    expect(messages(withHsl, RULE)).toEqual([expect.stringMatching(/^Inget fastställt dokument uppfyller 7 kap. 2 § SOSFS 2011:9 \(Patientsäkerhetsberättelsen ska/)]);
  });

  it('never asks for 5:3a (content not confirmed), and counts it for nothing else', async () => {
    const diags = await check({ [P]: policy([...without(ALLA, '5:3'), ...SOL_LSS, ...HSL, '5:3a']) }, {}, cfg('sol, lss, hsl'));
    expect(messages(diags, RULE).map(paragraphOf)).toEqual(['5:3']);
    expect(pairs(diags, 'sosfs/unknown')).toEqual([]);
  });

  it('does not count drafts, but counts an ansvarsfördelning’s uppgifter', async () => {
    const draft = await check({ [P]: policy(ALLA), 'ledningssystem/POL-002.md': policy(SOL_LSS, { id: 'POL-002', status: 'utkast' }) }, {}, cfg('sol'));
    expect(messages(draft, RULE).map(paragraphOf)).toEqual(['4:5']);
    const af = doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'Samverkan', sosfs: ['4:5'], ansvar: { förvaltningschef: 'ansvarar' } }]));
    expect(pairs(await check({ [P]: policy(ALLA), 'ledningssystem/AF-001.md': af }, {}, cfg('sol')), RULE)).toEqual([]);
  });

  it('honours an undantag until its till date, and not after it', async () => {
    const files = { [P]: policy(without([...ALLA, ...SOL_LSS, ...HSL], '4:6')) };
    const undantag = 'undantag:\n  - { sosfs: "4:6", skäl: "Ingen hälso- och sjukvård i egen regi", till: 2026-11-25 }\n';
    expect(pairs(await check(files, {}, cfg('sol, lss, hsl', undantag)), RULE)).toEqual([]);
    const expired = await check(files, { today: '2026-11-26' }, cfg('sol, lss, hsl', undantag));
    expect(pairs(expired, RULE)).toEqual([`lsys.yaml:${VF_LINE}`]);
    expect(pairs(expired, 'coverage/exemption-expired')).toHaveLength(1);
    const forever = 'undantag:\n  - { sosfs: "4:6", skäl: "Ingen hälso- och sjukvård i egen regi" }\n';
    expect(pairs(await check(files, { today: '2030-01-01' }, cfg('sol, lss, hsl', forever)), RULE)).toEqual([]);
  });

  it('accepts an undantag for 5:3a in lsys.yaml (schema and catalogue), which changes nothing', async () => {
    const files = { [P]: policy([...ALLA, ...SOL_LSS, ...HSL]) };
    const undantag = 'undantag:\n  - { sosfs: "5:3a", skäl: "Innehållet är inte bekräftat" }\n  - { sosfs: 5:3a, skäl: "Skrivet utan citattecken" }\n';
    expect(pairs(await check(files, {}, cfg('sol, lss, hsl', undantag)), RULE)).toEqual([]);
  });

  it('is off in BASE_CONFIG’s regler and can be turned on with --rule', async () => {
    const files = { [P]: policy(without(ALLA, '5:6')) };
    expect(pairs(await check(files), RULE)).toEqual([]);
    expect(pairs(await check(files, { ruleOverrides: { [RULE]: 'error' } }), RULE).length).toBeGreaterThan(0);
  });

  it('speaks English with lang en', async () => {
    const diags = await check({ [P]: policy(without([...ALLA, ...SOL_LSS], '5:6')) }, { lang: 'en' }, cfg('sol'));
    expect(messages(diags, RULE)).toEqual([expect.stringMatching(/^No approved document fulfils SOSFS 2011:9 Chapter 5, Section 6 \(.+\)$/)]);
  });
});
