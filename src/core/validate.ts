/**
 * The validation pipeline, readable in one screen:
 * config → discover → load each document once (parse and run the local checks, or take
 * both from the cache) → document rules → project rules → sort.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { discover, discoverListed } from './discover.js';
import { loadAll } from './load-all.js';
import { defaultCacheFile } from './cache-file.js';
import { loadCatalog } from './catalog.js';
import { readGitHistory } from './git.js';
import { LsysError } from './errors.js';
import { tr } from './i18n.js';
import { format, perLang, say, wordReport } from './messages.js';
import { RUN_MESSAGES } from './run-messages.js';
import { hiddenSentence } from './invisible.js';
import { fsErrorReason } from './fs-write.js';
import type {
  Config,
  Diagnostic,
  DocumentRule,
  DocumentRuleContext,
  Finding,
  Lang,
  LoadedDocument,
  LocalRule,
  LocalRuleContext,
  ParsedDocument,
  PlannedFix,
  Position,
  Report,
  Rule,
  RuleRegistry,
  RunContext,
  RunFacts,
  SeveritySetting,
  ValidationResult,
} from './types.js';
import { findPosition } from './positions.js';
import { readReading } from './reading.js';
import { READING_MESSAGES } from './reading-messages.js';

export interface ValidateOptions<M = unknown> {
  config: Config;
  today: string;
  lang: Lang;
  /** Read git history for review/changed-after-approval (default true). */
  git?: boolean;
  /** The git history, already being read (the CLI starts git before loading the rest of lsys). */
  history?: Promise<import('./git.js').GitHistory | undefined>;
  /** Only report on files under these absolute paths (cross-references still use every document). */
  paths?: string[];
  /** Severity overrides from the command line (win over lsys.yaml's `regler`). */
  ruleOverrides?: Record<string, SeveritySetting>;
  /** Errors only. */
  quiet?: boolean;
  /**
   * The registered rules and how their ids and severities resolve (src/rules/index.ts): the
   * core does not know the rules, they are passed in.
   */
  registry: RuleRegistry<M>;
  /** The rules to run (default: all of the registry's rules). */
  rules?: readonly Rule<M>[];
  /** Use the facts cache (default true). */
  cache?: boolean;
  /** The cache file (default: see defaultCacheFile). */
  cacheLocation?: string;
  /** Worker threads for parsing: undefined = by size; 0 or 1 = none. */
  workers?: number;
  /** A body hook module's URL (see LoadAllOptions.bodyHook): lsys site renders each parsed body from the load's own parse. */
  bodyHook?: string;
  /**
   * The repository's files in memory (root-relative path with `/` separators → content) in
   * place of the disk under config.root: nothing is read or written there — no cache, and no
   * git unless `history` is given (the rule tester, test/helpers/rule-tester.ts).
   */
  files?: ReadonlyMap<string, string | Uint8Array>;
  /**
   * Documents as they would be (root-relative path → text), checked instead of the file on
   * disk, every other file as usual: lsys approve checks a document as approval would leave it.
   * Their facts are not cached.
   */
  replace?: ReadonlyMap<string, string>;
  /**
   * With `files`: facts read from the cache by content hash and shared between the in-memory
   * runs of one process, never written (lsys diff loads two commits from git objects).
   */
  shared?: import('./cache.js').SharedFacts;
  /** With `files`: the files whose bytes are those on disk under config.root (see LoadAllOptions.onDisk). */
  onDisk?: (file: string) => boolean;
  /** With `files` and `shared`: a file's content hash when it is already known (see LoadAllOptions.hashOf). */
  hashOf?: (file: string) => string | undefined;
}

export interface ValidationRun<M = unknown> {
  result: ValidationResult;
  documents: LoadedDocument[];
  /** The run's facts and its domain model (`context.model`), for outputs built on the same run. */
  context: RunContext<M>;
  /** The fixes offered by the findings reported (under `paths`, whatever `quiet` hides), for `--fix`. */
  fixes: PlannedFix[];
  /**
   * Things the user should know about the run itself, in the run's language (e.g. git is
   * missing, so a rule was skipped): not findings, so they change no count and no exit code.
   * The CLI prints them on stderr.
   */
  notices: string[];
}

