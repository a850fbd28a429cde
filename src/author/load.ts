/**
 * The repository as `lsys new` sees it: every document loaded (without the facts cache, whose
 * entries belong to validate's checks) and the domain model built on them.
 */
import { loadCatalog } from '../core/catalog.js';
import { discover } from '../core/discover.js';
import { loadAll } from '../core/load-all.js';
import type { Config, Lang } from '../core/types.js';
import { buildModel, type DomainModel } from '../model/index.js';

/** Load every document under `dokument` and build the domain model at `today`. */
export async function loadModel(config: Config, today: string, lang: Lang): Promise<DomainModel> {
  const found = await discover(config, lang);
  const { documents } = await loadAll({ root: config.root, files: found.documents, outsideLinks: found.outsideLinks, local: () => [] });
  return buildModel({ config, today, catalog: loadCatalog(), documents });
}
