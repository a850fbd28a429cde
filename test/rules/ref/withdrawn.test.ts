/**
 * ref/withdrawn: an active document points at an `upphävd` one (warning), except through
 * `ersätter`, which is meant to. Staff must be led to the routine in force (6:1).
 */
import { describe, expect, it } from 'vitest';
import { doc, lineOf, messages, pairs, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'ref/withdrawn';
const D = 'ledningssystem/';
const OLD = doc(rutin('RUT-003', { status: 'upphävd' }), RUTIN_BODY);
const NEW = doc(rutin('RUT-013', { ersätter: 'RUT-003' }), RUTIN_BODY);

describe(RULE, () => {
  it('warns where an active process lists a withdrawn routine; ersätter itself is fine', async () => {
    const pro = doc(processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'mas', rutiner: ['RUT-013', 'RUT-003'] }] }), PROCESS_BODY);
    const diags = await check({ [`${D}RUT-003.md`]: OLD, [`${D}RUT-013.md`]: NEW, [`${D}PRO-001.md`]: pro });
    expect(pairs(diags, RULE)).toEqual([`${D}PRO-001.md:${lineOf(pro, '- RUT-003')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('warning');
    expect(messages(diags, RULE)).toEqual(['RUT-003 är upphävt (aktiviteter.rutiner)']);
    expect(diags.find((d) => d.rule === RULE)?.hint).toBe('Hänvisa till RUT-013, som ersätter det.');
  });

  it('warns on relaterade pointing at a withdrawn document, not at a draft one', async () => {
    const text = doc(rutin('RUT-020', { relaterade: ['RUT-003', 'RUT-030'] }), RUTIN_BODY);
    const diags = await check({ [`${D}RUT-003.md`]: OLD, [`${D}RUT-030.md`]: doc(rutin('RUT-030', { status: 'utkast' }), RUTIN_BODY), [`${D}RUT-020.md`]: text });
    expect(pairs(diags, RULE)).toEqual([`${D}RUT-020.md:${lineOf(text, '- RUT-003')}`]);
  });

  it('does not judge a withdrawn document that points at another withdrawn one', async () => {
    const text = doc(rutin('RUT-020', { status: 'upphävd', relaterade: ['RUT-003'] }), RUTIN_BODY);
    expect(pairs(await check({ [`${D}RUT-003.md`]: OLD, [`${D}RUT-020.md`]: text }), RULE)).toEqual([]);
  });

  it('speaks English with lang en', async () => {
    const text = doc(rutin('RUT-020', { relaterade: ['RUT-003'] }), RUTIN_BODY);
    expect(messages(await check({ [`${D}RUT-003.md`]: OLD, [`${D}RUT-020.md`]: text }, { lang: 'en' }), RULE)).toEqual(['RUT-003 is withdrawn (relaterade)']);
  });
});
