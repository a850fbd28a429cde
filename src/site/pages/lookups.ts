/**
 * What the pages look up, computed once per build from the model and the shown documents
 * (never per page): role and unit names, the page of an id, the process and activity a
 * routine belongs to, who refers to a document, the shown documents per type and unit.
 */
import type { LoadedDocument } from '../../core/types.js';
import { strings, type ActivityFact } from '../../model/index.js';
import { documentPath, pageName, type SiteContext, type SiteDocument } from '../types.js';
import { esc } from './html.js';

/** A shown process with its activities. */
interface ShownProcess {
  sd: SiteDocument;
  activities: ActivityFact[];
}

export interface Lookups {
  roleName(id: string | undefined): string;
  unitName(id: string): string;
  /** The page of a role or unit of lsys.yaml (escaped for an attribute). */
  rolePage(id: string): string;
  unitPage(id: string): string;
  /** The page of a shown or withdrawn document. */
  pageOf(id: string): string | undefined;
  /** The shown document of a model document, when it is shown. */
  shown(doc: LoadedDocument): SiteDocument | undefined;
  /** Shown processes, in document order. */
  processes: ShownProcess[];
  /** A shown process → its activities. */
  activitiesOf: ReadonlyMap<SiteDocument, ActivityFact[]>;
  /** Routine id → the activities of shown processes that list it or that it names. */
  partOf: ReadonlyMap<string, Array<{ process: SiteDocument; activity: ActivityFact }>>;
  /** Document id → the shown documents whose `relaterade` name it. */
  referrers: ReadonlyMap<string, SiteDocument[]>;
  /** typ → shown documents, in document order. */
  byType: ReadonlyMap<string, SiteDocument[]>;
  /** The routine ids of an activity: those it lists, then those that name it, each once. */
  routinesOf(a: ActivityFact): string[];
}

/** The type page of a `typ`. */
export function typePage(typ: string): string {
  return `typ/${pageName(typ)}.html`;
}

export function buildLookups(ctx: SiteContext): Lookups {
  const { model } = ctx;
  const roles = new Map(model.config.roller.map((r) => [r.id, r.namn]));
  const units = new Map(model.config.enheter.map((u) => [u.id, u.namn]));
  const rolePages = new Map(model.config.roller.map((r) => [r.id, esc(`roll/${pageName(r.id)}.html`)]));
  const unitPages = new Map(model.config.enheter.map((u) => [u.id, esc(`enhet/${pageName(u.id)}.html`)]));
  const withdrawn = new Map(ctx.withdrawn.filter((d) => d.id).map((d) => [d.id!, documentPath(d.id!)]));
  const shown = (doc: LoadedDocument): SiteDocument | undefined => {
    const sd = doc.id === undefined ? undefined : ctx.byId.get(doc.id);
    return sd?.doc === doc ? sd : undefined;
  };
  const routinesOf = (a: ActivityFact): string[] => [...new Set([...a.rutiner, ...a.namedBy.map((r) => r.id ?? '').filter(Boolean)])];

  const processes: ShownProcess[] = [];
  const partOf = new Map<string, Array<{ process: SiteDocument; activity: ActivityFact }>>();
  for (const p of model.processes) {
    const sd = shown(p.doc);
    if (!sd) continue;
    processes.push({ sd, activities: p.activities });
    for (const activity of p.activities) {
      for (const r of routinesOf(activity)) {
        const list = partOf.get(r);
        if (list) list.push({ process: sd, activity });
        else partOf.set(r, [{ process: sd, activity }]);
      }
    }
  }

  const referrers = new Map<string, SiteDocument[]>();
  const byType = new Map<string, SiteDocument[]>();
  for (const sd of ctx.documents) {
    for (const id of new Set(strings(sd.doc.data?.relaterade))) {
      const list = referrers.get(id);
      if (list) list.push(sd);
      else referrers.set(id, [sd]);
    }
    const typ = sd.doc.typ ?? '';
    const list = byType.get(typ);
    if (list) list.push(sd);
    else byType.set(typ, [sd]);
  }

  return {
    roleName: (id) => (id === undefined ? '' : (roles.get(id) ?? id)),
    unitName: (id) => units.get(id) ?? id,
    rolePage: (id) => rolePages.get(id) ?? esc(`roll/${pageName(id)}.html`),
    unitPage: (id) => unitPages.get(id) ?? esc(`enhet/${pageName(id)}.html`),
    pageOf: (id) => ctx.byId.get(id)?.page ?? withdrawn.get(id),
    shown,
    processes,
    activitiesOf: new Map(processes.map((p) => [p.sd, p.activities])),
    partOf,
    referrers,
    byType,
    routinesOf,
  };
}
