// Checks that every document id is unique in the repository; reported on every file that uses it.
// References (processes → routines, ersätter) and the kvalitetsberättelse depend on it (7:1).
// Bad: RUT-012 in both rutiner/lakemedel.md and rutiner/lakemedel-kopia.md.
import { q } from '../../core/i18n.js';
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';
import type { Catalogue } from '../../core/messages.js';

const messages = {
  duplicate: { sv: 'Id {id} används också i {others}', en: 'The id {id} is also used in {others}' },
  newIdHint: {
    sv: 'Ge ett av dokumenten ett nytt id; id är dokumentets identitet.',
    en: 'Give one of the documents a new id; the id is the document’s identity.',
  },
} as const satisfies Catalogue;

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'id/duplicate',
    description: { sv: 'Samma id används i två filer', en: 'The same id is used in two files' },
    defaultSeverity: 'error',
    messages,
  },
  scope: 'project',
  run(ctx) {
    for (const [id, docs] of ctx.model.idIndex) {
      if (docs.length < 2) continue;
      for (const doc of docs) {
        const others = docs.filter((d) => d !== doc).map((d) => d.file);
        ctx.report({
          doc,
          at: ['id'],
          messageId: 'duplicate',
          hintId: 'newIdHint',
          data: { id: q(id), others: others.join(', ') },
        });
      }
    }
  },
};
export default rule;
