// Warns about a fastställd rutin that no process activity lists and that names no `process`:
// 4:4 says routines are adopted for the activities of the processes; an orphan serves none.
// Bad: RUT-020 "Nyckelhantering", fastställd, with no process and in no activity's rutiner.
import { arr, obj, status, str } from '../util.js';
import type { ProjectRule } from '../../core/types.js';

const rule: ProjectRule = {
  meta: {
    id: 'process/orphan-routine',
    description: { sv: 'En fastställd rutin hör inte till någon process', en: 'An approved routine belongs to no process' },
    defaultSeverity: 'warning',
  },
  scope: 'project',
  run(ctx) {
    const listed = new Set<string>();
    for (const d of ctx.documents) {
      if (d.typ !== 'process' || status(d) === 'upphävd') continue;
      for (const a of arr(d.data?.aktiviteter)) for (const r of arr(obj(a)?.rutiner)) if (typeof r === 'string') listed.add(r);
    }
    for (const d of ctx.documents) {
      if (d.typ !== 'rutin' || status(d) !== 'fastställd' || !d.id) continue;
      if (str(d.data?.process) || listed.has(d.id)) continue;
      ctx.report({
        doc: d,
        at: ['id'],
        message: { sv: `Rutinen ${d.id} hör inte till någon process`, en: `The routine ${d.id} belongs to no process` },
        hint: {
          sv: 'Ange process: (och aktivitet:) i rutinen, eller lista den under rutiner i en aktivitet i processen.',
          en: 'Give process: (and aktivitet:) in the routine, or list it under rutiner of an activity in the process.',
        },
      });
    }
  },
};
export default rule;
