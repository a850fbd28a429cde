/**
 * responsibility/owner: every `uppgift` of an ansvarsfördelning has exactly one role that
 * `ansvarar` (error). Serves 4:4 (PSL 3 kap. 9 § for vårdgivare) and 3:1.
 */
import { describe, expect, it } from 'vitest';
import { ansvarsfordelningDoc, doc, lineOf, messages, pairs, positions } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'responsibility/owner';
const F = 'ledningssystem/AF-001.md';

describe(RULE, () => {
  it('flags an uppgift with no owner and one with two, at their ansvar keys; one owner is fine', async () => {
    const text = doc(
      ansvarsfordelningDoc('AF-001', [
        { uppgift: 'Fastställa rutiner', ansvar: { förvaltningschef: 'ansvarar', enhetschef: 'utför' } },
        { uppgift: 'Utreda avvikelser', ansvar: { enhetschef: 'utför', medarbetare: 'deltar' } },
        { uppgift: 'Läkemedelsrutiner', ansvar: { mas: 'ansvarar', enhetschef: 'ansvarar', medarbetare: 'informeras' } },
      ]),
    );
    const diags = await check({ [F]: text });
    expect(positions(diags, RULE)).toEqual([`${F}:${lineOf(text, 'ansvar:', 2)}:5`, `${F}:${lineOf(text, 'ansvar:', 3)}:5`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
    expect(messages(diags, RULE)).toEqual([
      'Uppgiften ”Utreda avvikelser” har ingen roll som ansvarar',
      'Uppgiften ”Läkemedelsrutiner” har 2 roller som ansvarar (mas, enhetschef)',
    ]);
  });

  it('only judges ansvarsfördelning documents', async () => {
    expect(pairs(await check({ [F]: doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'X', ansvar: { mas: 'ansvarar' } }])) }), RULE)).toEqual([]);
  });

  it('speaks English with lang en', async () => {
    const text = doc(ansvarsfordelningDoc('AF-001', [{ uppgift: 'Utreda avvikelser', ansvar: { enhetschef: 'utför' } }]));
    expect(messages(await check({ [F]: text }, { lang: 'en' }), RULE)).toEqual(['The task “Utreda avvikelser” has no role that ansvarar (is accountable)']);
  });
});
