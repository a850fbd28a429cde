/**
 * `--format junit`: a JUnit XML report for CI test views, one `<testsuite>` per file with findings.
 *
 * Choice for warnings: a JUnit test can only pass or fail, and a warning must not turn the CI
 * test view red when `validate` itself exits 0. So an error is a `<testcase>` with a `<failure>`,
 * and a warning is a passing `<testcase>` that carries
 * `<properties><property name="severity" value="warning"/></properties>` and the text in
 * `<system-out>` (the convention pytest's `record_property` uses; Jenkins and GitLab show it).
 * Errors carry the same property with value "error". With no findings at all the report holds a
 * single passing suite and testcase named "lsys", so consumers that reject an empty report don't.
 */
import { codePoint } from '../core/invisible.js';
import type { Diagnostic } from '../core/types.js';
import type { Formatter } from './context.js';
import { summaryLine } from './text.js';

// Characters outside XML 1.0's Char production (controls except tab/LF/CR, lone surrogates, U+FFFE/FFFF).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text content and attribute values: the five predefined entities, characters XML forbids shown as ⟨U+001B⟩. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, (c) => `⟨${c.length === 1 ? codePoint(c) : 'U+FFFD'}⟩`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attribute values also keep their line breaks and tabs, which XML would otherwise normalise to spaces. */
function attr(s: string): string {
  return escapeXml(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

function details(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column} ${d.message}`];
  if (d.hint !== undefined && d.hint !== '') lines.push(`→ ${d.hint}`);
  return lines.join('\n');
}

function testcase(d: Diagnostic): string[] {
  const open = `    <testcase name="${attr(`${d.rule} ${d.line}:${d.column}`)}" classname="${attr(d.file)}">`;
  const props = `      <properties><property name="severity" value="${d.severity}"/></properties>`;
  const body =
    d.severity === 'error'
      ? `      <failure message="${attr(d.message)}" type="${attr(d.rule)}">${escapeXml(details(d))}</failure>`
      : `      <system-out>${escapeXml(details(d))}</system-out>`;
  return [open, props, body, '    </testcase>'];
}

export const junit: Formatter = (result, ctx) => {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }

  const failuresIn = (ds: Diagnostic[]) => ds.filter((d) => d.severity === 'error').length;
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (groups.size === 0) {
    out.push(
      '<testsuites name="lsys" tests="1" failures="0" errors="0">',
      '  <testsuite name="lsys" tests="1" failures="0" errors="0" skipped="0">',
      '    <testcase name="lsys" classname="lsys">',
      `      <system-out>${escapeXml(summaryLine(result, ctx.lang))}</system-out>`,
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
    );
    return out.join('\n') + '\n';
  }

  const total = result.diagnostics.length;
  out.push(`<testsuites name="lsys" tests="${total}" failures="${failuresIn(result.diagnostics)}" errors="0">`);
  for (const [file, ds] of groups) {
    out.push(`  <testsuite name="${attr(file)}" tests="${ds.length}" failures="${failuresIn(ds)}" errors="0" skipped="0">`);
    for (const d of ds) out.push(...testcase(d));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};
