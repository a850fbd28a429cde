/**
 * Åtgärder (improvement actions): FORMAT.md puts them in a riskanalys's `risker[].åtgärder`
 * and in an egenkontroll's `genomförda[].åtgärder`. Each is read with where it stands.
 */
import { isDate } from '../core/dates.js';
import type { LoadedDocument } from '../core/types.js';
import { arr, obj, str, type Path } from './values.js';

/** One åtgärd as the document states it (nothing here depends on today). */
export interface ActionFact {
  doc: LoadedDocument;
  /** Where it stands, e.g. `['risker', 0, 'åtgärder', 1]`. */
  path: Path;
  /** What it follows up: a risk (`risker`) or a performed egenkontroll (`genomförda`). */
  kind: 'risk' | 'egenkontroll';
  /** The risk's id or the occasion's date, as written ('' when missing). */
  källa: string;
  /** The åtgärd's mapping as written. */
  data: Record<string, unknown>;
  beskrivning?: string;
  ansvarig?: string;
  /** `klart_senast` as written (may be an invalid date). */
  klartSenast?: string;
  /** `status` as written (`planerad`, `pågår`, `klar`, or anything else). */
  status?: string;
  klarDatum?: string;
  /** `status: klar`. */
  done: boolean;
}

/** An åtgärd with its state at the run's date. */
export interface ActionState extends ActionFact {
  /** Not done, and its `klart_senast` is a date before today. */
  late: boolean;
}

/** Is the action not done and due (a valid `klart_senast`) before `date`? */
export function isLateAt(action: ActionFact, date: string): boolean {
  return !action.done && isDate(action.klartSenast) && action.klartSenast < date;
}

/** Every åtgärd of a document, in frontmatter order: the risks' first, then the performed egenkontroller's. */
export function actionsOf(doc: LoadedDocument): ActionFact[] {
  const out: ActionFact[] = [];
  const d = doc.data;
  if (!d) return out;
  for (const [i, r] of arr(d.risker).entries())
    out.push(...actionList(doc, obj(r)?.åtgärder, ['risker', i], 'risk', str(obj(r)?.id) ?? ''));
  for (const [i, g] of arr(d.genomförda).entries())
    out.push(...actionList(doc, obj(g)?.åtgärder, ['genomförda', i], 'egenkontroll', str(obj(g)?.datum) ?? ''));
  return out;
}

/** The åtgärder of one risk or occasion (its `åtgärder` list, mappings only). */
export function actionList(doc: LoadedDocument, list: unknown, parent: Path, kind: ActionFact['kind'], källa: string): ActionFact[] {
  const out: ActionFact[] = [];
  for (const [j, a] of arr(list).entries()) {
    const o = obj(a);
    if (!o) continue;
    // Every fact has the same shape (absent values are undefined): cheap to build and to read.
    out.push({
      doc,
      path: [...parent, 'åtgärder', j],
      kind,
      källa,
      data: o,
      beskrivning: str(o.beskrivning),
      ansvarig: str(o.ansvarig),
      klartSenast: str(o.klart_senast),
      status: str(o.status),
      klarDatum: str(o.klar_datum),
      done: o.status === 'klar',
    });
  }
  return out;
}
