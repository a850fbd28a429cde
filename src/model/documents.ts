/**
 * Facts of one document on its own: its status, whether it is governing (styrande) and in
 * force, and the references it makes to other documents, activities, roles and units.
 */
import { DOC_TYPES, STYRANDE, type LoadedDocument } from '../core/types.js';
import { arr, obj, str, type Path } from './values.js';
import { actionsOf } from './actions.js';

/** The document's `status` as written (`utkast`, `fastställd`, `upphävd`, or anything else). */
export function status(doc: LoadedDocument): string | undefined {
  return str(doc.data?.status);
}

/** Is the document in force: `fastställd` (approved) and so not `upphävd`? */
export function isInForce(doc: LoadedDocument): boolean {
  return status(doc) === 'fastställd';
}

/** Is `typ` one of the document types FORMAT.md defines? */
export function isKnownType(typ: string | undefined): boolean {
  return typ !== undefined && (DOC_TYPES as readonly string[]).includes(typ);
}

/**
 * Is the document reviewed (styrande)? One whose `typ` is unknown (a typo such as `rutinn`,
 * reported by schema/enum) counts as styrande when it carries `revideras`: the review rules
 * still see a review date that has passed.
 */
export function isStyrande(doc: LoadedDocument): boolean {
  if (doc.typ !== undefined && STYRANDE.has(doc.typ)) return true;
  return !isKnownType(doc.typ) && doc.data?.revideras !== undefined;
}

/** A reference from a document to another document, an activity, a role or a unit. */
export interface Ref {
  kind: 'document' | 'activity' | 'role' | 'unit';
  /** The id referred to, as written. */
  value: string;
  /** Where the reference stands in the frontmatter. */
  path: Path;
  /** The field that makes the reference, e.g. `relaterade` or `aktiviteter.rutiner`. */
  field: string;
}

/** Every reference a document makes to another document, an activity, a role or a unit, in frontmatter order. */
export function referencesOf(doc: LoadedDocument): Ref[] {
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
  for (const [i, v] of arr(d.läses_av).entries()) add('role', v, ['läses_av', i], 'läses_av');
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
  for (const a of actionsOf(doc)) add('role', a.data.ansvarig, [...a.path, 'ansvarig'], 'åtgärder.ansvarig');
  return refs;
}
