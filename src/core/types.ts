/**
 * Shared types of the lsys core: configuration, loaded documents, rules and diagnostics.
 * The core never touches `console` or `process`; the CLI passes everything in.
 */

// The primitive types live in a leaf module that imports nothing, so that the modules these
// types name (catalog, git, fs-write …) can use them without a cycle back to this file.
export type { Lang, Position, Sector, Severity, SeveritySetting, Text } from './primitives.js';
import type { Position, Sector, Severity, SeveritySetting, Text } from './primitives.js';

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

/** lsys.yaml `webbplats`: the staff handbook of `lsys site` (all optional). */
export interface WebbplatsConfig {
  /** The handbook's name (default: "<organisation> – ledningssystem"). */
  namn?: string;
  /** Where the handbook is published, an http(s) URL, e.g. https://intranat.example.se/handbok/ (the default of --base-url). */
  url?: string;
  /** Who answers questions about the content (a function, e-mail or phone; never a person's name required). */
  kontakt?: string;
  /** The tillgänglighetsredogörelse: where to report accessibility problems, and when the site was assessed (YYYY-MM-DD). */
  tillgänglighet?: { kontakt?: string; telefon?: string; bedömd?: string };
}

/** A default role for new and approved documents (lsys.yaml `defaults` or `defaults.typer.<typ>`). */
export interface RoleDefaults {
  /** The `ägare` that `lsys new` writes. */
  ägare?: string;
  /** The `fastställd_av` that `lsys approve` writes when `--by` is not given. */
  fastställd_av?: string;
}

/** lsys.yaml `defaults`: roles for all types, and per type (a type's entry wins). */
export interface DefaultsConfig extends RoleDefaults {
  typer: Partial<Record<DocType, RoleDefaults>>;
}

/** lsys.yaml `årshjul` after defaults: the yearly reports' date and owner, and the calendar's reminder. */
export interface ÅrshjulConfig {
  /** `MM-DD`: the kvalitetsberättelse for the year before is due on this day each year (default `03-01`). */
  kvalitetsberättelse: string;
  /** The role that owns the yearly reports (default: the first role under `roller`). */
  ansvarig: string;
  /** Days before an event that `lsys calendar`'s reminder (VALARM) fires (default 14). */
  påminnelse_dagar: number;
}

/**
 * lsys.yaml `läskvittens` after defaults (issue 13): who must read which documents, where the
 * roster and the confirmations are, and how long readers have.
 */
export interface LäskvittensConfig {
  /** Absolute path of the folder with `personal.csv` and the confirmation files (may be outside the repository). */
  mapp: string;
  /** `mapp` as written in lsys.yaml (default `data/läskvittenser`), for messages. */
  mappText: string;
  /** Days after `fastställd` by which every reader must have confirmed (default 30). */
  dagar: number;
  /** Which new versions need a new confirmation: a new major version (default) or any new version. */
  vid: 'major' | 'minor';
  /** Per document type: the roles that must read its documents (a document's own `läses_av` wins). */
  läses_av: Partial<Record<DocType, string[]>>;
  /** URL template of the organisation's confirmation form, with {id}, {version} and {titel}. */
  formulär?: string;
}

/** lsys.yaml after defaults are applied. */
export interface Config {
  /** Absolute path of the repository root (the folder of lsys.yaml). */
  root: string;
  /** Path of lsys.yaml relative to root (always "lsys.yaml"). */
  file: string;
  /** SHA-1 of lsys.yaml's text: the cache keeps the parsed configuration under it. */
  hash: string;
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
  /** Positions of the keys under `regler` in lsys.yaml (an unknown rule id is reported at its line). */
  reglerPositions?: Record<string, Position>;
  /** The `webbplats` block, when lsys.yaml has one. */
  webbplats?: WebbplatsConfig;
  /** `defaults` (empty when absent): see roleDefault() in config.ts. */
  defaults: DefaultsConfig;
  /** `årshjul` with its defaults. */
  årshjul: ÅrshjulConfig;
  /** `läskvittens` with its defaults; undefined when lsys.yaml has no such block (then nothing about reading is read or checked). */
  läskvittens?: LäskvittensConfig;
}

export type DocType = 'policy' | 'process' | 'rutin' | 'ansvarsfördelning' | 'riskanalys' | 'egenkontroll' | 'sammanställning' | 'blankett';

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
export const STYRANDE: ReadonlySet<string> = new Set(['policy', 'process', 'rutin', 'ansvarsfördelning', 'egenkontroll', 'blankett']);

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

