import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { formatters } from '../../src/format/index.js';
import { clean, ctx, resultOf, RISK, RUT, sample } from './sample.js';

const stylish = formatters.stylish;
const ESC = '\u001b';
const stripAnsi = (s: string) => s.replace(/\u001b\[\d+m/g, '');

function diag(over: Partial<Diagnostic>): Diagnostic {
  return { file: RUT, line: 1, column: 1, rule: 'review/overdue', severity: 'error', message: 'x', ...over };
}

describe('stylish', () => {
  it('groups by file with aligned columns, hint below, Swedish summary, no ANSI when color is off', () => {
    const out = stylish(sample, ctx());
    expect(out).not.toContain(ESC);
    expect(out).toBe(
      [
        RISK,
        // A line break in a message (from a value or a file name) is shown, never printed raw.
        '   3:1  fel      Fältet ägare saknas: 100 % av fälten krävs,⟨U+000A⟩se mallen          schema/required',
        `  14:5  varning  Risk "Fall & <halka>" med riskvärde 12 saknar åtgärd ⟨U+0007⟩('hög')  risk/missing-action`,
        '',
        RUT,
        '    7:1   fel      Revisionsdatum 2025-03-01 har passerat (fastställd 2024-03-01, ägare: mas)  review/overdue',
        '    → Granska rutinen och för in ett nytt datum i revideras',
        '   12:3   varning  Hänvisar till upphävd RUT-003                                             ref/withdrawn',
        '  104:15  fel      Länken ../policy/kvalitet.md#mål | pekar på en rubrik som saknas          link/broken',
        '',
        '✖ 5 problem (3 fel, 2 varningar) i 12 filer',
        '',
      ].join('\n'),
    );
  });

  it('aligns rule ids only up to 72 columns, so one long message does not push the others away', () => {
    const long = 'x'.repeat(100);
    const out = stylish(
      resultOf([diag({ message: long }), diag({ line: 2, message: 'kort', rule: 'review/due-soon', severity: 'warning' })]),
      ctx(),
    );
    expect(out).toContain(`${long}  review/overdue`);
    expect(out).toContain(`kort${' '.repeat(72 - 4)}  review/due-soon`);
  });

  it('uses English severity words and summary with lang en', () => {
    const out = stylish(sample, ctx({ lang: 'en' }));
    expect(out).toContain('    7:1   error    Revisionsdatum 2025-03-01');
    expect(out).toContain('   12:3   warning  Hänvisar till upphävd RUT-003');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 5 problems (3 errors, 2 warnings) in 12 files');
  });

  it('colours errors red, warnings yellow, positions and rule ids dim, only when color is on', () => {
    const out = stylish(sample, ctx({ color: true }));
    expect(out).toContain(`${ESC}[31mfel    ${ESC}[39m  Revisionsdatum`);
    expect(out).toContain(`${ESC}[33mvarning${ESC}[39m`);
    expect(out).toContain(`${ESC}[2m  7:1 ${ESC}[22m`);
    expect(out).toContain(`${ESC}[2mreview/overdue${ESC}[22m`);
    expect(out).toContain(`${ESC}[31m✖ 5 problem`);
    // Colour only wraps; the text and its alignment are the same as without colour.
    expect(stripAnsi(out)).toBe(stylish(sample, ctx()));
  });

  it('never prints control characters from a message (no escape sequences without colour): it shows them', () => {
    const out = stylish(resultOf([diag({ message: `rött ${ESC}[31mrött\u0007\tslut` })]), ctx());
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('rött ⟨U+001B⟩[31mrött⟨U+0007⟩ slut');
  });

  it('keeps every finding on its line when a file name holds a newline or a control character', () => {
    const out = stylish(resultOf([diag({ file: 'ledningssystem/två\nrader\u001b.md', rule: 'review/overdue\n' })]), ctx());
    expect(out.split('\n')).toEqual([
      'ledningssystem/två⟨U+000A⟩rader⟨U+001B⟩.md',
      '  1:1  fel      x  review/overdue⟨U+000A⟩',
      '',
      '✖ 1 problem (1 fel, 0 varningar) i 12 filer',
      '',
    ]);
  });

  it('says there are no problems, with files and documents', () => {
    expect(stylish(clean, ctx())).toBe('✔ Inga problem i 12 filer (11 dokument)\n');
    expect(stylish(clean, ctx({ lang: 'en' }))).toBe('✔ No problems in 12 files (11 documents)\n');
    expect(stylish(resultOf([], 1, 1), ctx())).toBe('✔ Inga problem i 1 fil (1 dokument)\n');
    expect(stylish(resultOf([], 1, 1), ctx({ lang: 'en' }))).toBe('✔ No problems in 1 file (1 document)\n');
    expect(stylish(clean, ctx({ color: true }))).toBe(`${ESC}[32m✔ Inga problem i 12 filer (11 dokument)${ESC}[39m\n`);
  });

  it('inflects counts in Swedish and English', () => {
    const last = (ds: Diagnostic[], lang: 'sv' | 'en', files = 12) =>
      stylish(resultOf(ds, files), ctx({ lang })).trimEnd().split('\n').at(-1);
    const e = diag({ severity: 'error' });
    const w = diag({ severity: 'warning', line: 2 });
    expect(last([e], 'sv', 1)).toBe('✖ 1 problem (1 fel, 0 varningar) i 1 fil');
    expect(last([e], 'en', 1)).toBe('✖ 1 problem (1 error, 0 warnings) in 1 file');
    expect(last([w], 'sv')).toBe('✖ 1 problem (0 fel, 1 varning) i 12 filer');
    expect(last([w], 'en')).toBe('✖ 1 problem (0 errors, 1 warning) in 12 files');
    expect(last([e, e, w, w], 'sv', 2)).toBe('✖ 4 problem (2 fel, 2 varningar) i 2 filer');
    expect(last([e, e, w, w], 'en', 2)).toBe('✖ 4 problems (2 errors, 2 warnings) in 2 files');
  });
});
