/** Checks whose findings are made while loading a file: the loader gives a code and data, the rule words it. */
import type { Catalogue, MessageData } from '../core/messages.js';
import type { LocalRule, LoadProblem, Text } from '../core/types.js';

/**
 * What a rule says about one load problem: ids of its messages with their data, or (for a
 * text worded elsewhere, such as the YAML parser's errors in core/yaml-errors.ts) the texts.
 */
export interface Wording {
  messageId?: string;
  hintId?: string;
  data?: MessageData;
  message?: Text;
  hint?: Text;
}

export function loadProblemRule<R extends LoadProblem['rule']>(
  id: R,
  description: Text,
  messages: Catalogue,
  word: (problem: Extract<LoadProblem, { rule: R }>) => Wording,
): LocalRule {
  return {
    meta: { id, description, defaultSeverity: 'error', messages },
    scope: 'local',
    needsData: false,
    run(ctx) {
      for (const p of ctx.doc.problems) {
        if (p.rule !== id) continue;
        const { messageId, hintId, data, message, hint } = word(p as Extract<LoadProblem, { rule: R }>);
        ctx.report({
          ...(messageId !== undefined ? { messageId } : {}),
          ...(hintId !== undefined ? { hintId } : {}),
          ...(data ? { data } : {}),
          ...(message ? { message } : {}),
          ...(hint ? { hint } : {}),
          at: p.at,
        });
      }
    },
  };
}