/**
 * One file under the documents folder as every run knows it, whether it was parsed in this
 * run or its facts came from the cache: what the checks that look beyond the document itself
 * (dates against today, references, links, git) need.
 */
export interface LoadedDocument {
  /** Path relative to the repository root, with `/` separators. */
  file: string;
  /** Absolute path. */
  absPath: string;
  /** SHA-1 of the file's bytes (the facts cache's key), when the file was read or its hash known: what lsys site keys its rendered bodies by. */
  hash?: string;
  /** Frontmatter as a plain object, when it parsed to a mapping. */
  data?: Frontmatter;
  /**
   * SHA-1 of the frontmatter's text, when the file has a closed frontmatter block: what it
   * states, without its body (lsys site keys the facts its pages share by it).
   */
  frontmatterHash?: string;
  /** The document id, when it is a string. */
  id?: string;
  typ?: string;
  /** Personal identity numbers found anywhere in the file (for privacy/personal-number). */
  personalNumbers: import('./personnummer.js').PersonalNumberHit[];
  /** The GitHub anchors of the body's headings, in order. */
  slugs: string[];
  /** The relative links of the body, packed: one a line, `line:column url` (see core/links.ts). */
  links: string;
  /** Findings of the local checks (see LocalRule), made when the file was parsed and cached with its facts. */
  findings: Finding[];
  /** Where each frontmatter key and list item stands, packed (see core/positions.ts). */
  positions: { keys: string; at: string };
  /**
   * What the load's body hook made of the body from the same parse (lsys site: its HTML; see
   * LoadAllOptions.bodyHook), when the document was parsed in this run. Never cached.
   */
  rendered?: unknown;
}

/** A document parsed in this run: everything the local checks need besides what is cached. */
export interface ParsedDocument extends LoadedDocument {
  /** 1-based line where the body starts (after the closing `---`). */
  bodyLine: number;
  headings: Heading[];
  /** Problems found while reading and parsing the file. */
  problems: LoadProblem[];
  /** Schema errors of the frontmatter (Ajv's, trimmed to what messages use). */
  schemaErrors: import('ajv').ErrorObject[];
}

/** A finding of a local check, with its position resolved: it is kept in the cache. */
export interface Finding {
  /** The full rule id, e.g. `schema/required`. */
  rule: string;
  message: Text;
  hint?: Text;
  line: number;
  column: number;
}

/**
 * A problem found while loading a file: what went wrong (a code) and its data, no wording.
 * The rule named in `rule` words it (src/rules/file/encoding.ts, frontmatter/missing.ts,
 * frontmatter/yaml.ts). Plain data: a parsed document travels from a worker thread.
 */
export type LoadProblem =
  /** The file cannot be read: `code` is the errno (or the error), `reason` the error's first line when it has no errno. */
  | { rule: 'file/encoding'; code: 'unreadable'; data: { code: string; reason?: string }; at: Position }
  /** A symbolic link to a place outside the repository. */
  | { rule: 'file/encoding'; code: 'outside-link'; data: { target: string }; at: Position }
  | { rule: 'file/encoding'; code: 'nul-bytes' | 'not-utf8'; at: Position }
  | { rule: 'frontmatter/missing'; code: 'empty-file' | 'no-opening-line'; at: Position }
  | { rule: 'frontmatter/yaml'; code: 'unclosed'; at: Position }
  | { rule: 'frontmatter/yaml'; code: 'too-big'; data: { maxChars: number; maxDepth: number }; at: Position }
  /** A YAML syntax error: the `yaml` package's error code and (English) message. */
  | { rule: 'frontmatter/yaml'; code: 'syntax'; data: { code: string; message: string; key?: string }; at: Position }
  | { rule: 'frontmatter/yaml'; code: 'too-many-aliases'; data: { message: string }; at: Position };

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

/**
 * What a rule reports; the runner adds rule id, severity and language. The wording is the
 * rule's own: `messageId` (and `hintId`) name messages of its `meta.messages`, whose `{name}`
 * placeholders `data` fills, as in ESLint. A text made elsewhere (a catalogue constant such
 * as LAGRUM_GRAMMAR, a message of the rule built from parts) may be given as `message`/`hint`.
 */
export interface Report {
  message?: Text;
  messageId?: string;
  /** Values of the placeholders of the message and the hint. */
  data?: import('./messages.js').MessageData;
  /** A sub-id of the rule, e.g. `schema/required` for the schema rule. */
  rule?: string;
  hint?: Text;
  hintId?: string;
  /** Where: a position, or a frontmatter path such as ['aktiviteter', 0, 'ansvarig']. */
  at?: Position | Array<string | number>;
  /** Report on another document than the current one (project rules). */
  doc?: LoadedDocument;
  /** Report on a file that is not a document (lsys.yaml, a data file). */
  file?: string;
  /** A rewrite that `lsys validate --fix` may make (document and project checks only; not cached). */
  fix?: Fix;
}

