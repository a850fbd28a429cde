/** Section 3, Dokumentstyrning: documents approved or revised in the year, and those overdue for review at its end. */
import { isDate } from '../../core/dates.js';
import { STYRANDE } from '../../core/types.js';
import { str } from '../../rules/util.js';
import type { ApprovedDoc, OverdueDoc } from '../types.js';
import { cmp, type SectionContext } from './context.js';

export function approvedSection(c: SectionContext): ApprovedDoc[] {
  const approved: ApprovedDoc[] = [];
  for (const d of c.docs) {
    const fastställd = str(d.data!.fastställd);
    const commits = (c.run.context.git?.changes.get(d.file) ?? [])
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
  return approved.sort((a, b) => cmp(a.fastställd ?? a.commits[0]?.date ?? '', b.fastställd ?? b.commits[0]?.date ?? '') || cmp(a.document.id, b.document.id));
}

export function overdueSection(c: SectionContext): OverdueDoc[] {
  const yearEnd = c.yearEnd;
  return c.docs
    .filter((d) => STYRANDE.has(d.typ!) && d.data!.status === 'fastställd')
    .filter((d) => {
      const r = str(d.data!.revideras);
      return isDate(r) && r < yearEnd && (str(d.data!.fastställd) ?? '') <= yearEnd;
    })
    .map((d) => ({ document: c.ref(d), revideras: str(d.data!.revideras)!, ägare: c.role(d.data!.ägare) }))
    .sort((a, b) => cmp(a.revideras, b.revideras) || cmp(a.document.id, b.document.id));
}
