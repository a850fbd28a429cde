/**
 * heading/missing: a body heading that the type requires (`rubriker`, defaults process: Syfte,
 * Omfattning; rutin: Syfte, Ansvar, Genomförande, Uppföljning) is absent (error). Serves 4:4.
 */
import { describe, expect, it } from 'vitest';
import { config, doc, lineOf, messages, pairs, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'heading/missing';
const F = 'ledningssystem/RUT-001.md';
const WITHOUT_ANSVAR = RUTIN_BODY.replace('## Ansvar\n\nText.\n\n', '');

describe(RULE, () => {
  it('reports each missing heading once, at the first body line, and not a complete rutin', async () => {
    const bad = doc(rutin('RUT-001'), WITHOUT_ANSVAR.replace('## Uppföljning\n\nText.\n', ''));
    const body = lineOf(bad, '# Rutin');
    const diags = await check({ [F]: bad, 'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY) });
    expect(pairs(diags, RULE)).toEqual([`${F}:${body}`, `${F}:${body}`]);
    expect(messages(diags, RULE)).toEqual(['Rubriken ”Ansvar” saknas (krävs för rutin)', 'Rubriken ”Uppföljning” saknas (krävs för rutin)']);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('checks a process against its own headings', async () => {
    const P = 'ledningssystem/PRO-001.md';
    const ok = await check({ [P]: doc(processDoc('PRO-001'), PROCESS_BODY) });
    expect(pairs(ok, RULE)).toEqual([]);
    const bad = doc(processDoc('PRO-001'), '# Process\n\n## Syfte\n\nText.\n');
    expect(pairs(await check({ [P]: bad }), RULE)).toEqual([`${P}:${lineOf(bad, '# Process')}`]);
  });

  it('matches headings regardless of level, case and a trailing colon', async () => {
    const body = '# Rutin\n\n### syfte:\n\nText.\n\n## ANSVAR\n\nText.\n\n#### Genomförande\n\nText.\n\n## Uppföljning:\n\nText.\n';
    expect(pairs(await check({ [F]: doc(rutin('RUT-001'), body) }), RULE)).toEqual([]);
  });

  it('uses custom rubriker from lsys.yaml: a type listed there, and the default replaced', async () => {
    const cfg = config('rubriker:\n  rutin: [Syfte, Risker]\n  blankett: [Instruktion]\n');
    const blankett = doc(
      { id: 'BLA-001', typ: 'blankett', titel: 'Blankett', status: 'fastställd', version: '1.0', ägare: 'mas', fastställd_av: 'mas', fastställd: '2026-09-01', revideras: '2027-08-31' },
      '# Blankett\n\nFyll i.\n',
    );
    const diags = await check(
      { [F]: doc(rutin('RUT-001'), RUTIN_BODY), 'ledningssystem/BLA-001.md': blankett },
      {},
      cfg,
    );
    expect(pairs(diags, RULE)).toEqual([`ledningssystem/BLA-001.md:${lineOf(blankett, '# Blankett')}`, `${F}:${lineOf(doc(rutin('RUT-001'), RUTIN_BODY), '# Rutin')}`]);
    expect(messages(diags, RULE)).toEqual(['Rubriken ”Instruktion” saknas (krävs för blankett)', 'Rubriken ”Risker” saknas (krävs för rutin)']);
  });

  it('does not check a withdrawn document, but does check a draft', async () => {
    const diags = await check({
      [F]: doc(rutin('RUT-001', { status: 'upphävd' }), WITHOUT_ANSVAR),
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { status: 'utkast' }), WITHOUT_ANSVAR),
    });
    expect(pairs(diags, RULE)).toEqual([`ledningssystem/RUT-002.md:${lineOf(doc(rutin('RUT-002', { status: 'utkast' }), WITHOUT_ANSVAR), '# Rutin')}`]);
  });

  it('speaks English with lang en', async () => {
    expect(messages(await check({ [F]: doc(rutin('RUT-001'), WITHOUT_ANSVAR) }, { lang: 'en' }), RULE)).toEqual([
      'The heading “Ansvar” is missing (required for rutin)',
    ]);
  });
});
