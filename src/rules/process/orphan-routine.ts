// Warns about a fastställd rutin that no process activity lists and that names no `process`:
// 4:4 says routines are adopted for the activities of the processes; an orphan serves none.
// Bad: RUT-020 "Nyckelhantering", fastställd, with no process and in no activity's rutiner.
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  orphan: { sv: 'Rutinen {id} hör inte till någon process', en: 'The routine {id} belongs to no process' },
  linkHint: {
    sv: 'Ange process: (och aktivitet:) i rutinen, eller lista den under rutiner i en aktivitet i processen.',
    en: 'Give process: (and aktivitet:) in the routine, or list it under rutiner of an activity in the process.',
  },
} as const satisfies Catalogue;

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'process/orphan-routine',
    description: { sv: 'En fastställd rutin hör inte till någon process', en: 'An approved routine belongs to no process' },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'project',
  run(ctx) {
    for (const d of ctx.model.orphanRoutines) {
      ctx.report({
        doc: d,
        at: ['id'],
        messageId: 'orphan',
        hintId: 'linkHint',
        data: { id: d.id },
      });
    }
  },
};
export default rule;
