/**
 * What `lsys approve` and `lsys withdraw` change in a document's frontmatter, worked out from
 * the domain model and lsys.yaml; the command edits the file (frontmatter-edit.ts) and writes it.
 */
import { posix } from 'node:path';
import { decodeLinkPath, resolveLinkPath, unpackLinks } from '../core/links.js';
import { addMonths } from '../core/dates.js';
import { roleDefault } from '../core/config.js';
import { LsysError } from '../core/errors.js';
import { say } from '../core/messages.js';
import type { Config, Lang, LoadedDocument } from '../core/types.js';
import { isStyrande, status, str, type DomainModel } from '../model/index.js';
import type { FieldChange } from './frontmatter-edit.js';
import { AUTHOR } from './messages.js';
import { nextVersion, type VersionStep } from './version.js';

/**
 * The order of the fields that approve and withdraw may add, as the example documents write
 * them: a new field goes after the last of those before it that the document has.
 */
export const FIELD_ORDER = [
  'id',
  'typ',
  'titel',
  'status',
  'version',
  'ägare',
  'fastställd_av',
  'fastställd',
  'revideras',
  'gäller_för',
  'process',
  'aktivitet',
  'ersätter',
] as const;

interface ApprovalPlan {
  changes: FieldChange[];
  version: string;
  by: string;
  /** The new review date; none for a record document (riskanalys, sammanställning). */
  revideras?: string;
}

/** Check that a role named on the command line exists in lsys.yaml. */
export function checkRole(config: Config, role: string, lang: Lang): void {
  if (!config.roller.some((r) => r.id === role)) {
    throw new LsysError('unknown-role', say(AUTHOR.unknownRole, lang, { role, roles: config.roller.map((r) => r.id).join(', ') }));
  }
}

/**
 * The approval of `doc` on `today`: status, version (see nextVersion; a never-approved draft
 * keeps its version, at least 1.0, unless --major or --minor says otherwise), fastställd,
 * fastställd_av (--by, else lsys.yaml's default for the type, else the document's own) and,
 * for a governing document, revideras = today + revision.max_månader.
 */
export function planApproval(
  doc: LoadedDocument,
  config: Config,
  o: { today: string; by?: string; step?: 'minor' | 'major' },
  lang: Lang,
): ApprovalPlan {
  const id = doc.id ?? doc.file;
  const data = doc.data ?? {};
  if (status(doc) === 'upphävd') throw new LsysError('approve-withdrawn', say(AUTHOR.approveWithdrawn, lang, { id }));
  const by = o.by ?? roleDefault(config, doc.typ ?? '', 'fastställd_av') ?? str(data.fastställd_av);
  if (by === undefined) {
    throw new LsysError('no-approver', say(AUTHOR.noApprover, lang, { id, example: config.roller[0]?.id ?? 'mas' }));
  }
  checkRole(config, by, lang);
  const neverApproved = status(doc) === 'utkast' && !('fastställd' in data);
  const step: VersionStep = o.step ?? (neverApproved ? 'first' : 'minor');
  const current = str(data.version) ?? '';
  // A version that is not one stays as it is: the check after the edit reports it (schema/pattern).
  const version = nextVersion(current, step) ?? current;
  const changes: FieldChange[] = [
    { key: 'status', value: 'fastställd' },
    { key: 'version', value: version },
    { key: 'fastställd_av', value: by },
    { key: 'fastställd', value: o.today },
  ];
  const plan: ApprovalPlan = { changes, version, by };
  if (isStyrande(doc)) {
    plan.revideras = addMonths(o.today, config.revision.max_månader);
    changes.push({ key: 'revideras', value: plan.revideras });
  }
  return plan;
}

/** The successor's change for `withdraw --replaced-by`, after checking that it can replace `doc`. */
export function planSuccessor(
  model: DomainModel,
  doc: LoadedDocument,
  successorId: string,
  lang: Lang,
): { successor: LoadedDocument; changes: FieldChange[] } {
  const id = doc.id ?? doc.file;
  const found = model.idIndex.get(successorId) ?? [];
  const successor = found[0];
  if (!successor) throw new LsysError('successor-unknown', say(AUTHOR.successorUnknown, lang, { successor: successorId }));
  if (found.length > 1) {
    throw new LsysError('duplicate-id', say(AUTHOR.duplicateId, lang, { id: successorId, files: found.map((d) => d.file).join(', ') }));
  }
  if (successor === doc) throw new LsysError('successor-self', say(AUTHOR.successorSelf, lang, { successor: successorId }));
  if (status(successor) === 'upphävd') {
    throw new LsysError('successor-withdrawn', say(AUTHOR.successorWithdrawn, lang, { successor: successorId, id }));
  }
  const other = str(successor.data?.ersätter);
  if (other !== undefined && other !== '' && other !== id) {
    throw new LsysError('successor-taken', say(AUTHOR.successorTaken, lang, { successor: successorId, other, file: successor.file }));
  }
  return { successor, changes: [{ key: 'ersätter', value: id }] };
}

/** The documents, not withdrawn, that point at `doc` other than through `ersätter`: what ref/withdrawn will report once it is withdrawn. */
export function pointingAt(
  model: DomainModel,
  doc: LoadedDocument,
): Array<{ doc: LoadedDocument; path: ReadonlyArray<string | number>; field: string }> {
  const out: Array<{ doc: LoadedDocument; path: ReadonlyArray<string | number>; field: string }> = [];
  if (!doc.id) return out;
  for (const d of model.documents) {
    if (d === doc || status(d) === 'upphävd') continue;
    for (const ref of model.referencesOf(d)) {
      if (ref.kind === 'document' && ref.field !== 'ersätter' && ref.value === doc.id)
        out.push({ doc: d, path: ref.path, field: ref.field });
    }
  }
  return out;
}

/**
 * The relative links in the text of documents not withdrawn that lead to `doc`'s file (with or
 * without a #heading): staff who follow them reach the withdrawn document. No rule reports them,
 * so withdraw names them.
 */
export function linksTo(model: DomainModel, doc: LoadedDocument): Array<{ doc: LoadedDocument; line: number }> {
  const out: Array<{ doc: LoadedDocument; line: number }> = [];
  for (const d of model.documents) {
    if (d === doc || status(d) === 'upphävd') continue;
    for (const l of unpackLinks(d.links)) {
      const path = decodeLinkPath(/^[^?#]*/.exec(l.url.trim())![0]);
      if (path !== '' && posix.normalize(resolveLinkPath(d.file, path)) === doc.file) out.push({ doc: d, line: l.line });
    }
  }
  return out;
}
