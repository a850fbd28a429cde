/**
 * The report model: everything the annual kvalitetsberättelse or patientsäkerhetsberättelse
 * shows, computed from the loaded repository as plain data (emitted as-is by
 * `lsys report --format json`), and only then rendered by the templates.
 * Dates are `YYYY-MM-DD` text; counts are numbers; every list is sorted for stable output.
 */

export type ReportKind = 'kvalitetsberattelse' | 'patientsakerhetsberattelse';

export interface DocRef {
  id: string;
  titel: string;
  typ: string;
  status: string;
  /** Path relative to the repository root. */
  file: string;
}

export interface RoleInfo {
  id: string;
  namn: string;
}

export interface ResponsibilityMatrix {
  document: DocRef;
  /** Column order: the roles that appear in the matrix, in lsys.yaml order. */
  roles: RoleInfo[];
  rows: Array<{
    uppgift: string;
    sosfs: string[];
    /** role id → ansvarar | utför | deltar | informeras (absent: no part). */
    ansvar: Record<string, string>;
  }>;
}

export interface ProcessInfo {
  document: DocRef;
  activities: Array<{
    id: string;
    namn: string;
    ansvarig: RoleInfo;
    rutiner: DocRef[];
  }>;
}

export interface TypeCount {
  typ: string;
  utkast: number;
  fastställd: number;
  upphävd: number;
  total: number;
}

export interface ApprovedDoc {
  document: DocRef;
  version: string;
  /** The approval date, when it lies in the year. */
  fastställd?: string;
  /** Commits in the year that changed the file (from git history), newest first. */
  commits: Array<{ commit: string; date: string }>;
}

export interface OverdueDoc {
  document: DocRef;
  revideras: string;
  ägare: RoleInfo;
}

export interface GoalOutcome {
  document: DocRef;
  id: string;
  beskrivning: string;
  indikator?: string;
  målvärde?: string;
  /** The outcome for the report year, if recorded. */
  utfall?: { värde: string; kommentar?: string };
  /** The outcome for the year before, if recorded. */
  föregående?: { värde: string; kommentar?: string };
}

export interface CollaborationInfo {
  document: DocRef;
  med: string;
  beskrivning: string;
  rutiner: DocRef[];
}

export interface ActionInfo {
  /** Where the action is recorded. */
  document: DocRef;
  /** e.g. "R2" (a risk) or "2026-05-04" (an egenkontroll occasion). */
  källa: string;
  beskrivning: string;
  ansvarig: RoleInfo;
  klart_senast: string;
  status: 'planerad' | 'pågår' | 'klar';
  klar_datum?: string;
  /** klar = completed in the year; öppen = not completed; försenad = open and past klart_senast at year end. */
  läge: 'klar' | 'öppen' | 'försenad';
}

export interface RiskInfo {
  id: string;
  beskrivning: string;
  orsak?: string;
  sannolikhet: number;
  konsekvens: number;
  riskvärde: number;
  åtgärder: ActionInfo[];
}

export interface RiskAnalysisInfo {
  document: DocRef;
  datum: string;
  anledning: string;
  risker: RiskInfo[];
}

export interface RiskSection {
  analyses: RiskAnalysisInfo[];
  threshold: number;
  /** counts[sannolikhet - 1][konsekvens - 1]: number of risks in the year's analyses. */
  matrix: number[][];
  /** Risks at or above the threshold, highest first. */
  aboveThreshold: Array<RiskInfo & { analysis: DocRef }>;
}

export interface SelfInspectionInfo {
  document: DocRef;
  område: string;
  metod: string;
  frekvens: string;
  ansvarig: RoleInfo;
  /** Occasions due in the year by `frekvens`, from the plan's start (calendar arithmetic). */
  planerade: number;
  genomförda: number;
  utanAnmärkning: number;
  brister: number;
  /**
   * When the egenkontroll is fastställd and its next occasion (the last performed one, or the
   * approval, plus one frekvens) was due before the year's end or the report date, whichever
   * is earlier: that due date. It is then behind its frekvens, as egenkontroll/overdue reports.
   */
  försenad?: string;
  occasions: Array<{ datum: string; resultat: string; sammanfattning?: string; åtgärder: ActionInfo[] }>;
}