export async function validateRepository<M>(opts: ValidateOptions<M>): Promise<ValidationRun<M>> {
  const { config, today, lang } = opts;
  const { registry } = opts;
  const rules = opts.rules ?? registry.rules;
  for (const id of [...Object.keys(config.regler), ...Object.keys(opts.ruleOverrides ?? {})]) {
    if (!registry.isKnownRuleId(id)) {
      // In lsys.yaml: point at the key's line, as other configuration errors do.
      const at = id in config.regler ? config.reglerPositions?.[id] : undefined;
      const where = at ? `${config.file}:${at.line}:${at.column}: ` : '';
      throw new LsysError('unknown-rule', say(RUN_MESSAGES.unknownRule, lang, { where, id }));
    }
  }
  const catalog = loadCatalog();
  const localRules = rules.filter((r): r is LocalRule => r.scope === 'local');
  const localConfig: LocalRuleContext['config'] = { rubriker: config.rubriker, risk: config.risk };
  const local = (doc: ParsedDocument): Finding[] => runLocalRules(localRules, localConfig, catalog, doc);

  // git runs in its own process from the start, beside discovery and loading.
  const memory = opts.files;
  const history =
    opts.git === false ? Promise.resolve(undefined) : (opts.history ?? (memory ? Promise.resolve(undefined) : readGitHistory(config.root)));
  const found = memory ? discoverListed(config, memory.keys(), lang) : await discover(config, lang);
  const cacheFile = opts.cache === false || memory ? undefined : (opts.cacheLocation ?? defaultCacheFile(config.root));
  const [{ documents, cacheError }, dataFiles, git, reading] = await Promise.all([
    loadAll({
      root: config.root,
      files: found.documents,
      outsideLinks: found.outsideLinks,
      cacheFile,
      cacheStamp: localStamp(localRules, localConfig),
      config,
      workers: opts.workers,
      local,
      ...(opts.bodyHook !== undefined ? { bodyHook: opts.bodyHook } : {}),
      ...(memory ? { read: (f: string) => bytesOf(memory.get(f)) } : {}),
      ...(opts.replace ? { replace: opts.replace } : {}),
      ...(memory && opts.shared ? { shared: opts.shared } : {}),
      ...(memory && opts.onDisk ? { onDisk: opts.onDisk } : {}),
      ...(memory && opts.shared && opts.hashOf ? { hashOf: opts.hashOf } : {}),
    }),
    Promise.all(
      found.dataFiles.map(async (f) => ({ file: f, text: memory ? textOf(bytesOf(memory.get(f))) : await readText(join(config.root, f)) })),
    ),
    history,
    // The läskvittens roster and confirmations: read in every run, never cached (issue 13).
    readReading(config, lang, memory),
  ]);
  const notices: string[] = [];
  if (cacheError !== undefined && opts.cacheLocation !== undefined && cacheFile !== undefined) {
    // A cache file the user named that cannot be written: said once, the run goes on (a cache
    // only saves time). The default cache in a read-only checkout stays silent.
    notices.push(tr(format(RUN_MESSAGES.cacheNotWritten, { file: cacheFile, reason: perLang((l) => fsErrorReason(cacheError, l)) }), lang));
  }
  if (reading && (!reading.found || !reading.roster)) {
    // Not a finding: the folder may be kept outside the repository and be absent in CI on purpose.
    // But a mistyped path must not switch läskvittens off unseen.
    notices.push(
      say(reading.found ? READING_MESSAGES.noRoster : READING_MESSAGES.noFolder, lang, { file: config.file, folder: reading.folder }),
    );
  }
  const gitRule = rules.find((r) => r.meta.id === 'review/changed-after-approval');
  if (git?.missing && gitRule && isActive(registry, gitRule, config, opts.ruleOverrides)) {
    notices.push(tr(RUN_MESSAGES.gitMissing, lang));
  }

  const byId = new Map<string, LoadedDocument[]>();
  for (const d of documents) {
    if (!d.id) continue;
    const list = byId.get(d.id);
    if (list) list.push(d);
    else byId.set(d.id, [d]);
  }
  const facts: RunFacts = {
    config,
    today,
    catalog,
    documents,
    byId,
    byFile: new Map(documents.map((d) => [d.file, d])),
    exists: memory ? existsIn(config.root, memory) : memoExists(),
    git: git?.missing ? undefined : git,
    dataFiles: dataFiles.filter((d): d is { file: string; text: string } => d.text !== undefined),
    ...(reading ? { reading } : {}),
  };
  // The domain model is built once per run by the layer that owns it (the registry's factory):
  // the core stays below src/model and passes the model to the checks without knowing its type.
  const context: RunContext<M> = { ...facts, model: registry.buildModel(facts) };

  const diagnostics: Diagnostic[] = [];
  const fixes: PlannedFix[] = [];
  const push = (
    id: string,
    doc: LoadedDocument | undefined,
    file: string,
    at: Position,
    r: { message: NonNullable<Report['message']>; hint?: Report['hint']; fix?: Report['fix'] },
  ): void => {
    const severity = registry.severityOf(id, config, opts.ruleOverrides);
    if (severity === 'off') return;
    if (r.fix && doc) fixes.push({ file, absPath: doc.absPath, line: at.line, column: at.column, rule: id, fix: r.fix });
    const message = tr(r.message, lang);
    diagnostics.push({
      file,
      line: at.line,
      column: at.column,
      rule: id,
      severity,
      // A value shown with a hidden character (q() marks it ⟨U+200B⟩) gets a sentence naming it.
      message: message + hiddenSentence(message, lang),
      // A hint may exist in one language only (a schema's Swedish field description): then none in the other.
      ...(r.hint && tr(r.hint, lang) ? { hint: tr(r.hint, lang) } : {}),
      ...(doc?.id ? { documentId: doc.id } : {}),
    });
  };
  const emit = (rule: Rule<M>, fallbackDoc: LoadedDocument | undefined, reported: Report): void => {
    const r = wordReport(rule.meta.messages, reported);
    const id = r.rule ?? rule.meta.id;
    if (r.file) {
      push(id, undefined, r.file, resolveAt(r.at, undefined), r);
      return;
    }
    const doc = r.doc ?? fallbackDoc;
    push(id, doc, doc?.file ?? config.file, resolveAt(r.at, doc), r);
  };

  const active = rules.filter((r) => isActive(registry, r, config, opts.ruleOverrides));
  // One context object per document, shared by its rules (10,000 documents × 26 rules).
  const documentRules = active.filter((r): r is DocumentRule<M> => r.scope === 'document');
  // Set before each rule runs: the context's report is only called from inside a rule's run.
  let currentRule: Rule<M> | undefined;
  for (const doc of documents) {
    for (const f of doc.findings) push(f.rule, doc, doc.file, f, f);
    const docContext: DocumentRuleContext<M> = { ...context, doc, report: (r) => emit(currentRule!, doc, r) };
    for (const rule of documentRules) {
      if (rule.needsData !== false && !doc.data) continue;
      currentRule = rule;
      try {
        rule.run(docContext);
      } catch (e) {
        emit(rule, doc, { message: crashMessage(rule, e), at: { line: 1, column: 1 } });
      }
    }
  }
  for (const rule of active) {
    if (rule.scope !== 'project') continue;
    try {
      await rule.run({ ...context, report: (r) => emit(rule, undefined, r) });
    } catch (e) {
      emit(rule, undefined, { message: crashMessage(rule, e), at: { line: 1, column: 1 } });
    }
  }

  // With paths, only what lies under them is shown and counted.
  const prefixes = opts.paths?.length ? opts.paths.map((p) => relative(config.root, resolve(p)).split(sep).join('/')) : undefined;
  const shownFile = (file: string): boolean => !prefixes || prefixes.some((p) => p === '' || file === p || file.startsWith(p + '/'));
  let shown = diagnostics.filter((d) => shownFile(d.file));
  if (opts.quiet) shown = shown.filter((d) => d.severity === 'error');
  shown.sort(compareDiagnostics);
  const checkedDocs = documents.filter((d) => shownFile(d.file));
  const files = checkedDocs.length + 1 + (prefixes ? 0 : context.dataFiles.length);
  return {
    result: {
      today,
      files,
      documents: checkedDocs.length,
      diagnostics: shown,
      errors: shown.filter((d) => d.severity === 'error').length,
      warnings: shown.filter((d) => d.severity === 'warning').length,
    },
    documents,
    context,
    fixes: fixes.filter((f) => shownFile(f.file)),
    notices,
  };
}

