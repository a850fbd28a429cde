/** Helpers shared by several checks: reading frontmatter fields safely and finding references. */
import { DOC_TYPES, STYRANDE, type LoadedDocument } from '../core/types.js';

export type Path = Array<string | number>;

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/**
 * Is the document reviewed (styrande)? One whose `typ` is unknown (a typo such as `rutinn`,
 * reported by schema/enum) counts as styrande when it carries `revideras`: the review rules
 * still see a review date that has passed.
 */
export function isStyrande(doc: LoadedDocument): boolean {
  if (doc.typ !== undefined && STYRANDE.has(doc.typ)) return true;
  const known = doc.typ !== undefined && (DOC_TYPES as readonly string[]).includes(doc.typ);
  return !known && doc.data?.revideras !== undefined;
}

export function status(doc: LoadedDocument): string | undefined {
  return str(doc.data?.status);
}

export interface Ref {
  kind: 'document' | 'activity' | 'role' | 'unit';
  value: string;
  path: Path;
  /** The field that makes the reference, e.g. `relaterade` or `aktiviteter.rutiner`. */
  field: string;
}

/** Every åtgärd in a document, with its path. */
export function actions(doc: LoadedDocument): Array<{ action: Record<string, unknown>; path: Path }> {
  const out: Array<{ action: Record<string, unknown>; path: Path }> = [];
  const d = doc.data;
  if (!d) return out;
  for (const [i, r] of arr(d.risker).entries()) {
    for (const [j, a] of arr(obj(r)?.åtgärder).entries()) {
      const o = obj(a);
      if (o) out.push({ action: o, path: ['risker', i, 'åtgärder', j] });
    }
  }
  for (const [i, g] of arr(d.genomförda).entries()) {
    for (const [j, a] of arr(obj(g)?.åtgärder).entries()) {
      const o = obj(a);
      if (o) out.push({ action: o, path: ['genomförda', i, 'åtgärder', j] });
    }
  }
  return out;
}

/** Every reference a document makes to another document, an activity, a role or a unit. */
export function references(doc: LoadedDocument): Ref[] {
  const d = doc.data;
  const refs: Ref[] = [];
  if (!d) return refs;
  const add = (kind: Ref['kind'], v: unknown, path: Path, field: string): void => {
    if (typeof v === 'string' && v !== '') refs.push({ kind, value: v, path, field });
  };
  add('document', d.ersätter, ['ersätter'], 'ersätter');
  for (const [i, v] of arr(d.relaterade).entries()) add('document', v, ['relaterade', i], 'relaterade');
  add('role', d.ägare, ['ägare'], 'ägare');
  add('role', d.fastställd_av, ['fastställd_av'], 'fastställd_av');
  for (const [i, v] of arr(d.gäller_för).entries()) add('unit', v, ['gäller_för', i], 'gäller_för');
  if (doc.typ === 'rutin') {
    add('document', d.process, ['process'], 'process');
    add('activity', d.aktivitet, ['aktivitet'], 'aktivitet');
  }
  for (const [i, a] of arr(d.aktiviteter).entries()) {
    const o = obj(a);
    add('role', o?.ansvarig, ['aktiviteter', i, 'ansvarig'], 'aktiviteter.ansvarig');
    for (const [j, v] of arr(o?.rutiner).entries()) add('document', v, ['aktiviteter', i, 'rutiner', j], 'aktiviteter.rutiner');
  }
  for (const [i, s] of arr(d.samverkan).entries()) {
    for (const [j, v] of arr(obj(s)?.rutiner).entries()) add('document', v, ['samverkan', i, 'rutiner', j], 'samverkan.rutiner');
  }
  for (const [i, u] of arr(d.uppgifter).entries()) {
    for (const role of Object.keys(obj(obj(u)?.ansvar) ?? {})) add('role', role, ['uppgifter', i, 'ansvar', role], 'uppgifter.ansvar');
  }
  if (doc.typ === 'egenkontroll') add('role', d.ansvarig, ['ansvarig'], 'ansvarig');
  for (const { action, path } of actions(doc)) add('role', action.ansvarig, [...path, 'ansvarig'], 'åtgärder.ansvarig');
  return refs;
}