export interface SelfInspectionSection {
  rows: SelfInspectionInfo[];
  planerade: number;
  genomförda: number;
}

export interface CountRow {
  /** A category (avvikelser) or a source (klagomål). */
  namn: string;
  år: number;
  föregående: number;
}

export interface PeriodTotals {
  avvikelser: number;
  klagomål: number;
  lex_sarah: number;
  lex_sarah_anmälda: number;
  lex_maria: number;
  /** The sammanställningar summed for this year, and the days of the year they cover. */
  källor: Array<{ document: DocRef; från: string; till: string }>;
  dagar: number;
  dagarIÅret: number;
}

export interface DeviationSection {
  avvikelser: CountRow[];
  klagomål: CountRow[];
  år: PeriodTotals;
  föregående: PeriodTotals;
  /** The analysis text (body) of each sammanställning of the year, rendered and sanitised. */
  analyser: Array<{ document: DocRef; från: string; till: string; html: string; markdown: string }>;
  /** Sammanställningar left out of the sums, and why (overlap or spanning the year end). */
  utelämnade: Array<{ document: DocRef; skäl: string; skäl_en: string }>;
}

export interface CoverageRow {
  paragraf: string;
  krav: string;
  krav_en: string;
  documents: DocRef[];
  undantag?: { skäl: string; till?: string };
  /** true when no fastställd document lists it and no valid exemption covers it. */
  lucka: boolean;
}

interface ValidationSummary {
  errors: number;
  warnings: number;
  byRule: Array<{ rule: string; severity: string; count: number }>;
  /** At most 50 findings, the errors first. */
  diagnostics: Array<{ file: string; line: number; rule: string; severity: string; message: string }>;
  more: number;
}

/** One unit × document type of "Personalens kännedom om rutiner" (läskvittens, issue 13): counts only. */
export interface ReadingRow {
  unit: { id: string; namn: string };
  /** The document type (`rutin` …). */
  typ: string;
  /** Confirmations required at `date`: the unit's readers × the documents of the type they must read. */
  required: number;
  /** Of those, how many were confirmed (a version that counts, dated on or before `date`). */
  confirmed: number;
  /** The same at the year before's end. */
  previousRequired: number;
  previousConfirmed: number;
}

/** "Personalens kännedom om rutiner": the share of required confirmations made, per unit × type, at the year's end and the year before's. */
export interface ReadingSection {
  /** lsys.yaml has a `läskvittens` block; without it the section says so in one sentence. */
  configured: boolean;
  /** The day the year is judged at: 31 December, or the report date when that is earlier. */
  date: string;
  /** 31 December of the year before. */
  previousDate: string;
  /** In lsys.yaml's unit order, then by type. */
  rows: ReadingRow[];
  /** Per unit, all types together (the chart's bars). */
  units: Array<{
    unit: { id: string; namn: string };
    required: number;
    confirmed: number;
    previousRequired: number;
    previousConfirmed: number;
  }>;
  total: { required: number; confirmed: number; previousRequired: number; previousConfirmed: number };
}

export interface ReportModel {
  kind: ReportKind;
  year: number;
  previousYear: number;
  /** The report date (`--today`). */
  today: string;
  organisation: string;
  verksamhetsformer: string[];
  generator: string;
  roles: RoleInfo[];
  units: Array<{ id: string; namn: string; verksamhetsformer: string[] }>;
  /**
   * How many units lsys.yaml lists in all. The patientsäkerhetsberättelse shows only the units
   * that run hsl; when there are none, this tells "no units" from "no unit runs hsl".
   */
  unitsListed?: number;
  responsibility: ResponsibilityMatrix[];
  processes: ProcessInfo[];
  counts: TypeCount[];
  approved: ApprovedDoc[];
  overdue: OverdueDoc[];
  /** Personalens kännedom om rutiner (läskvittens). */
  reading: ReadingSection;
  goals: GoalOutcome[];
  collaboration: CollaborationInfo[];
  risks: RiskSection;
  selfInspection: SelfInspectionSection;
  deviations: DeviationSection;
  actions: ActionInfo[];
  coverage: CoverageRow[];
  validation: ValidationSummary;
}
