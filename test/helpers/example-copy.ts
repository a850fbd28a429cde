/**
 * Copying the example repository into a test's temporary folder: without what `npm run demo`
 * generates in it (the handbook in site/, the reports), which is git-ignored there but would
 * otherwise come along and change what a test sees (a site folder that "already exists").
 */
const GENERATED = /(?:^|[\\/])examples[\\/]solbacka[\\/](?:site|(?:kvalitets|patientsakerhets)berattelse-[^\\/]*)$/;

/** The `filter` of cpSync/cp for the example: false for the demo's generated files. */
export function notGenerated(source: string): boolean {
  return !GENERATED.test(source);
}
