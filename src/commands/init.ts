/**
 * `lsys init`: start a new management system in a folder and say what was written and what
 * to do next.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { resolveToday, type CommandIO } from './setup.js';
import type { Lang, Sector } from '../core/types.js';
import type { CiPlatform } from '../init/index.js';
import { say } from '../core/messages.js';
import { CLI } from './messages.js';

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
  /** --ci (github when absent). */
  ci?: CiPlatform;
}

/** The pipeline files init may write (one, by --ci). */
const PIPELINES = new Set(['.github/workflows/lsys.yml', '.gitlab-ci.yml', 'azure-pipelines.yml']);

/** Run `lsys init`; returns the exit code. */
export async function runInit(o: InitInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  const today = resolveToday(o.today, io.env, lang);
  const target = resolve(io.cwd, o.cwd ?? '.', o.dir ?? '.');
  const { initRepository } = await import('../init/index.js');
  const { written, kept } = await initRepository({
    dir: target,
    today,
    sectors: o.sectors,
    force: o.force,
    lang,
    ...(o.ci !== undefined ? { ci: o.ci } : {}),
  });
  const shown = relative(io.cwd, target) || '.';
  // An existing .gitignore holds the user's own rules: left alone, and said so.
  const keptText = kept
    .map((k) =>
      k.missing.length === 0
        ? say(CLI.keptFile, lang, { file: k.file })
        : say(CLI.keptFileConsider, lang, { file: k.file, lines: k.missing.map((l) => `  ${l}`).join('\n') }),
    )
    .join('');
  // The pipeline runs `npm ci`: without a package.json that locks lsys its first run fails.
  const pipeline = written.find((f) => PIPELINES.has(f));
  const ciText =
    pipeline !== undefined && !existsSync(join(target, 'package.json')) ? say(CLI.needsPackageJson, lang, { shown, pipeline }) : '';
  io.stdout.write(
    say(CLI.created, lang, {
      count: written.length,
      shown,
      files: written.map((f) => `  ${f}`).join('\n'),
      kept: keptText,
      cwd: shown === '.' ? '' : ` --cwd ${shown}`,
      ci: ciText,
    }),
  );
  return 0;
}