/** A rewrite of one frontmatter string, offered by a check for `lsys validate --fix`. */
export interface Fix {
  /** Where the string stands in the frontmatter, e.g. ['lagrum', 2]. */
  path: Array<string | number>;
  /** The value as the check read it; the fix is not made if the file says otherwise by then. */
  from: string;
  to: string;
}

/** A fix of a reported finding, with the finding's file, position and rule. */
export interface PlannedFix {
  /** Path relative to the repository root, and absolute. */
  file: string;
  absPath: string;
  line: number;
  column: number;
  rule: string;
  fix: Fix;
}

export interface RuleMeta {
  id: string;
  description: Text;
  defaultSeverity: SeveritySetting;
  /** The rule's messages and hints by id, in both languages with named placeholders (see core/messages.ts). */
  messages?: import('./messages.js').Catalogue;
}

/**
 * What every run knows besides the rules: lsys.yaml, today, the catalogue, the loaded
 * documents, git. The layer above builds its domain model from this (see RuleRegistry.buildModel).
 */
export interface RunFacts {
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
  /**
   * The roster and confirmations of `läskvittens.mapp`, read in this run (never cached);
   * undefined when lsys.yaml has no `läskvittens` block.
   */
  reading?: import('./reading-data.js').ReadingData;
}

/**
 * What the document and project checks see: the run's facts and the domain model `M` built
 * from them once per run. The core does not know the model's type (src/model sits above the
 * core): it is a type parameter, and the registry passed in builds it.
 */
export interface RunContext<M = unknown> extends RunFacts {
  /** The domain model of the run (src/model), built once by the registry's `buildModel`. */
  model: M;
}

export interface DocumentRuleContext<M = unknown> extends RunContext<M> {
  doc: LoadedDocument;
  report(r: Report): void;
}

interface ProjectRuleContext<M = unknown> extends RunContext<M> {
  report(r: Report): void;
}

/** What a local check sees: the parsed document, lsys.yaml and the catalogue — nothing else. */
export interface LocalRuleContext {
  /** Only what the cache stamp covers (see validate.ts). */
  config: Pick<Config, 'rubriker' | 'risk'>;
  catalog: import('./catalog.js').Catalog;
  doc: ParsedDocument;
  report(r: Omit<Report, 'doc' | 'file'>): void;
}

/**
 * A check whose findings depend only on the document's own content, lsys.yaml and the
 * catalogue — not on today, other documents or git. It runs when the file is parsed, and
 * its findings are cached with the file's facts: an unchanged file is not checked again.
 * Its context holds nothing else, so a local check cannot depend on more by mistake.
 */
export interface LocalRule {
  meta: RuleMeta;
  scope: 'local';
  /** Only run on documents whose frontmatter is a mapping (default true). */
  needsData?: boolean;
  run(ctx: LocalRuleContext): void;
}

/** A check run on every document in every run (it depends on today, other documents or files). */
export interface DocumentRule<M = unknown> {
  meta: RuleMeta;
  scope: 'document';
  /** Only run on documents whose frontmatter is a mapping (default true). */
  needsData?: boolean;
  run(ctx: DocumentRuleContext<M>): void;
}

export interface ProjectRule<M = unknown> {
  meta: RuleMeta;
  scope: 'project';
  run(ctx: ProjectRuleContext<M>): void | Promise<void>;
}

export type Rule<M = unknown> = LocalRule | DocumentRule<M> | ProjectRule<M>;

/**
 * The registered rules with their id and severity resolution, built beside the registry
 * (src/rules/index.ts) and passed to the core, which does not import the rules.
 */
export interface RuleRegistry<M = unknown> {
  rules: readonly Rule<M>[];
  /**
   * Build the domain model the document and project checks read (`ctx.model`), once per run,
   * from the run's facts. It should be cheap to build and compute costly facts lazily.
   */
  buildModel(facts: RunFacts): M;
  /** Is `id` a rule id a user may configure? */
  isKnownRuleId(id: string): boolean;
  /** The severity of a rule id: command line, then lsys.yaml, then the rule's default. */
  severityOf(id: string, config: Config, overrides?: Record<string, SeveritySetting>): SeveritySetting;
}

export interface ValidationResult {
  today: string;
  files: number;
  documents: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}
