/**
 * heading/missing: a body heading that the type requires (`rubriker`, defaults process: Syfte,
 * Omfattning; rutin: Syfte, Ansvar, Genomförande, Uppföljning) is absent (error). Serves 4:4.
 */
import { config, doc, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester } from '../../helpers/rule-tester.js';

const RULE = 'heading/missing';
const F = 'ledningssystem/RUT-001.md';
const P = 'ledningssystem/PRO-001.md';
const B = 'ledningssystem/BLA-001.md';
const WITHOUT_ANSVAR = RUTIN_BODY.replace('## Ansvar\n\nText.\n\n', '');
const twoMissing = doc(rutin('RUT-001'), WITHOUT_ANSVAR.replace('## Uppföljning\n\nText.\n', ''));
const body = at(twoMissing, '# Rutin').line;
const processBad = doc(processDoc('PRO-001'), '# Process\n\n## Syfte\n\nText.\n');
const blankett = doc(
  {
    id: 'BLA-001',
    typ: 'blankett',
    titel: 'Blankett',
    status: 'fastställd',
    version: '1.0',
    ägare: 'mas',
    fastställd_av: 'mas',
    fastställd: '2026-09-01',
    revideras: '2027-08-31',
  },
  '# Blankett\n\nFyll i.\n',
);
const draft = doc(rutin('RUT-002', { status: 'utkast' }), WITHOUT_ANSVAR);

ruleTester(RULE, {
  valid: [
    { name: 'a complete rutin', files: { 'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY) } },
    { name: 'a process with its own headings', files: { [P]: doc(processDoc('PRO-001'), PROCESS_BODY) } },
    {
      name: 'matches headings regardless of level, case and a trailing colon',
      files: {
        [F]: doc(
          rutin('RUT-001'),
          '# Rutin\n\n### syfte:\n\nText.\n\n## ANSVAR\n\nText.\n\n#### Genomförande\n\nText.\n\n## Uppföljning:\n\nText.\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'reports each missing heading once, at the first body line, and not a complete rutin',
      files: { [F]: twoMissing, 'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY) },
      errors: [
        { file: F, line: body, severity: 'error', message: 'Rubriken ”Ansvar” saknas (krävs för rutin)' },
        { file: F, line: body, severity: 'error', message: 'Rubriken ”Uppföljning” saknas (krävs för rutin)' },
      ],
    },
    {
      name: 'checks a process against its own headings',
      files: { [P]: processBad },
      errors: [{ file: P, line: at(processBad, '# Process').line }],
    },
    {
      name: 'uses custom rubriker from lsys.yaml: a type listed there, and the default replaced',
      files: { [F]: doc(rutin('RUT-001'), RUTIN_BODY), [B]: blankett },
      config: config('rubriker:\n  rutin: [Syfte, Risker]\n  blankett: [Instruktion]\n'),
      errors: [
        { file: B, line: at(blankett, '# Blankett').line, message: 'Rubriken ”Instruktion” saknas (krävs för blankett)' },
        { file: F, line: at(doc(rutin('RUT-001'), RUTIN_BODY), '# Rutin').line, message: 'Rubriken ”Risker” saknas (krävs för rutin)' },
      ],
    },
    {
      name: 'does not check a withdrawn document, but does check a draft',
      files: { [F]: doc(rutin('RUT-001', { status: 'upphävd' }), WITHOUT_ANSVAR), 'ledningssystem/RUT-002.md': draft },
      errors: [{ file: 'ledningssystem/RUT-002.md', line: at(draft, '# Rutin').line }],
    },
    {
      name: 'speaks English with lang en',
      files: { [F]: doc(rutin('RUT-001'), WITHOUT_ANSVAR) },
      options: { lang: 'en' },
      errors: [{ file: F, line: body, message: 'The heading “Ansvar” is missing (required for rutin)' }],
    },
  ],
});
