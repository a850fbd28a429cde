/**
 * What every formatter receives besides the result. The CLI fills it in; formatters
 * are pure functions of (result, context) and never touch `process` or the file system.
 */
import type { Lang, RuleMeta, ValidationResult } from '../core/types.js';

export interface FormatContext {
  /** Language of headings, severity words and summaries ('sv' by default). Messages arrive translated. */
  lang: Lang;
  /** ANSI colour; the CLI sets it only when stdout is a TTY. Only `stylish` uses it. */
  color: boolean;
  /** Metadata of every known rule, for SARIF's rule entries. */
  rules: RuleMeta[];
  /** The lsys version, e.g. "0.1.0". */
  version: string;
  /** Absolute repository root (the folder of lsys.yaml). */
  root: string;
  /**
   * Prepended to file paths in `github` and `sarif` output, for a repository root that is
   * not the git root (e.g. "kvalitet/" when lsys.yaml is in <git root>/kvalitet). Default ''.
   * A missing trailing `/` is added; `\` becomes `/`.
   */
  pathPrefix?: string;
}

/** Turns a validation result into the text the CLI writes to stdout or `--output`. */
export type Formatter = (result: ValidationResult, ctx: FormatContext) => string;
