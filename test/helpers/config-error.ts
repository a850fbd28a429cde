/** lsys.yaml tests: BASE_CONFIG without its `regler` block (so a test can add blocks after it), and the one-line error a text gives. */
import { expect } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { BASE_CONFIG } from './repo.js';

export const CONFIG_HEAD = BASE_CONFIG.slice(0, BASE_CONFIG.indexOf('regler:\n'));

/** The config-invalid message of lsys.yaml `text`; fails the test when it parses. */
export function configErrorOf(text: string, lang: 'sv' | 'en' = 'sv'): string {
  try {
    parseConfig(text, '/repo', lang);
  } catch (e) {
    expect((e as { code?: string }).code).toBe('config-invalid');
    return (e as Error).message;
  }
  throw new Error('no error');
}
