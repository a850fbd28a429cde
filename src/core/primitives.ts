/**
 * The primitive types every layer shares: a leaf module that imports nothing, so that any
 * module may use them without an import cycle (src/core/types.ts re-exports them).
 */
export type Lang = 'sv' | 'en';
export type Severity = 'error' | 'warning';
export type SeveritySetting = Severity | 'off';
export type Sector = 'sol' | 'lss' | 'hsl';

/** A message in both languages; the runner picks one. */
export interface Text {
  sv: string;
  en: string;
}

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}
