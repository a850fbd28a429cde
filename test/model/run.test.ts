/**
 * The model on the checks' context: built once per run by the registry's factory, the same
 * object for every document and project check, and handed back with the run for the report.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/core/catalog.js';
import { loadConfig } from '../../src/core/config.js';
import { validateRepository } from '../../src/core/validate.js';
import { buildModel, DomainModel } from '../../src/model/index.js';
import { registry } from '../../src/rules/index.js';
import type { DocumentRule, ProjectRule, RuleRegistry, RunFacts } from '../../src/core/types.js';
import { doc, makeRepo, rutin, RUTIN_BODY, TODAY } from '../helpers/repo.js';

describe('the model in a validation run', () => {
  it('is built once, seen by every document and project check, and returned with the run', async () => {
    const repo = makeRepo({
      'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2026-03-01' }), RUTIN_BODY),
      'ledningssystem/RUT-002.md': doc(rutin('RUT-002'), RUTIN_BODY),
    });
    try {
      const seen: unknown[] = [];
      let built = 0;
      const docRule: DocumentRule<DomainModel> = {
        meta: { id: 'review/overdue', description: { sv: '', en: '' }, defaultSeverity: 'error' },
        scope: 'document',
        run: (ctx) => void seen.push(ctx.model),
      };
      const projectRule: ProjectRule<DomainModel> = {
        meta: { id: 'id/duplicate', description: { sv: '', en: '' }, defaultSeverity: 'error' },
        scope: 'project',
        run: (ctx) => void seen.push(ctx.model),
      };
      const counting: RuleRegistry<DomainModel> = {
        ...registry,
        rules: [docRule, projectRule],
        buildModel: (facts: RunFacts) => {
          built++;
          return buildModel(facts);
        },
      };
      const catalog = loadCatalog();
      const config = loadConfig(repo.root, 'sv', (r) => catalog.paragraph(r) !== undefined);
      const run = await validateRepository({ config, today: TODAY, lang: 'sv', git: false, registry: counting });
      expect(built).toBe(1);
      expect(seen).toHaveLength(3); // two documents, one project check
      expect(new Set(seen).size).toBe(1);
      expect(run.context.model).toBe(seen[0]);
      expect(run.context.model).toBeInstanceOf(DomainModel);
      expect(run.context.model.documents).toBe(run.documents);
      expect(run.context.model.today).toBe(TODAY);
      // The model answers from the same facts the rules saw.
      expect(run.context.model.reviews.filter((r) => r.overdue).map((r) => r.doc.id)).toEqual(['RUT-001']);
    } finally {
      repo.cleanup();
    }
  });

  it('gives the real registry’s model to the run (what the report reads)', async () => {
    const repo = makeRepo({ 'ledningssystem/RUT-001.md': doc(rutin('RUT-001', { revideras: '2026-03-01' }), RUTIN_BODY) });
    try {
      const catalog = loadCatalog();
      const config = loadConfig(repo.root, 'sv', (r) => catalog.paragraph(r) !== undefined);
      const run = await validateRepository({ config, today: TODAY, lang: 'sv', git: false, registry });
      const overdue = run.result.diagnostics.filter((d) => d.rule === 'review/overdue').map((d) => d.documentId);
      expect(run.context.model.reviews.filter((r) => r.overdue).map((r) => r.doc.id)).toEqual(overdue);
      expect(overdue).toEqual(['RUT-001']);
    } finally {
      repo.cleanup();
    }
  });
});
