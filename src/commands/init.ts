/**
 * `lsys init`: start a new management system in a folder and say what was written and what
 * to do next.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolveToday, type CommandIO } from './setup.js';
import type { Lang, Sector } from '../core/types.js';

/** The options of `lsys init`, checked by the command line. */
export interface InitInput {
  /** The folder argument as given. */
  dir?: string;
  /** --cwd as given. */
  cwd?: string;
  /** --today as given (LSYS_TODAY or today when absent). */
  today?: string;
  lang: Lang;
  /** --sector (all three when absent). */
  sectors: Sector[];
  force: boolean;
}

/** Run `lsys init`; returns the exit code. */
export async function runInit(o: InitInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const m = (sv: string, en: string): string => (lang === 'en' ? en : sv);
  const today = resolveToday(o.today, io.env, lang);
  const target = resolve(io.cwd, o.cwd ?? '.', o.dir ?? '.');
  const { initRepository } = await import('../init/index.js');
  const { written, kept } = await initRepository({ dir: target, today, sectors: o.sectors, force: o.force, lang });
  const shown = relative(io.cwd, target) || '.';
  // An existing .gitignore holds the user's own rules: left alone, and said so.
  const keptText = kept
    .map((k) =>
      k.missing.length === 0
        ? m(`Behöll den befintliga ${k.file} (lsys init skriver aldrig över den).\n`, `Kept the existing ${k.file} (lsys init never overwrites it).\n`)
        : m(
            `Behöll den befintliga ${k.file} (lsys init skriver aldrig över den). Lägg gärna till:\n${k.missing.map((l) => `  ${l}`).join('\n')}\n`,
            `Kept the existing ${k.file} (lsys init never overwrites it). Consider adding:\n${k.missing.map((l) => `  ${l}`).join('\n')}\n`,
          ),
    )
    .join('');
  // The workflow runs `npm ci`: without a package.json that locks lsys its first run fails.
  const ciText =
    written.some((f) => f.startsWith('.github/workflows/')) && !existsSync(join(target, 'package.json'))
      ? m(
          `\nInnan flödet i .github/workflows/lsys.yml kan köras på GitHub behöver repot en package.json som låser lsys:\n  cd ${shown} && npm init -y && npm install --save-dev <sökväg eller git-adress till lsys>\n`,
          `\nBefore the workflow in .github/workflows/lsys.yml can run on GitHub, the repository needs a package.json that locks lsys:\n  cd ${shown} && npm init -y && npm install --save-dev <path or git URL of lsys>\n`,
        )
      : '';
  io.stdout.write(
    m(
      `Skapade ${written.length} filer i ${shown}:\n${written.map((f) => `  ${f}`).join('\n')}\n${keptText}\nNästa steg: redigera lsys.yaml (organisation, roller, enheter) och kör\n  lsys validate${shown === '.' ? '' : ` --cwd ${shown}`}\n${ciText}`,
      `Created ${written.length} files in ${shown}:\n${written.map((f) => `  ${f}`).join('\n')}\n${keptText}\nNext: edit lsys.yaml (organisation, roller, enheter) and run\n  lsys validate${shown === '.' ? '' : ` --cwd ${shown}`}\n${ciText}`,
    ),
  );
  return 0;
}
