/** Ajv's instancePath, apart from YAML: the schema check needs it on every run, the yaml package only on a parse. */

/** Split an Ajv instancePath (`/aktiviteter/0/ansvarig`) into segments. */
export function splitInstancePath(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * A path in a YAML value as users read it: list items counted from 1 and named in words
 * (`relaterade post 2`; `risker post 1, åtgärder post 1`; `revision.max_månader`), not Ajv's
 * `relaterade.1`, which counts from zero.
 */
export function displayPath(segs: ReadonlyArray<string | number>, lang: 'sv' | 'en'): string {
  let out = '';
  let afterItem = false;
  for (const s of segs) {
    if (typeof s === 'number' || /^\d+$/.test(s)) {
      out += `${out ? ' ' : ''}${lang === 'en' ? 'item' : 'post'} ${Number(s) + 1}`;
      afterItem = true;
    } else {
      out += out ? (afterItem ? `, ${s}` : `.${s}`) : s;
      afterItem = false;
    }
  }
  return out;
}
