/** Section 1, Organisation och ansvar: the ansvarsfördelningar in force as role × task matrices. */
import type { ResponsibilityMatrix } from '../types.js';
import type { SectionContext } from './context.js';

export function organisationSection(c: SectionContext): ResponsibilityMatrix[] {
  return c
    .ofType('ansvarsfördelning')
    .filter(c.active)
    .map((d) => {
      const rows = c.model.tasksOf(d).map((t) => {
        const ansvar: Record<string, string> = {};
        for (const [k, v] of Object.entries(t.ansvar ?? {})) if (typeof v === 'string') ansvar[k] = v;
        return { uppgift: t.uppgift ?? '', sosfs: t.sosfs, ansvar };
      });
      const used = new Set(rows.flatMap((r) => Object.keys(r.ansvar)));
      const roles = [
        ...c.config.roller.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, namn: r.namn })),
        ...[...used]
          .filter((id) => !c.model.roleIds.has(id))
          .sort()
          .map((id) => ({ id, namn: id })),
      ];
      return { document: c.ref(d), roles, rows };
    });
}
