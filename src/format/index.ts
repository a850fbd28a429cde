/**
 * Output formatters: pure functions `(result, ctx) => string` in a name → formatter map
 * (vitest's ReportersMap, ESLint's formatters). The CLI picks one by `--format` and decides
 * where the string goes (stdout or `--output`).
 */
import type { Formatter } from './context.js';
import { azure } from './azure.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatContext, Formatter } from './context.js';
export { githubStepSummary } from './github.js';
export { escapeAzureData } from './azure.js';

/** The names `--format` accepts. */
export type FormatName = 'stylish' | 'json' | 'github' | 'junit' | 'sarif' | 'gitlab' | 'azure';

export const formatters: Record<FormatName, Formatter> = { stylish, json, github, junit, sarif, gitlab, azure };
