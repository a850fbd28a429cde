/**
 * Find, parse and check `lsys.yaml`. Any problem here is a configuration error
 * (LsysError, exit 2) with one line naming the file, the place and the fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { LsysError } from './errors.js';
import { relevantErrors, validatorsFor } from './validators.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { offsetOfPath, positionOf } from './yaml-pos.js';
import { displayPath, splitInstancePath } from './instance-path.js';
import { isDate } from './dates.js';
import { yamlErrorHint, yamlErrorText } from './yaml-errors.js';
import { createRequire } from 'node:module';
import type { Config, Exemption, Lang, Position, Role, Sector, SeveritySetting, Unit } from './types.js';

import { CONFIG_FILE, configHash } from './config-file.js';

const configValidator: ValidateFunction = (await validatorsFor('validators-config.js', ['lsys-config'])).get('lsys-config')!;

const DEFAULT_RUBRIKER: Record<string, string[]> = {
  process: ['Syfte', 'Omfattning'],
  rutin: ['Syfte', 'Ansvar', 'Genomförande', 'Uppföljning'],
};

/** lsys.yaml as it is once the schema has accepted it (failsafe YAML: every scalar is text, Ajv coerced the numbers). */
interface ValidConfigFile {
  organisation: string;
  verksamhetsformer: Sector[];
  dokument?: string;
  ignorera?: string[];
  roller: Role[];
  enheter?: Unit[];
  revision?: { varna_dagar?: number; max_månader?: number };
  risk?: { åtgärdsgräns?: number };
  undantag?: Array<{ sosfs: string; skäl: string; till?: string }>;
  rubriker?: Record<string, string[]>;
  regler?: Record<string, SeveritySetting>;
}

function fail(lang: Lang, pos: Position | undefined, sv: string, en: string): never {
  const where = pos ? `${CONFIG_FILE}:${pos.line}:${pos.column}` : CONFIG_FILE;
  throw new LsysError('config-invalid', `${where}: ${lang === 'en' ? en : sv}`);
}

/** Load lsys.yaml from `root` (the folder that holds it). */
export function loadConfig(root: string, lang: Lang, validSosfs?: (ref: string) => boolean): Config {
  const path = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(
      lang,
      undefined,
      `kan inte läsas (${(e as NodeJS.ErrnoException).code ?? String(e)}). Kontrollera filens rättigheter.`,
      `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}). Check the file's permissions.`,
    );
  }
  return parseConfig(text, root, lang, validSosfs);
}

