/**
 * The three forms of lsys diff's summary: `md` for a pull-request comment or a job summary
 * (headings, tables, no HTML), `text` for a terminal, `json` (the DiffReport, version 1). Each
 * is a function of the report and the language only: no timestamps, every list sorted, so the
 * same two commits give the same bytes.
 */
import { say, type Message, type MessageData } from '../core/messages.js';
import type { Lang } from '../core/types.js';
import {
  contentKeys,
  KIND_ORDER as KINDS,
  type CoverageChange,
  type DiffReport,
  type DocumentChange,
  type FindingChange,
  type ProcessChange,
} from './compare.js';
import { DIFF_NOTES, DIFF_TEXT as T } from './messages.js';

export const DIFF_FORMATS = ['md', 'json', 'text'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The summary in a format. */
export function renderDiff(report: DiffReport, format: DiffFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  return format === 'md' ? renderMarkdown(report, lang) : renderText(report, lang);
}

/** Does the change add an error (what --fail-on-new fails on)? */
export function introducesErrors(report: DiffReport): boolean {
  return report.findings.introduced.some((f) => f.severity === 'error');
}

/** A summary's parts in the user's words, shared by md and text. */
class Words {
  readonly roleNames: Map<string, string>;
  constructor(
    readonly report: DiffReport,
    readonly lang: Lang,
  ) {
    this.roleNames = new Map(report.roles.map((r) => [r.id, r.namn]));
  }

  say(m: Message, data?: MessageData): string {
    return say(m, this.lang, data);
  }

  /** "Comparing base (commit) with head (commit).", each ref written by `ref`. */
  compared(ref: (r: string) => string): string {
    const { base, head } = this.report;
    return this.say(T.compared, {
      base: ref(base.ref),
      baseCommit: base.commit.slice(0, 7),
      head: ref(head.ref),
      headCommit: head.commit.slice(0, 7),
    });
  }

  /** What a paragraph requires, in the summary's language. */
  krav(c: CoverageChange): string {
    return this.lang === 'en' ? c.krav_en : c.krav;
  }

  process(p: ProcessChange): string {
    return `${p.id}${p.titel ? ` ${p.titel}` : ''}`;
  }

  activities(p: ProcessChange): string {
    return this.list(p.activities.map((a) => `${a.id}${a.namn ? ` ${a.namn}` : ''}`));
  }

  role(id: string | undefined): string {
    if (!id) return '–';
    const namn = this.roleNames.get(id);
    return namn ? `${namn} (${id})` : id;
  }

  /** What happened to a document, in a few words. */
  what(c: DocumentChange): string {
    const parts: string[] = [];
    const status = (s: string | undefined): string => s ?? '?';
    const v = c.version;
    switch (c.change) {
      case 'added':
        parts.push(this.say(T.newDocument, { status: status(c.status.after), version: v.after ?? '?' }));
        break;
      case 'deleted':
        parts.push(this.say(T.deletedFile, { status: status(c.status.before), version: v.before ?? '?' }));
        break;
      case 'withdrawn':
        parts.push(this.say(T.withdrawnFrom, { status: status(c.status.before), version: v.before ?? '?' }));
        if (c.replacedBy) parts.push(this.say(T.replacedBy, { id: c.replacedBy }));
        break;
      default:
        break;
    }
    if (c.previousFile) parts.push(this.say(T.movedFrom, { from: c.previousFile }));
    if (c.change === 'renamed' || c.change === 'changed') {
      if (!c.contentChanged) parts.push(this.say(T.sameContent));
      else if (c.judgement) parts.push(this.judgement(c));
      else {
        if (c.bodyChanged) parts.push(this.say(T.textChanged));
        if (c.keys.length) parts.push(this.say(T.keysChanged, { keys: c.keys.join(', ') }));
      }
    }
    return parts.join('; ');
  }

  judgement(c: DocumentChange): string {
    const data = { before: c.version.before ?? '?', after: c.version.after ?? '?', date: c.fastställd.after ?? '?' };
    switch (c.judgement) {
      case 'new-version':
        return this.say(T.newVersion, data);
      case 'approved':
        return this.say(T.approved, data);
      case 'version-raised-not-approved':
        return this.say(T.versionRaisedNotApproved, data);
      case 'changed-without-new-version':
        return c.bodyChanged
          ? this.say(T.changedWithoutNewVersion, { version: c.version.after ?? '?' })
          : this.say(T.contentChangedWithoutNewVersion, { version: c.version.after ?? '?', keys: contentKeys(c).join(', ') });
      case 'frontmatter-only':
        return this.say(T.frontmatterOnly, { keys: c.keys.join(', ') });
      default:
        return this.say(T.draftEdited);
    }
  }

  /** What the reader must know about the base before anything else. */
  baseNotes(): string[] {
    const { ref, commit, configProblem, sameCommitAsHead } = this.report.base;
    const notes: string[] = [];
    if (sameCommitAsHead) notes.push(this.say(DIFF_NOTES.sameCommit, { ref, commit: commit.slice(0, 7) }));
    if (configProblem !== undefined) notes.push(this.say(DIFF_NOTES.baseConfigBroken, { ref, reason: configProblem }));
    return notes;
  }

  unit(id: string, namn: string | undefined): string {
    if (id === '*') return this.say(T.allUnits);
    return namn ? `${namn} (${id})` : id;
  }

  list(xs: readonly string[]): string {
    return xs.length ? xs.join(', ') : this.say(T.none);
  }

  isEmpty(): boolean {
    const r = this.report;
    return (
      KINDS.every((k) => r.documents[k].length === 0) &&
      r.coverage.length === 0 &&
      r.findings.introduced.length === 0 &&
      r.findings.removed.length === 0
    );
  }
}

/** A table cell: one line, no column break, no HTML. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
}

function renderMarkdown(report: DiffReport, lang: Lang): string {
  const w = new Words(report, lang);
  const out: string[] = [`## ${w.say(T.title)}`, ''];
  out.push(
    w.compared((r) => `\`${r}\``),
    '',
  );
  for (const note of w.baseNotes()) out.push(`> ⚠ ${cell(note)}`, '');
  if (w.isEmpty()) {
    out.push(w.say(T.nothing), '');
    return out.join('\n');
  }
  if (KINDS.some((k) => report.documents[k].length)) {
    out.push(`### ${w.say(T.documents)}`, '');
    for (const kind of KINDS) {
      const list = report.documents[kind];
      if (!list.length) continue;
      out.push(`**${w.say(T[kind])} (${list.length})**`, '');
      out.push(
        ...table(
          [w.say(T.colDocument), w.say(T.colTitle), w.say(T.colOwner), w.say(T.colWhat)],
          list.map((c) => [`${c.id ?? '–'} · \`${c.file}\``, c.titel ?? '–', w.role(c.ägare), w.what(c)]),
        ),
      );
      if (kind === 'deleted') out.push(`> ⚠ ${w.say(T.deletedWarning)}`, '');
    }
  }
  if (report.coverage.length) {
    out.push(`### ${w.say(T.coverage)}`, '');
    for (const c of report.coverage.filter((x) => x.lostLast)) {
      out.push(`**${cell(w.say(T.lostLast, { paragraf: c.paragraf, krav: w.krav(c) }))}**${c.exempt ? ` ${w.say(T.exempt)}` : ''}`, '');
    }
    out.push(
      ...table(
        [w.say(T.colParagraph), w.say(T.colBefore), w.say(T.colAfter)],
        report.coverage.map((c) => [
          `${c.lostLast ? '⚠ ' : ''}${c.paragraf} ${w.krav(c)}`,
          w.list(c.before),
          `${w.list(c.after)}${c.exempt && c.after.length === 0 ? ` ${w.say(T.exempt)}` : ''}`,
        ]),
      ),
    );
  }
  if (report.processes.length) {
    out.push(`### ${w.say(T.processes)}`, '');
    out.push(
      ...table(
        [w.say(T.colProcess), w.say(T.colActivities), w.say(T.colVia)],
        report.processes.map((p) => [w.process(p), w.activities(p), p.via.join(', ')]),
      ),
    );
  }
  if (report.units.length) {
    out.push(`### ${w.say(T.units)}`, '');
    out.push(
      ...table(
        [w.say(T.colUnit), w.say(T.colDocuments)],
        report.units.map((u) => [w.unit(u.id, u.namn), u.documents.join(', ')]),
      ),
    );
  }
  if (report.responsibilities.length) {
    out.push(`### ${w.say(T.responsibilities)}`, '');
    out.push(
      ...table(
        [w.say(T.colDocument), w.say(T.colTask), w.say(T.colRole), w.say(T.colBefore), w.say(T.colAfter)],
        report.responsibilities.map((r) => [r.document, r.uppgift, w.role(r.role), r.before ?? '–', r.after ?? '–']),
      ),
    );
  }
  out.push(`### ${w.say(T.findings)}`, '');
  const { introduced, removed } = report.findings;
  if (!introduced.length && !removed.length) out.push(w.say(T.noFindingChange), '');
  const findingLine = (f: FindingChange): string =>
    `- \`${f.file}:${f.line}\` **${w.say(T[f.severity])}** \`${f.rule}\` ${cell(f.message)}`;
  if (introduced.length) out.push(`**${w.say(T.introduced, { n: introduced.length })}**`, '', ...introduced.map(findingLine), '');
  if (removed.length) out.push(`**${w.say(T.removed, { n: removed.length })}**`, '', ...removed.map(findingLine), '');
  out.push(`### ${w.say(T.reviewers)}`, '');
  if (!report.reviewers.length) out.push(w.say(T.noReviewers), '');
  for (const r of report.reviewers) out.push(`- **${cell(w.role(r.role))}**: ${reviewerWhy(w, r)}`);
  if (report.reviewers.length) out.push('');
  return out.join('\n');
}

function reviewerWhy(w: Words, r: DiffReport['reviewers'][number]): string {
  const why: string[] = [];
  if (r.ägare.length) why.push(w.say(T.owns, { docs: r.ägare.join(', ') }));
  if (r.fastställd_av.length) why.push(w.say(T.approves, { docs: r.fastställd_av.join(', ') }));
  return why.join('; ');
}

function renderText(report: DiffReport, lang: Lang): string {
  const w = new Words(report, lang);
  const out: string[] = [w.say(T.title), ''];
  out.push(w.compared((r) => r));
  for (const note of w.baseNotes()) out.push(`⚠ ${note}`);
  out.push('');
  if (w.isEmpty()) {
    out.push(w.say(T.nothing), '');
    return out.join('\n');
  }
  for (const kind of KINDS) {
    const list = report.documents[kind];
    if (!list.length) continue;
    out.push(`${w.say(T[kind])} (${list.length}):`);
    for (const c of list) {
      out.push(
        `  ${c.id ?? c.file}  ${c.titel ?? ''}`.trimEnd(),
        `      ${c.file} · ${w.say(T.colOwner).toLowerCase()}: ${w.role(c.ägare)}`,
      );
      out.push(`      ${w.what(c)}`);
    }
    if (kind === 'deleted') out.push(`  ⚠ ${w.say(T.deletedWarning)}`);
    out.push('');
  }
  if (report.coverage.length) {
    out.push(`${w.say(T.coverage)}:`);
    for (const c of report.coverage) {
      if (c.lostLast) out.push(`  ${w.say(T.lostLast, { paragraf: c.paragraf, krav: w.krav(c) })}${c.exempt ? ` ${w.say(T.exempt)}` : ''}`);
      else out.push(`  ${c.paragraf} ${w.krav(c)}`);
      out.push(`      ${w.list(c.before)} → ${w.list(c.after)}`);
    }
    out.push('');
  }
  if (report.processes.length) {
    out.push(`${w.say(T.processes)}:`);
    for (const p of report.processes) {
      out.push(`  ${w.process(p)}: ${w.activities(p)} (${p.via.join(', ')})`);
    }
    out.push('');
  }
  if (report.units.length) {
    out.push(`${w.say(T.units)}:`);
    for (const u of report.units) out.push(`  ${w.unit(u.id, u.namn)}: ${u.documents.join(', ')}`);
    out.push('');
  }
  if (report.responsibilities.length) {
    out.push(`${w.say(T.responsibilities)}:`);
    for (const r of report.responsibilities)
      out.push(`  ${r.document} · ${r.uppgift} · ${w.role(r.role)}: ${r.before ?? '–'} → ${r.after ?? '–'}`);
    out.push('');
  }
  const { introduced, removed } = report.findings;
  out.push(`${w.say(T.findings)}:`);
  if (!introduced.length && !removed.length) out.push(`  ${w.say(T.noFindingChange)}`);
  const findingLine = (f: FindingChange): string => `    ${f.file}:${f.line}:${f.column}  ${w.say(T[f.severity])}  ${f.message}  ${f.rule}`;
  if (introduced.length) out.push(`  ${w.say(T.introduced, { n: introduced.length })}:`, ...introduced.map(findingLine));
  if (removed.length) out.push(`  ${w.say(T.removed, { n: removed.length })}:`, ...removed.map(findingLine));
  out.push('');
  out.push(`${w.say(T.reviewers)}:`);
  if (!report.reviewers.length) out.push(`  ${w.say(T.noReviewers)}`);
  for (const r of report.reviewers) out.push(`  ${w.role(r.role)}: ${reviewerWhy(w, r)}`);
  out.push('');
  return out.join('\n');
}
