/**
 * The structure process → activity → routine (4:2–4:4): a routine belongs to an activity
 * when the activity lists it in `rutiner` or the routine names the process and activity.
 */
import type { LoadedDocument } from '../core/types.js';
import { status } from './documents.js';
import { arr, obj, str, strings, type Path } from './values.js';

/** One activity of a process's `aktiviteter`. */
export interface ActivityFact {
  process: LoadedDocument;
  /** Where it stands: `['aktiviteter', index]`. */
  path: Path;
  index: number;
  /** The activity's mapping as written. */
  data: Record<string, unknown>;
  id?: string;
  namn?: string;
  ansvarig?: string;
  /** The routine ids the activity lists in `rutiner`, as written. */
  rutiner: string[];
  /**
   * Routines (not upphävd) that name this process and activity in `process` and `aktivitet`,
   * in document order; those the activity also lists included.
   */
  namedBy: LoadedDocument[];
}

/** A process with its activities. */
export interface ProcessFact {
  doc: LoadedDocument;
  activities: ActivityFact[];
}

/** The activities of a process document (mappings in `aktiviteter`, in order); `naming` gives the routines that name one. */
export function activitiesOf(
  process: LoadedDocument,
  naming?: (processId: string, activityId: string) => LoadedDocument[],
): ActivityFact[] {
  const out: ActivityFact[] = [];
  for (const [i, a] of arr(process.data?.aktiviteter).entries()) {
    const o = obj(a);
    if (!o) continue;
    const id = str(o.id);
    out.push({
      process,
      path: ['aktiviteter', i],
      index: i,
      data: o,
      id,
      namn: str(o.namn),
      ansvarig: str(o.ansvarig),
      rutiner: strings(o.rutiner),
      namedBy: process.id !== undefined && id !== undefined && naming ? naming(process.id, id) : [],
    });
  }
  return out;
}

/** The ids of a process's activities (non-empty strings). */
export function activityIds(process: LoadedDocument): Set<string> {
  return new Set(
    arr(process.data?.aktiviteter)
      .map((a) => str(obj(a)?.id))
      .filter((x): x is string => !!x),
  );
}

/** The structure of a repository's documents. */
export interface Structure {
  /** Every process document with readable frontmatter, in document order (any status). */
  processes: readonly ProcessFact[];
  /** Routine ids listed by an activity of a process that is not upphävd. */
  listedRoutines: ReadonlySet<string>;
  /** Fastställda routines with an id that name no `process` and that no activity of a process in force lists. */
  orphanRoutines: readonly LoadedDocument[];
}

/** Build the structure in one pass over the documents. */
export function structureOf(documents: readonly LoadedDocument[]): Structure {
  const processes = processesOf(documents);
  const { listedRoutines, orphanRoutines } = orphansOf(documents);
  return { processes, listedRoutines, orphanRoutines };
}

/** Every process document with readable frontmatter and its activities, with the routines that name each. */
export function processesOf(documents: readonly LoadedDocument[]): ProcessFact[] {
  const naming = new Map<string, LoadedDocument[]>();
  for (const r of documents) {
    if (r.typ !== 'rutin' || !r.data || status(r) === 'upphävd') continue;
    const p = r.data.process;
    const a = r.data.aktivitet;
    if (typeof p !== 'string' || typeof a !== 'string') continue;
    const key = `${p}\u0000${a}`;
    const list = naming.get(key);
    if (list) list.push(r);
    else naming.set(key, [r]);
  }
  const named = (p: string, a: string): LoadedDocument[] => naming.get(`${p}\u0000${a}`) ?? [];
  const processes: ProcessFact[] = [];
  for (const d of documents) if (d.typ === 'process' && d.data) processes.push({ doc: d, activities: activitiesOf(d, named) });
  return processes;
}

/** The routine ids listed by the activities of processes not upphävd, and the fastställda routines that belong to no process. */
export function orphansOf(documents: readonly LoadedDocument[]): Pick<Structure, 'listedRoutines' | 'orphanRoutines'> {
  const listedRoutines = new Set<string>();
  for (const d of documents) {
    if (d.typ !== 'process' || status(d) === 'upphävd') continue;
    for (const a of arr(d.data?.aktiviteter)) for (const r of arr(obj(a)?.rutiner)) if (typeof r === 'string') listedRoutines.add(r);
  }
  const orphanRoutines = documents.filter(
    (d) => d.typ === 'rutin' && status(d) === 'fastställd' && !!d.id && !str(d.data?.process) && !listedRoutines.has(d.id),
  );
  return { listedRoutines, orphanRoutines };
}
