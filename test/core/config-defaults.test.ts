/** lsys.yaml `defaults` and `årshjul` (issue 11): optional, role ids checked, MM-DD checked, defaults applied. */
import { describe, expect, it } from 'vitest';
import { parseConfig, roleDefault } from '../../src/core/config.js';
import { CONFIG_HEAD, configErrorOf } from '../helpers/config-error.js';

const head = CONFIG_HEAD;
const errorOf = configErrorOf;

describe('lsys.yaml defaults and årshjul', () => {
  it('are optional, with the documented defaults', () => {
    const c = parseConfig(head, '/repo', 'sv');
    expect(c.defaults).toEqual({ typer: {} });
    expect(c.årshjul).toEqual({ kvalitetsberättelse: '03-01', ansvarig: c.roller[0]!.id, påminnelse_dagar: 14 });
    expect(roleDefault(c, 'rutin', 'ägare')).toBeUndefined();
  });

  it('a type entry wins over the one for all types', () => {
    const c = parseConfig(
      `${head}defaults:\n  ägare: enhetschef\n  fastställd_av: mas\n  typer:\n    policy: { fastställd_av: nämnd }\n` +
        `årshjul:\n  kvalitetsberättelse: "02-15"\n  ansvarig: mas\n  påminnelse_dagar: 7\n`,
      '/repo',
      'sv',
    );
    expect(roleDefault(c, 'policy', 'fastställd_av')).toBe('nämnd');
    expect(roleDefault(c, 'policy', 'ägare')).toBe('enhetschef');
    expect(roleDefault(c, 'rutin', 'fastställd_av')).toBe('mas');
    expect(c.årshjul).toEqual({ kvalitetsberättelse: '02-15', ansvarig: 'mas', påminnelse_dagar: 7 });
  });

  it('an unknown role is an error at its line, in the user language', () => {
    const msg = errorOf(`${head}defaults:\n  typer:\n    rutin: { ägare: chef }\n`);
    expect(msg).toMatch(/^lsys\.yaml:\d+:\d+: defaults\.typer\.rutin\.ägare nämner rollen "chef", som inte finns under roller/);
    expect(errorOf(`${head}årshjul:\n  ansvarig: vd\n`, 'en')).toContain('årshjul.ansvarig names the role "vd", which is not under roller');
  });

  it('the kvalitetsberättelse day must be a real MM-DD; unknown types and keys are errors', () => {
    expect(errorOf(`${head}årshjul:\n  kvalitetsberättelse: "02-30"\n`)).toContain('ska vara en dag i året skriven MM-DD');
    expect(errorOf(`${head}årshjul:\n  kvalitetsberättelse: 2027-03-01\n`, 'en')).toContain('must be a day of the year written MM-DD');
    expect(() => parseConfig(`${head}årshjul:\n  kvalitetsberättelse: "02-28"\n`, '/repo', 'sv')).not.toThrow();
    expect(errorOf(`${head}defaults:\n  typer:\n    rutiner: { ägare: mas }\n`)).toContain('rutiner');
    expect(errorOf(`${head}årshjul:\n  påminnelse: 3\n`)).toContain('"påminnelse"');
    expect(errorOf(`${head}årshjul:\n  påminnelse_dagar: 400\n`)).toContain('0–365');
  });
});
