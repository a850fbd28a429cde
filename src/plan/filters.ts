/**
 * `--owner ROLL` and `--unit ENHET` of `lsys due` and `lsys calendar`: checked against
 * lsys.yaml (an unknown one is one line naming the known ones, exit 2), and applied to the
 * model's deadlines the same way in both.
 */
import { LsysError } from '../core/errors.js';
import { say, type Catalogue } from '../core/messages.js';
import type { Config, Lang } from '../core/types.js';
import type { Deadline } from '../model/deadline-types.js';

export const FILTER_MESSAGES = {
  unknownOwner: {
    sv: '--owner "{owner}": rollen finns inte under roller i lsys.yaml. Roller: {roles}.',
    en: '--owner "{owner}": there is no such role under roller in lsys.yaml. Roles: {roles}.',
  },
  unknownUnit: {
    sv: '--unit "{unit}": enheten finns inte under enheter i lsys.yaml. Enheter: {units}.',
    en: '--unit "{unit}": there is no such unit under enheter in lsys.yaml. Units: {units}.',
  },
  none: { sv: '(inga)', en: '(none)' },
} as const satisfies Catalogue;

export interface DeadlineFilter {
  owner?: string;
  unit?: string;
}

/** Throw one LsysError (exit 2) for a role or unit lsys.yaml does not have. */
export function checkFilter(f: DeadlineFilter, config: Pick<Config, 'roller' | 'enheter'>, lang: Lang): void {
  const list = (values: readonly string[]): string => (values.length ? values.join(', ') : say(FILTER_MESSAGES.none, lang));
  if (f.owner !== undefined && !config.roller.some((r) => r.id === f.owner)) {
    throw new LsysError(
      'unknown-owner',
      say(FILTER_MESSAGES.unknownOwner, lang, { owner: f.owner, roles: list(config.roller.map((r) => r.id)) }),
    );
  }
  if (f.unit !== undefined && !config.enheter.some((u) => u.id === f.unit)) {
    throw new LsysError(
      'unknown-unit',
      say(FILTER_MESSAGES.unknownUnit, lang, { unit: f.unit, units: list(config.enheter.map((u) => u.id)) }),
    );
  }
}

/** `--owner`: the role must act; `--unit`: the item applies to the unit, or to every unit (no `gäller_för`). */
export function matchesFilter(d: Deadline, f: DeadlineFilter): boolean {
  return (f.owner === undefined || d.role === f.owner) && (f.unit === undefined || d.units.length === 0 || d.units.includes(f.unit));
}
