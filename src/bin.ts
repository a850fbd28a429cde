import { main } from './cli/main.js';

/** Entry point of the `lsys` bin: everything else is testable in-process through main(). */
export async function run(): Promise<void> {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
}
