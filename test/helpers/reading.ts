/**
 * A small läskvittens repository in memory (issue 13), shared by the model's and the reading
 * rules' tests: two units, a roster with two bad rows, three routines with readers, documents
 * without, and confirmations of every kind. See test/model/reading.test.ts for its figures.
 */
import { BASE_CONFIG, doc, rutin, RUTIN_BODY } from './repo.js';

/** BASE_CONFIG with a second unit and a läskvittens block (rutin: medarbetare). */
export const READING_CONFIG = BASE_CONFIG.replace(
  'regler:\n',
  '  - { id: norr, namn: Hemtjänsten Norr, verksamhetsformer: [sol] }\nregler:\n',
).concat('läskvittens:\n  dagar: 30\n  läses_av:\n    rutin: [medarbetare]\n');

const ROSTER = [
  'Läsare;Enhet;Roll;Kommentar',
  'P1;solgläntan;medarbetare;',
  'P2;solgläntan;medarbetare;',
  'P3;solgläntan;enhetschef;',
  'P4;norr;medarbetare;',
  'P5;norr;medarbetare;nyanställd',
  'P6;okänd;medarbetare;',
  'P7;norr;;',
  'P2;solgläntan;medarbetare;dubblett',
].join('\n');

const CONFIRMATIONS = [
  'Id,Dokument,Version,Läsare,Datum,Sluttid',
  '1,RUT-001,2.0,P1,2026-09-05 10:15,',
  '2,RUT-001,1.3,P2,2026-01-10,',
  '3,RUT-001,"2,1",P4,2025-12-31T08:00:00,',
  '4,RUT-002,1.0,P4,2026-11-21,',
  '5,RUT-005,1,P3,2025-07-01,',
  '6,RUT-999,1.0,P1,2026-09-05,',
  '7,RUT-001,3.0,P1,2026-09-05,',
  '8,RUT-001,två,P1,2026-09-05,',
  '9,RUT-001,2.1,P5,2026-13-01,',
  '10,RUT-001,2.1,,2026-09-05,',
  '11,RUT-001',
  '12,RUT-001,2.1,P5,2026-12-24,',
].join('\r\n');

const routine = (id: string, extra: Record<string, unknown> = {}): string => doc(rutin(id, { process: undefined, ...extra }), RUTIN_BODY);

/** The documents: RUT-001 2.1 (all units), RUT-002 (norr, own läses_av), RUT-005 (2025, enhetschef), and three without readers. */
const READING_DOCS: Record<string, string> = {
  'ledningssystem/RUT-001.md': routine('RUT-001', { version: '2.1', fastställd: '2026-09-01' }),
  'ledningssystem/RUT-002.md': routine('RUT-002', {
    fastställd: '2026-11-20',
    gäller_för: ['norr'],
    läses_av: ['enhetschef', 'medarbetare'],
  }),
  'ledningssystem/RUT-003.md': routine('RUT-003', { status: 'utkast', fastställd: undefined, fastställd_av: undefined }),
  'ledningssystem/RUT-004.md': routine('RUT-004', { läses_av: [] }),
  'ledningssystem/RUT-005.md': routine('RUT-005', { fastställd: '2025-06-01', revideras: '2026-05-31', läses_av: ['enhetschef'] }),
  'ledningssystem/POL-001.md': doc({
    id: 'POL-001',
    typ: 'policy',
    titel: 'Policy',
    status: 'fastställd',
    version: '1.0',
    ägare: 'förvaltningschef',
    fastställd_av: 'nämnd',
    fastställd: '2026-01-01',
    revideras: '2026-12-31',
  }),
};

export const READING_FILES: Record<string, string> = {
  ...READING_DOCS,
  'data/läskvittenser/personal.csv': ROSTER,
  'data/läskvittenser/bekräftelser-2026.csv': CONFIRMATIONS,
};
