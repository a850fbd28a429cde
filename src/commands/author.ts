/**
 * `lsys approve` (fastställ) and `lsys withdraw` (upphäv): find the document, work out the
 * change (src/author/plan.ts), edit the frontmatter in place, check the result as
 * `lsys validate` would, then show the diff (--dry-run) or write, and say what to do next.
 */
import { isAbsolute, relative } from 'node:path';
import { VERSION } from '../core/version.js';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import { unfinishedParts } from '../author/unfinished.js';
import type { Lang, LoadedDocument, ValidationResult } from '../core/types.js';
import { formatters } from '../format/index.js';
import { registry, rules } from '../rules/index.js';
import { openRepository, resolveToday, type CommandIO, type RepositoryOptions } from './setup.js';
import { editFrontmatter, type Edited, type FieldChange } from '../author/frontmatter-edit.js';
import { readForEdit, writeAll, type Original } from '../author/write.js';
import { checkRole, FIELD_ORDER, planApproval, planSuccessor, linksTo, pointingAt } from '../author/plan.js';
import { findDocument } from '../author/target.js';
import { unifiedDiff } from '../author/diff.js';
import { findPosition } from '../core/positions.js';
import { AUTHOR } from '../author/messages.js';
import { featureBranch } from '../author/branch.js';

/** The options of `lsys approve`, checked by the command line. */
export interface ApproveInput extends RepositoryOptions {
  /** The document: an id or a file. */
  target: string;
  today?: string;
  lang: Lang;
  /** --by: the approving role. */
  by?: string;
  major: boolean;
  minor: boolean;
  dryRun: boolean;
}

/** The options of `lsys withdraw`, checked by the command line. */
export interface WithdrawInput extends RepositoryOptions {
  target: string;
  today?: string;
  lang: Lang;
  /** --replaced-by: the successor's id. */
  replacedBy?: string;
  dryRun: boolean;
}

/** Load the repository as `lsys validate` does: the same configuration, cache, model and checks. */
async function open(o: RepositoryOptions & { today?: string; lang: Lang }, io: CommandIO) {
  const today = resolveToday(o.today, io.env, o.lang);
  const [{ root, load, history, config }, { validateRepository }] = await Promise.all([
    openRepository(o, o.lang, io),
    import('../core/validate.js'),
  ]);
  const options = { config, today, lang: o.lang, git: o.git, ...(history ? { history } : {}), registry, ...load };
  const run = await validateRepository(options);
  return { root, config, today, options, run, model: run.context.model, validateRepository };
}

/** Edit a document's frontmatter, or say in one line why it cannot be edited. */
function edited(original: Original, changes: readonly FieldChange[], lang: Lang): Edited {
  const r = editFrontmatter(original.text, changes, FIELD_ORDER);
  const file = original.doc.file;
  if ('text' in r) return r;
  if (r.problem === 'shape') throw new LsysError('field-shape', say(AUTHOR.shape, lang, { file, key: r.key }));
  if (r.problem === 'unsafe') throw new LsysError('edit-unsafe', say(AUTHOR.unsafe, lang, { file }));
  throw new LsysError('unreadable', say(AUTHOR.unreadable, lang, { file }));
}

