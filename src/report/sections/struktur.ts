/** Section 2, Ledningssystemets struktur: process → activity → routine, and documents by typ and status. */
import { DOC_TYPES } from '../../core/types.js';
import { arr, obj, str } from '../../rules/util.js';
import type { DocRef, ProcessInfo, TypeCount } from '../types.js';
import type { SectionContext } from './context.js';

export function processSection(c: SectionContext): ProcessInfo[] {
  // Routines that name their process and activity, by "process|activity" (one pass over all documents).
  const naming = new Map<string, DocRef[]>();
  for (const r of c.docs) {
    if (r.typ !== 'rutin' || !c.active(r) || typeof r.data!.process !== 'string' || typeof r.data!.aktivitet !== 'string') continue;
    const key = `${r.data!.process}|${r.data!.aktivitet}`;
    const list = naming.get(key);
    if (list) list.push(c.ref(r));
    else naming.set(key, [c.ref(r)]);
  }
  return c.ofType('process')
    .filter(c.active)
    .map((d) => ({
      document: c.ref(d),
      activities: arr(d.data!.aktiviteter).map((a) => {
        const o = obj(a) ?? {};
        const id = str(o.id) ?? '';
        // A routine belongs to an activity when the activity lists it or the routine names it.
        const listed = c.refsOf(o.rutiner);
        const listedIds = new Set(listed.map((l) => l.id));
        const named = (naming.get(`${d.id}|${id}`) ?? []).filter((r) => !listedIds.has(r.id));
        return { id, namn: str(o.namn) ?? '', ansvarig: c.role(o.ansvarig), rutiner: [...listed, ...named] };
      }),
    }));
}

export function countSection(c: SectionContext): TypeCount[] {
  return DOC_TYPES.map((typ) => {
    const of = c.docs.filter((d) => d.typ === typ);
    const n = (s: string) => of.filter((d) => d.data!.status === s).length;
    return { typ, utkast: n('utkast'), fastställd: n('fastställd'), upphävd: n('upphävd'), total: of.length };
  }).filter((t) => t.total > 0);
}
