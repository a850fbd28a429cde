/**
 * Shared types of the lsys core: configuration, loaded documents, rules and diagnostics.
 * The core never touches `console` or `process`; the CLI passes everything in.
 */

export type Lang = 'sv' | 'en';
export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';
export type Sector = 'sol' | 'lss' | 'hsl';

/** A message in both languages; the runner picks one. */
export interface Text {
  sv: string;
  en: string;
}

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

export interface Role {
  id: string;
  namn: string;
}

export interface Unit {
  id: string;
  namn: string;
  verksamhetsformer?: Sector[];
}

export interface Exemption {
  sosfs: string;
  skäl: string;
  till?: string;
  /** Where the entry stands in lsys.yaml. */
  at: Position;
}

/** lsys.yaml after defaults are applied. */
export interface Config {
  /** Absolute path of the repository root (the folder of lsys.yaml). */
  root: string;
  /** Path of lsys.yaml relative to root (always "lsys.yaml"). */
  file: string;
  organisation: string;
  verksamhetsformer: Sector[];
  dokument: string;
  ignorera: string[];
  roller: Role[];
  enheter: Unit[];
  revision: { varna_dagar: number; max_månader: number };
  risk: { åtgärdsgräns: number };
  undantag: Exemption[];
  rubriker: Record<string, string[]>;
  regler: Record<string, SeveritySetting>;
  /** Positions of top-level keys in lsys.yaml, for diagnostics reported on the config. */
  keyPositions: Record<string, Position>;
}

export type DocType =
  | 'policy'
  | 'process'
  | 'rutin'
  | 'ansvarsfördelning'
  | 'riskanalys'
  | 'egenkontroll'
  | 'sammanställning'
  | 'blankett';

export const DOC_TYPES: readonly DocType[] = [
  'policy',
  'process',
  'rutin',
  'ansvarsfördelning',
  'riskanalys',
  'egenkontroll',
  'sammanställning',
  'blankett',
];

/** Governing documents are reviewed; record documents are not. */
export const STYRANDE: ReadonlySet<string> = new Set([
  'policy',
  'process',
  'rutin',
  'ansvarsfördelning',
  'egenkontroll',
  'blankett',
]);

/** The key of a frontmatter path in `LoadedDocument.positions`. */
export function pathKey(path: ReadonlyArray<string | number>): string {
  return path.join('\u001f');
}

/** Frontmatter as the user wrote it (after Ajv's integer coercion when it validated). */
export type Frontmatter = Record<string, unknown>;

export interface Heading {
  text: string;
  depth: number;
  slug: string;
  at: Position;
}

export interface Link {
  url: string;
  at: Position;
  kind: 'link' | 'image' | 'definition';
}

/** One file under the documents folder, loaded once and shared by every rule. */
export interface LoadedDocument {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** Absolute path. */
  absPath: string;
  /** Frontmatter as a plain object, when it parsed to a mapping. */
  data?: Frontmatter;
  /** True when `data` passed the schema of its type. */
  schemaValid: boolean;
  /** The document id, when it is a string. */
  id?: string;
  typ?: string;
  /**
   * Where each frontmatter key and list item stands, compactly: `keys` are path keys (see
   * `pathKey`) separated by U+001E, `at` holds line and column pairs in the same order.
   * Two values per document instead of an object per key: cheap to cache, clone and collect.
   */
  positions: { keys: string; at: Uint32Array };
  /** Personal identity numbers found anywhere in the file (for privacy/personal-number). */
  personalNumbers: Array<{ line: number; column: number; match: string; kind: 'personnummer' | 'samordningsnummer' }>;
  /** 1-based line of the first frontmatter line (the one after `---`). */
  frontmatterLine: number;
  /** 1-based line where the body starts (after the closing `---`). */
  bodyLine: number;
  /** Markdown body text (after the frontmatter). */
  body?: string;
  /** The file could be read as text (it may still have problems). */
  readable: boolean;
  headings: Heading[];
  links: Link[];
  /** Problems found while reading and parsing the file. */
  problems: LoadProblem[];
  /** Schema errors of the frontmatter (Ajv's, trimmed to what messages use). */
  schemaErrors: import('ajv').ErrorObject[];
}

/** A problem found while loading a file, reported by the rule named in `rule`. */
export interface LoadProblem {
  rule: 'file/encoding' | 'frontmatter/missing' | 'frontmatter/yaml';
  message: Text;
  hint?: Text;
  at: Position;
}

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  rule: string;
  severity: Severity;
  message: string;
  hint?: string;
  documentId?: string;
}

/** What a rule reports; the runner adds rule id, severity and language. */
export interface Report {
  message: Text;
  /** A sub-id of the rule, e.g. `schema/required` for the schema rule. */
  rule?: string;
  hint?: Text;
  /** Where: a position, or a frontmatter path such as ['aktiviteter', 0, 'ansvarig']. */
  at?: Position | Array<string | number>;
  /** Report on another document than the current one (project rules). */
  doc?: LoadedDocument;
  /** Report on a file that is not a document (lsys.yaml, a data file). */
  file?: string;
}

export interface RuleMeta {
  id: string;
  description: Text;
  defaultSeverity: SeveritySetting;
}

export interface RunContext {
  config: Config;
  today: string;
  catalog: import('./catalog.js').Catalog;
  /** Every loaded document of the repository. */
  documents: LoadedDocument[];
  byId: Map<string, LoadedDocument[]>;
  /** Every document by its path relative to the root. */
  byFile: Map<string, LoadedDocument>;
  /** Memoised existence checks of link targets (absolute path → exists). */
  exists(absPath: string): boolean;
  git: import('./git.js').GitHistory | undefined;
  /** Files in the repository's `data/` folder, with their text. */
  dataFiles: Array<{ file: string; text: string }>;
}

export interface DocumentRuleContext extends RunContext {
  doc: LoadedDocument;
  report(r: Report): void;
}

export interface ProjectRuleContext extends RunContext {
  report(r: Report): void;
}

export interface DocumentRule {
  meta: RuleMeta;
  scope: 'document';
  /** Only run on documents whose frontmatter is a mapping (default true). */
  needsData?: boolean;
  run(ctx: DocumentRuleContext): void;
}

export interface ProjectRule {
  meta: RuleMeta;
  scope: 'project';
  run(ctx: ProjectRuleContext): void | Promise<void>;
}

export type Rule = DocumentRule | ProjectRule;

export interface ValidationResult {
  today: string;
  files: number;
  documents: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}
