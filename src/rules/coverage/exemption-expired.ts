// Warns about an `undantag` in lsys.yaml whose `till` date has passed: the exemption no longer
// counts for coverage and must be renewed with a new reason or removed.
// Bad: `{ sosfs: "4:6", skäl: "…", till: 2026-06-30 }` when today is 2026-11-25.
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'coverage/exemption-expired',
    description: { sv: 'Ett undantag i lsys.yaml har gått ut', en: 'An exemption in lsys.yaml has expired' },
    defaultSeverity: 'warning',
  },
  scope: 'project',
  run(ctx) {
    for (const u of ctx.model.exemptions.expired) {
      ctx.report({
        file: ctx.config.file,
        at: u.at,
        message: {
          sv: `Undantaget för SOSFS 2011:9 ${u.sosfs} gällde till ${u.till} och räknas inte längre`,
          en: `The exemption for SOSFS 2011:9 ${u.sosfs} was valid until ${u.till} and no longer counts`,
        },
        hint: {
          sv: 'Pröva undantaget på nytt: förläng till-datumet med aktuellt skäl, eller ta bort det och täck paragrafen med ett dokument.',
          en: 'Reconsider the exemption: extend the till date with a current reason, or remove it and cover the paragraph with a document.',
        },
      });
    }
  },
};
export default rule;
