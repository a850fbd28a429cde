// Checks that every document id is unique in the repository; reported on every file that uses it.
// References (processes → routines, ersätter) and the kvalitetsberättelse depend on it (7:1).
// Bad: RUT-012 in both rutiner/lakemedel.md and rutiner/lakemedel-kopia.md.
import { q } from '../../core/i18n.js';
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'id/duplicate',
    description: { sv: 'Samma id används i två filer', en: 'The same id is used in two files' },
    defaultSeverity: 'error',
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
          message: { sv: `Id ${q(id)} används också i ${others.join(', ')}`, en: `The id ${q(id)} is also used in ${others.join(', ')}` },
          hint: { sv: 'Ge ett av dokumenten ett nytt id; id är dokumentets identitet.', en: 'Give one of the documents a new id; the id is the document’s identity.' },
        });
      }
    }
  },
};
export default rule;
