import { it } from 'vitest';
import { makeRepo } from './helpers/repo.js';
import { READING_CONFIG, READING_FILES } from './helpers/reading.js';
import { runCli } from './helpers/cli.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
it('smoke', async () => {
  const repo = makeRepo(READING_FILES, READING_CONFIG.replace('läses_av:', 'formulär: https://forms.example/x?d={id}&v={version}\n  läses_av:'));
  for (const args of [['validate', '--format', 'text'], ['due', '--days', '365'], ['report', '--format', 'md', '--year', '2026', '--output', join(repo.root, 'k.md')]]) {
    const r = await runCli([args[0]!, '--cwd', repo.root, '--today', '2026-12-01', '--no-cache', ...args.slice(1)]);
    console.log(args[0], r.code, r.stdout.slice(0, 4000), r.stderr);
  }
  const r = await runCli(['site', '--cwd', repo.root, '--today', '2026-12-01', '--no-cache', '--out', join(repo.root, 'w')]);
  console.log(r.code, r.stderr);
  const page = readFileSync(join(repo.root, 'w/enhet/norr.html'), 'utf8');
  console.log(/<main[\s\S]*<\/main>/.exec(page)?.[0].slice(0, 3000));
  console.log(/<main[\s\S]*?<\/dl>/.exec(readFileSync(join(repo.root, 'w/dokument/RUT-001.html'), 'utf8'))?.[0].slice(-1200));
  console.log(readFileSync(join(repo.root, 'k.md'), 'utf8').split('## 4 ')[1]?.split('## 5')[0]);
  repo.cleanup();
}, 60000);
