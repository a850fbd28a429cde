/**
 * Invisible characters pasted from Word (zero-width space, no-break space, soft hyphen, word
 * joiner, a BOM inside the text) make a value fail for a reason the user cannot see: every
 * message that shows such a value marks the character (⟨U+200B⟩) and names it in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { check, doc, processDoc, PROCESS_BODY, rutin, RUTIN_BODY } from './helpers/repo.js';
import { hasHidden, hiddenSentence, showControls, showHidden } from '../src/core/invisible.js';

const D = 'ledningssystem/';

describe('invisible characters in values', () => {
  it('are marked and named wherever they make a value fail', async () => {
    const diags = await check({
      [`${D}PRO-001.md`]: doc(
        processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001'] }] }),
        PROCESS_BODY,
      ),
      [`${D}RUT-001.md`]: doc(
        rutin('RUT-001', { relaterade: ['PRO-001\u200b'], ägare: 'mas\u00a0', sosfs: ['4:4\u2060'], status: 'fastställd\u00ad' }),
        RUTIN_BODY,
      ),
      [`${D}RUT-002.md`]: doc(rutin('RUT-002', { process: 'PRO-001\ufeff', aktivitet: 'A1' }), RUTIN_BODY),
    });
    const of = (file: string) => diags.filter((d) => d.file === `${D}${file}`).map((d) => `${d.rule}: ${d.message}`);
    expect(of('RUT-001.md')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^schema\/pattern: ”PRO-001⟨U\+200B⟩” i ”relaterade post 1” har fel form\. Värdet innehåller osynligt tecken U\+200B \(nollbreddsmellanslag\), troligen inklistrat från Word eller en webbsida; ta bort det\.$/,
        ),
        expect.stringMatching(
          /^schema\/pattern: ”mas⟨U\+00A0⟩” i ”ägare” har fel form\. Värdet innehåller osynligt tecken U\+00A0 \(hårt mellanslag\)/,
        ),
        expect.stringMatching(
          /^schema\/pattern: ”4:4⟨U\+2060⟩” i ”sosfs post 1” har fel form\. Värdet innehåller osynligt tecken U\+2060 \(ordfog\)/,
        ),
        expect.stringMatching(
          /^schema\/enum: Värdet ”fastställd⟨U\+00AD⟩” är inte tillåtet för ”status”\. Värdet innehåller osynligt tecken U\+00AD \(mjukt bindestreck\)/,
        ),
      ]),
    );
    // Reference rules name the character too: the document, role and paragraph do not resolve.
    const refs = diags.filter((d) => d.rule === 'ref/unresolved' || d.rule === 'sosfs/unknown').map((d) => d.message);
    expect(refs).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Dokumentet ”PRO-001⟨U\+200B⟩” \(relaterade\) finns inte\. Värdet innehåller osynligt tecken U\+200B/),
        expect.stringMatching(/^Rollen ”mas⟨U\+00A0⟩” \(ägare\) finns inte i lsys\.yaml\. Värdet innehåller osynligt tecken U\+00A0/),
        expect.stringMatching(
          /^Dokumentet ”PRO-001⟨U\+FEFF⟩” \(process\) finns inte\. Värdet innehåller osynligt tecken U\+FEFF \(byteordningsmärke \(BOM\)\)/,
        ),
      ]),
    );
    for (const d of diags) expect(d.message).not.toMatch(/[\u200b\u00a0\u00ad\u2060\ufeff]/);
  });

  it('in English too', async () => {
    const diags = await check(
      { [`${D}RUT-001.md`]: doc(rutin('RUT-001', { process: undefined, relaterade: ['RUT-009\u200b\u00a0'] }), RUTIN_BODY) },
      { lang: 'en' },
    );
    expect(diags.find((d) => d.rule === 'ref/unresolved')?.message).toBe(
      'The document “RUT-009⟨U+200B⟩⟨U+00A0⟩” (relaterade) does not exist. The value holds invisible characters U+200B (zero-width space) and U+00A0 (no-break space), probably pasted from Word or a web page; remove them.',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(showHidden('Läkemedel – åtgärd')).toBe('Läkemedel – åtgärd');
    expect(hasHidden('RUT-001')).toBe(false);
    expect(hiddenSentence('Rollen ”mas” finns inte', 'sv')).toBe('');
    expect(showHidden('a\u001bb\tc\nd')).toBe('a⟨U+001B⟩b⟨U+0009⟩c\nd');
    expect(showControls('a\u0007b\nc\u0085')).toBe('a⟨U+0007⟩b⟨U+000A⟩c⟨U+0085⟩');
    expect(showControls('a\u0007b\nc', true)).toBe('a⟨U+0007⟩b\nc');
  });
});
