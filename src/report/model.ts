/**
 * Build the report model from one validation run: the documents are loaded once (with their
 * frontmatter and diagnostics) and each section is computed as plain data by its own module
 * in sections/.
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
import type { ValidationRun } from '../core/validate.js';
import type { DomainModel } from '../model/index.js';
import { maskPersonalNumbers } from '../core/personnummer.js';
import type { ReportModel } from './types.js';
import { sectionContext, type ReportOptions } from './sections/context.js';
import { organisationSection } from './sections/organisation.js';
import { countSection, processSection } from './sections/struktur.js';
import { approvedSection, overdueSection } from './sections/dokumentstyrning.js';
import { goalSection } from './sections/mal.js';
import { readingSection } from './sections/kannedom.js';
import { collaborationSection } from './sections/samverkan.js';
import { riskSection } from './sections/risker.js';
import { selfInspectionSection } from './sections/egenkontroll.js';
import { deviationsSection } from './sections/avvikelser.js';
import { actionSection } from './sections/atgarder.js';
import { coverageSection } from './sections/tackning.js';
import { validationSummary } from './sections/bilaga.js';
import { reportUnits } from './sections/patientsakerhet.js';

export type { ReportOptions } from './sections/context.js';
export { plannedOccasions } from '../model/index.js';

export function buildReportModel(run: ValidationRun<DomainModel>, opts: ReportOptions): ReportModel {
  const c = sectionContext(run, opts);
  const { config } = c;
  const risks = riskSection(c);
  // A personnummer in any text the report quotes (a title, an analysis, an åtgärd, a finding)
  // is masked as privacy/personal-number masks it, so no output format ever carries one.
  return maskStrings({
    kind: opts.kind,
    year: opts.year,
    previousYear: opts.year - 1,
    today: c.today,
    organisation: config.organisation,
    verksamhetsformer: [...config.verksamhetsformer],
    generator: opts.generator,
    roles: config.roller.map((r) => ({ id: r.id, namn: r.namn })),
    units: reportUnits(config, opts.kind),
    unitsListed: config.enheter.length,
    responsibility: organisationSection(c),
    processes: processSection(c),
    counts: countSection(c),
    approved: approvedSection(c),
    overdue: overdueSection(c),
    reading: readingSection(c),
    goals: goalSection(c),
    collaboration: collaborationSection(c),
    risks,
    selfInspection: selfInspectionSection(c),
    deviations: deviationsSection(c),
    actions: actionSection(c, risks.analyses),
    coverage: coverageSection(c),
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
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, k, { value: maskStrings(v), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return value;
}
