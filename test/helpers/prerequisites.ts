/**
 * Tests that need something outside the repository (headless Chromium, the specification in
 * ../shared/spec/) skip with the reason printed on a developer's machine, but under `CI=true`
 * a missing prerequisite fails the run: a CI run that silently skipped its browser tests
 * would pass without having checked what a reader sees.
 */

/** True when the tests run in CI (`CI=true`, or `CI=1` as some runners set it). */
export function inCi(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI === 'true' || env.CI === '1';
}

/** The error a missing prerequisite gives under CI=true. */
function missing(what: string, reason: string): Error {
  return new Error(`${what}: ${reason} (CI=true: a missing prerequisite fails the run instead of skipping)`);
}

/**
 * Whether the tests that need `what` are skipped, for `describe.skipIf`: false when `reason`
 * is undefined (the prerequisite is there); otherwise true with the reason printed, or, under
 * CI=true, an error (thrown while the test file is collected, so the file and the run fail).
 */
export function skipWithout(what: string, reason: string | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (reason === undefined) return false;
  if (inCi(env)) throw missing(what, reason);
  console.warn(`[${what} skipped] ${reason}`);
  return true;
}

/**
 * Inside one test: skip it with the reason when `reason` is defined, or fail it under CI=true.
 * Returns normally only when the prerequisite is there.
 */
export function skipTestWithout(
  ctx: { skip: (note?: string) => void },
  what: string,
  reason: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): void {
  if (reason === undefined) return;
  if (inCi(env)) throw missing(what, reason);
  console.warn(`[${what} skipped] ${reason}`);
  ctx.skip(`${what}: ${reason}`);
}
