/**
 * The registry: every check, alphabetical by id. A check's id is its file's path under
 * src/rules/ (the schema check reports `schema/<keyword>`). The contract test keeps this list,
 * the files, the tests and docs/rules.md in step.
 */
import actionOverdue from './action/overdue.js';
import coverageExemptionExpired from './coverage/exemption-expired.js';
import coverageMissing from './coverage/missing.js';
import egenkontrollMissingAction from './egenkontroll/missing-action.js';
import egenkontrollOverdue from './egenkontroll/overdue.js';
import fileEncoding from './file/encoding.js';
import frontmatterMissing from './frontmatter/missing.js';
import frontmatterYaml from './frontmatter/yaml.js';
import headingMissing from './heading/missing.js';
import idDuplicate from './id/duplicate.js';
import lagrumRenumbered from './lagrum/renumbered.js';
import lagrumRepealed from './lagrum/repealed.js';
import lagrumUnknown from './lagrum/unknown.js';
import linkBroken from './link/broken.js';
import privacyPersonalNumber from './privacy/personal-number.js';
import processOrphanRoutine from './process/orphan-routine.js';
import readingOverdue from './reading/overdue.js';
import readingUnknownDocument from './reading/unknown-document.js';
import refUnresolved from './ref/unresolved.js';
import refWithdrawn from './ref/withdrawn.js';
import responsibilityOwner from './responsibility/owner.js';
import reviewChangedAfterApproval from './review/changed-after-approval.js';
import reviewDueSoon from './review/due-soon.js';
import reviewFutureApproval from './review/future-approval.js';
import reviewInterval from './review/interval.js';
import reviewOverdue from './review/overdue.js';
import riskMissingAction from './risk/missing-action.js';
import schema from './schema/schema.js';
import sosfsUnknown from './sosfs/unknown.js';
import { buildModel, type DomainModel } from '../model/index.js';
import type { Config, Rule, RuleRegistry, SeveritySetting } from '../core/types.js';

export const rules: readonly Rule<DomainModel>[] = [
  actionOverdue,
  coverageExemptionExpired,
  coverageMissing,
  egenkontrollMissingAction,
  egenkontrollOverdue,
  fileEncoding,
  frontmatterMissing,
  frontmatterYaml,
  headingMissing,
  idDuplicate,
  lagrumRenumbered,
  lagrumRepealed,
  lagrumUnknown,
  linkBroken,
  privacyPersonalNumber,
  processOrphanRoutine,
  readingOverdue,
  readingUnknownDocument,
  refUnresolved,
  refWithdrawn,
  responsibilityOwner,
  reviewChangedAfterApproval,
  reviewDueSoon,
  reviewFutureApproval,
  reviewInterval,
  reviewOverdue,
  riskMissingAction,
  schema,
  sosfsUnknown,
];

export const ruleById: ReadonlyMap<string, Rule<DomainModel>> = new Map(rules.map((r) => [r.meta.id, r]));

/** Is `id` a rule id a user may configure? `schema/<keyword>` ids are open-ended. */
function isKnownRuleId(id: string): boolean {
  return ruleById.has(id) || /^schema\/[A-Za-z]+$/.test(id);
}

/** Resolve the severity of a rule id: command line, then lsys.yaml, then the default. */
function severityOf(id: string, config: Config, overrides: Record<string, SeveritySetting> = {}): SeveritySetting {
  const base = id.startsWith('schema/') ? 'schema' : id;
  return (
    overrides[id] ??
    config.regler[id] ??
    (base !== id ? (overrides[base] ?? config.regler[base]) : undefined) ??
    ruleById.get(base)?.meta.defaultSeverity ??
    'error'
  );
}

/**
 * What the core's validation pipeline is given: every rule, how ids and severities resolve,
 * and how the domain model the checks read (`ctx.model`) is built once per run.
 */
export const registry: RuleRegistry<DomainModel> = { rules, isKnownRuleId, severityOf, buildModel };
