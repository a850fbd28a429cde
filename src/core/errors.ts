/**
 * Problems with the invocation or configuration (never with documents: those are diagnostics).
 * The CLI prints `message` as one line on stderr and exits 2; no stack trace.
 */
export class LsysError extends Error {
  /** Stable kebab-case code, e.g. `config-not-found`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'LsysError';
    this.code = code;
  }
}

export function isLsysError(e: unknown): e is LsysError {
  return e instanceof LsysError;
}
