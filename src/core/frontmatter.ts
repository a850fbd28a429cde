/**
 * Split a file into its raw YAML frontmatter and Markdown body with gray-matter, using our
 * own engine so that gray-matter's default js-yaml never sees the text (it would read
 * `1.10` as 1.1 and dates as `Date`). The raw YAML starts with the rest of the first `---`
 * line, so line numbers in it are the file's own line numbers.
 */
import matter from 'gray-matter';

export interface Split {
  /** The raw frontmatter text, or undefined when the block is empty. */
  raw: string | undefined;
  /** The body after the closing `---` line. */
  body: string;
}

export function splitFrontmatter(text: string): Split {
  let raw: string | undefined;
  const options = {
    engines: {
      yaml: {
        parse: (r: string) => {
          raw = r;
          return {};
        },
        stringify: () => '',
      },
    },
  };
  // gray-matter's types do not model custom engines well; the runtime contract is simple.
  const parsed = (matter as unknown as (s: string, o: unknown) => { content: string })(text, options);
  return { raw, body: parsed.content };
}
