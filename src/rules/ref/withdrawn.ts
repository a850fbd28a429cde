// Checks that an active document does not point at an `upphävd` (withdrawn) one; `ersätter`
// is exempt because it is meant to. Staff must be led to the current routine (6:1).
// Bad: a process activity listing RUT-003 after RUT-003 was withdrawn and replaced by RUT-013.
import { q } from '../../core/i18n.js';
import { status, type DomainModel } from '../../model/index.js';
import type { DocumentRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  withdrawn: { sv: '{id} är upphävt ({field})', en: '{id} is withdrawn ({field})' },
  successorHint: { sv: 'Hänvisa till {successor}, som ersätter det.', en: 'Point at {successor}, which replaces it.' },
  removeHint: {
    sv: 'Ta bort hänvisningen eller hänvisa till det dokument som gäller nu i stället för {quoted}.',
    en: 'Remove the reference or point at the document now in force instead of {quoted}.',
  },
} as const satisfies Catalogue;

const rule: DocumentRule<DomainModel> = {
  meta: {
    id: 'ref/withdrawn',
    description: { sv: 'Ett gällande dokument hänvisar till ett upphävt dokument', en: 'An active document points at a withdrawn one' },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'document',
  run(ctx) {
    if (status(ctx.doc) === 'upphävd') return;
    for (const ref of ctx.model.referencesOf(ctx.doc)) {
      if (ref.kind !== 'document' || ref.field === 'ersätter') continue;
      const target = ctx.model.byId(ref.value);
      if (!target || status(target) !== 'upphävd') continue;
      const successor = ctx.model.successorOf(ref.value);
      ctx.report({
        at: ref.path,
        messageId: 'withdrawn',
        hintId: successor?.id ? 'successorHint' : 'removeHint',
        data: { id: ref.value, field: ref.field, successor: successor?.id ?? '', quoted: q(ref.value) },
      });
    }
  },
};
export default rule;
