/** In-memory inputs for the domain model's unit tests: documents, lsys.yaml and a tiny catalogue. */
import { buildCatalog, type Paragraph } from '../../src/core/catalog.js';
import { parseConfig } from '../../src/core/config.js';
import type { Config, LoadedDocument } from '../../src/core/types.js';
import { buildModel, type DomainModel } from '../../src/model/index.js';

export const TODAY = '2026-11-25';

/** A loaded document from its frontmatter (id and typ taken from it when strings). */
export function loaded(
  data: Record<string, unknown> | undefined,
  file = `ledningssystem/${typeof data?.id === 'string' ? data.id : 'x'}.md`,
): LoadedDocument {
  return {
    file,
    absPath: `/repo/${file}`,
    ...(data ? { data } : {}),
    ...(typeof data?.id === 'string' ? { id: data.id } : {}),
    ...(typeof data?.typ === 'string' ? { typ: data.typ } : {}),
    personalNumbers: [],
    slugs: [],
    links: '',
    findings: [],
    positions: { keys: '', at: '' },
  };
}

export const CONFIG_TEXT = `organisation: Test
verksamhetsformer: [sol, hsl]
dokument: ledningssystem
roller:
  - { id: mas, namn: MAS }
  - { id: enhetschef, namn: Enhetschef }
enheter:
  - { id: u1, namn: Enhet 1, verksamhetsformer: [hsl] }
  - { id: u2, namn: Enhet 2 }
revision: { varna_dagar: 30, max_månader: 12 }
risk: { åtgärdsgräns: 8 }
`;

export function config(text = CONFIG_TEXT): Config {
  return parseConfig(text, '/repo', 'sv');
}

const para = (paragraf: string, sektor: Paragraph['sektor'], täckning = true): Paragraph => ({
  paragraf,
  kapitel: Number(paragraf.split(':')[0]),
  sektor,
  krav: `krav ${paragraf}`,
  krav_en: `requirement ${paragraf}`,
  säkerhet: 'V',
  täckning,
});

/** 3:1 for all, 4:1 for hsl, 4:5 for sol, 5:1 for lss, 1:1 not a coverage target. */
const catalog = buildCatalog(
  {
    anmärkning: '',
    paragrafer: [para('1:1', ['alla'], false), para('3:1', ['alla']), para('4:1', ['hsl']), para('4:5', ['sol']), para('5:1', ['lss'])],
  },
  { anmärkning: '', författningar: [] },
);

export function model(documents: LoadedDocument[], opts: { today?: string; config?: Config } = {}): DomainModel {
  return buildModel({ config: opts.config ?? config(), today: opts.today ?? TODAY, catalog, documents });
}
