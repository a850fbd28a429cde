/**
 * Section 10, Täckning av SOSFS 2011:9: per applicable paragraph the documents that fulfil it,
 * an exemption, or a gap, as the model's coverage (what coverage/missing reports) has them.
 * The patientsäkerhetsberättelse shows the hsl paragraphs and counts the hsl documents only.
 */
import type { CoverageFact } from '../../model/index.js';
import type { CoverageRow } from '../types.js';
import { cmp, type SectionContext } from './context.js';
import { reportSectors } from './patientsakerhet.js';

export function coverageSection(c: SectionContext): CoverageRow[] {
  const facts: readonly CoverageFact[] =
    c.kind === 'patientsakerhetsberattelse' ? c.model.coverageFor(reportSectors(c.config, c.kind), c.inScope) : c.model.coverage;
  return facts.map((f) => {
    const documents = [...f.documents].sort((a, b) => cmp(a.id ?? '', b.id ?? '')).map(c.ref);
    const ex = f.exemption;
    return {
      paragraf: f.paragraf,
      krav: f.paragraph.krav,
      krav_en: f.paragraph.krav_en,
      documents,
      ...(ex ? { undantag: { skäl: ex.skäl, ...(ex.till ? { till: ex.till } : {}) } } : {}),
      lucka: f.uncovered,
    };
  });
}
