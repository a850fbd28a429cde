/** Section 2, Ledningssystemets struktur: process → activity → routine, and documents by typ and status. */
import { DOC_TYPES } from '../../core/types.js';
import { status } from '../../model/index.js';
import type { ProcessInfo, TypeCount } from '../types.js';
import { cmp, type SectionContext } from './context.js';

/** The processes in force with their activities and routines, as the model's structure has them. */
export function processSection(c: SectionContext): ProcessInfo[] {
  const taking = new Set(c.docs);
  return c.model.structure.processes
    .filter((p) => taking.has(p.doc) && c.active(p.doc))
    .sort((a, b) => cmp(a.doc.id!, b.doc.id!))
    .map((p) => ({
      document: c.ref(p.doc),
      activities: p.activities.map((a) => {
        // A routine belongs to an activity when the activity lists it or the routine names it.
        const listed = c.refsOf(a.rutiner);
        const listedIds = new Set(listed.map((l) => l.id));
        const named = a.namedBy.filter((r) => taking.has(r) && !listedIds.has(r.id!)).map(c.ref);
        return { id: a.id ?? '', namn: a.namn ?? '', ansvarig: c.role(a.ansvarig), rutiner: [...listed, ...named] };
      }),
    }));
}

export function countSection(c: SectionContext): TypeCount[] {
  const taking = new Set(c.docs);
  return DOC_TYPES.map((typ) => {
    const of = c.model.byType(typ).filter((d) => taking.has(d));
    const n = (s: string) => of.filter((d) => status(d) === s).length;
    return { typ, utkast: n('utkast'), fastställd: n('fastställd'), upphävd: n('upphävd'), total: of.length };
  }).filter((t) => t.total > 0);
}
