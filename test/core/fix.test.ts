/**
 * rewriteFrontmatter: a fix replaces exactly the scalar's text, in its quoting style; every other
 * byte of the file stays (comments, order, other quoting, CRLF, BOM, the body).
 */
import { describe, expect, it } from 'vitest';
import { rewriteFrontmatter } from '../../src/core/fix.js';
import type { Fix } from '../../src/core/types.js';

const TO = 'SoL 2025:400 27:2';
const fix = (path: Array<string | number>, from = 'SoL 14:3', to = TO): Fix => ({ path, from, to });

/** The lines that differ between two texts, as [old, new] pairs. */
function diff(a: string, b: string): Array<[string, string]> {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.flatMap((l, i) => (l === y[i] ? [] : [[l, y[i]] as [string, string]]));
}

function rewritten(text: string, fixes: Fix[]): string {
  const r = rewriteFrontmatter(text, fixes);
  if ('error' in r) throw new Error(r.error.en);
  expect(r.skipped.filter(Boolean)).toEqual([]);
  return r.text!;
}

const FILE = `---
# Rutin för lex Sarah
id: RUT-010
typ: rutin
titel: "Rapportering enligt lex Sarah"   # fastställd av nämnden
status: fastställd
lagrum:
  - SOSFS 2011:5      # föreskriften
  - SoL 14:3          # rapportering
  - 'SoL 14:7'
  - "SoL 2001:453 14:1"
sosfs: [5:4, "5:5"]
---
# Rapportering enligt lex Sarah

Enligt SoL 14:3 ska personalen rapportera.
`;

describe('rewriteFrontmatter', () => {
  it('changes only the string, keeping comments, order and the quoting of every line', () => {
    const out = rewritten(FILE, [fix(['lagrum', 1])]);
    expect(diff(FILE, out)).toEqual([['  - SoL 14:3          # rapportering', `  - ${TO}          # rapportering`]]);
  });

  it('keeps single and double quotes on a quoted value', () => {
    const out = rewritten(FILE, [
      fix(['lagrum', 2], 'SoL 14:7', 'SoL 2025:400 27:6'),
      fix(['lagrum', 3], 'SoL 2001:453 14:1', 'SoL 2025:400 19:1'),
    ]);
    expect(diff(FILE, out)).toEqual([
      ["  - 'SoL 14:7'", "  - 'SoL 2025:400 27:6'"],
      ['  - "SoL 2001:453 14:1"', '  - "SoL 2025:400 19:1"'],
    ]);
  });

  it('rewrites two values of one flow sequence on the same line', () => {
    const text = '---\nid: RUT-001\nlagrum: [PSL 3:10, SoL 14:3, "SoL 14:7"] # två\n---\nText SoL 14:3.\n';
    const out = rewritten(text, [fix(['lagrum', 1]), fix(['lagrum', 2], 'SoL 14:7', 'SoL 2025:400 27:6')]);
    expect(diff(text, out)).toEqual([
      ['lagrum: [PSL 3:10, SoL 14:3, "SoL 14:7"] # två', `lagrum: [PSL 3:10, ${TO}, "SoL 2025:400 27:6"] # två`],
    ]);
  });

  it('keeps CRLF line ends and a BOM', () => {
    const text = `\uFEFF${FILE.replace(/\n/g, '\r\n')}`;
    const out = rewritten(text, [fix(['lagrum', 1])]);
    expect(out.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toBe(text.replace('  - SoL 14:3          # rapportering\r\n', `  - ${TO}          # rapportering\r\n`));
  });

  it('never touches the body, even where it cites the same paragraph', () => {
    const out = rewritten(FILE, [fix(['lagrum', 1])]);
    expect(out.slice(out.lastIndexOf('---'))).toBe(FILE.slice(FILE.lastIndexOf('---')));
    expect(out).toContain('Enligt SoL 14:3 ska personalen rapportera.');
  });

  it('leaves a value that is no longer what was checked, and one on several lines, with the reason', () => {
    const r = rewriteFrontmatter(FILE, [fix(['lagrum', 0])]);
    expect('error' in r ? r.error : r.skipped[0]?.en).toMatch(/no longer the one checked/);
    if (!('error' in r)) expect(r.text).toBeUndefined();
    const folded = '---\nid: RUT-001\nlagrum:\n  - SoL\n    14:3\n---\n';
    const f = rewriteFrontmatter(folded, [fix(['lagrum', 0])]);
    expect('error' in f ? f.error : f.skipped[0]?.en).toMatch(/several lines/);
    const block = '---\nid: RUT-001\nlagrum:\n  - |-\n    SoL 14:3\n---\n';
    const b = rewriteFrontmatter(block, [fix(['lagrum', 0])]);
    expect('error' in b ? b.error : b.skipped[0]?.en).toMatch(/block style/);
  });

  it('does not rewrite an anchored value that an alias repeats elsewhere', () => {
    const text = '---\nid: RUT-001\nlagrum:\n  - &s SoL 14:3\nrelaterade: [*s]\n---\n';
    const r = rewriteFrontmatter(text, [fix(['lagrum', 0])]);
    expect('error' in r ? r.error.en : r.skipped[0]?.en).toMatch(/anchor|exactly/);
  });

  it('refuses a file whose frontmatter does not parse', () => {
    expect(rewriteFrontmatter('---\nid: [\n---\n', [fix(['lagrum', 0])])).toHaveProperty('error');
    expect(rewriteFrontmatter('no frontmatter', [fix(['lagrum', 0])])).toHaveProperty('error');
  });
});
