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
import type {
  Config,
  DefaultsConfig,
  DocType,
  Exemption,
  Lang,
  LäskvittensConfig,
  Position,
  Role,
  RoleDefaults,
  Sector,
  SeveritySetting,
  Unit,
  WebbplatsConfig,
} from './types.js';

import { CONFIG_FILE, configHash, läskvittensFolder } from './config-file.js';
import { CONFIG_MESSAGES } from './config-messages.js';
import { perLang, say, valueText, type Message, type MessageData } from './messages.js';

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
  webbplats?: WebbplatsConfig;
  defaults?: RoleDefaults & { typer?: Partial<Record<DocType, RoleDefaults>> };
  årshjul?: { kvalitetsberättelse?: string; ansvarig?: string; påminnelse_dagar?: number };
  läskvittens?: {
    mapp?: string;
    dagar?: number;
    vid?: 'major' | 'minor';
    läses_av?: Partial<Record<DocType, string[]>>;
    formulär?: string;
  };
}

/** Where the roster and confirmations are when lsys.yaml does not say (issue 13). */
const DEFAULT_LÄSKVITTENS_MAPP = 'data/läskvittenser';

function fail(lang: Lang, pos: Position | undefined, message: Message, data?: MessageData): never {
  const where = pos ? `${CONFIG_FILE}:${pos.line}:${pos.column}` : CONFIG_FILE;
  throw new LsysError('config-invalid', say(CONFIG_MESSAGES.at, lang, { where, message: say(message, lang, data) }));
}

/** Load lsys.yaml from `root` (the folder that holds it). */
export function loadConfig(root: string, lang: Lang, validSosfs?: (ref: string) => boolean): Config {
  const path = join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(lang, undefined, CONFIG_MESSAGES.unreadable, { reason: (e as NodeJS.ErrnoException).code ?? String(e) });
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
    fail(lang, pos, CONFIG_MESSAGES.yamlError, { text, hint });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    fail(lang, undefined, CONFIG_MESSAGES.yamlUnreadable, { error: (e as Error).message });
  }
  if (data === null || data === '' || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    fail(lang, { line: 1, column: 1 }, CONFIG_MESSAGES.notMapping);
  }
  const validate = configValidator;
  if (!validate(data)) {
    // A failed validation has at least one error.
    const e = relevantErrors(validate.errors ?? [])[0] ?? validate.errors![0]!;
    const segs = splitInstancePath(e.instancePath);
    const key = e.keyword === 'additionalProperties' ? String(e.params.additionalProperty) : e.propertyName;
    const target = key !== undefined ? [...segs, key] : segs;
    const pos = positionOf(lineCounter, offsetOfPath(doc, target));
    const [message, data] = configErrorText(e, segs);
    fail(lang, pos, message, data);
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
      fail(lang, u.at, CONFIG_MESSAGES.exemptionUnknown, { sosfs: u.sosfs });
    }
    if (u.till !== undefined && !isDate(u.till)) {
      fail(lang, u.at, CONFIG_MESSAGES.exemptionDate, { till: String(u.till) });
    }
  }
  const roleIds = new Set<string>();
  for (const [i, r] of c.roller.entries()) {
    if (roleIds.has(r.id)) {
      const pos = positionOf(lineCounter, offsetOfPath(doc, ['roller', i]));
      fail(lang, pos, CONFIG_MESSAGES.roleTwice, { role: r.id });
    }
    roleIds.add(r.id);
  }
  // Roles named in `defaults` and `årshjul` must exist: a typo would otherwise surface as a
  // schema error in every document lsys new or lsys approve writes.
  const roleRefs: Array<[Array<string | number>, string | undefined]> = [
    [['defaults', 'ägare'], c.defaults?.ägare],
    [['defaults', 'fastställd_av'], c.defaults?.fastställd_av],
    ...Object.entries(c.defaults?.typer ?? {}).flatMap(([typ, d]): Array<[string[], string | undefined]> => [
      [['defaults', 'typer', typ, 'ägare'], d?.ägare],
      [['defaults', 'typer', typ, 'fastställd_av'], d?.fastställd_av],
    ]),
    [['årshjul', 'ansvarig'], c.årshjul?.ansvarig],
    ...Object.entries(c.läskvittens?.läses_av ?? {}).flatMap(([typ, roles]): Array<[Array<string | number>, string | undefined]> =>
      (roles ?? []).map((role, i) => [['läskvittens', 'läses_av', typ, i], role]),
    ),
  ];
  for (const [path, role] of roleRefs) {
    if (role !== undefined && !roleIds.has(role)) {
      // A list item is named by its list: "läskvittens.läses_av.rutin".
      const where = path.filter((p) => typeof p === 'string').join('.');
      fail(lang, positionOf(lineCounter, offsetOfPath(doc, path)), CONFIG_MESSAGES.roleUnknown, { role, where });
    }
  }
  const defaults: DefaultsConfig = {
    ...(c.defaults?.ägare !== undefined ? { ägare: c.defaults.ägare } : {}),
    ...(c.defaults?.fastställd_av !== undefined ? { fastställd_av: c.defaults.fastställd_av } : {}),
    typer: c.defaults?.typer ?? {},
  };
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
    ...(c.webbplats ? { webbplats: c.webbplats } : {}),
    defaults,
    årshjul: {
      kvalitetsberättelse: c.årshjul?.kvalitetsberättelse ?? '03-01',
      ansvarig: c.årshjul?.ansvarig ?? c.roller[0]!.id,
      påminnelse_dagar: c.årshjul?.påminnelse_dagar ?? 14,
    },
    ...(c.läskvittens ? { läskvittens: läskvittensOf(c.läskvittens, root) } : {}),
  };
}

