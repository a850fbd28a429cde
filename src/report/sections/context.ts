/**
 * What every report section starts from: the domain model of the run (src/model), which the
 * sections ask for their facts, the documents of the report's scope, the report year, and
 * small lookups (a document's DocRef, a role's name) shared by the sections.
 */
import { isDate } from '../../core/dates.js';
import type { LoadedDocument } from '../../core/types.js';
import type { ValidationRun } from '../../core/validate.js';
import { arr, str, type DomainModel } from '../../model/index.js';
import type { DocRef, ReportKind, RoleInfo } from '../types.js';
import { appliesToHealthCare } from './patientsakerhet.js';

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

export interface SectionContext {
  run: ValidationRun<DomainModel>;
  /** The run's domain model: the facts the rules see too. */
  model: DomainModel;
  config: ValidationRun['context']['config'];
  today: string;
  kind: ReportKind;
  year: number;
  /** `${year}-12-31`. */
  yearEnd: string;
  /** The date the year's state is judged at: the year's end, or the report date when that is earlier. */
  asOf: string;
  outputDir?: string | null;
  /** Is `date` a date in the report year? */
  inYear: (date: string | undefined) => boolean;
  /** The documents that take part (readable frontmatter with id and typ, in the report's scope), in load order. */
  docs: LoadedDocument[];
  /**
   * Is a document with readable frontmatter in the report's scope (for the
   * patientsäkerhetsberättelse: hälso- och sjukvård)? The figures the rules also report
   * (coverage, review) count every such document, as the rules do, also one without id or typ.
   */
  inScope: (d: LoadedDocument) => boolean;
  byId: Map<string, LoadedDocument>;
  ref: (d: LoadedDocument) => DocRef;
  /** The documents (of the report's scope) that a list of ids names, in list order. */
  refsOf: (ids: unknown) => DocRef[];
  /** The documents of one typ, by id. */
  ofType: (typ: string) => LoadedDocument[];
  /** Not upphävd. */
  active: (d: LoadedDocument) => boolean;
  role: (id: unknown) => RoleInfo;
  roleById: Map<string, { id: string; namn: string }>;
}

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sectionContext(run: ValidationRun<DomainModel>, opts: ReportOptions): SectionContext {
  const { config, today, model } = run.context;
  const year = opts.year;
  const roleById = new Map(config.roller.map((r) => [r.id, r]));
  const role = (id: unknown): RoleInfo => {
    const s = typeof id === 'string' ? id : '?';
    return { id: s, namn: roleById.get(s)?.namn ?? s };
  };
  // Only documents whose frontmatter is readable take part; broken files are in the appendix.
  const inScope = (d: LoadedDocument): boolean =>
    !!d.data && (opts.kind !== 'patientsakerhetsberattelse' || appliesToHealthCare(d, config));
  const docs = run.documents.filter((d) => d.data && d.id && d.typ && inScope(d));
  const byId = new Map(docs.map((d) => [d.id!, d]));
  const yearEnd = `${year}-12-31`;
  const ref = (d: LoadedDocument): DocRef => ({
    id: d.id ?? '',
    titel: str(d.data!.titel) ?? d.id ?? '',
    typ: d.typ ?? '',
    status: str(d.data!.status) ?? '',
    file: d.file,
  });
  return {
    run,
    model,
    config,
    today,
    kind: opts.kind,
    year,
    yearEnd,
    asOf: today < yearEnd ? today : yearEnd,
    ...(opts.outputDir !== undefined ? { outputDir: opts.outputDir } : {}),
    inYear: (date) => isDate(date) && date.startsWith(`${year}-`),
    docs,
    inScope,
    byId,
    ref,
    refsOf: (ids) =>
      arr(ids)
        .map((id) => (typeof id === 'string' ? byId.get(id) : undefined))
        .filter((d): d is LoadedDocument => d !== undefined)
        .map(ref),
    ofType: (typ) => docs.filter((d) => d.typ === typ).sort((a, b) => cmp(a.id!, b.id!)),
    active: (d) => d.data!.status !== 'upphävd',
    role,
    roleById,
  };
}