/** Run `lsys approve`; returns the exit code (0 approved or shown, 1 refused because of errors). */
export async function runApprove(o: ApproveInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  if (o.major && o.minor) throw new LsysError('major-and-minor', say(AUTHOR.majorAndMinor, lang));
  const { root, config, today, options, run, model, validateRepository } = await open(o, io);
  if (o.by !== undefined) checkRole(config, o.by, lang);
  const doc = findDocument(o.target, model, { cwd: io.cwd, config, lang });
  const id = doc.id ?? doc.file;
  const color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  const stylish = (list: ValidationResult['diagnostics']): string =>
    formatters.stylish(resultOf(list, today), { lang, color, rules: rules.map((r) => r.meta), version: VERSION, root });
  if (!doc.data) {
    // Frontmatter that cannot be read (broken YAML, none at all): its errors, as validate shows them.
    io.stdout.write(`${say(AUTHOR.approveRefused, lang, { id })}\n\n${stylish(run.result.diagnostics.filter((d) => d.file === doc.file))}`);
    return 1;
  }
  const step = o.major ? 'major' : o.minor ? 'minor' : undefined;
  const plan = planApproval(doc, config, { today, ...(o.by !== undefined ? { by: o.by } : {}), ...(step ? { step } : {}) }, lang);
  const original = await readForEdit(doc, lang);
  // Guidance lsys new wrote that nobody has replaced: an empty routine must not reach the handbook.
  const unfinished = unfinishedParts(original.text);
  if (unfinished.length > 0) {
    const rows = unfinished.map(
      (u) =>
        `  ${doc.file}:${u.line}  ${say(u.kind === 'field' ? AUTHOR.unfinishedField : AUTHOR.unfinishedHeading, lang, { text: u.text })}`,
    );
    io.stdout.write(`${say(AUTHOR.approveUnfinished, lang, { id })}\n\n${rows.join('\n')}\n`);
    return 1;
  }
  const after = edited(original, plan.changes, lang);

  // The document as approval would leave it, checked with every other file as it is.
  const check = await validateRepository({ ...options, paths: [doc.absPath], replace: new Map([[doc.file, after.text]]) });
  const mine = check.result.diagnostics.filter((d) => d.file === doc.file).map((d) => ({ ...d, line: originalLine(d.line, after.added) }));
  const errors = mine.filter((d) => d.severity === 'error');
  const warnings = mine.filter((d) => d.severity === 'warning');
  if (errors.length > 0) {
    io.stdout.write(`${say(AUTHOR.approveRefused, lang, { id })}\n\n${stylish(mine)}`);
    return 1;
  }
  if (warnings.length > 0) io.stdout.write(`${say(AUTHOR.approveWarnings, lang, { id })}\n\n${stylish(warnings)}\n`);

  const titel = titleOf(doc);
  const facts = { id, titel, version: plan.version, by: plan.by, revideras: plan.revideras ?? '' };
  if (o.dryRun) {
    io.stdout.write(`${unifiedDiff(doc.file, original.text, after.text, color)}\n`);
    const review = plan.revideras ? say(AUTHOR.wouldReview, lang, facts) : '';
    io.stdout.write(`${say(AUTHOR.wouldApprove, lang, { ...facts, review })}\n`);
    return 0;
  }
  await writeAll([{ ...original, newText: after.text }], lang);
  io.stdout.write(`${say(plan.revideras ? AUTHOR.approved : AUTHOR.approvedRecord, lang, facts)}\n\n`);
  io.stdout.write(
    await nextSteps(lang, {
      root,
      cwd: io.cwd,
      branch: say(AUTHOR.approveBranch, lang, { id: id.toLowerCase() }),
      files: [doc.absPath],
      message: say(AUTHOR.approveCommit, lang, { id, version: plan.version }),
    }),
  );
  return 0;
}

