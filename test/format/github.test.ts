import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { formatters, githubStepSummary } from '../../src/format/index.js';
import { escapeData, escapeProperty } from '../../src/format/github.js';
import { clean, ctx, resultOf, RUT, sample } from './sample.js';

const github = formatters.github;

describe('github', () => {
  it('prints one workflow command per finding, then the summary', () => {
    expect(github(sample, ctx()).split('\n')).toEqual([
      '::error file=ledningssystem/riskanalyser/RA-2026 fall%2C höst.md,line=3,col=1,title=schema/required::Fältet ägare saknas: 100 %25 av fälten krävs,%0Ase mallen',
      `::warning file=ledningssystem/riskanalyser/RA-2026 fall%2C höst.md,line=14,col=5,title=risk/missing-action::Risk "Fall & <halka>" med riskvärde 12 saknar åtgärd ⟨U+0007⟩('hög')`,
      '::error file=ledningssystem/rutiner/RUT-012.md,line=7,col=1,title=review/overdue::Revisionsdatum 2025-03-01 har passerat (fastställd 2024-03-01, ägare: mas) — Granska rutinen och för in ett nytt datum i revideras',
      '::warning file=ledningssystem/rutiner/RUT-012.md,line=12,col=3,title=ref/withdrawn::Hänvisar till upphävd RUT-003',
      '::error file=ledningssystem/rutiner/RUT-012.md,line=104,col=15,title=link/broken::Länken ../policy/kvalitet.md#mål | pekar på en rubrik som saknas',
      '✖ 5 problem (3 fel, 2 varningar) i 12 filer',
      '',
    ]);
  });

  it('shows other control characters (ESC, BEL, NUL, C1) instead of passing them to the log', () => {
    const d: Diagnostic = {
      file: 'a\u001b[31m.md',
      line: 1,
      column: 1,
      rule: 'x/y',
      severity: 'error',
      message: 'ett\u0007två\u0000tre\u0085',
      hint: '\u001b]8;;x\u0007',
    };
    const line = github(resultOf([d]), ctx()).split('\n')[0];
    expect(line).toBe('::error file=a⟨U+001B⟩[31m.md,line=1,col=1,title=x/y::ett⟨U+0007⟩två⟨U+0000⟩tre⟨U+0085⟩ — ⟨U+001B⟩]8;;x⟨U+0007⟩');
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('escapes like GitHub: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100 % a:b,c\r\nd')).toBe('100 %25 a:b,c%0D%0Ad');
    expect(escapeProperty('100 % a:b,c\r\nd')).toBe('100 %25 a%3Ab%2Cc%0D%0Ad');
    // Every command stays on one line whatever the message holds.
    const d: Diagnostic = {
      file: 'a:b,c.md',
      line: 1,
      column: 2,
      rule: 'x/y',
      severity: 'error',
      message: 'ett\r\ntvå',
      hint: 'tre\nfyra %',
    };
    expect(github(resultOf([d]), ctx()).split('\n')[0]).toBe(
      '::error file=a%3Ab%2Cc.md,line=1,col=2,title=x/y::ett%0D%0Atvå — tre%0Afyra %25',
    );
  });

  it('prefixes file paths with ctx.pathPrefix', () => {
    const first = (prefix: string) => github(sample, ctx({ pathPrefix: prefix })).split('\n')[2];
    expect(first('kvalitet/')).toMatch(/^::error file=kvalitet\/ledningssystem\/rutiner\/RUT-012\.md,line=7,/);
    expect(first('kvalitet')).toMatch(/^::error file=kvalitet\/ledningssystem\/rutiner\/RUT-012\.md,line=7,/);
    expect(first('')).toMatch(/^::error file=ledningssystem\/rutiner\/RUT-012\.md,/);
  });

  it('ends with an English summary with lang en, and prints only the summary when clean', () => {
    expect(
      github(sample, ctx({ lang: 'en' }))
        .trimEnd()
        .split('\n')
        .at(-1),
    ).toBe('✖ 5 problems (3 errors, 2 warnings) in 12 files');
    expect(github(clean, ctx())).toBe('✔ Inga problem i 12 filer (11 dokument)\n');
    expect(github(sample, ctx({ color: true }))).not.toContain('\u001b[');
  });
});

describe('githubStepSummary', () => {
  it('has a heading, the counts and a Swedish table with | escaped', () => {
    const lines = githubStepSummary(sample, ctx()).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '## lsys validate',
      '',
      '✖ 5 problem (3 fel, 2 varningar) i 12 filer',
      '',
      '| Fil | Rad | Regel | Allvarlighet | Meddelande |',
      '| --- | ---: | --- | --- | --- |',
    ]);
    expect(lines).toContain(
      '| `ledningssystem/rutiner/RUT-012.md` | 104 | `link/broken` | fel | Länken ../policy/kvalitet.md#mål \\| pekar på en rubrik som saknas |',
    );
    expect(lines).toContain(
      '| `ledningssystem/riskanalyser/RA-2026 fall, höst.md` | 14 | `risk/missing-action` | varning | Risk "Fall &amp; &lt;halka&gt;" med riskvärde 12 saknar åtgärd ⟨U+0007⟩(\'hög\') |',
    );
    // A newline (or any control character) in a message must not end the row: it is shown.
    expect(lines).toContain(
      '| `ledningssystem/riskanalyser/RA-2026 fall, höst.md` | 3 | `schema/required` | fel | Fältet ägare saknas: 100 % av fälten krävs,⟨U+000A⟩se mallen |',
    );
    const rows = lines.filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(5);
    // Every row has exactly the five cells: unescaped pipes only as separators.
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
  });

  it('has English headings with lang en', () => {
    const out = githubStepSummary(sample, ctx({ lang: 'en' }));
    expect(out).toContain('| File | Line | Rule | Severity | Message |');
    expect(out).toContain('✖ 5 problems (3 errors, 2 warnings) in 12 files');
    expect(out).toContain('| `ledningssystem/rutiner/RUT-012.md` | 12 | `ref/withdrawn` | warning |');
  });

  it('shows at most 200 findings and says how many more there are', () => {
    const many: Diagnostic[] = Array.from({ length: 205 }, (_, i) => ({
      file: RUT,
      line: i + 1,
      column: 1,
      rule: 'link/broken',
      severity: 'error',
      message: `Länk ${i + 1}`,
    }));
    const sv = githubStepSummary(resultOf(many), ctx());
    expect(sv.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(200);
    expect(sv).toContain('| 200 |');
    expect(sv).not.toContain('| 201 |');
    expect(sv.trimEnd().split('\n').at(-1)).toBe('…och 5 problem till, som inte visas här; jobbets logg visar alla.');
    const en = githubStepSummary(resultOf(many.slice(0, 201)), ctx({ lang: 'en' }));
    expect(en.trimEnd().split('\n').at(-1)).toBe('…and 1 more problem, not shown here; the job log lists them all.');
    expect(githubStepSummary(resultOf(many.slice(0, 200)), ctx())).not.toContain('…');
  });

  it('has no table when there is nothing to show', () => {
    expect(githubStepSummary(clean, ctx())).toBe('## lsys validate\n\n✔ Inga problem i 12 filer (11 dokument)\n');
  });
});
