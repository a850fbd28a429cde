// Checks that every `uppgift` in an ansvarsfördelning has exactly one role that `ansvarar`.
// Serves 4:4 (how responsibility is divided; for vårdgivare PSL 3 kap. 9 §) and 3:1: shared
// responsibility is no one's.
// Bad: an uppgift where both mas and enhetschef "ansvarar", or where no role does.
import { q } from '../../core/i18n.js';
import { tasksOf } from '../../model/index.js';
import type { LocalRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  noOwner: { sv: 'Uppgiften {task} har ingen roll som ansvarar', en: 'The task {task} has no role that ansvarar (is accountable)' },
  manyOwners: {
    sv: 'Uppgiften {task} har {count} roller som ansvarar ({owners})',
    en: 'The task {task} has {count} roles that ansvarar ({owners})',
  },
  exactlyOneHint: {
    sv: 'Exakt en roll ska ansvara; de andra utför, deltar eller informeras.',
    en: 'Exactly one role must ansvara; the others utför, deltar or informeras.',
  },
} as const satisfies Catalogue;

const rule: LocalRule = {
  meta: {
    id: 'responsibility/owner',
    description: { sv: 'En uppgift saknar exakt en ansvarig roll', en: 'A task does not have exactly one responsible role' },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'local',
  run(ctx) {
    if (ctx.doc.typ !== 'ansvarsfördelning') return;
    for (const task of tasksOf(ctx.doc)) {
      const { owners } = task;
      if (owners.length === 1) continue;
      const name = task.uppgift ?? `#${task.index + 1}`;
      ctx.report({
        at: [...task.path, task.ansvar ? 'ansvar' : 'uppgift'],
        messageId: owners.length === 0 ? 'noOwner' : 'manyOwners',
        hintId: 'exactlyOneHint',
        data: { task: q(name), count: owners.length, owners: owners.join(', ') },
      });
    }
  },
};
export default rule;
