/**
 * A new user's way to läskvittens (issue 13), as the README and docs/läskvittens.md tell it:
 * `lsys init`, take away the # before the läskvittens block, put personal.csv and a
 * confirmations file in data/läskvittenser, and `lsys validate` gives the first reading/overdue
 * warning once the days have passed; before that, and without the block, nothing.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { initRepository } from '../../src/init/index.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'lsys-init-laskvittens-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** lsys.yaml with the commented läskvittens block turned on, as a user would. */
function uncomment(text: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf('# läskvittens:');
  expect(start, 'the commented block').toBeGreaterThan(0);
  for (let i = start; i < lines.length && lines[i]!.startsWith('#'); i++) lines[i] = lines[i]!.slice(2);
  return lines.join('\n');
}

describe('läskvittens from an empty lsys init repository', () => {
  it('is off as written; turned on, it reads the folder and warns once the days have passed', async () => {
    await initRepository({ dir, today: '2026-12-01', sectors: ['sol', 'hsl'], force: false, organisation: 'Testkommunen' });
    const validate = (today: string) => runCli(['validate', '--cwd', dir, '--today', today, '--no-git', '--no-cache']);
    const before = await validate('2027-02-01');
    expect(before.stdout).not.toContain('reading/');

    const path = join(dir, 'lsys.yaml');
    writeFileSync(path, uncomment(readFileSync(path, 'utf8')));
    const config = parse(readFileSync(path, 'utf8')) as { enheter: Array<{ id: string; namn: string }>; läskvittens: unknown };
    expect(config.läskvittens).toBeDefined();
    const unit = config.enheter[0]!;
    mkdirSync(join(dir, 'data', 'läskvittenser'), { recursive: true });
    writeFileSync(
      join(dir, 'data', 'läskvittenser', 'personal.csv'),
      `läsare;enhet;roll\nP0001;${unit.id};medarbetare\nP0002;${unit.id};medarbetare\nP0003;${unit.id};enhetschef\n`,
    );
    writeFileSync(join(dir, 'data', 'läskvittenser', '2026.csv'), 'dokument;version;läsare;datum\nRUT-001;1.0;P0001;2026-12-03\n');

    const inTime = await validate('2026-12-31');
    expect(inTime.stdout).not.toContain('reading/');
    const late = await validate('2027-01-01');
    expect(late.stdout).toContain(`2 av 3 läsare har inte bekräftat version 1.x (senast 2026-12-31): ${unit.namn} 2 av 3  reading/overdue`);
    expect(late.stdout).not.toMatch(/P000\d/);
    expect(late.code).toBe(0);
  });
});
