/** Section 3, Dokumentstyrning: documents approved or revised in the year, and those overdue for review at its end. */
import { isReviewOverdueAt, str } from '../../model/index.js';
import type { ApprovedDoc, OverdueDoc } from '../types.js';
import { cmp, type SectionContext } from './context.js';

export function approvedSection(c: SectionContext): ApprovedDoc[] {
  const approved: ApprovedDoc[] = [];
  for (const d of c.docs) {
    const fastställd = str(d.data!.fastställd);
    const commits = c.model
      .commitsOf(d)
      .filter((x) => c.inYear(x.date))
      .map((x) => ({ commit: x.commit.slice(0, 7), date: x.date }));
    const inYear = c.inYear(fastställd) && d.data!.status !== 'utkast';
    if (!inYear && commits.length === 0) continue;
    approved.push({
      document: c.ref(d),
      version: str(d.data!.version) ?? '',
      ...(inYear ? { fastställd } : {}),
      commits,
    });
  }
  return approved.sort(
    (a, b) => cmp(a.fastställd ?? a.commits[0]?.date ?? '', b.fastställd ?? b.commits[0]?.date ?? '') || cmp(a.document.id, b.document.id),
  );
}

/**
 * Governing documents overdue for review on 31 December: the model's review state (what
 * review/overdue reports) judged at the year's end. A document approved only after the year
 * (by its current `fastställd`) is not counted for the year.
 */
export function overdueSection(c: SectionContext): OverdueDoc[] {
  const yearEnd = c.yearEnd;
  return c.model.reviews
    .filter((r) => c.inScope(r.doc) && isReviewOverdueAt(r, yearEnd) && (r.fastställd ?? '') <= yearEnd)
    .map((r) => ({ document: c.ref(r.doc), revideras: r.revideras!, ägare: c.role(r.ägare) }))
    .sort((a, b) => cmp(a.revideras, b.revideras) || cmp(a.document.id, b.document.id));
}
