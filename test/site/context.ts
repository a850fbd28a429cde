/** A SiteContext for the page tests, built as `lsys site` does: load, validate, the domain model. */
import { loadCatalog } from '../../src/core/catalog.js';
import { loadConfig } from '../../src/core/config.js';
import type { Lang } from '../../src/core/types.js';
import { validateRepository } from '../../src/core/validate.js';
import { status } from '../../src/model/index.js';
import { registry } from '../../src/rules/index.js';
import { pageName, type HistoryEntry, type SiteContext, type SiteDocument, type WebbplatsConfig } from '../../src/site/types.js';

export interface ContextOptions {
  today?: string;
  lang?: Lang;
  drafts?: boolean;
  baseUrl?: string;
  site?: WebbplatsConfig;
  history?: (id: string) => HistoryEntry[];
}

export async function siteContext(root: string, o: ContextOptions = {}): Promise<SiteContext> {
  const lang = o.lang ?? 'sv';
  const catalog = loadCatalog();
  const config = loadConfig(root, lang, (r) => catalog.paragraph(r) !== undefined);
  const run = await validateRepository({ config, today: o.today ?? '2026-12-01', lang, git: false, registry });
  const model = run.context.model;
  const documents: SiteDocument[] = model.documents
    .filter((d) => d.id && (status(d) === 'fastställd' || (o.drafts && status(d) === 'utkast')))
    .map((doc) => ({
      doc,
      page: `dokument/${pageName(doc.id!)}.html`,
      draft: status(doc) === 'utkast',
      body: `<h2 id="brodtext">Brödtext</h2><p>Text om ${doc.id}.</p>`,
      text: `Text om ${doc.id}.`,
      headings: [{ level: 2, text: 'Brödtext', slug: 'brodtext' }],
      history: o.history?.(doc.id!) ?? [],
    }));
  const byId = new Map(documents.map((d) => [d.doc.id!, d]));
  const withdrawn = model.documents.filter((d) => d.id && status(d) === 'upphävd' && !byId.has(d.id));
  return {
    model,
    lang,
    today: model.today,
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
    drafts: o.drafts ?? false,
    documents,
    byId,
    withdrawn,
    site: o.site ?? model.config.webbplats ?? {},
    generator: 'lsys test',
  };
}
