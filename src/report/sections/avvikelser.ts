/**
 * Section 8, Avvikelser, klagomål och synpunkter: the sammanställningar (not drafts) whose whole period lies
 * in the year are summed (overlapping ones not twice: the longest period wins), the others are
 * listed as left out; the same for the year before, for comparison.
 */
import { dirname } from 'node:path';
import { daysBetween, isDate } from '../../core/dates.js';
import { readBody } from '../../core/load.js';
import type { LoadedDocument } from '../../core/types.js';
import { arr, obj, str } from '../../model/index.js';
import { relinkMarkdown, type LinkBase } from '../links.js';
import { markdownToHtml } from '../markdown-html.js';
import type { CountRow, DeviationSection, DocRef, PeriodTotals } from '../types.js';
import { cmp, type SectionContext } from './context.js';

export function deviationsSection(c: SectionContext): DeviationSection {
  // A draft is not yet a fact of the year: only decided sammanställningar are counted.
  return deviationSection(
    c.ofType('sammanställning').filter((d) => d.data!.status !== 'utkast'),
    c.year,
    c.ref,
    c.outputDir,
  );
}

function deviationSection(
  sams: LoadedDocument[],
  year: number,
  ref: (d: LoadedDocument) => DocRef,
  outputDir?: string | null,
): DeviationSection {
  const linkBase = (d: LoadedDocument): LinkBase | undefined =>
    outputDir === undefined ? undefined : { from: dirname(d.absPath), ...(outputDir === null ? {} : { to: outputDir }) };
  const pick = (yr: number) => {
    const from = `${yr}-01-01`;
    const to = `${yr}-12-31`;
    const inYear: Array<{ d: LoadedDocument; från: string; till: string }> = [];
    const left: Array<{ document: DocRef; skäl: string; skäl_en: string }> = [];
    for (const d of sams) {
      const p = obj(d.data!.period);
      const f = str(p?.från);
      const t = str(p?.till);
      if (!isDate(f) || !isDate(t) || t < from || f > to) continue;
      if (f < from || t > to) {
        if (yr === year)
          left.push({
            document: ref(d),
            skäl: `perioden ${f}–${t} sträcker sig utanför ${yr}`,
            skäl_en: `the period ${f}–${t} extends beyond ${yr}`,
          });
        continue;
      }
      inYear.push({ d, från: f, till: t });
    }
    // Longest first; a period that overlaps a chosen one is not summed twice.
    inYear.sort((a, b) => daysBetween(b.från, b.till) - daysBetween(a.från, a.till) || cmp(a.från, b.från) || cmp(a.d.id!, b.d.id!));
    const chosen: typeof inYear = [];
    for (const c of inYear) {
      const overlap = chosen.find((o) => c.från <= o.till && o.från <= c.till);
      if (overlap) {
        if (yr === year) {
          left.push({
            document: ref(c.d),
            skäl: `perioden överlappar ${overlap.d.id} (${overlap.från}–${overlap.till})`,
            skäl_en: `the period overlaps ${overlap.d.id} (${overlap.från}–${overlap.till})`,
          });
        }
      } else chosen.push(c);
    }
    chosen.sort((a, b) => cmp(a.från, b.från));
    return { chosen, left };
  };
  const sum = (chosen: ReturnType<typeof pick>['chosen'], yr: number) => {
    const avv = new Map<string, number>();
    const kla = new Map<string, number>();
    const totals: PeriodTotals = {
      avvikelser: 0,
      klagomål: 0,
      lex_sarah: 0,
      lex_sarah_anmälda: 0,
      lex_maria: 0,
      källor: chosen.map((c) => ({ document: ref(c.d), från: c.från, till: c.till })),
      dagar: chosen.reduce((n, c) => n + daysBetween(c.från, c.till) + 1, 0),
      dagarIÅret: daysBetween(`${yr}-01-01`, `${yr}-12-31`) + 1,
    };
    for (const { d } of chosen) {
      for (const a of arr(d.data!.avvikelser).map(obj)) {
        const k = str(a?.kategori);
        const n = Number(a?.antal);
        if (k && Number.isFinite(n)) {
          avv.set(k, (avv.get(k) ?? 0) + n);
          totals.avvikelser += n;
        }
      }
      for (const a of arr(d.data!.klagomål).map(obj)) {
        const k = str(a?.källa);
        const n = Number(a?.antal);
        if (k && Number.isFinite(n)) {
          kla.set(k, (kla.get(k) ?? 0) + n);
          totals.klagomål += n;
        }
      }
      const r = obj(d.data!.rapporter) ?? {};
      for (const key of ['lex_sarah', 'lex_sarah_anmälda', 'lex_maria'] as const) {
        const n = Number(r[key]);
        if (Number.isFinite(n)) totals[key] += n;
      }
    }
    return { avv, kla, totals };
  };
  const now = pick(year);
  const before = pick(year - 1);
  const a = sum(now.chosen, year);
  const b = sum(before.chosen, year - 1);
  const rows = (x: Map<string, number>, z: Map<string, number>): CountRow[] =>
    [...new Set([...x.keys(), ...z.keys()])]
      .map((namn) => ({ namn, år: x.get(namn) ?? 0, föregående: z.get(namn) ?? 0 }))
      .sort((p, q) => q.år - p.år || q.föregående - p.föregående || cmp(p.namn, q.namn));
  return {
    avvikelser: rows(a.avv, b.avv),
    klagomål: rows(a.kla, b.kla),
    år: a.totals,
    föregående: b.totals,
    analyser: now.chosen
      .map((c) => ({ c, body: readBody(c.d.absPath) ?? '' }))
      .filter(({ body }) => body.trim() !== '')
      .map(({ c, body }) => {
        const base = linkBase(c.d);
        return {
          document: ref(c.d),
          från: c.från,
          till: c.till,
          markdown: relinkMarkdown(body.trim(), base),
          html: markdownToHtml(body, 2, base),
        };
      }),
    utelämnade: now.left,
  };
}
