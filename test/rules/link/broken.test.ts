/**
 * link/broken: a relative link to a file or heading that does not exist (error). Anchors are
 * made the way GitHub makes them; fragments are compared after percent-decoding and NFC.
 */
import { describe, expect, it } from 'vitest';
import { doc, rutin, RUTIN_BODY } from '../../helpers/repo.js';
import { at, ruleTester, type InvalidCase, type RuleCase } from '../../helpers/rule-tester.js';

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
/** The links are fine. */
const fine = (name: string, links: string): RuleCase => ({ name, files: files(links) });
/** One finding, on the line of `needle`. */
const one = (name: string, links: string, needle: string): InvalidCase => {
  const f = files(links);
  return { name, files: f, errors: [{ file: F, line: at(f[F]!, needle).line }] };
};

const mixed = files(
  [
    '[ok](../rutiner/RUT-003.md)',
    '[ok heading](../rutiner/RUT-003.md#genomförande)',
    '[saknas](../rutiner/RUT-999.md)',
    '[fel rubrik](../rutiner/RUT-003.md#genomforande)',
    '![bild](../bilagor/karta.pdf)',
    '![saknad bild](../bilagor/borta.png)',
  ].join('\n\n'),
);
const nfd = 'genomförande'.normalize('NFD');
const two = files('[a](../rutiner/RUT-999.md) [b](../rutiner/RUT-003.md#genomforande)');
const twoLine = at(two[F]!, '[a]').line;
const selfLinks = files('[upp](#syfte) [tom](#) [fel](#bakgrund)');

ruleTester(RULE, {
  valid: [
    fine('resolves a percent-encoded Swedish fragment (#genomf%C3%B6rande)', '[a](../rutiner/RUT-003.md#genomf%C3%B6rande)'),
    fine('compares fragments after NFC normalisation (NFD link)', `[a](../rutiner/RUT-003.md#${nfd})`),
    fine('compares fragments after NFC normalisation (percent-encoded NFD link)', `[a](../rutiner/RUT-003.md#${encodeURIComponent(nfd)})`),
    {
      name: 'compares fragments after NFC normalisation (NFC link, NFD heading)',
      files: {
        ...files('[a](../rutiner/RUT-004.md#genomförande)'),
        'ledningssystem/rutiner/RUT-004.md': doc(rutin('RUT-004'), RUTIN_BODY.normalize('NFD')),
      },
    },
    fine(
      'uses GitHub anchors: punctuation dropped, Swedish letters kept, -1 for a repeat',
      '[a](../rutiner/RUT-003.md#läkemedel--delegering) [b](../rutiner/RUT-003.md#syfte-1)',
    ),
    fine(
      'ignores external links (https:, mailto:, protocol-relative)',
      '[a](https://example.invalid/saknas.md#x) [b](mailto:kvalitet@example.invalid) <https://example.invalid> [c](//example.invalid/x)',
    ),
  ],
  invalid: [
    {
      name: 'accepts links to files and headings that exist, and flags the ones that do not',
      files: mixed,
      errors: [
        { file: F, line: at(mixed[F]!, 'RUT-999').line, severity: 'error' },
        { file: F, line: at(mixed[F]!, '#genomforande').line },
        { file: F, line: at(mixed[F]!, 'borta.png').line },
      ],
    },
    (() => {
      const f = files('Se även [rutinen](../rutiner/RUT-999.md).');
      return {
        name: 'points at the link itself (line and column)',
        files: f,
        errors: [{ file: F, line: at(f[F]!, 'Se även').line, column: 9 }],
      };
    })(),
    one('a percent-encoded fragment that does not exist (#genomf%C3%B6randet)', '[a](../rutiner/RUT-003.md#genomf%C3%B6randet)', '[a]'),
    one('uses GitHub anchors: no third Syfte (#syfte-2)', '[a](../rutiner/RUT-003.md#syfte-2)', '[a]'),
    {
      name: 'checks fragment-only links against the document itself; a bare # is not checked',
      files: selfLinks,
      errors: [{ file: F, line: at(selfLinks[F]!, '[upp]').line, message: 'Rubriken #bakgrund finns inte i detta dokument' }],
    },
    one(
      'checks reference definitions and root-relative links',
      '[ref]\n\n[ref]: ../rutiner/RUT-999.md\n\n[rot](/ledningssystem/rutiner/RUT-003.md#ansvar)',
      '[ref]:',
    ),
    {
      name: 'names the missing target and suggests the heading, in Swedish',
      files: two,
      errors: [
        { file: F, line: twoLine, message: 'Länken går till ”../rutiner/RUT-999.md”, som inte finns' },
        {
          file: F,
          line: twoLine,
          message: 'Rubriken #genomforande finns inte i ledningssystem/rutiner/RUT-003.md',
          hint: 'Menade du #genomförande?',
        },
      ],
    },
    {
      name: 'names the missing target and the heading in English',
      files: two,
      options: { lang: 'en' },
      errors: [
        { file: F, line: twoLine, message: 'The link points at “../rutiner/RUT-999.md”, which does not exist' },
        { file: F, line: twoLine, message: 'The heading #genomforande does not exist in ledningssystem/rutiner/RUT-003.md' },
      ],
    },
  ],
});

describe(RULE, () => {
  it('the NFD spelling differs from the NFC one (so the NFC cases say something)', () => {
    expect(nfd).not.toBe('genomförande');
  });
});

// A target without headings, and a fragment into a file that is not a document.
const plain = doc(rutin('RUT-002'), 'Bara text.\n');
const linking = doc(rutin('RUT-001'), RUTIN_BODY + '\n[Se](RUT-002.md#nagot) och [läs mig](../README.md#intro).\n');
ruleTester(RULE, {
  valid: [
    {
      name: 'a fragment into a file that is not a document (a README) is not checked',
      files: {
        'ledningssystem/RUT-001.md': doc(rutin('RUT-001'), RUTIN_BODY + '\n[Läs mig](../README.md#finns-inte)\n'),
        'README.md': '# Hej\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a heading in a document that has none: (inga)',
      files: { 'ledningssystem/RUT-001.md': linking, 'ledningssystem/RUT-002.md': plain, 'README.md': '# Hej\n' },
      errors: [
        {
          file: 'ledningssystem/RUT-001.md',
          ...at(linking, '[Se]'),
          message: 'Rubriken #nagot finns inte i ledningssystem/RUT-002.md',
          hint: 'Rubrikerna där: (inga).',
        },
      ],
    },
  ],
});
