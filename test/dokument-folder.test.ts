/**
 * `dokument:` in lsys.yaml must name a folder inside the repository. A typo would otherwise
 * check nothing and exit 0 (CI green on nothing); a folder outside the repository is not its
 * documents. Each is a configuration error: exit 2, one line naming the folder and the fix.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BASE_CONFIG, doc, makeRepo, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

const repos: Array<{ cleanup(): void }> = [];
afterAll(() => repos.forEach((r) => r.cleanup()));

/** A repository whose lsys.yaml says `dokument: <value>`. */
function repoWith(dokument: string) {
  const r = makeRepo(
    { 'ledningssystem/rutiner/RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY) },
    BASE_CONFIG.replace('dokument: ledningssystem', `dokument: ${JSON.stringify(dokument)}`),
  );
  repos.push(r);
  return r;
}

const run = (root: string, ...extra: string[]) => runCli(['validate', '--cwd', root, '--today', TODAY, '--no-git', '--no-cache', ...extra]);

describe('dokument: in lsys.yaml', () => {
  it('a folder that does not exist is a configuration error naming it, not a green run on nothing', async () => {
    const r = await run(repoWith('ledningsystem').root);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^lsys: lsys\.yaml:3:1: dokument: "ledningsystem" finns inte \(ingen mapp .*ledningsystem\)\. Rätta stavningen i lsys\.yaml eller skapa mappen\.\n$/,
    );
    const en = await run(repoWith('ledningsystem').root, '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/^lsys: lsys\.yaml:3:1: dokument: "ledningsystem" does not exist .*Fix the spelling/);
  });

  it.each([
    ['/etc', /ligger utanför ledningssystemet/],
    ['../..', /ligger utanför ledningssystemet/],
    ['..', /ligger utanför ledningssystemet/],
    ['ledningssystem/../../x', /ligger utanför ledningssystemet/],
  ])('%s (outside the repository) is refused', async (value, message) => {
    const r = await run(repoWith(value).root);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a link that leads out of the repository is refused', async () => {
    const outside = makeRepo({ 'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY) });
    repos.push(outside);
    const r = repoWith('länk');
    symlinkSync(join(outside.root, 'ledningssystem'), join(r.root, 'länk'));
    const res = await run(r.root);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^lsys: lsys\.yaml:3:1: dokument: "länk" är en länk till .*, utanför ledningssystemet\./);
  });

  it('a link to a folder inside the repository is followed', async () => {
    const r = repoWith('aktuella');
    symlinkSync(join(r.root, 'ledningssystem'), join(r.root, 'aktuella'));
    const res = await run(r.root, '--format', 'json');
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout).summary.documents).toBe(1);
  });

  it('a file instead of a folder is refused', async () => {
    const r = repoWith('rutiner.md');
    writeFileSync(join(r.root, 'rutiner.md'), '# inte en mapp\n');
    const res = await run(r.root);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^lsys: lsys\.yaml:3:1: dokument: "rutiner\.md" är en fil, inte en mapp\./);
  });

  it('an existing folder, ".", "./x/" and an absolute path inside the repository all work', async () => {
    for (const value of ['.', './ledningssystem/', 'ledningssystem']) {
      const res = await run(repoWith(value).root, '--format', 'json');
      expect(res.stderr, value).toBe('');
      expect(JSON.parse(res.stdout).summary.documents, value).toBe(1);
    }
    const r = repoWith('placeholder');
    writeFileSync(
      join(r.root, 'lsys.yaml'),
      BASE_CONFIG.replace('dokument: ledningssystem', `dokument: ${JSON.stringify(join(r.root, 'ledningssystem'))}`),
    );
    const res = await run(r.root, '--format', 'json');
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout).summary.documents).toBe(1);
    // An empty folder is not a typo: it checks no documents and says so.
    const empty = repoWith('tom');
    mkdirSync(join(empty.root, 'tom'));
    expect((await run(empty.root)).code).toBe(0);
  });
});
