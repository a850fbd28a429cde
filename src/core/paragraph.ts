/**
 * A paragraph of SOSFS 2011:9 as people write it: `5:1` → `5 kap. 1 §` / `Chapter 5, Section 1`
 * (`5:3a` → `5 kap. 3 a §`). Shared by the report and the messages of the rules.
 */
export function formatParagraph(p: unknown, lang: 'sv' | 'en'): string {
  if (typeof p !== 'string') return '';
  const m = /^\s*(\d+)\s*:\s*(\d+)([a-z]?)\s*$/.exec(p);
  if (!m) return p;
  return lang === 'sv' ? `${m[1]} kap. ${m[2]}${m[3] ? ` ${m[3]}` : ''} §` : `Chapter ${m[1]}, Section ${m[2]}${m[3]}`;
}
