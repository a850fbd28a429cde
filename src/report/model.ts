/**
 * Build the report model from one validation run: the documents are loaded once (with their
 * frontmatter and diagnostics) and every section is computed here as plain data.
 *
 * Period logic (all dates are calendar dates, compared as text):
 * - an egenkontroll occasion counts for the year of its `genomförda` date; planned occasions
 *   are the due dates fastställd + k·frekvens (k ≥ 1) inside the year and not after the report
 *   date (an occasion performed before `fastställd` starts the plan instead, k ≥ 0);
 * - a riskanalys counts for the year of its `datum` (also when it is now upphävd);
 * - a sammanställning counts for a year when its whole `period` lies in it; overlapping ones
 *   are not summed twice (the longest period wins) and the others are listed as left out;
 * - documents approved in the year by `fastställd`, revised in the year by git commits;
 * - goals by `utfall.år`; an åtgärd belongs to the year when it was completed in it or is
 *   still open.
 */
import { addDays, addMonths, daysBetween, FREKVENSER, isDate, type Frekvens } from '../core/dates.js';
import { applicableParagraphs } from '../core/catalog.js';
import { DOC_TYPES, STYRANDE, type LoadedDocument, type ValidationResult } from '../core/types.js';
import type { ValidationRun } from '../core/validate.js';
import { arr, obj, str } from '../rules/util.js';
import { dirname } from 'node:path';
import { markdownToHtml } from './markdown-html.js';
import { relinkMarkdown, type LinkBase } from './links.js';
import { readBody } from '../core/load.js';
import { maskPersonalNumbers } from '../core/personnummer.js';
import { showControls } from '../core/invisible.js';
import type {
  ActionInfo,
  ApprovedDoc,
  CollaborationInfo,
  CountRow,
  CoverageRow,
  DeviationSection,
  DocRef,
  GoalOutcome,
  OverdueDoc,
  PeriodTotals,
  ProcessInfo,
  ReportKind,
  ReportModel,
  ResponsibilityMatrix,
  RiskInfo,
  RiskSection,
  RoleInfo,
  SelfInspectionInfo,
  TypeCount,
} from './types.js';