/** The `läskvittens` block with its defaults, `mapp` resolved against the root (an absolute path stays). */
function läskvittensOf(l: NonNullable<ValidConfigFile['läskvittens']>, root: string): LäskvittensConfig {
  const mappText = l.mapp ?? DEFAULT_LÄSKVITTENS_MAPP;
  return {
    mapp: läskvittensFolder(root, mappText),
    mappText,
    dagar: l.dagar ?? 30,
    vid: l.vid ?? 'major',
    läses_av: l.läses_av ?? {},
    ...(l.formulär !== undefined ? { formulär: l.formulär } : {}),
  };
}

function configErrorText(e: ErrorObject, segs: string[]): [Message, MessageData] {
  // The path in the message's language: "roller → post 2" / "roller → item 2".
  const where = perLang((l) => (segs.length ? displayPath(segs, l) : ''));
  const at = perLang((l) => (where[l] ? ` (${where[l]})` : ''));
  const M = CONFIG_MESSAGES;
  switch (e.keyword) {
    case 'additionalProperties': {
      const allowed = allowedKeys(e);
      const key = String(e.params.additionalProperty);
      return allowed ? [M.unknownKeyAllowed, { key, at, allowed }] : [M.unknownKey, { key, at }];
    }
    case 'required':
      return [M.keyMissing, { key: String(e.params.missingProperty), at }];
    case 'enum':
      // A key that is not one of the listed names (propertyNames), e.g. a misspelt type under rubriker.
      if (e.propertyName !== undefined)
        return [M.unknownKeyAllowed, { key: e.propertyName, at, allowed: (e.params.allowedValues as string[]).join(', ') }];
      return [M.notAllowed, { where, allowed: (e.params.allowedValues as string[]).join(', ') }];
    case 'type': {
      const t = String(e.params.type);
      return [M.wrongType, { where: perLang((l) => where[l] || 'lsys.yaml'), type: perLang((l) => (l === 'sv' ? typeSv(t) : typeEn(t))) }];
    }
    case 'pattern': {
      const last = segs[segs.length - 1];
      const form =
        last === 'sosfs'
          ? M.sosfsForm
          : last === 'url'
            ? M.urlForm
            : last === 'formulär'
              ? M.formUrlForm
              : last === 'kvalitetsberättelse'
                ? M.monthDayForm
                : M.idForm;
      // The form's example shows the template's own placeholders.
      return [form, { where, id: '{id}', version: '{version}' }];
    }
    case 'format':
      return [M.notDate, { where }];
    case 'minimum':
    case 'maximum': {
      const s = e.parentSchema as { minimum?: number; maximum?: number } | undefined;
      const range = s?.minimum !== undefined && s?.maximum !== undefined ? `${s.minimum}–${s.maximum}` : undefined;
      const limit = valueText(e.params.limit);
      return range ? [M.integerRange, { where, range }] : [e.keyword === 'minimum' ? M.atLeast : M.atMost, { where, limit }];
    }
    case 'minLength':
      return [M.empty, { where }];
    case 'minItems':
      return [e.params.limit === 1 ? M.minItemsOne : M.minItems, { where, limit: valueText(e.params.limit) }];
    case 'uniqueItems':
      return [M.sameTwice, { where }];
    default: {
      // Anything else: Ajv's message, in Swedish through ajv-i18n.
      const copy = { ...e };
      if (e.message !== undefined) localizeSv([copy]);
      const sv = copy.message ?? e.keyword;
      const en = e.message ?? e.keyword;
      return [M.wrong, { where, message: perLang((l) => (l === 'sv' ? sv : en)) }];
    }
  }
}

/**
 * The role a type's documents get by default for `key` (lsys.yaml `defaults.typer.<typ>`, else
 * `defaults`), or undefined when lsys.yaml names none.
 */
export function roleDefault(config: Pick<Config, 'defaults'>, typ: string, key: keyof RoleDefaults): string | undefined {
  return config.defaults.typer[typ as DocType]?.[key] ?? config.defaults[key];
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