/** Run the local checks on a freshly parsed document; their findings go into the cache with its facts. */
function runLocalRules(
  rules: LocalRule[],
  config: LocalRuleContext['config'],
  catalog: LocalRuleContext['catalog'],
  doc: ParsedDocument,
): Finding[] {
  const findings: Finding[] = [];
  let current: LocalRule | undefined; // set before each rule runs, like currentRule above
  const ctx: LocalRuleContext = {
    config,
    catalog,
    doc,
    report: (reported) => {
      const r = wordReport(current!.meta.messages, reported);
      const at = resolveAt(r.at, doc);
      findings.push({
        rule: r.rule ?? current!.meta.id,
        message: r.message,
        ...(r.hint ? { hint: r.hint } : {}),
        line: at.line,
        column: at.column,
      });
    },
  };
  for (const rule of rules) {
    if (rule.needsData !== false && !doc.data) continue;
    current = rule;
    try {
      rule.run(ctx);
    } catch (e) {
      findings.push({ rule: rule.meta.id, message: crashMessage(rule, e), line: 1, column: 1 });
    }
  }
  return findings;
}

/** What cached findings depend on besides a file's bytes: the local checks and what they read of lsys.yaml. */
function localStamp(rules: LocalRule[], config: LocalRuleContext['config']): string {
  const what = JSON.stringify({ rules: rules.map((r) => r.meta.id), rubriker: config.rubriker, risk: config.risk });
  return createHash('sha1').update(what).digest('hex');
}

