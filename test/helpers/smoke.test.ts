import { describe, expect, it } from 'vitest';
import { doc, makeRepo, rutin, RUTIN_BODY, validate } from './repo.js';

describe('test helpers', () => {
  it('a valid rutin in a process gives no findings', async () => {
    const repo = makeRepo({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY),
      'ledningssystem/PRO-001.md': doc(
        {
          id: 'PRO-001',
          typ: 'process',
          titel: 'Process',
          status: 'fastställd',
          version: '1.0',
          ägare: 'enhetschef',
          fastställd_av: 'nämnd',
          fastställd: '2026-09-01',
          revideras: '2027-08-31',
          aktiviteter: [{ id: 'A1', namn: 'Steg', ansvarig: 'enhetschef', rutiner: ['RUT-001'] }],
        },
        '# P\n\n## Syfte\n\nText.\n\n## Omfattning\n\nText.\n',
      ),
    });
    try {
      expect(await validate(repo.root)).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});
