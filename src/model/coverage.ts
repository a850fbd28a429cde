/**
 * Coverage of SOSFS 2011:9: which applicable paragraphs (chapters 3–7, by the configured
 * verksamhetsformer) fastställda documents list in `sosfs` (their own, or an
 * ansvarsfördelning's uppgifter's), which an exemption (`undantag` in lsys.yaml) covers, and
 * which nothing covers.
 */
import { applicableParagraphs, type Catalog, type Paragraph } from '../core/catalog.js';
import type { Exemption, LoadedDocument, Sector } from '../core/types.js';
import { arr, obj } from './values.js';

/** One applicable paragraph and what covers it. */
export interface CoverageFact {
  paragraph: Paragraph;
  /** `kap:§`, e.g. "5:6". */
  paragraf: string;
  /** The fastställda documents that list it, in document order, each once. */
  documents: LoadedDocument[];
  /** The exemption in force for it (the first one in lsys.yaml), if any. */
  exemption?: Exemption;
  /** No document covers it and no exemption in force does: a gap. */
  uncovered: boolean;
}

/** Is the exemption in force at `today` (no `till`, or `till` not yet passed)? */
export function isExemptionActive(u: Exemption, today: string): boolean {
  return u.till === undefined || u.till >= today;
}

/** The paragraphs each fastställd document lists in `sosfs` (trimmed), own and in `uppgifter`, → the documents, in document order. */
export function coveringDocuments(documents: readonly LoadedDocument[]): Map<string, LoadedDocument[]> {
  const out = new Map<string, LoadedDocument[]>();
  const add = (p: unknown, d: LoadedDocument): void => {
    if (typeof p !== 'string') return;
    const key = p.trim();
    const list = out.get(key);
    if (!list) out.set(key, [d]);
    else if (list[list.length - 1] !== d) list.push(d);
  };
  for (const d of documents) {
    if (!d.data || d.data.status !== 'fastställd') continue;
    for (const v of arr(d.data.sosfs)) add(v, d);
    for (const u of arr(d.data.uppgifter)) for (const v of arr(obj(u)?.sosfs)) add(v, d);
  }
  return out;
}

/**
 * The coverage of each paragraph that applies to `sectors`, in catalogue order: `covering`
 * from coveringDocuments, exemptions in force at `today`.
 */
export function coverageOf(
  catalog: Catalog,
  sectors: readonly Sector[],
  covering: ReadonlyMap<string, LoadedDocument[]>,
  undantag: readonly Exemption[],
  today: string,
): CoverageFact[] {
  const exempt = new Map<string, Exemption>();
  for (const u of undantag) {
    const key = u.sosfs.trim();
    if (isExemptionActive(u, today) && !exempt.has(key)) exempt.set(key, u);
  }
  return applicableParagraphs(catalog, sectors).map((p) => {
    const documents = covering.get(p.paragraf) ?? [];
    const exemption = exempt.get(p.paragraf);
    return {
      paragraph: p,
      paragraf: p.paragraf,
      documents,
      exemption,
      uncovered: documents.length === 0 && !exemption,
    };
  });
}
