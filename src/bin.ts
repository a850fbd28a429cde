import { main } from './cli/main.js';

/** Entry point of the `lsys` bin: everything else is testable in-process through main(). */
export async function run(): Promise<void> {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: closable(process.stdout),
    stderr: closable(process.stderr),
    env: process.env,
  });
}

/**
 * A standard stream whose reader may go away (`lsys validate --help | head -1`): a closed pipe
 * (EPIPE) ends the output quietly, with no message and no stack; the run ends as it would have.
 */
function closable(stream: NodeJS.WriteStream): { write(s: string): boolean; isTTY: boolean } {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed = true;
  });
  return { write: (s) => !closed && stream.write(s), isTTY: stream.isTTY === true };
}