/** Parse and check lsys.yaml's text (read from `root`). */
export function parseConfig(source: string, root: string, lang: Lang, validSosfs?: (ref: string) => boolean): Config {
  const text = source.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const pos = positionOf(lineCounter, err.pos[0]);
    const text = yamlErrorText(err.code, err.message);
    const hint = yamlErrorHint(err.code);
    fail(lang, pos, `${text.sv}. ${hint.sv}`, `${text.en}. ${hint.en}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    fail(lang, undefined, `YAML kunde inte läsas: ${(e as Error).message}`, `YAML could not be read: ${(e as Error).message}`);
  }
  if (data === null || data === '' || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail(
      lang,
      { line: 1, column: 1 },
      'filen ska vara en mappning med nycklar som organisation, verksamhetsformer och roller.',
      'the file must be a mapping with keys such as organisation, verksamhetsformer and roller.',
    );
  }
  const validate = configValidator;
  if (!validate(data)) {
    // A failed validation has at least one error.
    const e = relevantErrors(validate.errors ?? [])[0] ?? validate.errors![0]!;
    const segs = splitInstancePath(e.instancePath);
    const target = e.keyword === 'additionalProperties' ? [...segs, String(e.params.additionalProperty)] : segs;
    const pos = positionOf(lineCounter, offsetOfPath(doc, target));
    const [sv, en] = configErrorText(e, segs);
    // The path is written in Swedish words ("post 2"); the English text gets "item 2".
    fail(lang, pos, sv, segs.length ? en.split(displayPath(segs, 'sv')).join(displayPath(segs, 'en')) : en);
  }
  const c = data as ValidConfigFile;
  const keyPositions: Record<string, Position> = {};
  for (const key of Object.keys(c)) {
    const p = positionOf(lineCounter, offsetOfPath(doc, [key]));
    if (p) keyPositions[key] = p;
  }
  const reglerPositions: Record<string, Position> = {};
  if (c.regler && typeof c.regler === 'object') {
    for (const key of Object.keys(c.regler)) {
      const p = positionOf(lineCounter, offsetOfPath(doc, ['regler', key]));
      if (p) reglerPositions[key] = p;
    }
  }
  const undantag: Exemption[] = (c.undantag ?? []).map((u, i) => ({
    sosfs: u.sosfs,
    skäl: u.skäl,
    ...(u.till !== undefined ? { till: u.till } : {}),
    at: positionOf(lineCounter, offsetOfPath(doc, ['undantag', i])) ?? { line: 1, column: 1 },
  }));
  for (const u of undantag) {
    if (validSosfs && !validSosfs(u.sosfs)) {
      fail(
        lang,
        u.at,
        `undantaget gäller ${u.sosfs}, som inte finns i SOSFS 2011:9. Skriv kapitel:paragraf, t.ex. "4:6".`,
        `the exemption names ${u.sosfs}, which SOSFS 2011:9 does not have. Write chapter:paragraph, e.g. "4:6".`,
      );
    }
    if (u.till !== undefined && !isDate(u.till)) {
      fail(
        lang,
        u.at,
        `"till: ${String(u.till)}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD.`,
        `"till: ${String(u.till)}" is not a valid date. Write YYYY-MM-DD.`,
      );
    }
  }
  const roleIds = new Set<string>();
  for (const [i, r] of c.roller.entries()) {
    if (roleIds.has(r.id)) {
      const pos = positionOf(lineCounter, offsetOfPath(doc, ['roller', i]));
      fail(
        lang,
        pos,
        `rollen "${r.id}" finns två gånger under roller. Ta bort den ena.`,
        `the role "${r.id}" is listed twice under roller. Remove one.`,
      );
    }
    roleIds.add(r.id);
  }
  return {
    root,
    file: CONFIG_FILE,
    hash: configHash(source),
    organisation: c.organisation,
    verksamhetsformer: c.verksamhetsformer,
    dokument: c.dokument ?? '.',
    ignorera: c.ignorera ?? [],
    roller: c.roller,
    enheter: c.enheter ?? [],
    revision: { varna_dagar: c.revision?.varna_dagar ?? 60, max_månader: c.revision?.max_månader ?? 12 },
    risk: { åtgärdsgräns: c.risk?.åtgärdsgräns ?? 8 },
    undantag,
    rubriker: { ...DEFAULT_RUBRIKER, ...(c.rubriker ?? {}) },
    regler: c.regler ?? {},
    keyPositions,
    reglerPositions,
  };
}