function crashMessage(rule: Rule, e: unknown): NonNullable<Report['message']> {
  return format(RUN_MESSAGES.crashed, { rule: rule.meta.id, error: String((e as Error)?.message ?? e) });
}

function memoExists(): (absPath: string) => boolean {
  const known = new Map<string, boolean>();
  return (absPath) => {
    let e = known.get(absPath);
    if (e === undefined) {
      e = existsSync(absPath);
      known.set(absPath, e);
    }
    return e;
  };
}

/** A path exists in memory when it is one of the files or a folder above one. */
function existsIn(root: string, files: ReadonlyMap<string, unknown>): (absPath: string) => boolean {
  const folders = new Set(['']);
  for (const f of files.keys()) for (let i = f.indexOf('/'); i !== -1; i = f.indexOf('/', i + 1)) folders.add(f.slice(0, i));
  return (absPath) => {
    const rel = relative(root, absPath).split(sep).join('/');
    return files.has(rel) || folders.has(rel);
  };
}

function bytesOf(content: string | Uint8Array | undefined): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content ?? new Uint8Array());
}

function isActive<M>(registry: RuleRegistry<M>, rule: Rule<M>, config: Config, overrides?: Record<string, SeveritySetting>): boolean {
  if (rule.meta.id === 'schema') return true; // sub-ids are resolved per diagnostic
  return registry.severityOf(rule.meta.id, config, overrides) !== 'off';
}

/** A frontmatter path resolves to its key, or to the nearest ancestor that exists. */
function resolveAt(at: Report['at'], doc: LoadedDocument | undefined): Position {
  // No place given: the file's first line, where its frontmatter opens.
  if (!at) return { line: 1, column: 1 };
  if (!Array.isArray(at)) return at;
  return (doc && findPosition(doc.positions, at)) ?? { line: 1, column: 1 };
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return textOf(await readFile(path));
  } catch {
    return undefined;
  }
}

/** A data file's text; none for a binary file (a NUL byte). */
function textOf(buf: Buffer): string | undefined {
  return buf.indexOf(0) !== -1 ? undefined : buf.toString('utf8');
}
