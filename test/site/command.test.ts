/**
 * `lsys site` end to end, in-process: the example, a broken repository, option errors, the
 * output folder's safety (marker, refusals, interrupted build), determinism, incremental
 * rebuilds, linked files and git history without persons.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { normaliseBaseUrl } from '../../src/commands/site.js';
import { checkSiteFolder, MARKER, writeSite } from '../../src/site/output.js';
import { doc, rutin, RUTIN_BODY, BASE_CONFIG } from '../helpers/repo.js';
import { notGenerated } from '../helpers/example-copy.js';

const EXAMPLE = 'examples/solbacka';
const TODAY = '2026-12-01';
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tmp(prefix = 'lsys-site-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

async function site(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: ['site', '--today', TODAY, ...args],
    cwd,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

/** Every file under `dir` (relative path → bytes), sorted. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function example(): { root: string; cache: string } {
  const root = tmp();
  cpSync(EXAMPLE, root, { recursive: true, filter: notGenerated });
  return { root, cache: join(root, '.cache', 'lsys.json') };
}

describe('lsys site on the example', () => {
  it('builds the handbook, says where, and links documents to each other', async () => {
    const { root, cache } = example();
    const r = await site(root, '--cache-location', cache, '--no-git');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Byggde webbplatsen i site: \d+ sidor, \d+ dokument \(\d+ ms\)\. Öppna site\/index\.html\.\n$/);
    const files = tree(join(root, 'site'));
    expect(files.has('index.html')).toBe(true);
    expect(files.has('dokument/RUT-001.html')).toBe(true);
    const marker = JSON.parse(files.get(MARKER)!.toString()) as { files: Record<string, string> };
    expect(Object.keys(marker.files)).toContain('dokument/RUT-001.html');
    // Links between documents lead to pages, never to Markdown files.
    const pages = [...files].filter(([p]) => p.endsWith('.html')).map(([, b]) => b.toString());
    expect(pages.join('\n')).not.toMatch(/href="[^"]*\.md[#"]/);
    expect(files.get('dokument/SAM-002.html')!.toString()).toContain('href="RUT-007.html#förebyggande"');
    // A process's own "Flöde" section and the diagram's heading do not share a name.
    const process = files.get('dokument/PRO-002.html')!.toString();
    expect(process.match(/<h2[^>]*>Flöde<\/h2>/g)).toHaveLength(1);
    expect(process.match(/<h2[^>]*>Flödesschema<\/h2>/g)).toHaveLength(1);
    // The rendered bodies are kept beside the cache for the next build.
    expect(readdirSync(`${cache}.site`).filter((f) => /^bodies-[0-9a-f]\.json$/.test(f)).length).toBeGreaterThan(0);
  });

  it('gives byte-identical output for the same commit, cold or from the cache', async () => {
    const { root, cache } = example();
    expect((await site(root, '--cache-location', cache, '--no-git', '--out', 'a')).code).toBe(0);
    expect((await site(root, '--cache-location', cache, '--no-git', '--out', 'b')).code).toBe(0);
    expect((await site(root, '--no-cache', '--no-git', '--out', 'c')).code).toBe(0);
    const a = tree(join(root, 'a'));
    expect(tree(join(root, 'b'))).toEqual(a);
    expect(tree(join(root, 'c'))).toEqual(a);
    expect(existsSync(join(root, '.cache'))).toBe(true);
  });

  it('gives the same bytes when worker threads render the bodies and index the search (a first build)', async () => {
    const { root, cache } = example();
    // --workers 0: the main thread renders as it goes; 1: a worker renders every body and indexes every search shard.
    expect((await site(root, '--no-cache', '--no-git', '--workers', '0', '--out', 'a')).code).toBe(0);
    expect((await site(root, '--no-cache', '--no-git', '--workers', '1', '--out', 'b')).code).toBe(0);
    expect((await site(root, '--cache-location', cache, '--workers', '1', '--out', 'c')).code).toBe(0);
    const a = tree(join(root, 'a'));
    expect(tree(join(root, 'b'))).toEqual(a);
    // With the cache the first build also keeps the bodies and the search shards for the next one …
    expect(readdirSync(`${cache}.site`).filter((f) => /^bodies-[0-9a-f]\.json$/.test(f)).length).toBeGreaterThan(0);
    expect(readdirSync(join(`${cache}.site`, 'sok')).filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0);
    // … which a build into an empty folder takes as they are, with the same result as one from nothing.
    expect((await site(root, '--cache-location', cache, '--workers', '1', '--out', 'd')).code).toBe(0);
    expect((await site(root, '--no-cache', '--workers', '0', '--out', 'e')).code).toBe(0);
    expect(tree(join(root, 'd'))).toEqual(tree(join(root, 'c')));
    expect(tree(join(root, 'e'))).toEqual(tree(join(root, 'c')));
    // Two threads: the load's threads render each body from their own parse (site/body-hook.ts).
    expect((await site(root, '--no-cache', '--no-git', '--workers', '2', '--out', 'f')).code).toBe(0);
    expect(tree(join(root, 'f'))).toEqual(a);
  }, 150_000); // six builds of the example: about 15 s alone, 41 s seen for five on a loaded 2-core machine

  it('rewrites only the pages a changed document affects', async () => {
    const { root, cache } = example();
    expect((await site(root, '--cache-location', cache, '--no-git')).code).toBe(0);
    const inode = (p: string): number => statSync(join(root, 'site', p)).ino;
    const before = {
      changed: inode('dokument/RUT-001.html'),
      other: inode('dokument/RUT-005.html'),
      policy: inode('dokument/POL-001.html'),
    };
    const file = join(root, 'ledningssystem/rutiner/RUT-001-handlaggning-dokumentation.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nEn ny mening i rutinen.\n`);
    expect((await site(root, '--cache-location', cache, '--no-git')).code).toBe(0);
    expect(inode('dokument/RUT-001.html')).not.toBe(before.changed);
    expect(readFileSync(join(root, 'site/dokument/RUT-001.html'), 'utf8')).toContain('En ny mening i rutinen.');
    expect(inode('dokument/RUT-005.html')).toBe(before.other);
    expect(inode('dokument/POL-001.html')).toBe(before.policy);
    // No temporary or old folder is left beside the site.
    expect(readdirSync(root).filter((n) => n.startsWith('.site'))).toEqual([]);
  });

  it('renders again only pages whose inputs changed, and every rebuild equals a cold build of the same files', async () => {
    const { root, cache } = example();
    const build = async (): Promise<void> => {
      expect((await site(root, '--cache-location', cache, '--no-git')).code).toBe(0);
      // The same files from nothing: no cache, no previous site.
      rmSync(join(root, 'kall'), { recursive: true, force: true });
      expect((await site(root, '--no-cache', '--no-git', '--out', 'kall')).code).toBe(0);
      const warm = tree(join(root, 'site'));
      const cold = tree(join(root, 'kall'));
      warm.delete(MARKER);
      cold.delete(MARKER);
      expect(warm).toEqual(cold);
    };
    await build();
    const marker = (): { keys: Record<string, string> } => JSON.parse(readFileSync(join(root, 'site', MARKER), 'utf8'));
    const first = marker().keys;
    expect(Object.keys(first)).toContain('dokument/RUT-001.html');
    // A body change: one page key changes.
    const rut1 = join(root, 'ledningssystem/rutiner/RUT-001-handlaggning-dokumentation.md');
    writeFileSync(rut1, `${readFileSync(rut1, 'utf8')}\nEn ny mening i rutinen.\n`);
    await build();
    const second = marker().keys;
    expect(Object.keys(second).filter((p) => second[p] !== first[p])).toEqual(['dokument/RUT-001.html']);
    // The pages that list documents were not rendered either: the previous files, linked.
    expect(second['index.html']).toBe(first['index.html']);
    // Nor the search index files the changed document is not in: the previous files, linked.
    const shards = (): Map<string, number> =>
      new Map(readdirSync(join(root, 'site', 'sok')).map((n) => [n, statSync(join(root, 'site', 'sok', n)).ino]));
    const shardsBefore = shards();
    writeFileSync(rut1, `${readFileSync(rut1, 'utf8')}\nÄnnu en mening.\n`);
    await build();
    const shardsAfter = shards();
    const kept = [...shardsAfter].filter(([n, ino]) => shardsBefore.get(n) === ino);
    expect(kept.length).toBe(shardsAfter.size - 1);
    // A link to a file that does not exist yet is text; once the file is there, the page links it.
    writeFileSync(rut1, `${readFileSync(rut1, 'utf8')}\nSe [checklistan](../bilagor/checklista.pdf).\n`);
    await build();
    expect(readFileSync(join(root, 'site/dokument/RUT-001.html'), 'utf8')).not.toContain('checklista.pdf');
    mkdirSync(join(root, 'ledningssystem/bilagor'));
    writeFileSync(join(root, 'ledningssystem/bilagor/checklista.pdf'), '%PDF-1.4\n');
    await build();
    expect(readFileSync(join(root, 'site/dokument/RUT-001.html'), 'utf8')).toContain(
      'href="../filer/ledningssystem/bilagor/checklista.pdf"',
    );
    rmSync(join(root, 'ledningssystem/bilagor'), { recursive: true });
    await build();
    expect(existsSync(join(root, 'site/filer'))).toBe(false);
    expect(second['sosfs.html']).toBe(first['index.html']);
    const policyInode = statSync(join(root, 'site', 'typ', 'policy.html')).ino;
    // A frontmatter change elsewhere (a title other pages show): every page is rendered again, and shows it.
    const pol = join(root, 'ledningssystem/policy/POL-001-kvalitetspolicy.md');
    const polText = readFileSync(pol, 'utf8');
    writeFileSync(pol, polText.replace(/^titel: .*$/m, 'titel: Ny titel på policyn'));
    await build();
    const third = marker().keys;
    expect(Object.keys(third).every((p) => third[p] !== second[p])).toBe(true);
    expect(statSync(join(root, 'site', 'typ', 'policy.html')).ino).not.toBe(policyInode);
    // A page that went missing from the previous site is rendered again, not lost.
    rmSync(join(root, 'site', 'dokument', 'RUT-002.html'));
    await build();
    // So is a listing page.
    rmSync(join(root, 'site', 'sosfs.html'));
    await build();
  }, 120_000); // a dozen builds of the example: about 15 s alone, twice that on a busy 2-core machine
});

describe('lsys site: what is shown', () => {
  function repo(files: Record<string, string>): string {
    const root = tmp();
    writeFileSync(join(root, 'lsys.yaml'), BASE_CONFIG);
    for (const [p, c] of Object.entries(files)) {
      mkdirSync(join(root, p, '..'), { recursive: true });
      writeFileSync(join(root, p), c);
    }
    return root;
  }

  it('masks a personnummer in a body on the page and keeps it out of the search index, with and without worker threads', async () => {
    const body = RUTIN_BODY.replace('## Genomförande\n\nText.', '## Genomförande\n\nBrukare 19121212-1212 föll, se även 201212121212.');
    const root = repo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), body) });
    for (const workers of ['0', '2']) {
      expect((await site(root, '--no-cache', '--no-git', '--workers', workers, '--force')).code).toBe(0);
      const all = [...tree(join(root, 'site')).values()].map((b) => b.toString('utf8')).join('\n');
      expect(all, workers).toContain('Brukare 19121212-**** föll, se även 20121212****.');
      expect(all, workers).not.toMatch(/19121212-1212|201212121212|"1212"/);
    }
  });

  it('skips and counts a document that cannot be read, and still builds', async () => {
    const root = repo({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY),
      'ledningssystem/RUT-002.md': '---\nid: RUT-002\ntitel: [trasig\n---\n# Text\n',
    });
    const r = await site(root, '--no-cache', '--no-git');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Byggde webbplatsen i site: /);
    expect(r.stderr).toBe(
      'Obs: 1 dokument gick inte att läsa och är inte med på webbplatsen: ledningssystem/RUT-002.md. Kör lsys validate för att se varför.\n',
    );
    expect(existsSync(join(root, 'site/dokument/RUT-001.html'))).toBe(true);
    expect(existsSync(join(root, 'site/dokument/RUT-002.html'))).toBe(false);
    const en = await site(root, '--no-cache', '--no-git', '--lang', 'en');
    expect(en.stdout).toMatch(/^Built the site in site: /);
    expect(en.stderr).toMatch(/^Note: 1 document\(s\) could not be read and are left out of the site: ledningssystem\/RUT-002\.md\./);
  });

  it('shows drafts only with --drafts, gives upphävda their old address, copies linked files and never follows a link out', async () => {
    const outside = tmp('lsys-outside-');
    writeFileSync(join(outside, 'hemlig.txt'), 'hemligt');
    const body = [
      RUTIN_BODY,
      'Se [utkastet](RUT-002.md#syfte), [den gamla](RUT-003.md), [kartan](bilagor/karta.pdf), [saknas](bilagor/saknas.pdf),',
      '[ut](bilagor/ut.txt), [upp](../../x.pdf) och [webben](https://example.se/a).',
      '',
    ].join('\n');
    const root = repo({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), body),
      'ledningssystem/RUT-002.md': doc({ ...rutin('RUT-002'), status: 'utkast' }, RUTIN_BODY),
      'ledningssystem/RUT-003.md': doc({ ...rutin('RUT-003'), status: 'upphävd' }, RUTIN_BODY),
      'ledningssystem/bilagor/karta.pdf': '%PDF-1.4 karta',
    });
    symlinkSync(join(outside, 'hemlig.txt'), join(root, 'ledningssystem/bilagor/ut.txt'));
    expect((await site(root, '--no-cache', '--no-git')).code).toBe(0);
    const page = readFileSync(join(root, 'site/dokument/RUT-001.html'), 'utf8');
    expect(page).toContain('Se utkastet, den gamla, <a href="../filer/ledningssystem/bilagor/karta.pdf">kartan</a>, saknas,');
    expect(page).toContain('ut, upp och <a href="https://example.se/a">webben</a>.');
    expect(readFileSync(join(root, 'site/filer/ledningssystem/bilagor/karta.pdf'), 'utf8')).toBe('%PDF-1.4 karta');
    expect(existsSync(join(root, 'site/filer/ledningssystem/bilagor/ut.txt'))).toBe(false);
    expect(existsSync(join(root, 'site/dokument/RUT-002.html'))).toBe(false);
    expect(existsSync(join(root, 'site/dokument/RUT-003.html'))).toBe(true); // the "upphävd" page
    for (const [, content] of tree(join(root, 'site'))) expect(content.toString()).not.toContain('hemligt');

    expect((await site(root, '--no-cache', '--no-git', '--drafts')).code).toBe(0);
    expect(readFileSync(join(root, 'site/dokument/RUT-001.html'), 'utf8')).toContain('<a href="RUT-002.html#syfte">utkastet</a>');
    expect(existsSync(join(root, 'site/dokument/RUT-002.html'))).toBe(true);
  });

  it('gives one page to ids that share a file name, and to an id used twice', async () => {
    const root = repo({
      'ledningssystem/a.md': doc(rutin('RUT-Ä1'), 'Först.\n'),
      'ledningssystem/b.md': doc(rutin('RUT-A1'), 'Sedan.\n'),
      'ledningssystem/c.md': doc(rutin('RUT-002'), 'Ett.\n'),
      'ledningssystem/d.md': doc(rutin('RUT-002'), 'Två.\n'),
      'ledningssystem/e.md': doc({ ...rutin('RUT-Ö3'), status: 'upphävd' }, 'Gammal.\n'),
      'ledningssystem/f.md': doc({ ...rutin('RUT-O3'), status: 'upphävd' }, 'Gammal.\n'),
    });
    const r = await site(root, '--no-cache', '--no-git');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'site/dokument/RUT-A1.html'), 'utf8')).toContain('Först.');
    expect(readFileSync(join(root, 'site/dokument/RUT-002.html'), 'utf8')).toContain('Ett.');
    expect(existsSync(join(root, 'site/dokument/RUT-O3.html'))).toBe(true);
  });

  it('shows each change with its subject and version, and no person from git', async () => {
    const root = repo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY) });
    const env = {
      ...process.env,
      GIT_AUTHOR_NAME: 'Anna Författarsson',
      GIT_AUTHOR_EMAIL: 'anna.forfattarsson@example.invalid',
      GIT_COMMITTER_NAME: 'Bo Committersson',
      GIT_COMMITTER_EMAIL: 'bo.committersson@example.invalid',
    };
    const git = (args: string[], date: string): void => {
      execFileSync('git', args, {
        cwd: root,
        env: { ...env, GIT_AUTHOR_DATE: `${date}T12:00:00+01:00`, GIT_COMMITTER_DATE: `${date}T12:00:00+01:00` },
        stdio: 'ignore',
      });
    };
    git(['init', '-q'], '2026-01-10');
    git(['add', '.'], '2026-01-10');
    git(['commit', '-qm', 'Första versionen av rutinen'], '2026-01-10');
    const file = join(root, 'ledningssystem/RUT-001.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace("version: '1.0'", "version: '2.0'").replace('version: "1.0"', 'version: "2.0"'));
    git(['commit', '-qam', 'Ny version efter klagomål från 19121212-1212'], '2026-03-02');
    const cache = join(root, '.cache', 'lsys.json');
    const r = await site(root, '--cache-location', cache, '--out', join(root, '..', `${root.split('/').pop()}-ut`));
    dirs.push(join(root, '..', `${root.split('/').pop()}-ut`));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = join(root, '..', `${root.split('/').pop()}-ut`);
    const page = readFileSync(join(out, 'dokument/RUT-001.html'), 'utf8');
    expect(page).toContain('Första versionen av rutinen');
    expect(page).toContain('Ny version efter klagomål från');
    // The history row: date, then the version read from that commit's blob.
    expect(page.replace(/<[^>]+>/g, ' ')).toMatch(/2026-03-02\s+2\.0\s+Ny version/);
    for (const [path, content] of tree(out)) {
      const text = content.toString();
      for (const person of [
        'Anna',
        'Författarsson',
        'anna.forfattarsson',
        'Committersson',
        'bo.committersson',
        '19121212-1212',
        '121212-1212',
      ]) {
        expect(text, `${path} names ${person}`).not.toContain(person);
      }
    }
    // From the stored log (the second run starts no git log): the same pages.
    const again = await site(root, '--cache-location', cache, '--out', out);
    expect(again.code).toBe(0);
    expect(readFileSync(join(out, 'dokument/RUT-001.html'), 'utf8')).toBe(page);
  });
});

describe('lsys site: options', () => {
  it.each([
    ['--base-url', 'ftp://x.se/'],
    ['--base-url', 'handbok'],
    ['--base-url', '//cdn.example/'],
    ['--base-url', 'https://x.se/?q=1'],
    ['--today', '2026-13-01'],
    ['--lang', 'fi'],
    ['--workers', 'many'],
  ])('%s %s is a usage error: exit 2, one line', async (flag, value) => {
    const { root } = example();
    const r = await site(root, '--no-cache', '--no-git', flag, value);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(root, 'site'))).toBe(false);
  });

  it('normalises a base URL to end with /', () => {
    expect(normaliseBaseUrl('/handbok')).toBe('/handbok/');
    expect(normaliseBaseUrl('https://intra.example.se/handbok/')).toBe('https://intra.example.se/handbok/');
    expect(normaliseBaseUrl('HTTP://x.se')).toBe('HTTP://x.se/');
    expect(normaliseBaseUrl('https://user:pw@x.se/')).toBeUndefined();
    expect(normaliseBaseUrl('https://')).toBeUndefined();
    expect(normaliseBaseUrl('/a b')).toBeUndefined();
    expect(normaliseBaseUrl('javascript:alert(1)')).toBeUndefined();
  });

  it('accepts --base-url and builds', async () => {
    const { root } = example();
    expect((await site(root, '--no-cache', '--no-git', '--base-url', '/handbok')).code).toBe(0);
  });
});

describe('lsys site: the output folder', () => {
  it('never touches a folder it did not make, not even with --force', async () => {
    const { root } = example();
    mkdirSync(join(root, 'site'));
    writeFileSync(join(root, 'site', 'viktigt.txt'), 'mitt');
    for (const extra of [[], ['--force']]) {
      const r = await site(root, '--no-cache', '--no-git', ...extra);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        /^lsys: site finns redan, är inte tom och är inte gjord av lsys site \(ingen \.lsys-site\)\. Inget har ändrats;/,
      );
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(join(root, 'site'))).toEqual(['viktigt.txt']);
    }
    // The repository itself is such a folder.
    expect((await site(root, '--no-cache', '--no-git', '--out', '.')).code).toBe(2);
  });

  it('refuses a symlink, a file and a FIFO where the folder should be', async () => {
    const { root } = example();
    const elsewhere = tmp();
    symlinkSync(elsewhere, join(root, 'lank'));
    writeFileSync(join(root, 'fil'), 'x');
    const cases: Array<[string, RegExp]> = [
      ['lank', /är en symbolisk länk/],
      ['fil', /är en fil, inte en mapp/],
    ];
    if (spawnSync('mkfifo', [join(root, 'fifo')]).status === 0) cases.push(['fifo', /är en namngiven pipe \(FIFO\), inte en mapp/]);
    for (const [name, message] of cases) {
      const r = await site(root, '--no-cache', '--no-git', '--out', name);
      expect(r.code, name).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(lstatSync(join(root, 'lank')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(root, 'fil'), 'utf8')).toBe('x');
  });

  it('replaces a site of another lsys version only with --force, and uses an empty folder', async () => {
    const { root } = example();
    mkdirSync(join(root, 'site'));
    expect((await site(root, '--no-cache', '--no-git')).code).toBe(0);
    const marker = join(root, 'site', MARKER);
    writeFileSync(marker, JSON.stringify({ magic: 'lsys-site', version: '0.0.1', files: {} }));
    const r = await site(root, '--no-cache', '--no-git');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gjordes av en annan version av lsys site/);
    writeFileSync(marker, '{ trasig');
    expect((await site(root, '--no-cache', '--no-git')).code).toBe(2);
    expect((await site(root, '--no-cache', '--no-git', '--force')).code).toBe(0);
    expect(JSON.parse(readFileSync(marker, 'utf8')).version).not.toBe('0.0.1');
  });

  it('keeps files someone added to its folder: names them and stops, and removes them only with --force', async () => {
    const { root } = example();
    expect((await site(root, '--no-cache', '--no-git')).code).toBe(0);
    const dir = join(root, 'site');
    writeFileSync(join(dir, 'web.config'), '<configuration/>');
    mkdirSync(join(dir, 'bilder'));
    writeFileSync(join(dir, 'bilder', 'logo.txt'), 'logo');
    const r = await site(root, '--no-cache', '--no-git');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/innehåller filer som lsys site inte har gjort: bilder\/logo\.txt, web\.config\. De skulle försvinna/);
    expect(readFileSync(join(dir, 'web.config'), 'utf8')).toBe('<configuration/>');
    expect(readFileSync(join(dir, 'bilder', 'logo.txt'), 'utf8')).toBe('logo');
    expect((await site(root, '--no-cache', '--no-git', '--force')).code).toBe(0);
    expect(existsSync(join(dir, 'web.config'))).toBe(false);
    // Its own site again: a plain rebuild goes through.
    expect((await site(root, '--no-cache', '--no-git')).code).toBe(0);
  });

  it('leaves the previous site intact when a build fails before the swap', async () => {
    const { root } = example();
    expect((await site(root, '--no-cache', '--no-git')).code).toBe(0);
    const dir = join(root, 'site');
    const before = tree(dir);
    const folder = checkSiteFolder(dir, { shown: 'site', force: false, lang: 'sv' });
    expect(folder.previous).toBeDefined();
    await expect(
      writeSite(
        folder,
        [
          { path: 'index.html', content: 'ny' },
          { path: '../utanför.html', content: 'x' },
        ],
        new Map(),
      ),
    ).rejects.toThrow(/bad output path/);
    await expect(
      writeSite(
        folder,
        [
          { path: 'a.html', content: 'ny' },
          { path: 'a.html', content: 'x' },
        ],
        new Map(),
      ),
    ).rejects.toThrow(/two files/);
    expect(tree(dir)).toEqual(before);
    expect(readdirSync(root).filter((n) => n.startsWith('.site'))).toEqual([]);
    expect(existsSync(join(root, 'utanför.html'))).toBe(false);
  });

  it('writes a new site into a folder that does not exist yet, parents included', async () => {
    const { root } = example();
    const r = await site(root, '--no-cache', '--no-git', '--out', 'ut/handbok');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Öppna ut/handbok/index.html.');
    expect(existsSync(join(root, 'ut/handbok', MARKER))).toBe(true);
  });
});
