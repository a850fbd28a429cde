/**
 * In-place frontmatter edits (lsys approve / withdraw): only the changed lines differ, whatever
 * the file's comments, quoting, key order, flow collections, line ends or BOM.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { diffLines } from 'diff';
import { editFrontmatter, type FieldChange } from '../../src/author/frontmatter-edit.js';
import { FIELD_ORDER } from '../../src/author/plan.js';

const APPROVE: FieldChange[] = [
  { key: 'status', value: 'fastställd' },
  { key: 'version', value: '1.10' },
  { key: 'fastställd_av', value: 'mas' },
  { key: 'fastställd', value: '2026-12-04' },
  { key: 'revideras', value: '2027-12-04' },
];

/** The lines that differ, sorted: removed ones with `-`, added ones with `+` (jsdiff's line diff). */
function lineDiff(before: string, after: string): string[] {
  return diffLines(before, after)
    .flatMap((part) =>
      part.added || part.removed
        ? part.value
            .replace(/\n$/, '')
            .split('\n')
            .map((l) => `${part.added ? '+' : '-'}${l}`)
        : [],
    )
    .sort();
}

const DRAFT = `---
# Utkast: granskas av MAS
id: RUT-012
typ: rutin
titel: "Läkemedelshantering"   # arbetsnamn
status: 'utkast'
version: "1.9"
ägare: mas # dokumentägare
gäller_för: { a: [solgläntan] }
lagrum:
  - SoL   # 2025:400
  - "PSL 3:10"
relaterade: [RUT-001, 'RUT-002']
---

# Läkemedelshantering

Text with: colons, "quotes" and --- dashes.
`;

