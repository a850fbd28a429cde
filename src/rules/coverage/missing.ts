// Warns about each paragraph of SOSFS 2011:9 chapters 3–7 that applies to the organisation's
// `verksamhetsformer` and that no fastställd document lists in `sosfs` (its own or in an
// ansvarsfördelning's uppgifter), unless an `undantag` in lsys.yaml covers it. Reported once,
// on lsys.yaml. Bad: no fastställd document lists 5:6 (compile and analyse complaints).
import { formatParagraph } from '../../core/paragraph.js';
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule } from '../../core/types.js';

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'coverage/missing',
    description: { sv: 'En tillämplig paragraf i SOSFS 2011:9 kap. 3–7 som inget fastställt dokument uppfyller', en: 'An applicable paragraph of SOSFS 2011:9 ch. 3–7 that no approved document fulfils' },
    defaultSeverity: 'warning',
  },
  scope: 'project',
  run(ctx) {
    const at = ctx.config.keyPositions.verksamhetsformer ?? { line: 1, column: 1 };
    for (const { paragraph: p } of ctx.model.uncovered) {
      ctx.report({
        file: ctx.config.file,
        at,
        message: {
          sv: `Inget fastställt dokument uppfyller ${formatParagraph(p.paragraf, 'sv')} SOSFS 2011:9 (${p.krav})`,
          en: `No approved document fulfils SOSFS 2011:9 ${formatParagraph(p.paragraf, 'en')} (${p.krav_en})`,
        },
        hint: {
          sv: `Ange ${p.paragraf} under sosfs i det dokument som uppfyller kravet, eller lägg ett motiverat undantag i lsys.yaml.`,
          en: `List ${p.paragraf} under sosfs in the document that fulfils it, or add a justified undantag in lsys.yaml.`,
        },
      });
    }
  },
};
export default rule;
