/**
 * Who owns what: the tasks (`uppgifter`) of an ansvarsfördelning with the roles that
 * `ansvarar`, and every place a document makes a role responsible.
 */
import type { LoadedDocument } from '../core/types.js';
import { actionsOf } from './actions.js';
import { arr, obj, str, strings, type Path } from './values.js';

/** One task of an ansvarsfördelning's `uppgifter`. */
export interface TaskFact {
  doc: LoadedDocument;
  /** Where it stands: `['uppgifter', index]`. */
  path: Path;
  index: number;
  /** The task's mapping as written. */
  data: Record<string, unknown>;
  uppgift?: string;
  /** Its `ansvar` mapping (role → ansvarar | utför | deltar | informeras), when it is one. */
  ansvar?: Record<string, unknown>;
  /** The roles that `ansvarar`, in the order written. */
  owners: string[];
  /** Its `sosfs` paragraphs (strings, as written). */
  sosfs: string[];
}

/** The tasks of a document (mappings in `uppgifter`, in order). */
export function tasksOf(doc: LoadedDocument): TaskFact[] {
  const out: TaskFact[] = [];
  for (const [i, u] of arr(doc.data?.uppgifter).entries()) {
    const o = obj(u);
    if (!o) continue;
    const ansvar = obj(o.ansvar);
    out.push({
      doc,
      path: ['uppgifter', i],
      index: i,
      data: o,
      uppgift: str(o.uppgift),
      ansvar,
      owners: Object.entries(ansvar ?? {})
        .filter(([, v]) => v === 'ansvarar')
        .map(([k]) => k),
      sosfs: strings(o.sosfs),
    });
  }
  return out;
}

/** A thing a role is responsible for. */
export interface OwnershipFact {
  /** The role id, as the document writes it. */
  role: string;
  /**
   * What makes the role responsible: the document's `ägare`, its `fastställd_av`, an
   * activity's `ansvarig`, an egenkontroll's `ansvarig`, an åtgärd's `ansvarig`, or a task it `ansvarar` for.
   */
  kind: 'ägare' | 'fastställd_av' | 'aktivitet' | 'egenkontroll' | 'åtgärd' | 'uppgift';
  doc: LoadedDocument;
  /** Where the role is named in the frontmatter. */
  path: Path;
}

/** Everything a document makes a role responsible for, in frontmatter order. */
export function ownershipsOf(doc: LoadedDocument): OwnershipFact[] {
  const d = doc.data;
  const out: OwnershipFact[] = [];
  if (!d) return out;
  const add = (role: unknown, kind: OwnershipFact['kind'], path: Path): void => {
    if (typeof role === 'string' && role !== '') out.push({ role, kind, doc, path });
  };
  add(d.ägare, 'ägare', ['ägare']);
  add(d.fastställd_av, 'fastställd_av', ['fastställd_av']);
  for (const [i, a] of arr(d.aktiviteter).entries()) add(obj(a)?.ansvarig, 'aktivitet', ['aktiviteter', i, 'ansvarig']);
  if (doc.typ === 'egenkontroll') add(d.ansvarig, 'egenkontroll', ['ansvarig']);
  for (const t of tasksOf(doc)) for (const role of t.owners) add(role, 'uppgift', [...t.path, 'ansvar', role]);
  for (const a of actionsOf(doc)) add(a.data.ansvarig, 'åtgärd', [...a.path, 'ansvarig']);
  return out;
}
