/** Checks whose findings are made while loading a file: the loader gives a code and data, the rule words it. */
import type { LocalRule, LoadProblem, Text } from '../core/types.js';

/** What a rule says about one load problem. */
export interface Wording {
  message: Text;
  hint?: Text;
}

export function loadProblemRule<R extends LoadProblem['rule']>(
  id: R,
  description: Text,
  word: (problem: Extract<LoadProblem, { rule: R }>) => Wording,
): LocalRule {
  return {
    meta: { id, description, defaultSeverity: 'error' },
    scope: 'local',
    needsData: false,
    run(ctx) {
      for (const p of ctx.doc.problems) {
        if (p.rule !== id) continue;
        const { message, hint } = word(p as Extract<LoadProblem, { rule: R }>);
        ctx.report({ message, ...(hint ? { hint } : {}), at: p.at });
      }
    },
  };
}
