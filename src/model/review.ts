/** Review state of a governing (styrande) document: revideras against today and lsys.yaml's revision settings. */
import { addMonths, daysBetween, isDate } from '../core/dates.js';
import type { Config, LoadedDocument } from '../core/types.js';
import { isStyrande, status } from './documents.js';
import { str } from './values.js';

/** When a governing document is to be reviewed, and how that stands at the run's date. */
export interface ReviewState {
  doc: LoadedDocument;
  status?: string;
  /** `fastställd` as written (may be an invalid date). */
  fastställd?: string;
  /** `revideras` when it is a valid date. */
  revideras?: string;
  /** `ägare` as written. */
  ägare?: string;
  /** Days from today to `revideras` (negative when it has passed). */
  daysLeft?: number;
  /** Fastställd, and `revideras` is before today. */
  overdue: boolean;
  /** Fastställd, and `revideras` is today or within `revision.varna_dagar` days. */
  dueSoon: boolean;
  /** The latest `revideras` lsys.yaml allows: `fastställd` + `revision.max_månader` (when fastställd is a date). */
  latestAllowed?: string;
  /** Not upphävd (drafts count, so the warning comes early), and `revideras` is after latestAllowed. */
  intervalTooLong: boolean;
}

/** The review state of a document, or undefined when it is not governing (or has no frontmatter). */
export function reviewOf(doc: LoadedDocument, config: Pick<Config, 'revision'>, today: string): ReviewState | undefined {
  const d = doc.data;
  if (!d || !isStyrande(doc)) return undefined;
  const st = status(doc);
  const fastställd = str(d.fastställd);
  const raw = str(d.revideras);
  const revideras = isDate(raw) ? raw : undefined;
  const ägare = str(d.ägare);
  const daysLeft = revideras === undefined ? undefined : daysBetween(today, revideras);
  const latestAllowed = isDate(fastställd) ? addMonths(fastställd, config.revision.max_månader) : undefined;
  return {
    doc,
    status: st,
    fastställd,
    revideras,
    ägare,
    daysLeft,
    overdue: st === 'fastställd' && revideras !== undefined && revideras < today,
    dueSoon: st === 'fastställd' && daysLeft !== undefined && daysLeft >= 0 && daysLeft <= config.revision.varna_dagar,
    latestAllowed,
    intervalTooLong: st !== 'upphävd' && revideras !== undefined && latestAllowed !== undefined && revideras > latestAllowed,
  };
}

/** Is the document fastställd with a `revideras` before `date` (overdue for review at that date)? */
export function isReviewOverdueAt(state: ReviewState, date: string): boolean {
  return state.status === 'fastställd' && state.revideras !== undefined && state.revideras < date;
}
