import { describe, expect, it } from 'vitest';
import { nextVersion } from '../../src/author/version.js';

describe('nextVersion', () => {
  it.each([
    ['0.3', 'first', '1.0'],
    ['0', 'first', '1.0'],
    ['1.2', 'first', '1.2'],
    ['3', 'first', '3'],
    ['1.2', 'minor', '1.3'],
    ['1.9', 'minor', '1.10'],
    ['1.10', 'minor', '1.11'],
    ['3', 'minor', '3.1'],
    ['0.3', 'minor', '0.4'],
    ['1.2', 'major', '2.0'],
    ['1.10', 'major', '2.0'],
    ['3', 'major', '4'],
    ['99999999999999999999.1', 'minor', '99999999999999999999.2'],
  ] as const)('%s (%s) → %s', (current, step, next) => {
    expect(nextVersion(current, step)).toBe(next);
  });

  it('gives nothing for a value that is not a version', () => {
    expect(nextVersion('1.2.3', 'minor')).toBeUndefined();
    expect(nextVersion('v2', 'major')).toBeUndefined();
    expect(nextVersion('', 'first')).toBeUndefined();
  });
});
