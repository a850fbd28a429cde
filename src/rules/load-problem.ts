/** Checks whose findings are made while loading a file; the rule only reports them. */
import type { LocalRule, LoadProblem, Text } from '../core/types.js';

export function loadProblemRule(id: LoadProblem['rule'], description: Text): LocalRule {
  return {
    meta: { id, description, defaultSeverity: 'error' },
    scope: 'local',
    needsData: false,
    run(ctx) {
      for (const p of ctx.doc.problems) {
        if (p.rule === id) ctx.report({ message: p.message, ...(p.hint ? { hint: p.hint } : {}), at: p.at });
      }
    },
  };
}
