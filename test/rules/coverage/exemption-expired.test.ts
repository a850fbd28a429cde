/**
 * coverage/exemption-expired: an `undantag` in lsys.yaml whose `till` date has passed
 * (warning), reported at the entry in lsys.yaml.
 */
import { describe, expect, it } from 'vitest';
import { config, doc, lineOf, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'coverage/exemption-expired';
const files = { 'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) };
const UNDANTAG = [
  'undantag:',
  '  - { sosfs: "4:6", skäl: "Ingen hälso- och sjukvård i egen regi", till: 2026-06-30 }',
  '  - { sosfs: "7:3", skäl: "Ingen vårdgivare", till: 2026-11-25 }',
  '  - sosfs: "4:5"',
  '    skäl: "Ingen samverkan krävs"',
  '    till: 2026-11-24',
  '  - { sosfs: "5:5", skäl: "Utan slutdatum" }',
  '',
].join('\n');
const CFG = config(UNDANTAG);

describe(RULE, () => {
  it('warns at each entry whose till has passed; till today and no till are fine', async () => {
    const diags = await check(files, {}, CFG);
    expect(positions(diags, RULE)).toEqual([`lsys.yaml:${lineOf(CFG, '"4:6"')}:5`, `lsys.yaml:${lineOf(CFG, 'sosfs: "4:5"')}:5`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
  });

  it('is silent before any till has passed', async () => {
    expect(pairs(await check(files, { today: '2026-06-30' }, CFG), RULE)).toEqual([]);
  });

  it('says so in Swedish and English', async () => {
    expect(messages(await check(files, {}, CFG), RULE)[0]).toBe('Undantaget för SOSFS 2011:9 4:6 gällde till 2026-06-30 och räknas inte längre');
    expect(messages(await check(files, { lang: 'en' }, CFG), RULE)[0]).toBe('The exemption for SOSFS 2011:9 4:6 was valid until 2026-06-30 and no longer counts');
  });
});