function configErrorText(e: ErrorObject, segs: string[]): [string, string] {
  const where = segs.length ? displayPath(segs, 'sv') : '';
  const at = where ? ` (${where})` : '';
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = allowedKeys(e);
      return [
        `okänd nyckel "${key}"${at}. Rätta stavningen eller ta bort den${allowed ? `; tillåtna nycklar: ${allowed}` : ''}.`,
        `unknown key "${key}"${at}. Fix the spelling or remove it${allowed ? `; allowed keys: ${allowed}` : ''}.`,
      ];
    }
    case 'required':
      return [
        `nyckeln "${e.params.missingProperty}" saknas${at}. Lägg till den.`,
        `the key "${e.params.missingProperty}" is missing${at}. Add it.`,
      ];
    case 'enum':
      return [
        `"${where}" har ett otillåtet värde. Tillåtna värden: ${(e.params.allowedValues as string[]).join(', ')}.`,
        `"${where}" has a value that is not allowed. Allowed values: ${(e.params.allowedValues as string[]).join(', ')}.`,
      ];
    case 'type':
      return [
        `"${where || 'lsys.yaml'}" ska vara ${typeSv(String(e.params.type))}.`,
        `"${where || 'lsys.yaml'}" must be ${typeEn(String(e.params.type))}.`,
      ];
    case 'pattern':
      if (segs[segs.length - 1] === 'sosfs') {
        return [
          `"${where}" har fel form: skriv kapitel:paragraf, t.ex. "4:6".`,
          `"${where}" has the wrong form: write chapter:paragraph, e.g. "4:6".`,
        ];
      }
      return [
        `"${where}" har fel form: id:n skrivs med små bokstäver och bindestreck, t.ex. "enhetschef" eller "hemtjänst-norr".`,
        `"${where}" has the wrong form: ids are lower-case words with hyphens, e.g. "enhetschef" or "hemtjänst-norr".`,
      ];
    case 'format':
      return [
        `"${where}" är inget giltigt datum. Skriv ÅÅÅÅ-MM-DD och kontrollera att dagen finns, t.ex. 2027-12-31.`,
        `"${where}" is not a valid date. Write YYYY-MM-DD and check that the day exists, e.g. 2027-12-31.`,
      ];
    case 'minimum':
    case 'maximum': {
      const s = e.parentSchema as { minimum?: number; maximum?: number } | undefined;
      const range = s?.minimum !== undefined && s?.maximum !== undefined ? `${s.minimum}–${s.maximum}` : undefined;
      const sv = range ? `ett heltal ${range}` : e.keyword === 'minimum' ? `minst ${e.params.limit}` : `högst ${e.params.limit}`;
      const en = range ? `a whole number ${range}` : e.keyword === 'minimum' ? `at least ${e.params.limit}` : `at most ${e.params.limit}`;
      return [`"${where}" ska vara ${sv}.`, `"${where}" must be ${en}.`];
    }
    case 'minLength':
      return [`"${where}" får inte vara tomt.`, `"${where}" must not be empty.`];
    case 'minItems':
      return [
        `"${where}" ska ha minst ${e.params.limit} ${e.params.limit === 1 ? 'post' : 'poster'}.`,
        `"${where}" must have at least ${e.params.limit} ${e.params.limit === 1 ? 'item' : 'items'}.`,
      ];
    case 'uniqueItems':
      return [`"${where}" innehåller samma värde två gånger. Ta bort det ena.`, `"${where}" contains the same value twice. Remove one.`];
    default: {
      // Anything else: Ajv's message, in Swedish through ajv-i18n.
      const copy = { ...e };
      if (e.message !== undefined) localizeSv([copy]);
      return [`"${where}" är fel: ${copy.message ?? e.keyword}.`, `"${where}" is wrong: ${e.message ?? e.keyword}.`];
    }
  }
}

/** ajv-i18n's Swedish messages, loaded only for a keyword without a message of our own. */
function localizeSv(errors: ErrorObject[]): void {
  const mod = createRequire(import.meta.url)('ajv-i18n/localize/sv') as
    ((e: ErrorObject[]) => void) | { default: (e: ErrorObject[]) => void };
  (typeof mod === 'function' ? mod : mod.default)(errors);
}

function allowedKeys(e: ErrorObject): string {
  const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props).join(', ') : '';
}

function typeSv(t: string): string {
  return (
    (
      { object: 'en mappning (nyckel: värde)', array: 'en lista', string: 'en text', integer: 'ett heltal', number: 'ett tal' } as Record<
        string,
        string
      >
    )[t] ?? t
  );
}
function typeEn(t: string): string {
  return (
    (
      { object: 'a mapping (key: value)', array: 'a list', string: 'a text', integer: 'an integer', number: 'a number' } as Record<
        string,
        string
      >
    )[t] ?? t
  );
}
