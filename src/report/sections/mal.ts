/** Section 4, Mål och resultat: each goal with its outcome for the year and the year before. */
import { arr, obj, str } from '../../model/index.js';
import type { GoalOutcome } from '../types.js';
import { cmp, type SectionContext } from './context.js';

export function goalSection(c: SectionContext): GoalOutcome[] {
  const goals: GoalOutcome[] = [];
  for (const d of c.docs.filter(c.active).sort((a, b) => cmp(a.id!, b.id!))) {
    for (const g of arr(d.data!.mål)) {
      const o = obj(g);
      if (!o) continue;
      const outcome = (yr: number) => {
        const u = arr(o.utfall)
          .map(obj)
          .find((x) => x && Number(x.år) === yr);
        return u ? { värde: str(u.värde) ?? '', ...(str(u.kommentar) ? { kommentar: str(u.kommentar)! } : {}) } : undefined;
      };
      const now = outcome(c.year);
      const before = outcome(c.year - 1);
      goals.push({
        document: c.ref(d),
        id: str(o.id) ?? '',
        beskrivning: str(o.beskrivning) ?? '',
        ...(str(o.indikator) ? { indikator: str(o.indikator)! } : {}),
        ...(str(o.målvärde) ? { målvärde: str(o.målvärde)! } : {}),
        ...(now ? { utfall: now } : {}),
        ...(before ? { föregående: before } : {}),
      });
    }
  }
  return goals;
}
