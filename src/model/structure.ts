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
export function activitiesOf(process: LoadedDocument, naming?: (processId: string, activityId: string) => LoadedDocument[]): ActivityFact[] {
  const out: ActivityFact[] = [];
  for (const [i, a] of arr(process.data?.aktiviteter).entries()) {
    const o = obj(a);
    if (!o) continue;
    const id = str(o.id);
    const namn = str(o.namn);
    const ansvarig = str(o.ansvarig);
    out.push({
      process,
      path: ['aktiviteter', i],
      index: i,
      data: o,
      ...(id === undefined ? {} : { id }),
      ...(namn === undefined ? {} : { namn }),
      ...(ansvarig === undefined ? {} : { ansvarig }),
      rutiner: strings(o.rutiner),
      namedBy: process.id !== undefined && id !== undefined && naming ? naming(process.id, id) : [],
    });
  }
  return out;
}

/** The ids of a process's activities (non-empty strings). */
export function activityIds(process: LoadedDocument): Set<string> {
  return new Set(arr(process.data?.aktiviteter).map((a) => str(obj(a)?.id)).filter((x): x is string => !!x));
}

/** The structure of a repository's documents. */
export interface Structure {
  /** Every process document with readable frontmatter, in document order (any status). */
  processes: ProcessFact[];
  /** Routine ids listed by an activity of a process that is not upphävd. */
  listedRoutines: ReadonlySet<string>;
  /** Fastställda routines with an id that name no `process` and that no activity of a process in force lists. */
  orphanRoutines: LoadedDocument[];
}

/** Build the structure in one pass over the documents. */
export function structureOf(documents: readonly LoadedDocument[]): Structure {
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
  const listedRoutines = new Set<string>();
  for (const d of documents) {
    if (d.typ !== 'process' || !d.data) continue;
    const activities = activitiesOf(d, named);
    processes.push({ doc: d, activities });
    if (status(d) === 'upphävd') continue;
    for (const a of activities) for (const r of a.rutiner) listedRoutines.add(r);
  }
  const orphanRoutines = documents.filter(
    (d) => d.typ === 'rutin' && status(d) === 'fastställd' && !!d.id && !str(d.data?.process) && !listedRoutines.has(d.id),
  );
  return { processes, listedRoutines, orphanRoutines };
}
