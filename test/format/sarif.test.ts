import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { formatters } from '../../src/format/index.js';
import { clean, ctx, resultOf, RUT, sample } from './sample.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

// The official SARIF 2.1.0 schema (shipped with @microsoft/jest-sarif). It declares draft-04,
// which Ajv 8 does not load; its keywords are all draft-07-compatible, so drop `$schema`/`id`.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
delete schema.$schema;
delete schema.id;
// Its `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) has a stray `]` that only
// non-unicode regular expressions accept.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const sarif = formatters.sarif;
type Log = any;
const log = (out: string): Log => JSON.parse(out);

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(errorsOf(log(sarif(sample, ctx())))).toEqual([]);
    expect(errorsOf(log(sarif(clean, ctx())))).toEqual([]);
    expect(errorsOf(log(sarif(sample, ctx({ lang: 'en', pathPrefix: 'kvalitet' }))))).toEqual([]);
  });

  it('the schema check fails on an invalid log', () => {
    const bad = (change: (l: Log) => void) => {
      const l = log(sarif(sample, ctx()));
      change(l);
      return errorsOf(l);
    };
    expect(bad((l) => (l.runs[0].results[0].level = 'fatal'))).not.toEqual([]);
    expect(bad((l) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0))).not.toEqual([]);
    expect(bad((l) => delete l.runs[0].tool.driver.name)).not.toEqual([]);
    expect(bad((l) => (l.version = '2.0.0'))).not.toEqual([]);
    // An unencoded path is not a URI reference: the encoding in the formatter matters.
    expect(bad((l) => (l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b/ö.md'))).not.toEqual([]);
  });

  it('describes the log, the tool and the source root', () => {
    const l = log(sarif(sample, ctx()));
    expect(l.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(l.version).toBe('2.1.0');
    expect(l.runs).toHaveLength(1);
    expect(l.runs[0].tool.driver).toMatchObject({ name: 'lsys', version: '0.1.0' });
    expect(l.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/kvalitet/' } });
  });

  it('has one rule entry per known rule plus every rule id seen only in findings', () => {
    const rules = log(sarif(sample, ctx())).runs[0].tool.driver.rules;
    expect(rules.map((r: Log) => r.id)).toEqual([
      'link/broken',
      'ref/withdrawn',
      'review/overdue',
      'schema',
      'style/title-case',
      'risk/missing-action',
      'schema/required',
    ]);
    expect(rules[2]).toEqual({
      id: 'review/overdue',
      shortDescription: { text: 'Revisionsdatum har passerat' },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1].defaultConfiguration).toEqual({ level: 'warning' });
    expect(rules[4].defaultConfiguration).toEqual({ level: 'warning', enabled: false });
    // schema/required borrows the generic `schema` entry; an unknown id falls back to itself.
    expect(rules[6]).toEqual({
      id: 'schema/required',
      shortDescription: { text: 'Frontmatter följer schemat för typen (required)' },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[5]).toEqual({
      id: 'risk/missing-action',
      shortDescription: { text: 'risk/missing-action' },
      defaultConfiguration: { level: 'warning' },
    });
    const en = log(sarif(sample, ctx({ lang: 'en' }))).runs[0].tool.driver.rules;
    expect(en[2].shortDescription.text).toBe('Review date has passed');
    expect(en[6].shortDescription.text).toBe('Frontmatter matches the schema of its type (required)');
    // No duplicates even if the metadata lists a rule twice.
    const twice = log(sarif(clean, ctx({ rules: [...ctx().rules, ctx().rules[0]!] }))).runs[0].tool.driver.rules;
    expect(twice).toHaveLength(5);
  });

  it('has one result per finding with rule index, level, message with hint and location', () => {
    const run = log(sarif(sample, ctx())).runs[0];
    expect(run.results).toHaveLength(5);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(run.results.map((r: Log) => r.level)).toEqual(['error', 'warning', 'error', 'warning', 'error']);
    expect(run.results[2]).toEqual({
      ruleId: 'review/overdue',
      ruleIndex: 2,
      level: 'error',
      message: {
        text: 'Revisionsdatum 2025-03-01 har passerat (fastställd 2024-03-01, ägare: mas) — Granska rutinen och för in ett nytt datum i revideras',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'ledningssystem/rutiner/RUT-012.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 1 },
          },
        },
      ],
      properties: { documentId: 'RUT-012' },
    });
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'ledningssystem/riskanalyser/RA-2026%20fall%2C%20h%C3%B6st.md',
    );
  });

  it('prefixes artifact URIs with ctx.pathPrefix, with %SRCROOT% the folder the prefix starts from', () => {
    const run = log(sarif(sample, ctx({ pathPrefix: 'kvalitet/' }))).runs[0];
    expect(run.results[2].locations[0].physicalLocation.artifactLocation.uri).toBe('kvalitet/ledningssystem/rutiner/RUT-012.md');
    // %SRCROOT% + uri is still the real file: /repo/kvalitet/ledningssystem/rutiner/RUT-012.md.
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    const resolved = new URL(run.results[2].locations[0].physicalLocation.artifactLocation.uri, run.originalUriBaseIds['%SRCROOT%'].uri);
    expect(resolved.href).toBe(`file:///repo/kvalitet/${RUT}`);
  });

  it('leaves out a region that would not start at line 1 or later', () => {
    const d: Diagnostic = { file: 'lsys.yaml', line: 0, column: 0, rule: 'coverage/missing', severity: 'warning', message: 'x' };
    const l = log(sarif(resultOf([d]), ctx()));
    expect(l.runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'lsys.yaml', uriBaseId: '%SRCROOT%' } });
    expect(errorsOf(l)).toEqual([]);
  });
});
