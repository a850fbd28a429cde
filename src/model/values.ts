/**
 * Pure value helpers for reading frontmatter safely: a field as a string, a list or a mapping,
 * whatever the user wrote. A leaf module: the model, the rules and the report all read
 * frontmatter through these.
 */

/** A path into a document's frontmatter, e.g. `['risker', 0, 'åtgärder', 1]`. */
export type Path = Array<string | number>;

/** The value when it is a string, else undefined. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The value when it is a list, else an empty list. */
export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The value when it is a mapping (not a list, not null), else undefined. */
export function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The strings of a list, in order (anything else left out). */
export function strings(v: unknown): string[] {
  return arr(v).filter((x): x is string => typeof x === 'string');
}