describe('editFrontmatter', () => {
  it('changes only the changed scalars in their own quoting and adds missing fields after the status/version block', () => {
    const r = editFrontmatter(DRAFT, APPROVE, FIELD_ORDER);
    if (!('text' in r)) throw new Error(JSON.stringify(r));
    expect(lineDiff(DRAFT, r.text)).toEqual(
      [
        "-status: 'utkast'",
        "+status: 'fastställd'",
        '-version: "1.9"',
        '+version: "1.10"',
        '+fastställd_av: mas',
        '+fastställd: 2026-12-04',
        '+revideras: 2027-12-04',
      ].sort(),
    );
    expect(r.text).toContain(
      'ägare: mas # dokumentägare\nfastställd_av: mas\nfastställd: 2026-12-04\nrevideras: 2027-12-04\ngäller_för: { a: [solgläntan] }\n',
    );
    expect(r.added).toEqual([9, 10, 11]);
    expect(r.text.split('\n---\n')[1]).toBe(DRAFT.split('\n---\n')[1]);
  });

  it('shows why: re-stringifying the whole yaml document would touch other lines', () => {
    const raw = DRAFT.split('---\n')[1]!;
    const doc = parseDocument(raw, { schema: 'failsafe' });
    doc.set('status', 'fastställd');
    expect(lineDiff(raw, doc.toString()).length).toBeGreaterThan(2);
  });

  it('replaces existing fields in place, keeping plain values plain and the key order', () => {
    const text =
      '---\nid: RUT-001\ntyp: rutin\nstatus: fastställd\nversion: 2.0\nägare: mas\nfastställd_av: nämnd\nfastställd: 2025-01-01\nrevideras: 2026-01-01\n---\nbody\n';
    const r = editFrontmatter(text, APPROVE, FIELD_ORDER);
    if (!('text' in r)) throw new Error(JSON.stringify(r));
    expect(lineDiff(text, r.text)).toEqual(
      [
        '-version: 2.0',
        '+version: 1.10',
        '-fastställd_av: nämnd',
        '+fastställd_av: mas',
        '-fastställd: 2025-01-01',
        '+fastställd: 2026-12-04',
        '-revideras: 2026-01-01',
        '+revideras: 2027-12-04',
      ].sort(),
    );
    expect(r.added).toEqual([]);
  });

  it('keeps CRLF line ends (new lines too) and a BOM', () => {
    const lf = '---\nid: RUT-001\ntyp: rutin\nstatus: utkast\nversion: 0.3\nägare: mas\n---\n# Rubrik\r\n';
    const text = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
    const r = editFrontmatter(text, APPROVE, FIELD_ORDER);
    if (!('text' in r)) throw new Error(JSON.stringify(r));
    expect(r.text.startsWith('\uFEFF---\r\n')).toBe(true);
    expect(r.text.replace(/\r\n/g, '').includes('\n')).toBe(false);
    expect(r.text).toContain('ägare: mas\r\nfastställd_av: mas\r\nfastställd: 2026-12-04\r\nrevideras: 2027-12-04\r\n---\r\n');
  });

  it('adds a field after a block list and in the indentation of the fields', () => {
    const text = '---\nid: RUT-001\ntyp: rutin\nprocess: PRO-001\naktivitet: A1\nsosfs:\n  - "4:4"\n---\n';
    const r = editFrontmatter(text, [{ key: 'ersätter', value: 'RUT-003' }], FIELD_ORDER);
    if (!('text' in r)) throw new Error(JSON.stringify(r));
    expect(r.text).toBe('---\nid: RUT-001\ntyp: rutin\nprocess: PRO-001\naktivitet: A1\nersätter: RUT-003\nsosfs:\n  - "4:4"\n---\n');
    const last = editFrontmatter(text, [{ key: 'x_eget', value: 'ja' }], FIELD_ORDER);
    expect('text' in last && last.text).toBe(
      '---\nid: RUT-001\ntyp: rutin\nprocess: PRO-001\naktivitet: A1\nsosfs:\n  - "4:4"\nx_eget: ja\n---\n',
    );
  });

  it('fills an empty value and leaves an unchanged one alone', () => {
    const text = '---\nid: RUT-001\nstatus: utkast\nfastställd_av:\nfastställd: 2026-12-04\n---\n';
    const r = editFrontmatter(
      text,
      [
        { key: 'fastställd_av', value: 'mas' },
        { key: 'fastställd', value: '2026-12-04' },
      ],
      FIELD_ORDER,
    );
    expect('text' in r && r.text).toBe('---\nid: RUT-001\nstatus: utkast\nfastställd_av: mas\nfastställd: 2026-12-04\n---\n');
  });

  it('escapes a new value in a double-quoted or single-quoted scalar', () => {
    const text = `---\nid: RUT-001\ntitel: "a"\nx_b: 'b'\n---\n`;
    const r = editFrontmatter(
      text,
      [
        { key: 'titel', value: 'say "hi" \\ bye' },
        { key: 'x_b', value: "it's" },
      ],
      FIELD_ORDER,
    );
    expect('text' in r && r.text).toBe(`---\nid: RUT-001\ntitel: "say \\"hi\\" \\\\ bye"\nx_b: 'it''s'\n---\n`);
  });

  it('refuses a field it does not edit in place, and frontmatter it cannot read', () => {
    const block = '---\nid: RUT-001\nstatus: >\n  utkast\n---\n';
    expect(editFrontmatter(block, [{ key: 'status', value: 'fastställd' }], FIELD_ORDER)).toEqual({ problem: 'shape', key: 'status' });
    const anchor = '---\nid: &a RUT-001\nstatus: utkast\n---\n';
    expect(editFrontmatter(anchor, [{ key: 'id', value: 'RUT-002' }], FIELD_ORDER)).toEqual({ problem: 'shape', key: 'id' });
    const list = '---\nid: RUT-001\nstatus: [utkast]\n---\n';
    expect(editFrontmatter(list, [{ key: 'status', value: 'fastställd' }], FIELD_ORDER)).toEqual({ problem: 'shape', key: 'status' });
    const multi = '---\nid: RUT-001\ntitel: "a\n  b"\n---\n';
    expect(editFrontmatter(multi, [{ key: 'titel', value: 'c' }], FIELD_ORDER)).toEqual({ problem: 'shape', key: 'titel' });
    expect(editFrontmatter('# no frontmatter\n', APPROVE, FIELD_ORDER)).toEqual({ problem: 'unreadable' });
    expect(editFrontmatter('---\nid: [\n---\n', APPROVE, FIELD_ORDER)).toEqual({ problem: 'unreadable' });
    expect(editFrontmatter('---\n{ id: RUT-001 }\n---\n', APPROVE, FIELD_ORDER)).toEqual({ problem: 'unreadable' });
    expect(editFrontmatter('---\n---\n', APPROVE, FIELD_ORDER)).toEqual({ problem: 'unreadable' });
  });

  it('refuses a result that does not parse back to exactly the change', () => {
    // A plain value that YAML would read as something else.
    const text = '---\nid: RUT-001\ntitel: a\n---\n';
    expect(editFrontmatter(text, [{ key: 'titel', value: 'a: b' }], FIELD_ORDER)).toEqual({ problem: 'unsafe' });
  });
});