export interface ReportOptions {
  year: number;
  kind: ReportKind;
  generator: string;
  /**
   * The folder the report is written to: relative links in quoted document text are made to
   * resolve from there. `null`: the report is not a file in a folder (stdout), so such links
   * are kept as text. Undefined: links are left as written.
   */
  outputDir?: string | null;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildReportModel(run: ValidationRun, opts: ReportOptions): ReportModel {
  const { config, today } = run.context;
  const year = opts.year;
  const y = (date: string | undefined): boolean => isDate(date) && date.startsWith(`${year}-`);
  const roleById = new Map(config.roller.map((r) => [r.id, r]));
  const role = (id: unknown): RoleInfo => {
    const s = typeof id === 'string' ? id : '?';
    return { id: s, namn: roleById.get(s)?.namn ?? s };
  };
  // Only documents whose frontmatter is readable take part; broken files are in the appendix.
  let docs = run.documents.filter((d) => d.data && d.id && d.typ);
  if (opts.kind === 'patientsakerhetsberattelse') docs = docs.filter((d) => appliesToHealthCare(d, config));
  const byId = new Map(docs.map((d) => [d.id!, d]));
  const ref = (d: LoadedDocument): DocRef => ({
    id: d.id!,
    titel: str(d.data!.titel) ?? d.id!,
    typ: d.typ!,
    status: str(d.data!.status) ?? '',
    file: d.file,
  });
  const refsOf = (ids: unknown): DocRef[] =>
    arr(ids)
      .map((id) => (typeof id === 'string' ? byId.get(id) : undefined))
      .filter((d): d is LoadedDocument => d !== undefined)
      .map(ref);
  const ofType = (typ: string) => docs.filter((d) => d.typ === typ).sort((a, b) => cmp(a.id!, b.id!));
  const active = (d: LoadedDocument) => d.data!.status !== 'upphävd';

  // 1. Organisation och ansvar
  const responsibility: ResponsibilityMatrix[] = ofType('ansvarsfördelning')
    .filter(active)
    .map((d) => {
      const rows = arr(d.data!.uppgifter).map((u) => {
        const o = obj(u) ?? {};
        const ansvar: Record<string, string> = {};
        for (const [k, v] of Object.entries(obj(o.ansvar) ?? {})) if (typeof v === 'string') ansvar[k] = v;
        return { uppgift: str(o.uppgift) ?? '', sosfs: arr(o.sosfs).filter((s): s is string => typeof s === 'string'), ansvar };
      });
      const used = new Set(rows.flatMap((r) => Object.keys(r.ansvar)));
      const roles = [
        ...config.roller.filter((r) => used.has(r.id)).map((r) => ({ id: r.id, namn: r.namn })),
        ...[...used].filter((id) => !roleById.has(id)).sort().map((id) => ({ id, namn: id })),
      ];
      return { document: ref(d), roles, rows };
    });

  // 2. Ledningssystemets struktur
  // Routines that name their process and activity, by "process|activity" (one pass over all documents).
  const naming = new Map<string, DocRef[]>();
  for (const r of docs) {
    if (r.typ !== 'rutin' || !active(r) || typeof r.data!.process !== 'string' || typeof r.data!.aktivitet !== 'string') continue;
    const key = `${r.data!.process}|${r.data!.aktivitet}`;
    const list = naming.get(key);
    if (list) list.push(ref(r));
    else naming.set(key, [ref(r)]);
  }
  const processes: ProcessInfo[] = ofType('process')
    .filter(active)
    .map((d) => ({
      document: ref(d),
      activities: arr(d.data!.aktiviteter).map((a) => {
        const o = obj(a) ?? {};
        const id = str(o.id) ?? '';
        // A routine belongs to an activity when the activity lists it or the routine names it.
        const listed = refsOf(o.rutiner);
        const listedIds = new Set(listed.map((l) => l.id));
        const named = (naming.get(`${d.id}|${id}`) ?? []).filter((r) => !listedIds.has(r.id));
        return { id, namn: str(o.namn) ?? '', ansvarig: role(o.ansvarig), rutiner: [...listed, ...named] };
      }),
    }));
  const counts: TypeCount[] = DOC_TYPES.map((typ) => {
    const of = docs.filter((d) => d.typ === typ);
    const n = (s: string) => of.filter((d) => d.data!.status === s).length;
    return { typ, utkast: n('utkast'), fastställd: n('fastställd'), upphävd: n('upphävd'), total: of.length };
  }).filter((c) => c.total > 0);

  // 3. Dokumentstyrning
  const approved: ApprovedDoc[] = [];
  for (const d of docs) {
    const fastställd = str(d.data!.fastställd);
    const commits = (run.context.git?.changes.get(d.file) ?? [])
      .filter((c) => y(c.date))
      .map((c) => ({ commit: c.commit.slice(0, 7), date: c.date }));
    const inYear = y(fastställd) && d.data!.status !== 'utkast';
    if (!inYear && commits.length === 0) continue;
    approved.push({
      document: ref(d),
      version: str(d.data!.version) ?? '',
      ...(inYear ? { fastställd } : {}),
      commits,
    });
  }
  approved.sort((a, b) => cmp(a.fastställd ?? a.commits[0]?.date ?? '', b.fastställd ?? b.commits[0]?.date ?? '') || cmp(a.document.id, b.document.id));
  const yearEnd = `${year}-12-31`;
  const overdue: OverdueDoc[] = docs
    .filter((d) => STYRANDE.has(d.typ!) && d.data!.status === 'fastställd')
    .filter((d) => {
      const r = str(d.data!.revideras);
      return isDate(r) && r < yearEnd && (str(d.data!.fastställd) ?? '') <= yearEnd;
    })
    .map((d) => ({ document: ref(d), revideras: str(d.data!.revideras)!, ägare: role(d.data!.ägare) }))
    .sort((a, b) => cmp(a.revideras, b.revideras) || cmp(a.document.id, b.document.id));

  // 4. Mål och resultat
  const goals: GoalOutcome[] = [];
  for (const d of docs.filter(active).sort((a, b) => cmp(a.id!, b.id!))) {
    for (const g of arr(d.data!.mål)) {
      const o = obj(g);
      if (!o) continue;
      const outcome = (yr: number) => {
        const u = arr(o.utfall).map(obj).find((x) => x && Number(x.år) === yr);
        return u ? { värde: str(u.värde) ?? '', ...(str(u.kommentar) ? { kommentar: str(u.kommentar)! } : {}) } : undefined;
      };
      const now = outcome(year);
      const before = outcome(year - 1);
      goals.push({
        document: ref(d),
        id: str(o.id) ?? '',
        beskrivning: str(o.beskrivning) ?? '',
        ...(str(o.indikator) ? { indikator: str(o.indikator)! } : {}),
        ...(str(o.målvärde) ? { målvärde: str(o.målvärde)! } : {}),
        ...(now ? { utfall: now } : {}),
        ...(before ? { föregående: before } : {}),
      });
    }
  }

  // 5. Samverkan
  const collaboration: CollaborationInfo[] = ofType('process')
    .filter(active)
    .flatMap((d) =>
      arr(d.data!.samverkan).map((s) => {
        const o = obj(s) ?? {};
        return { document: ref(d), med: str(o.med) ?? '', beskrivning: str(o.beskrivning) ?? '', rutiner: refsOf(o.rutiner) };
      }),
    );

  // Actions, shared by risks, egenkontroll and section 9.
  const actionInfo = (d: LoadedDocument, källa: string, a: Record<string, unknown>): ActionInfo => {
    const status = (str(a.status) ?? 'planerad') as ActionInfo['status'];
    const klarDatum = str(a.klar_datum);
    const due = str(a.klart_senast) ?? '';
    const läge: ActionInfo['läge'] = status === 'klar' ? 'klar' : isDate(due) && due < yearEnd && due < today ? 'försenad' : 'öppen';
    return {
      document: ref(d),
      källa,
      beskrivning: str(a.beskrivning) ?? '',
      ansvarig: role(a.ansvarig),
      klart_senast: due,
      status,
      ...(klarDatum ? { klar_datum: klarDatum } : {}),
      läge,
    };
  };

  // 6. Riskanalyser
  const threshold = config.risk.åtgärdsgräns;
  const analyses = ofType('riskanalys')
    .filter((d) => y(str(d.data!.datum)))
    .map((d) => ({
      document: ref(d),
      datum: str(d.data!.datum)!,
      anledning: str(d.data!.anledning) ?? '',
      risker: arr(d.data!.risker)
        .map(obj)
        .filter((r): r is Record<string, unknown> => r !== undefined)
        .map((r): RiskInfo => {
          const s = Number(r.sannolikhet);
          const k = Number(r.konsekvens);
          return {
            id: str(r.id) ?? '',
            beskrivning: str(r.beskrivning) ?? '',
            ...(str(r.orsak) ? { orsak: str(r.orsak)! } : {}),
            sannolikhet: s,
            konsekvens: k,
            riskvärde: s * k,
            åtgärder: arr(r.åtgärder).map(obj).filter((a): a is Record<string, unknown> => !!a).map((a) => actionInfo(d, str(r.id) ?? '', a)),
          };
        }),
    }))
    .sort((a, b) => cmp(a.datum, b.datum) || cmp(a.document.id, b.document.id));
  const matrix = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
  for (const a of analyses) {
    for (const r of a.risker) {
      if (r.sannolikhet >= 1 && r.sannolikhet <= 4 && r.konsekvens >= 1 && r.konsekvens <= 4) matrix[r.sannolikhet - 1][r.konsekvens - 1]++;
    }
  }
  const risks: RiskSection = {
    analyses,
    threshold,
    matrix,
    aboveThreshold: analyses
      .flatMap((a) => a.risker.filter((r) => r.riskvärde >= threshold).map((r) => ({ ...r, analysis: a.document })))
      .sort((a, b) => b.riskvärde - a.riskvärde || cmp(a.analysis.id, b.analysis.id) || cmp(a.id, b.id)),
  };

  // 7. Egenkontroll
  const selfRows: SelfInspectionInfo[] = [];
  for (const d of ofType('egenkontroll')) {
    const frekvens = str(d.data!.frekvens) ?? '';
    const occasions = arr(d.data!.genomförda)
      .map(obj)
      .filter((g): g is Record<string, unknown> => g !== undefined && isDate(g.datum))
      .sort((a, b) => cmp(a.datum as string, b.datum as string));
    const inYear = occasions.filter((g) => y(g.datum as string));
    const planerade = plannedOccasions(str(d.data!.fastställd), occasions[0]?.datum as string | undefined, frekvens, year, today);
    if (!active(d) && inYear.length === 0) continue;
    if (planerade === 0 && inYear.length === 0) continue;
    selfRows.push({
      document: ref(d),
      område: str(d.data!.område) ?? '',
      metod: str(d.data!.metod) ?? '',
      frekvens,
      ansvarig: role(d.data!.ansvarig),
      planerade,
      genomförda: inYear.length,
      utanAnmärkning: inYear.filter((g) => g.resultat === 'utan_anmärkning').length,
      brister: inYear.filter((g) => g.resultat === 'brister').length,
      occasions: inYear.map((g) => ({
        datum: g.datum as string,
        resultat: str(g.resultat) ?? '',
        ...(str(g.sammanfattning) ? { sammanfattning: str(g.sammanfattning)! } : {}),
        åtgärder: arr(g.åtgärder).map(obj).filter((a): a is Record<string, unknown> => !!a).map((a) => actionInfo(d, g.datum as string, a)),
      })),
    });
  }

  // 8. Avvikelser, klagomål och synpunkter
  const deviations = deviationSection(ofType('sammanställning'), year, ref, opts.outputDir);

  // 9. Förbättringsåtgärder: completed in the year or still open.
  const actions: ActionInfo[] = [];
  for (const a of analyses) for (const r of a.risker) actions.push(...r.åtgärder);
  for (const d of ofType('riskanalys').filter((d) => !y(str(d.data!.datum)))) {
    for (const r of arr(d.data!.risker).map(obj)) {
      for (const a of arr(r?.åtgärder).map(obj)) if (a) actions.push(actionInfo(d, str(r?.id) ?? '', a));
    }
  }
  for (const d of ofType('egenkontroll')) {
    for (const g of arr(d.data!.genomförda).map(obj)) {
      for (const a of arr(g?.åtgärder).map(obj)) if (a) actions.push(actionInfo(d, str(g?.datum) ?? '', a));
    }
  }
  const seen = new Set<string>();
  const yearActions = actions
    .filter((a) => (a.läge === 'klar' ? y(a.klar_datum) : (a.klart_senast.slice(0, 4) >= String(year) || a.läge === 'försenad')))
    .filter((a) => {
      const key = `${a.document.id}|${a.källa}|${a.beskrivning}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => cmp(a.läge, b.läge) || cmp(a.klart_senast, b.klart_senast) || cmp(a.document.id, b.document.id));

  // 10. Täckning av SOSFS 2011:9
  const sectors = opts.kind === 'patientsakerhetsberattelse' ? (['hsl'] as const) : config.verksamhetsformer;
  const coverage: CoverageRow[] = applicableParagraphs(run.context.catalog, [...sectors]).map((p) => {
    const fulfilling = docs
      .filter((d) => d.data!.status === 'fastställd')
      .filter((d) => {
        const lists = (v: unknown) => arr(v).some((s) => typeof s === 'string' && s.trim() === p.paragraf);
        return lists(d.data!.sosfs) || arr(d.data!.uppgifter).some((u) => lists(obj(u)?.sosfs));
      })
      .sort((a, b) => cmp(a.id!, b.id!))
      .map(ref);
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

  // A personnummer in any text the report quotes (a title, an analysis, an åtgärd, a finding)
  // is masked as privacy/personal-number masks it, so no output format ever carries one.
  return maskStrings({
    kind: opts.kind,
    year,
    previousYear: year - 1,
    today,
    organisation: config.organisation,
    verksamhetsformer: [...config.verksamhetsformer],
    generator: opts.generator,
    roles: config.roller.map((r) => ({ id: r.id, namn: r.namn })),
    units: config.enheter
      .filter((u) => opts.kind !== 'patientsakerhetsberattelse' || (u.verksamhetsformer ?? []).includes('hsl'))
      .map((u) => ({ id: u.id, namn: u.namn, verksamhetsformer: [...(u.verksamhetsformer ?? [])] })),
    unitsListed: config.enheter.length,
    responsibility,
    processes,
    counts,
    approved,
    overdue,
    goals,
    collaboration,
    risks,
    selfInspection: {
      rows: selfRows,
      planerade: selfRows.reduce((n, r) => n + r.planerade, 0),
      genomförda: selfRows.reduce((n, r) => n + r.genomförda, 0),
    },
    deviations,
    actions: yearActions,
    coverage,
    validation: validationSummary(run.result),
  });
}

/** Every string in a plain-data value with its personnummer and samordningsnummer masked. */
function maskStrings<T>(value: T): T {
  if (typeof value === 'string') return maskPersonalNumbers(value) as T;
  if (Array.isArray(value)) return value.map(maskStrings) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty: a key such as `__proto__` from a document stays a plain key.
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: maskStrings(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}

/**
 * Occasions due in `year` and no later than `until` (the report date), as FORMAT.md plans
 * them: the first is due one frekvens after `fastställd`, the next one frekvens after that
 * (fastställd + k·frekvens, k ≥ 1). An occasion performed before the plan was approved starts
 * the plan instead (that occasion, k = 0, counts). An occasion not yet due by the year's end
 * or the report date is not planned for the year: it cannot have been missed.
 */
export function plannedOccasions(fastställd: string | undefined, firstPerformed: string | undefined, frekvens: string, year: number, until?: string): number {
  if (!(FREKVENSER as readonly string[]).includes(frekvens)) return 0;
  const performedFirst = isDate(firstPerformed) && (!isDate(fastställd) || firstPerformed < fastställd);
  const date = performedFirst ? firstPerformed : isDate(fastställd) ? fastställd : undefined;
  if (!date) return 0;
  const from = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const to = isDate(until) && until < yearEnd ? until : yearEnd;
  let n = 0;
  // Each occasion is computed from the start, so month-end days do not drift (01-31 → 02-28 → 03-31).
  for (let k = performedFirst ? 0 : 1; k < 10_000; k++) {
    const d = k === 0 ? date : stepFrom(date, frekvens as Frekvens, k);
    if (d > to) break;
    if (d >= from) n++;
  }
  return n;
}

/** The k-th occasion after `start` (k·frekvens, computed from the start to avoid drift). */
function stepFrom(start: string, frekvens: Frekvens, k: number): string {
  if (frekvens === 'vecka') return addDays(start, 7 * k);
  const months = { månad: 1, kvartal: 3, halvår: 6, år: 12, vartannat_år: 24 }[frekvens];
  return addMonths(start, months * k);
}

/** A document applies to hälso- och sjukvård when it is for every unit (and hsl is run) or for a unit that runs hsl. */
function appliesToHealthCare(d: LoadedDocument, config: ValidationRun['context']['config']): boolean {
  const units = arr(d.data!.gäller_för).filter((u): u is string => typeof u === 'string');
  if (units.length === 0) return config.verksamhetsformer.includes('hsl');
  return units.some((id) => config.enheter.find((u) => u.id === id)?.verksamhetsformer?.includes('hsl'));
}

function deviationSection(sams: LoadedDocument[], year: number, ref: (d: LoadedDocument) => DocRef, outputDir?: string | null): DeviationSection {
  const linkBase = (d: LoadedDocument): LinkBase | undefined => (outputDir === undefined ? undefined : { from: dirname(d.absPath), ...(outputDir === null ? {} : { to: outputDir }) });
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
        if (yr === year) left.push({ document: ref(d), skäl: `perioden ${f}–${t} sträcker sig utanför ${yr}`, skäl_en: `the period ${f}–${t} extends beyond ${yr}` });
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
      avvikelser: 0, klagomål: 0, lex_sarah: 0, lex_sarah_anmälda: 0, lex_maria: 0,
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
        return { document: ref(c.d), från: c.från, till: c.till, markdown: relinkMarkdown(body.trim(), base), html: markdownToHtml(body, 2, base) };
      }),
    utelämnade: now.left,
  };
}

function validationSummary(result: ValidationResult): ReportModel['validation'] {
  const byRule = new Map<string, { rule: string; severity: string; count: number }>();
  for (const d of result.diagnostics) {
    const e = byRule.get(d.rule) ?? { rule: d.rule, severity: d.severity, count: 0 };
    e.count++;
    byRule.set(d.rule, e);
  }
  const sorted = [...result.diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    errors: result.errors,
    warnings: result.warnings,
    byRule: [...byRule.values()].sort((a, b) => b.count - a.count || cmp(a.rule, b.rule)),
    // A file name or value with a line break or an escape character is shown, not obeyed.
    diagnostics: sorted.slice(0, 50).map((d) => ({ file: showControls(d.file), line: d.line, rule: d.rule, severity: d.severity, message: showControls(d.message) })),
    more: Math.max(0, sorted.length - 50),
  };
}
