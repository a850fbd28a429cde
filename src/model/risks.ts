/** Risks of a riskanalys: riskvärde (sannolikhet × konsekvens) and whether one needs an åtgärd. */
import type { LoadedDocument } from '../core/types.js';
import { actionList, type ActionFact } from './actions.js';
import { status } from './documents.js';
import { arr, obj, str, type Path } from './values.js';

/** One risk of a riskanalys's `risker`. */
export interface RiskFact {
  doc: LoadedDocument;
  /** Where it stands: `['risker', index]`. */
  path: Path;
  index: number;
  /** The risk's mapping as written. */
  data: Record<string, unknown>;
  id?: string;
  /** `Number(sannolikhet)` and `Number(konsekvens)` (NaN when not a number). */
  sannolikhet: number;
  konsekvens: number;
  /** sannolikhet × konsekvens (NaN when either is not a number). */
  riskvärde: number;
  /** Both sannolikhet and konsekvens are integers, so the riskvärde means something. */
  scored: boolean;
  /** Its `åtgärder` list is not empty. */
  hasAction: boolean;
  /** Scored, at or above the åtgärdsgräns, without an åtgärd, in an analysis that is not upphävd (what risk/missing-action reports). */
  needsAction: boolean;
  /** Its åtgärder (mappings only). */
  actions: ActionFact[];
}

/** The risks of a document (mappings in `risker`, in order), judged against `åtgärdsgräns`. */
export function risksOf(doc: LoadedDocument, åtgärdsgräns: number): RiskFact[] {
  const out: RiskFact[] = [];
  const withdrawn = status(doc) === 'upphävd';
  for (const [i, r] of arr(doc.data?.risker).entries()) {
    const o = obj(r);
    if (!o) continue;
    const s = Number(o.sannolikhet);
    const k = Number(o.konsekvens);
    const scored = Number.isInteger(s) && Number.isInteger(k);
    const hasAction = arr(o.åtgärder).length > 0;
    const id = str(o.id);
    out.push({
      doc,
      path: ['risker', i],
      index: i,
      data: o,
      id,
      sannolikhet: s,
      konsekvens: k,
      riskvärde: s * k,
      scored,
      hasAction,
      needsAction: scored && s * k >= åtgärdsgräns && !hasAction && !withdrawn,
      actions: actionList(doc, o.åtgärder, ['risker', i], 'risk', id ?? ''),
    });
  }
  return out;
}
