/** Run the CLI in-process and capture what it prints. */
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv,
    cwd: opts.cwd ?? process.cwd(),
    stdout: { write: (s: string) => (stdout += s), isTTY: opts.isTTY ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    env: opts.env ?? {},
  });
  return { code, stdout, stderr };
}
