/**
 * link/broken: a relative link to a file or heading that does not exist (error). Anchors are
 * made the way GitHub makes them; fragments are compared after percent-decoding and NFC.
 */
import { describe, expect, it } from 'vitest';
import { doc, lineOf, messages, pairs, positions, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { check } from '../../helpers/rule-tester.js';

const RULE = 'link/broken';
const F = 'ledningssystem/ovrigt/RUT-001.md';
const R = 'ledningssystem/rutiner/RUT-003.md';
const TARGET = doc(rutin('RUT-003'), RUTIN_BODY + '\n## Läkemedel & delegering\n\nText.\n\n## Syfte\n\nIgen.\n');

/** A document whose body is `links` (plus the headings it needs), and the target routine. */
function files(links: string): Record<string, string> {
  return {
    [F]: doc(rutin('RUT-001'), `${RUTIN_BODY}\n${links}\n`),
    [R]: TARGET,
    'ledningssystem/bilagor/karta.pdf': 'pdf',
  };
}

async function broken(links: string): Promise<string[]> {
  const f = files(links);
  return pairs(await check(f), RULE);
}

describe(RULE, () => {
  it('accepts links to files and headings that exist, and flags the ones that do not', async () => {
    const body = [
      '[ok](../rutiner/RUT-003.md)',
      '[ok heading](../rutiner/RUT-003.md#genomförande)',
      '[saknas](../rutiner/RUT-999.md)',
      '[fel rubrik](../rutiner/RUT-003.md#genomforande)',
      '![bild](../bilagor/karta.pdf)',
      '![saknad bild](../bilagor/borta.png)',
    ].join('\n\n');
    const f = files(body);
    const diags = await check(f);
    expect(pairs(diags, RULE)).toEqual([`${F}:${lineOf(f[F], 'RUT-999')}`, `${F}:${lineOf(f[F], '#genomforande')}`, `${F}:${lineOf(f[F], 'borta.png')}`]);
    expect(diags.find((d) => d.rule === RULE)?.severity).toBe('error');
  });

  it('points at the link itself (line and column)', async () => {
    const f = files('Se även [rutinen](../rutiner/RUT-999.md).');
    expect(positions(await check(f), RULE)).toEqual([`${F}:${lineOf(f[F], 'Se även')}:9`]);
  });

  it('resolves a percent-encoded Swedish fragment (#genomf%C3%B6rande)', async () => {
    expect(await broken('[a](../rutiner/RUT-003.md#genomf%C3%B6rande)')).toEqual([]);
    expect(await broken('[a](../rutiner/RUT-003.md#genomf%C3%B6randet)')).toHaveLength(1);
  });

  it('compares fragments after NFC normalisation (NFD link, NFC heading, and the reverse)', async () => {
    const nfd = 'genomförande'.normalize('NFD');
    expect(nfd).not.toBe('genomförande');
    expect(await broken(`[a](../rutiner/RUT-003.md#${nfd})`)).toEqual([]);
    expect(await broken(`[a](../rutiner/RUT-003.md#${encodeURIComponent(nfd)})`)).toEqual([]);
    const nfdTarget = doc(rutin('RUT-004'), RUTIN_BODY.normalize('NFD'));
    const diags = await check({ ...files('[a](../rutiner/RUT-004.md#genomförande)'), 'ledningssystem/rutiner/RUT-004.md': nfdTarget });
    expect(pairs(diags, RULE)).toEqual([]);
  });

  it('uses GitHub anchors: punctuation dropped, Swedish letters kept, -1 for a repeat', async () => {
    expect(await broken('[a](../rutiner/RUT-003.md#läkemedel--delegering) [b](../rutiner/RUT-003.md#syfte-1)')).toEqual([]);
    expect(await broken('[a](../rutiner/RUT-003.md#syfte-2)')).toHaveLength(1);
  });

  it('checks fragment-only links against the document itself; a bare # is not checked', async () => {
    const f = files('[upp](#syfte) [tom](#) [fel](#bakgrund)');
    expect(pairs(await check(f), RULE)).toEqual([`${F}:${lineOf(f[F], '[upp]')}`]);
    expect(messages(await check(f), RULE)).toEqual(['Rubriken #bakgrund finns inte i detta dokument']);
  });

  it('ignores external links (https:, mailto:, protocol-relative)', async () => {
    expect(await broken('[a](https://example.invalid/saknas.md#x) [b](mailto:kvalitet@example.invalid) <https://example.invalid> [c](//example.invalid/x)')).toEqual([]);
  });

  it('checks reference definitions and root-relative links', async () => {
    const f = files('[ref]\n\n[ref]: ../rutiner/RUT-999.md\n\n[rot](/ledningssystem/rutiner/RUT-003.md#ansvar)');
    expect(pairs(await check(f), RULE)).toEqual([`${F}:${lineOf(f[F], '[ref]:')}`]);
  });

  it('names the missing target and suggests the heading, in Swedish and English', async () => {
    const f = files('[a](../rutiner/RUT-999.md) [b](../rutiner/RUT-003.md#genomforande)');
    const sv = (await check(f)).filter((d) => d.rule === RULE);
    expect(sv.map((d) => d.message)).toEqual([
      'Länken går till ”../rutiner/RUT-999.md”, som inte finns',
      'Rubriken #genomforande finns inte i ledningssystem/rutiner/RUT-003.md',
    ]);
    expect(sv[1].hint).toBe('Menade du #genomförande?');
    expect(messages(await check(f, { lang: 'en' }), RULE)).toEqual([
      'The link points at “../rutiner/RUT-999.md”, which does not exist',
      'The heading #genomforande does not exist in ledningssystem/rutiner/RUT-003.md',
    ]);
  });
});
