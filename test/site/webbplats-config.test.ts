/** lsys.yaml `webbplats`: optional, parsed as written, unknown keys and a URL without http(s) are errors in the user's language. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { CONFIG_HEAD, configErrorOf } from '../helpers/config-error.js';

const head = CONFIG_HEAD;
const errorOf = configErrorOf;

describe('lsys.yaml webbplats', () => {
  it('is optional', () => {
    expect(parseConfig(head, '/repo', 'sv').webbplats).toBeUndefined();
  });

  it('is read as written', () => {
    const c = parseConfig(
      `${head}webbplats:\n  namn: Handboken\n  url: https://intranat.example.se/handbok/\n  kontakt: kvalitet@example.se\n` +
        `  tillgänglighet: { kontakt: a11y@example.se, telefon: 0123-45 67, bedömd: 2026-10-01 }\n`,
      '/repo',
      'sv',
    );
    expect(c.webbplats).toEqual({
      namn: 'Handboken',
      url: 'https://intranat.example.se/handbok/',
      kontakt: 'kvalitet@example.se',
      tillgänglighet: { kontakt: 'a11y@example.se', telefon: '0123-45 67', bedömd: '2026-10-01' },
    });
  });

  it('an unknown key is an error naming the allowed keys, at its line', () => {
    const msg = errorOf(`${head}webbplats:\n  namn: H\n  adress: x\n`);
    expect(msg).toMatch(/^lsys\.yaml:\d+:3: /);
    expect(msg).toContain('"adress"');
    expect(msg).toContain('namn, url, kontakt, tillgänglighet');
    expect(errorOf(`${head}webbplats:\n  tillgänglighet: { epost: x }\n`)).toContain('"epost"');
  });

  it('url must be an http(s) URL; bedömd a real date', () => {
    expect(errorOf(`${head}webbplats:\n  url: intranat/handbok\n`)).toContain('är ingen webbadress: skriv den med http:// eller https://');
    expect(errorOf(`${head}webbplats:\n  url: ftp://x.se/\n`, 'en')).toContain('is not a web address');
    expect(() => parseConfig(`${head}webbplats:\n  url: http://localhost:8080/h/\n`, '/repo', 'sv')).not.toThrow();
    expect(errorOf(`${head}webbplats:\n  tillgänglighet: { bedömd: 2026-02-30 }\n`)).toContain('är inget giltigt datum');
  });
});
