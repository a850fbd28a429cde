/** The model's document facts: status, in force, styrande, indexes, successors, hidden ids, references. */
import { describe, expect, it } from 'vitest';
import { buildModel, isKnownType, isStyrande, referencesOf, status } from '../../src/model/index.js';
import { loaded, model } from './helpers.js';

describe('document facts', () => {
  it('reads status, in force and whether a document is styrande', () => {
    const p = loaded({ id: 'POL-1', typ: 'policy', status: 'fastställd' });
    const ra = loaded({ id: 'RA-1', typ: 'riskanalys', status: 'fastställd', revideras: '2027-01-01' });
    const typo = loaded({ id: 'X-1', typ: 'rutinn', status: 'utkast', revideras: '2027-01-01' });
    const typoNoReview = loaded({ id: 'X-2', typ: 'rutinn' });
    const none = loaded(undefined, 'ledningssystem/broken.md');
    expect(status(p)).toBe('fastställd');
    expect(status(none)).toBeUndefined();
    expect([p, ra, typo, typoNoReview, none].map(isStyrande)).toEqual([true, false, true, false, false]);
    expect(isKnownType('rutin')).toBe(true);
    expect(isKnownType('rutinn')).toBe(false);
    expect(isKnownType(undefined)).toBe(false);
    const m = model([p, ra, typo, typoNoReview, none]);
    expect(m.isInForce(p)).toBe(true);
    expect(m.isInForce(typo)).toBe(false);
    expect(m.inForce).toEqual([p, ra]);
    expect(m.byStatus('utkast')).toEqual([typo]);
    expect(m.byStatus('upphävd')).toEqual([]);
    expect(m.byType('riskanalys')).toEqual([ra]);
    expect(m.byType('process')).toEqual([]);
  });

  it('indexes ids (duplicates kept in document order) and uses the run’s index when given', () => {
    const a = loaded({ id: 'RUT-1', typ: 'rutin' }, 'a.md');
    const b = loaded({ id: 'RUT-1', typ: 'rutin' }, 'b.md');
    const noId = loaded({ typ: 'rutin' }, 'c.md');
    const m = model([a, b, noId]);
    expect(m.byId('RUT-1')).toBe(a);
    expect(m.idIndex.get('RUT-1')).toEqual([a, b]);
    expect(m.byId('RUT-9')).toBeUndefined();
    expect(m.idIndex).toBe(m.idIndex);
  });

  it('finds the successor: the first document not upphävd whose ersätter names the id', () => {
    const old = loaded({ id: 'RUT-1', typ: 'rutin', status: 'upphävd' });
    const withdrawnToo = loaded({ id: 'RUT-2', typ: 'rutin', status: 'upphävd', ersätter: 'RUT-1' });
    const next = loaded({ id: 'RUT-3', typ: 'rutin', status: 'fastställd', ersätter: 'RUT-1' });
    const later = loaded({ id: 'RUT-4', typ: 'rutin', status: 'utkast', ersätter: 'RUT-1' });
    const m = model([old, withdrawnToo, next, later]);
    expect(m.successorOf('RUT-1')).toBe(next);
    expect(m.successorOf('RUT-3')).toBeUndefined();
  });

  it('groups ids written with invisible characters by the id without them', () => {
    const hidden = loaded({ id: 'RUT\u200B-1', typ: 'rutin' });
    const hidden2 = loaded({ id: 'RUT-1\u00AD', typ: 'rutin' });
    const plain = loaded({ id: 'RUT-2', typ: 'rutin' });
    const m = model([hidden, hidden2, plain]);
    expect(m.hiddenIds.get('RUT-1')).toEqual([hidden, hidden2]);
    expect(m.hiddenIds.has('RUT-2')).toBe(false);
  });

  it('lists every reference with its path and field, and caches them per document', () => {
    const r = loaded({
      id: 'RUT-1',
      typ: 'rutin',
      ersätter: 'RUT-0',
      relaterade: ['POL-1', 7, ''],
      ägare: 'mas',
      fastställd_av: 'enhetschef',
      gäller_för: ['u1'],
      läses_av: ['enhetschef'],
      process: 'PRO-1',
      aktivitet: 'A1',
    });
    expect(referencesOf(r).map((x) => `${x.kind}:${x.value}@${x.path.join('.')}:${x.field}`)).toEqual([
      'document:RUT-0@ersätter:ersätter',
      'document:POL-1@relaterade.0:relaterade',
      'role:mas@ägare:ägare',
      'role:enhetschef@fastställd_av:fastställd_av',
      'unit:u1@gäller_för.0:gäller_för',
      'role:enhetschef@läses_av.0:läses_av',
      'document:PRO-1@process:process',
      'activity:A1@aktivitet:aktivitet',
    ]);
    const p = loaded({
      id: 'PRO-1',
      typ: 'process',
      process: 'ignored',
      aktiviteter: [{ id: 'A1', ansvarig: 'mas', rutiner: ['RUT-1'] }, 'x'],
      samverkan: [{ med: 'Region', rutiner: ['RUT-2'] }],
    });
    expect(referencesOf(p).map((x) => `${x.kind}:${x.value}@${x.path.join('.')}`)).toEqual([
      'role:mas@aktiviteter.0.ansvarig',
      'document:RUT-1@aktiviteter.0.rutiner.0',
      'document:RUT-2@samverkan.0.rutiner.0',
    ]);
    const a = loaded({
      id: 'ANS-1',
      typ: 'ansvarsfördelning',
      uppgifter: [{ uppgift: 'U', ansvar: { mas: 'ansvarar', enhetschef: 'utför' } }],
    });
    expect(referencesOf(a).map((x) => `${x.value}@${x.field}`)).toEqual(['mas@uppgifter.ansvar', 'enhetschef@uppgifter.ansvar']);
    const ek = loaded({
      id: 'EK-1',
      typ: 'egenkontroll',
      ansvarig: 'mas',
      genomförda: [{ datum: '2026-01-01', åtgärder: [{ ansvarig: 'enhetschef' }] }],
    });
    expect(referencesOf(ek).map((x) => `${x.value}@${x.path.join('.')}`)).toEqual([
      'mas@ansvarig',
      'enhetschef@genomförda.0.åtgärder.0.ansvarig',
    ]);
    expect(referencesOf(loaded(undefined))).toEqual([]);
    const m = model([r]);
    expect(m.referencesOf(r)).toEqual(referencesOf(r));
  });

  it('gives a document’s git changes, and none without git', () => {
    const d = loaded({ id: 'RUT-1', typ: 'rutin' }, 'r.md');
    const change = { commit: 'abc', date: '2026-01-01', status: 'M', oldBlob: '1', newBlob: '2' };
    const m = model([d]);
    expect(m.commitsOf(d)).toEqual([]);
    const g = buildModel({
      config: m.config,
      today: m.today,
      catalog: m.catalog,
      documents: [d],
      git: { changes: new Map([['r.md', [change]]]), subjects: new Map(), readBlobs: async () => new Map() },
    });
    expect(g.commitsOf(d)).toEqual([change]);
  });
});
