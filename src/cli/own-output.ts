/**
 * Recognise a file that `lsys validate --output` wrote, so a re-run may replace it while a
 * file lsys did not write is never overwritten without --force.
 */
export function sniffOwnOutput(text: string): boolean {
  if (text === '') return true;
  const head = text.slice(0, 4000);
  if (/^\{\s*"version": 1,\s*"today":/.test(head)) return true; // json
  if (/"driver":\s*\{\s*"name":\s*"lsys"/.test(head) || /"\$schema":\s*"https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json"[\s\S]*"name":\s*"lsys"/.test(head)) return true; // sarif
  if (/<testsuites name="lsys"/.test(head)) return true; // junit
  const lines = text.trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  // stylish and github end with the summary line.
  return /^(✔|✖) (Inga problem|No problems|\d+ problem)/.test(last);
}
