/** Counts in messages are inflected: "1 varning", never "1 varningar" (and "1 warning" in English). */
import { afterAll, describe, expect, it } from 'vitest';
import { check, config, doc, makeRepo, processDoc, PROCESS_BODY, rutin, RUTIN_BODY, TODAY } from './helpers/repo.js';
import { runCli } from './helpers/cli.js';

const repo = makeRepo({
  'ledningssystem/PRO-001.md': doc(
    processDoc('PRO-001', { aktiviteter: [{ id: 'A1', namn: 'Ta emot', ansvarig: 'enhetschef', rutiner: ['RUT-001', 'RUT-002'] }] }),
    PROCESS_BODY,
  ),
  // One error (overdue review) and one warning (due soon).
  'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { fastställd: '2025-01-10', revideras: '2025-12-31' }), RUTIN_BODY),
  'ledningssystem/RUT-002.md': doc(rutin('RUT-002', { fastställd: '2026-01-10', revideras: '2026-12-20' }), RUTIN_BODY),
});
afterAll(() => repo.cleanup());

describe('counts in words', () => {
  it('lsys report says "1 fel och 1 varning" / "1 error and 1 warning"', async () => {
    const args = ['report', '--cwd', repo.root, '--today', TODAY, '--no-git', '--no-cache', '--format', 'md', '--year', '2026', '--force'];
    const sv = await runCli(args);
    expect(sv.stderr).toBe('');
    expect(sv.stdout).toContain('Ledningssystemet har 1 fel och 1 varning; de sammanfattas i bilagan.');
    const en = await runCli([...args, '--lang', 'en']);
    expect(en.stdout).toContain('The system has 1 error and 1 warning; they are summarised in the appendix.');
  });

  it('review/interval with max_månader 1 says "1 månad" / "1 month"', async () => {
    const files = { 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { process: undefined }), RUTIN_BODY) };
    const cfg = config('revision:\n  max_månader: 1\n');
    const sv = (await check(files, {}, cfg)).find((d) => d.rule === 'review/interval');
    expect(sv?.message).toMatch(/ligger mer än 1 månad efter fastställelsen/);
    const en = (await check(files, { lang: 'en' }, cfg)).find((d) => d.rule === 'review/interval');
    expect(en?.message).toMatch(/is more than 1 month after approval/);
  });

  it('schema/minItems says "minst 1 post" / "at least 1 item"', async () => {
    const files = { 'ledningssystem/PRO-001.md': doc(processDoc('PRO-001', { aktiviteter: [] }), PROCESS_BODY) };
    const sv = (await check(files)).find((d) => d.rule === 'schema/minItems');
    expect(sv?.message).toBe('”aktiviteter” ska ha minst 1 post');
    const en = (await check(files, { lang: 'en' })).find((d) => d.rule === 'schema/minItems');
    expect(en?.message).toBe('“aktiviteter” must have at least 1 item');
  });
});
