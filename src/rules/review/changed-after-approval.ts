// Warns when a commit dated after a document's `fastställd` changed its Markdown body while
// `version` stayed the same: the approved text is no longer the text in force (4:4, 7:1).
// The commit that adds the file does not count; uncommitted changes are not history.
// Bad: a typo fix in a fastställd routine's "Genomförande" pushed without raising version.
import { isDate } from '../../core/dates.js';
import { str } from '../util.js';
import type { FileChange } from '../../core/git.js';
import type { DomainModel } from '../../model/index.js';
import type { ProjectRule, LoadedDocument } from '../../core/types.js';
import { format, type Catalogue } from '../../core/messages.js';

const messages = {
  changed: {
    sv: 'Brödtexten ändrades i commit {commit} ({date}) efter fastställelsen {fastställd}, men versionen är fortfarande {version}{more}',
    en: 'The body changed in commit {commit} ({date}) after approval on {fastställd}, but the version is still {version}{more}',
  },
  oneMoreCommit: { sv: ' (och i {more} commit till)', en: ' (and in {more} more commit)' },
  moreCommits: { sv: ' (och i {more} commits till)', en: ' (and in {more} more commits)' },
  raiseVersionHint: {
    sv: 'Höj version och fastställ dokumentet på nytt, eller återställ texten.',
    en: 'Raise the version and approve the document again, or restore the text.',
  },
} as const satisfies Catalogue;

const rule: ProjectRule<DomainModel> = {
  meta: {
    id: 'review/changed-after-approval',
    description: {
      sv: 'Brödtexten ändrades efter fastställelsen utan att versionen höjdes',
      en: 'The body changed after approval without a new version',
    },
    defaultSeverity: 'warning',
    messages,
  },
  scope: 'project',
  async run(ctx) {
    if (!ctx.git) return;
    const candidates: Array<{ doc: LoadedDocument; changes: FileChange[] }> = [];
    for (const doc of ctx.documents) {
      const fastställd = str(doc.data?.fastställd);
      if (!isDate(fastställd)) continue;
      const changes = ctx.model.commitsOf(doc).filter((c) => c.status === 'M' && c.date > fastställd);
      if (changes.length) candidates.push({ doc, changes });
    }
    if (candidates.length === 0) return;
    // The parsers are loaded only when some document has a commit after its approval.
    const [{ splitFrontmatter }, yaml] = await Promise.all([import('../../core/frontmatter.js'), import('yaml')]);
    // yaml is a CommonJS package under Node: in the esbuild bundle its dynamic import has only
    // `default`, so a named `parseDocument` would be undefined there (and every version unreadable).
    const parseDocument = yaml.parseDocument ?? yaml.default.parseDocument;
    const split = (text: string) => splitBodyVersion(text, splitFrontmatter, parseDocument);
    const blobs = await ctx.git.readBlobs(candidates.flatMap((c) => c.changes.flatMap((ch) => [ch.oldBlob, ch.newBlob])));
    for (const { doc, changes } of candidates) {
      // Newest first: the latest offending commit is the one to show.
      const offending = changes.filter((ch) => {
        const before = blobs.get(ch.oldBlob);
        const after = blobs.get(ch.newBlob);
        if (before === undefined || after === undefined) return false;
        const a = split(before);
        const b = split(after);
        return a.body !== b.body && a.version === b.version;
      });
      const latest = offending[0];
      if (latest === undefined) continue;
      const version = str(doc.data?.version) ?? '?';
      const more = offending.length - 1;
      ctx.report({
        doc,
        at: ['version'],
        messageId: 'changed',
        hintId: 'raiseVersionHint',
        data: {
          commit: latest.commit.slice(0, 7),
          date: latest.date,
          fastställd: String(str(doc.data?.fastställd)),
          version,
          more: more ? format(more === 1 ? messages.oneMoreCommit : messages.moreCommits, { more }) : '',
        },
      });
    }
  },
};
export default rule;

/** Body and version of a file as it was in a commit. */
function splitBodyVersion(
  text: string,
  splitFrontmatter: (t: string) => { raw: string | undefined; body: string },
  parseDocument: typeof import('yaml').parseDocument,
): { body: string; version: string | undefined } {
  const t = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const { raw, body } = splitFrontmatter(t);
  let version: string | undefined;
  try {
    const v =
      raw === undefined
        ? undefined
        : (parseDocument(raw, { schema: 'failsafe' }).toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null);
    version = typeof v?.version === 'string' ? v.version : undefined;
  } catch {
    version = undefined;
  }
  return { body, version };
}
