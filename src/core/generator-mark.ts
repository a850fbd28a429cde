/**
 * How a Markdown file that lsys generated begins: `<!-- generator: lsys 0.1.0 -->` on its first
 * line. The report writes and recognises it; loading skips such files (they are never documents).
 * One place, so the writer and both readers cannot drift apart. No regex metacharacters in it.
 */
export const GENERATOR_COMMENT_PREFIX = '<!-- generator: lsys';
