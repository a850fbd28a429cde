/** Section 10, Täckning av SOSFS 2011:9: per applicable paragraph the documents that fulfil it, an exemption, or a gap. */
import { applicableParagraphs } from '../../core/catalog.js';
import { arr, obj } from '../../rules/util.js';
import type { CoverageRow } from '../types.js';
import { cmp, type SectionContext } from './context.js';
import { reportSectors } from './patientsakerhet.js';

export function coverageSection(c: SectionContext): CoverageRow[] {
  const { config, today } = c;
  return applicableParagraphs(c.run.context.catalog, reportSectors(config, c.kind)).map((p) => {
    const fulfilling = c.docs
      .filter((d) => d.data!.status === 'fastställd')
      .filter((d) => {
        const lists = (v: unknown) => arr(v).some((s) => typeof s === 'string' && s.trim() === p.paragraf);
        return lists(d.data!.sosfs) || arr(d.data!.uppgifter).some((u) => lists(obj(u)?.sosfs));
      })
      .sort((a, b) => cmp(a.id!, b.id!))
      .map(c.ref);
    const ex = config.undantag.find((u) => u.sosfs.trim() === p.paragraf && (u.till === undefined || u.till >= today));
    return {
      paragraf: p.paragraf,
      krav: p.krav,
      krav_en: p.krav_en,
      documents: fulfilling,
      ...(ex ? { undantag: { skäl: ex.skäl, ...(ex.till ? { till: ex.till } : {}) } } : {}),
      lucka: fulfilling.length === 0 && !ex,
    };
  });
}
