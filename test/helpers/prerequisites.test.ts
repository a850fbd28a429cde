/** Missing prerequisites skip with the reason printed, except under CI=true, where they fail. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inCi, skipTestWithout, skipWithout } from './prerequisites.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('prerequisites', () => {
  it('knows CI by CI=true (or CI=1), not by any other value', () => {
    expect(inCi({ CI: 'true' })).toBe(true);
    expect(inCi({ CI: '1' })).toBe(true);
    expect(inCi({})).toBe(false);
    expect(inCi({ CI: 'false' })).toBe(false);
    expect(inCi({ CI: '' })).toBe(false);
  });

  it('runs the tests when the prerequisite is there, in CI or not', () => {
    expect(skipWithout('browser tests', undefined, { CI: 'true' })).toBe(false);
    expect(skipWithout('browser tests', undefined, {})).toBe(false);
    const ctx = { skip: vi.fn() };
    skipTestWithout(ctx, 'CLI.md rule table', undefined, { CI: 'true' });
    expect(ctx.skip).not.toHaveBeenCalled();
  });

  it('outside CI skips with the reason printed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(skipWithout('browser tests', 'no Chromium found', {})).toBe(true);
    expect(warn).toHaveBeenCalledWith('[browser tests skipped] no Chromium found');
    const ctx = { skip: vi.fn() };
    skipTestWithout(ctx, 'CLI.md rule table', 'CLI.md not found at /x', { CI: 'false' });
    expect(ctx.skip).toHaveBeenCalledWith('CLI.md rule table: CLI.md not found at /x');
    expect(warn).toHaveBeenLastCalledWith('[CLI.md rule table skipped] CLI.md not found at /x');
  });

  it('under CI=true fails instead of skipping, saying what is missing and why', () => {
    expect(() => skipWithout('browser tests', 'no Chromium found', { CI: 'true' })).toThrow(
      'browser tests: no Chromium found (CI=true: a missing prerequisite fails the run instead of skipping)',
    );
    const ctx = { skip: vi.fn() };
    expect(() => skipTestWithout(ctx, 'CLI.md rule table', 'CLI.md not found at /x', { CI: 'true' })).toThrow(
      /CLI\.md not found at \/x \(CI=true/,
    );
    expect(ctx.skip).not.toHaveBeenCalled();
  });
});
