/** Checks whose findings are made while loading a file; the rule only reports them. */
import type { DocumentRule, LoadProblem, Text } from '../core/types.js';

export function loadProblemRule(id: LoadProblem['rule'], description: Text): DocumentRule {
  return {
    meta: { id, description, defaultSeverity: 'error' },
    scope: 'document',
    needsData: false,
    run(ctx) {
      for (const p of ctx.doc.problems) {
        if (p.rule === id) ctx.report({ message: p.message, ...(p.hint ? { hint: p.hint } : {}), at: p.at });
      }
    },
  };
}
