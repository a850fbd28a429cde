import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { formatters } from '../../src/format/index.js';
import { escapeXml } from '../../src/format/junit.js';
import { clean, ctx, resultOf, RISK, RUT, sample } from './sample.js';
import { parseXml, type XmlElement } from './xml-check.js';

const junit = formatters.junit;
const named = (els: XmlElement[], name: string) => els.filter((e) => e.name === name);

describe('xml-check (the checker itself)', () => {
  it.each([
    ['unclosed', '<a><b></a>'],
    ['bare ampersand', '<a>x & y</a>'],
    ['< in attribute', '<a t="<"/>'],
    ['two roots', '<a/><b/>'],
    ['unquoted attribute', '<a t=1/>'],
    ['control character', '<a>\u0007</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});

describe('junit', () => {
  it('is well-formed XML with the declaration first', () => {
    const out = junit(sample, ctx());
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(out.endsWith('</testsuites>\n')).toBe(true);
    expect(() => parseXml(out)).not.toThrow();
  });

  it('has one testsuite per file with findings and one testcase per finding', () => {
    const els = parseXml(junit(sample, ctx()));
    const [root] = named(els, 'testsuites');
    expect(root!.attrs).toEqual({ name: 'lsys', tests: '5', failures: '3', errors: '0' });
    const suites = named(els, 'testsuite');
    expect(suites.map((s) => [s.attrs.name, s.attrs.tests, s.attrs.failures])).toEqual([
      [RISK, '2', '1'],
      [RUT, '3', '2'],
    ]);
    const cases = named(els, 'testcase');
    expect(cases.map((c) => [c.attrs.classname, c.attrs.name])).toEqual([
      [RISK, 'schema/required 3:1'],
      [RISK, 'risk/missing-action 14:5'],
      [RUT, 'review/overdue 7:1'],
      [RUT, 'ref/withdrawn 12:3'],
      [RUT, 'link/broken 104:15'],
    ]);
    for (const c of cases) expect(c.parent?.attrs.name).toBe(c.attrs.classname);
  });

  it('makes errors failures and warnings passing testcases marked severity=warning', () => {
    const els = parseXml(junit(sample, ctx()));
    const failures = named(els, 'failure');
    expect(failures.map((f) => f.parent?.attrs.name)).toEqual(['schema/required 3:1', 'review/overdue 7:1', 'link/broken 104:15']);
    expect(failures.map((f) => f.attrs.type)).toEqual(['schema/required', 'review/overdue', 'link/broken']);
    const overdue = failures[1];
    expect(overdue!.attrs.message).toBe('Revisionsdatum 2025-03-01 har passerat (fastställd 2024-03-01, ägare: mas)');
    expect(overdue!.text).toBe(
      `${RUT}:7:1 Revisionsdatum 2025-03-01 har passerat (fastställd 2024-03-01, ägare: mas)\n→ Granska rutinen och för in ett nytt datum i revideras`,
    );

    const warnings = named(els, 'property').filter((p) => p.attrs.value === 'warning');
    expect(warnings.map((p) => p.parent?.parent?.attrs.name)).toEqual(['risk/missing-action 14:5', 'ref/withdrawn 12:3']);
    const outs = named(els, 'system-out');
    expect(outs.map((o) => o.parent?.attrs.name)).toEqual(['risk/missing-action 14:5', 'ref/withdrawn 12:3']);
    expect(outs[1]!.text).toBe(`${RUT}:12:3 Hänvisar till upphävd RUT-003`);
  });

  it('escapes & < > " \' and shows characters XML 1.0 does not allow, keeping newlines in attributes', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('x\u0000\u0007\u001b\uFFFEy\uD800z😀')).toBe('x⟨U+0000⟩⟨U+0007⟩⟨U+001B⟩⟨U+FFFE⟩y⟨U+D800⟩z😀');
    const out = junit(sample, ctx());
    expect(out).toContain('Risk &quot;Fall &amp; &lt;halka&gt;&quot; med riskvärde 12 saknar åtgärd ⟨U+0007⟩(&apos;hög&apos;)');
    expect(out).not.toContain('\u0007');
    const els = parseXml(out);
    const first = named(els, 'failure')[0];
    expect(first!.attrs.message).toBe('Fältet ägare saknas: 100 % av fälten krävs,\nse mallen');

    const nasty: Diagnostic = { file: 'a&b<c>.md', line: 1, column: 1, rule: 'r"/x\'', severity: 'error', message: ']]> </failure> <x>' };
    const els2 = parseXml(junit(resultOf([nasty]), ctx()));
    expect(named(els2, 'testsuite')[0]!.attrs.name).toBe('a&b<c>.md');
    expect(named(els2, 'failure')[0]!.attrs).toEqual({ message: ']]> </failure> <x>', type: 'r"/x\'' });
  });

  it('writes one passing testcase named lsys when there are no findings', () => {
    const out = junit(clean, ctx());
    const els = parseXml(out);
    expect(named(els, 'testsuites')[0]!.attrs).toMatchObject({ tests: '1', failures: '0' });
    expect(named(els, 'testsuite').map((s) => s.attrs.name)).toEqual(['lsys']);
    expect(named(els, 'testcase').map((c) => c.attrs.name)).toEqual(['lsys']);
    expect(named(els, 'failure')).toHaveLength(0);
    expect(named(els, 'system-out')[0]!.text).toBe('✔ Inga problem i 12 filer (11 dokument)');
  });
});