/** Run `lsys withdraw`; returns the exit code (0 withdrawn or shown). */
export async function runWithdraw(o: WithdrawInput, io: CommandIO): Promise<number> {
  const { lang } = o;
  // Only the model is needed: git's history changes nothing here.
  const { root, model, config } = await open({ ...o, git: false }, io);
  const doc = findDocument(o.target, model, { cwd: io.cwd, config, lang });
  const id = doc.id ?? doc.file;
  // Withdrawn already: nothing wrong, and nothing to do unless a successor must name it.
  const already = doc.data?.status === 'upphävd';
  if (already && o.replacedBy === undefined) {
    io.stdout.write(`${say(AUTHOR.alreadyWithdrawn, lang, { id })}\n`);
    return 0;
  }
  const successor = o.replacedBy === undefined ? undefined : planSuccessor(model, doc, o.replacedBy, lang);
  // Both files are read and edited before anything is written: a refusal leaves both as they were.
  const originals = already ? [] : [await readForEdit(doc, lang)];
  const edits = already ? [] : [edited(originals[0]!, [{ key: 'status', value: 'upphävd' }], lang)];
  if (successor) {
    const original = await readForEdit(successor.successor, lang);
    const e = edited(original, successor.changes, lang);
    // A successor that already names this document needs no change.
    if (e.text !== original.text) {
      originals.push(original);
      edits.push(e);
    }
  }
  const files = originals.map((orig, i) => ({ ...orig, newText: edits[i]!.text }));
  if (files.length === 0) {
    // Withdrawn, and the successor already names it.
    io.stdout.write(`${say(AUTHOR.alreadyWithdrawn, lang, { id })}\n`);
    return 0;
  }
  const color = io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
  const titel = titleOf(doc);
  const succ = successor?.successor;
  const facts = { id, titel, successor: succ?.id ?? '', successorTitel: succ ? titleOf(succ) : '' };
  if (o.dryRun) {
    for (const f of files) io.stdout.write(`${unifiedDiff(f.doc.file, f.text, f.newText, color)}\n`);
    const replaced = succ ? say(AUTHOR.wouldReplace, lang, facts) : '';
    io.stdout.write(`${say(AUTHOR.wouldWithdraw, lang, { ...facts, replaced })}\n`);
  } else {
    await writeAll(files, lang);
    io.stdout.write(`${say(succ ? AUTHOR.withdrawnReplaced : AUTHOR.withdrawn, lang, facts)}\n`);
  }
  const pointing = pointingAt(model, doc);
  if (pointing.length > 0) {
    const to = succ ? say(AUTHOR.pointTo, lang, facts) : '';
    io.stdout.write(`\n${say(AUTHOR.stillPointing, lang, { id, to })}\n`);
    for (const p of pointing) {
      const at = findPosition(p.doc.positions, p.path);
      io.stdout.write(`  ${p.doc.file}${at ? `:${at.line}` : ''}  ${p.doc.id ?? ''} (${p.field})\n`);
    }
  }
  const linking = linksTo(model, doc);
  if (linking.length > 0) {
    const to = succ ? say(AUTHOR.pointTo, lang, facts) : '';
    io.stdout.write(`\n${say(AUTHOR.stillLinking, lang, { id, to })}\n`);
    for (const l of linking) io.stdout.write(`  ${l.doc.file}:${l.line}  ${l.doc.id ?? ''}\n`);
  }
  if (o.dryRun) return 0;
  io.stdout.write('\n');
  io.stdout.write(
    await nextSteps(lang, {
      root,
      cwd: io.cwd,
      branch: say(AUTHOR.withdrawBranch, lang, { id: id.toLowerCase() }),
      files: files.map((f) => f.doc.absPath),
      message: say(succ ? AUTHOR.withdrawCommitReplaced : AUTHOR.withdrawCommit, lang, facts),
    }),
  );
  return 0;
}

/**
 * The reminder to commit and open a pull request, with the git commands to run: from the
 * current folder when it is in the repository, else after a `cd` to its root. On a feature
 * branch the change is committed there (its pull request is where it is reviewed); otherwise
 * on a new branch named after the change.
 */
async function nextSteps(lang: Lang, o: { root: string; cwd: string; branch: string; files: string[]; message: string }): Promise<string> {
  const inside = !relative(o.root, o.cwd).startsWith('..') && !isAbsolute(relative(o.root, o.cwd));
  const from = inside ? o.cwd : o.root;
  const current = await featureBranch(o.root);
  const branch = current ?? o.branch;
  return [
    current ? say(AUTHOR.nextStepsOnBranch, lang, { branch: current }) : say(AUTHOR.nextSteps, lang),
    ...(inside ? [] : [`  cd ${shellQuote(o.root)}`]),
    ...(current ? [] : [`  git switch -c ${shellQuote(branch)}`]),
    `  git add ${o.files.map((f) => shellQuote(relative(from, f) || f)).join(' ')}`,
    `  git commit -m ${shellQuote(o.message)}`,
    `  git push -u origin ${shellQuote(branch)}`,
    '',
  ].join('\n');
}

/** A word as the shell reads it: bare when safe, else in single quotes. */
function shellQuote(s: string): string {
  return /^[\p{L}\p{N}_./:@%+=,-]+$/u.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The line in the file on disk of a finding on line `line` of the edited text: lines after
 * added ones move up; a finding on an added line points at the line it was added after.
 */
function originalLine(line: number, added: readonly number[]): number {
  return Math.max(1, line - added.filter((a) => a <= line).length);
}

function resultOf(diagnostics: ValidationResult['diagnostics'], today: string): ValidationResult {
  return {
    today,
    files: 1,
    documents: 1,
    diagnostics,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
  };
}

function titleOf(doc: LoadedDocument): string {
  const t = doc.data?.titel;
  return typeof t === 'string' ? t : '';
}
