/** Ajv's instancePath, apart from YAML: the schema check needs it on every run, the yaml package only on a parse. */

/** Split an Ajv instancePath (`/aktiviteter/0/ansvarig`) into segments. */
export function splitInstancePath(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
