/** lsys.yaml `läskvittens` (issue 13): optional, defaults applied, roles and types checked, mapp resolved, formulär a URL. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { CONFIG_HEAD, configErrorOf } from '../helpers/config-error.js';

const head = CONFIG_HEAD;

describe('lsys.yaml läskvittens', () => {
  it('is absent unless written: then nothing about reading applies', () => {
    expect(parseConfig(head, '/repo', 'sv').läskvittens).toBeUndefined();
  });

  it('gets its defaults: data/läskvittenser under the root, 30 days, major, no roles', () => {
    const c = parseConfig(`${head}läskvittens: {}\n`, '/repo', 'sv');
    expect(c.läskvittens).toEqual({
      mapp: '/repo/data/läskvittenser',
      mappText: 'data/läskvittenser',
      dagar: 30,
      vid: 'major',
      läses_av: {},
    });
  });

  it('takes every key as written; an absolute mapp stays, a relative one is resolved against the root', () => {
    const c = parseConfig(
      `${head}läskvittens:\n  mapp: ../hemligt/läskvittens\n  dagar: 14\n  vid: minor\n  läses_av:\n    rutin: [medarbetare, enhetschef]\n    policy: [enhetschef]\n` +
        `  formulär: https://forms.example/x?dokument={id}&version={version}\n`,
      '/repo',
      'sv',
    );
    expect(c.läskvittens).toEqual({
      mapp: '/hemligt/läskvittens',
      mappText: '../hemligt/läskvittens',
      dagar: 14,
      vid: 'minor',
      läses_av: { rutin: ['medarbetare', 'enhetschef'], policy: ['enhetschef'] },
      formulär: 'https://forms.example/x?dokument={id}&version={version}',
    });
    expect(parseConfig(`${head}läskvittens:\n  mapp: /srv/kvittens\n`, '/repo', 'sv').läskvittens?.mapp).toBe('/srv/kvittens');
  });

  it('an unknown role under läses_av is an error at its line, naming the list', () => {
    const text = `${head}läskvittens:\n  läses_av:\n    rutin: [medarbetare, undersköterska]\n`;
    const line = text.split('\n').findIndex((l) => l.includes('undersköterska')) + 1;
    const msg = configErrorOf(text);
    expect(msg).toMatch(
      new RegExp(`^lsys\\.yaml:${line}:\\d+: läskvittens\\.läses_av\\.rutin nämner rollen "undersköterska", som inte finns under roller`),
    );
    expect(configErrorOf(text, 'en')).toContain('läskvittens.läses_av.rutin names the role "undersköterska", which is not under roller');
  });

  it('checks types, values and keys like its siblings', () => {
    expect(configErrorOf(`${head}läskvittens:\n  läses_av:\n    rutiner: [medarbetare]\n`)).toContain('"rutiner"');
    expect(configErrorOf(`${head}läskvittens:\n  dagar: 4000\n`)).toContain('0–3650');
    expect(configErrorOf(`${head}läskvittens:\n  dagar: trettio\n`)).toContain('ska vara ett heltal');
    expect(configErrorOf(`${head}läskvittens:\n  vid: patch\n`)).toContain('major, minor');
    expect(configErrorOf(`${head}läskvittens:\n  dag: 3\n`)).toContain('okänd nyckel "dag"');
    expect(configErrorOf(`${head}läskvittens:\n  mapp: ""\n`)).toContain('får inte vara tomt');
    const url = configErrorOf(`${head}läskvittens:\n  formulär: forms.office.com/r/abc\n`);
    expect(url).toContain('"läskvittens.formulär" är ingen webbadress');
    expect(url).toContain('?dokument={id}&version={version}');
    expect(configErrorOf(`${head}läskvittens:\n  formulär: ftp://x\n`, 'en')).toContain('is not a web address');
  });
});
