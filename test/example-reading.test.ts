/**
 * The example's läskvittens data (issue 13) is made by scripts/generate-laskvittenser.mjs, not
 * by hand: the script, run into a temp folder, writes exactly the committed files; and they
 * hold pseudonymous keys only, no name or e-mail column.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const COMMITTED = join(REPO, 'examples', 'solbacka', 'data', 'läskvittenser');
const out = mkdtempSync(join(tmpdir(), 'lsys-laskvittenser-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('scripts/generate-laskvittenser.mjs', () => {
  it('writes exactly the committed files of examples/solbacka', () => {
    const said = execFileSync(process.execPath, [join(REPO, 'scripts', 'generate-laskvittenser.mjs'), '--out', out], { encoding: 'utf8' });
    expect(said).toContain(out);
    const names = readdirSync(out).sort();
    expect(names).toEqual(['2025.csv', 'forms-export-2026.csv', 'personal.csv']);
    expect(readdirSync(COMMITTED).sort()).toEqual(names);
    for (const n of names) expect(readFileSync(join(out, n), 'utf8'), n).toBe(readFileSync(join(COMMITTED, n), 'utf8'));
  });

  it('uses pseudonymous keys and no column for names or e-mail', () => {
    const forms = readFileSync(join(COMMITTED, 'forms-export-2026.csv'), 'utf8');
    const header = forms.split('\r\n')[0]!.toLowerCase();
    expect(header).not.toMatch(/namn|e-post|email/);
    const roster = readFileSync(join(COMMITTED, 'personal.csv'), 'utf8').trim().split('\n').slice(1);
    expect(roster.length).toBeGreaterThan(90);
    for (const row of roster) expect(row).toMatch(/^P\d{4};[a-zåäö-]+;[a-zåäö-]+$/);
  });
});
