/**
 * `--format sarif`: a SARIF 2.1.0 log for GitHub code scanning and other viewers. One run, one
 * rule entry per known rule and per rule id seen in the findings (e.g. `schema/required` next to
 * the generic `schema` entry), locations relative to `%SRCROOT%`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Lang, RuleMeta, Severity, SeveritySetting } from '../core/types.js';
import type { FormatContext, Formatter } from './context.js';
import { messageWithHint, pathPrefix } from './text.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: Severity; enabled?: false };
}

/** A rule that is off by default is listed as disabled; when a user turns it on it is usually a warning. */
function defaultConfiguration(setting: SeveritySetting): SarifRule['defaultConfiguration'] {
  return setting === 'off' ? { level: 'warning', enabled: false } : { level: setting };
}

/** The most specific known rule `p` with `id` = `p/…` (the generic `schema` for `schema/required`). */
function parentRule(id: string, known: Map<string, RuleMeta>): RuleMeta | undefined {
  for (let cut = id.lastIndexOf('/'); cut > 0; cut = id.lastIndexOf('/', cut - 1)) {
    const parent = known.get(id.slice(0, cut));
    if (parent) return parent;
  }
  return undefined;
}

function buildRules(ctx: FormatContext, seen: Map<string, Severity>): SarifRule[] {
  const lang: Lang = ctx.lang;
  const known = new Map<string, RuleMeta>();
  for (const meta of ctx.rules) if (!known.has(meta.id)) known.set(meta.id, meta);

  const rules: SarifRule[] = [...known.values()].map((meta) => ({
    id: meta.id,
    shortDescription: { text: meta.description[lang] },
    defaultConfiguration: defaultConfiguration(meta.defaultSeverity),
  }));
  const extra = [...seen.keys()].filter((id) => !known.has(id)).sort();
  for (const id of extra) {
    const parent = parentRule(id, known);
    const suffix = parent ? id.slice(parent.id.length + 1) : '';
    rules.push({
      id,
      shortDescription: { text: parent ? `${parent.description[lang]} (${suffix})` : id },
      defaultConfiguration: parent ? defaultConfiguration(parent.defaultSeverity) : { level: seen.get(id)! },
    });
  }
  return rules;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, å, ä, ö, #, %). */
function relativeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * `%SRCROOT%`: the folder the artifact URIs are relative to. That is the repository root, or, with
 * a path prefix (lsys.yaml below the git root), the folder the prefix starts from, so that
 * `%SRCROOT%` + uri is always the real file.
 */
function srcRoot(ctx: FormatContext, prefix: string): string {
  const ups = prefix
    .split('/')
    .filter((s) => s !== '' && s !== '.')
    .map(() => '..');
  const href = pathToFileURL(resolve(ctx.root, ...ups)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export const sarif: Formatter = (result, ctx) => {
  const prefix = pathPrefix(ctx);
  const seen = new Map<string, Severity>();
  for (const d of result.diagnostics) if (!seen.has(d.rule)) seen.set(d.rule, d.severity);
  const rules = buildRules(ctx, seen);
  const index = new Map(rules.map((r, i) => [r.id, i]));

  const results = result.diagnostics.map((d) => {
    const physicalLocation: Record<string, unknown> = {
      artifactLocation: { uri: relativeUri(prefix + d.file), uriBaseId: '%SRCROOT%' },
    };
    // SARIF lines and columns start at 1; a file-level finding without one has no region.
    if (d.line >= 1) {
      physicalLocation.region = d.column >= 1 ? { startLine: d.line, startColumn: d.column } : { startLine: d.line };
    }
    return {
      ruleId: d.rule,
      ruleIndex: index.get(d.rule)!,
      level: d.severity,
      message: { text: messageWithHint(d) },
      locations: [{ physicalLocation }],
      ...(d.documentId !== undefined ? { properties: { documentId: d.documentId } } : {}),
    };
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'lsys', version: ctx.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot(ctx, prefix) } },
        // Columns come from JavaScript string offsets (yaml's LineCounter, remark).
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
