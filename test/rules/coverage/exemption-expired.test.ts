/**
 * coverage/exemption-expired: an `undantag` in lsys.yaml whose `till` date has passed
 * (warning), reported at the entry in lsys.yaml.
 */
import { config, doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

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
const first = { file: 'lsys.yaml', line: at(CFG, '"4:6"').line, column: 5 };
const second = { file: 'lsys.yaml', line: at(CFG, 'sosfs: "4:5"').line, column: 5 };

ruleTester(RULE, {
  valid: [{ name: 'is silent before any till has passed', files, config: CFG, options: { today: '2026-06-30' } }],
  invalid: [
    {
      name: 'warns at each entry whose till has passed; till today and no till are fine',
      files,
      config: CFG,
      errors: [
        { ...first, severity: 'warning' },
        { ...second, severity: 'warning' },
      ],
    },
    { name: 'says so in Swedish', files, config: CFG, errors: [{ ...first, message: 'Undantaget för SOSFS 2011:9 4:6 gällde till 2026-06-30 och räknas inte längre' }, second] },
    {
      name: 'says so in English',
      files,
      config: CFG,
      options: { lang: 'en' },
      errors: [{ ...first, message: 'The exemption for SOSFS 2011:9 4:6 was valid until 2026-06-30 and no longer counts' }, second],
    },
  ],
});
