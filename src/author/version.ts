/**
 * The next `version` of a document when it is approved (lsys approve). Versions are text,
 * `^\d+(\.\d+)?$`, compared number by number: "1.9" is followed by "1.10", never "2.0".
 */

/** How the version moves: `first` keeps a never-approved draft's version (at least 1.0). */
export type VersionStep = 'first' | 'minor' | 'major';

const VERSION = /^(\d+)(?:\.(\d+))?$/;

/**
 * The version after approval, or undefined when `current` is not a version (the schema reports
 * that, and the approval is refused). `first`: "0.3" → "1.0", "1.2" stays; `minor`: "1.2" → "1.3",
 * "1.9" → "1.10", "3" → "3.1"; `major`: "1.2" → "2.0", "3" → "4".
 */
export function nextVersion(current: string, step: VersionStep): string | undefined {
  const m = VERSION.exec(current);
  if (!m) return undefined;
  const major = BigInt(m[1]!);
  const minor = m[2];
  if (step === 'first') return major < 1n ? '1.0' : current;
  if (step === 'major') return minor === undefined ? `${major + 1n}` : `${major + 1n}.0`;
  return `${major}.${minor === undefined ? 1n : BigInt(minor) + 1n}`;
}
