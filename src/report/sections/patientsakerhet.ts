/**
 * The patientsäkerhetsberättelse covers hälso- och sjukvård only: the documents, units and
 * SOSFS sectors it takes in.
 */
import type { Sector } from '../../core/primitives.js';
import type { LoadedDocument } from '../../core/types.js';
import type { ValidationRun } from '../../core/validate.js';
import { arr } from '../../model/index.js';
import type { ReportKind, ReportModel } from '../types.js';

type Config = ValidationRun['context']['config'];

/** A document applies to hälso- och sjukvård when it is for every unit (and hsl is run) or for a unit that runs hsl. */
export function appliesToHealthCare(d: LoadedDocument, config: Config): boolean {
  const units = arr(d.data!.gäller_för).filter((u): u is string => typeof u === 'string');
  if (units.length === 0) return config.verksamhetsformer.includes('hsl');
  return units.some((id) => config.enheter.find((u) => u.id === id)?.verksamhetsformer?.includes('hsl'));
}

/** The units the report lists: for the patientsäkerhetsberättelse, those that run hsl. */
export function reportUnits(config: Config, kind: ReportKind): ReportModel['units'] {
  return config.enheter
    .filter((u) => kind !== 'patientsakerhetsberattelse' || (u.verksamhetsformer ?? []).includes('hsl'))
    .map((u) => ({ id: u.id, namn: u.namn, verksamhetsformer: [...(u.verksamhetsformer ?? [])] }));
}

/** The verksamhetsformer whose SOSFS paragraphs the report's coverage table shows. */
export function reportSectors(config: Config, kind: ReportKind): Sector[] {
  return kind === 'patientsakerhetsberattelse' ? ['hsl'] : [...config.verksamhetsformer];
}
