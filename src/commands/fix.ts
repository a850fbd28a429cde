/**
 * `lsys validate --fix` / `--fix-dry-run` on the command line: make (or list) the fixes the
 * checks offered, say each change, and validate again so that the findings printed are those
 * that remain.
 */
import { applyFixes, type FixOutcome } from '../core/fix.js';
import type { Lang, PlannedFix, ValidationResult } from '../core/types.js';
import { say } from '../core/messages.js';
import { FIX } from './fix-messages.js';

export interface FixRun {
  fixes: PlannedFix[];
  dryRun: boolean;
  lang: Lang;
  /** Where the list of changes goes. */
  write(s: string): void;
  /** Validate again (after files were written). */
  revalidate(): Promise<ValidationResult>;
}

/** Make the fixes and report them; returns the result to print (from a new run when files changed). */
export async function runFixes(run: FixRun, first: ValidationResult): Promise<ValidationResult> {
  const outcome = await applyFixes(run.fixes, { dryRun: run.dryRun });
  run.write(describeFixes(outcome, run.dryRun, run.lang));
  return outcome.written.length > 0 ? run.revalidate() : first;
}

/** The changes, one a line: `file:line  "old" → "new"  (rule)`, then what was not fixed and why. */
function describeFixes(outcome: FixOutcome, dryRun: boolean, lang: Lang): string {
  const { changes, skipped } = outcome;
  const n = changes.length;
  const files = new Set(changes.map((c) => c.file)).size;
  const refs = say(n === 1 ? FIX.refsOne : FIX.refsMany, lang, { n });
  const inFiles = say(files === 1 ? FIX.filesOne : FIX.filesMany, lang, { n: files });
  let out = '';
  if (n === 0 && skipped.length === 0) {
    return `${say(FIX.nothing, lang)}\n\n`;
  }
  if (n > 0) {
    out += `${say(dryRun ? FIX.wouldFix : FIX.fixed, lang, { refs, inFiles })}\n`;
    for (const c of changes) out += `  ${c.file}:${c.line}  "${c.fix.from}" → "${c.fix.to}"  (${c.rule})\n`;
  }
  if (skipped.length > 0) {
    out += `${say(FIX.notFixed, lang)}\n`;
    for (const s of skipped) out += `  ${s.file}:${s.line}  "${s.fix.from}": ${s.reason[lang]}\n`;
  }
  // A blank line before the findings that follow.
  return `${out}\n`;
}
