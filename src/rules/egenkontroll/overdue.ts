// Warns when an egenkontroll is not performed as often as its `frekvens` says: the last
// `genomförda` date (or `fastställd`, when none) plus one frekvens is before today (5:2).
// Bad: frekvens kvartal, last genomförd 2026-03-15, today 2026-11-25 (due 2026-06-15).
import { addFrekvens, FREKVENSER, isDate, type Frekvens } from '../../core/dates.js';
import { arr, obj, status, str } from '../util.js';
import type { DocumentRule } from '../../core/types.js';

const rule: DocumentRule = {
  meta: {
    id: 'egenkontroll/overdue',
    description: { sv: 'En egenkontroll har inte genomförts så ofta som planerat', en: 'A self-inspection has not been performed as often as planned' },
    defaultSeverity: 'warning',
  },
  scope: 'document',
  run(ctx) {
    if (ctx.doc.typ !== 'egenkontroll' || status(ctx.doc) !== 'fastställd') return;
    const d = ctx.doc.data!;
    const frekvens = str(d.frekvens);
    if (!frekvens || !(FREKVENSER as readonly string[]).includes(frekvens)) return;
    const dates = arr(d.genomförda).map((g) => str(obj(g)?.datum)).filter(isDate).sort();
    const last = dates.length ? dates[dates.length - 1] : str(d.fastställd);
    if (!isDate(last)) return;
    const due = addFrekvens(last, frekvens as Frekvens);
    if (due >= ctx.today) return;
    const from = dates.length ? `senast genomförd ${last}` : `ingen genomförd sedan fastställelsen ${last}`;
    const fromEn = dates.length ? `last performed ${last}` : `none performed since approval on ${last}`;
    ctx.report({
      at: dates.length ? ['genomförda'] : ['frekvens'],
      message: {
        sv: `Egenkontrollen skulle ha genomförts senast ${due} (frekvens ${frekvens}, ${from})`,
        en: `The self-inspection was due by ${due} (frekvens ${frekvens}, ${fromEn})`,
      },
      hint: {
        sv: `Genomför kontrollen och lägg till den under genomförda, eller ändra frekvensen. Ansvarig: ${str(d.ansvarig) ?? '?'}.`,
        en: `Perform the inspection and add it under genomförda, or change the frekvens. Responsible: ${str(d.ansvarig) ?? '?'}.`,
      },
    });
  },
};
export default rule;
