/**
 * The reference implementation of the Markdown facts, on micromark (the parser under remark):
 * test/core/markdown.test.ts checks that the fast markdown-it extraction in src/core/markdown.ts
 * gives exactly the same headings, slugs, links and positions.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { decodeString } from 'micromark-util-decode-string';
import GithubSlugger from 'github-slugger';
import type { Heading, Link } from '../../src/core/types.js';

interface Point {
  line: number;
  column: number;
}

/** Headings and links of a Markdown body, in document order. `lineOffset` is added to lines. */
export function micromarkFacts(markdown: string, lineOffset = 0): { headings: Heading[]; links: Link[] } {
  const events = postprocess(
    parse()
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const links: Link[] = [];
  const at = (p: Point) => ({ line: p.line + lineOffset, column: p.column });

  let heading: { start: Point; depth: number; text: string } | undefined;
  let imageDepth = 0;
  const open: Array<{ kind: Link['kind']; start: Point; url?: string }> = [];

  for (const [kind, token, context] of events) {
    const type = token.type as string;
    if (kind === 'enter') {
      switch (type) {
        case 'atxHeading':
        case 'setextHeading':
          heading = { start: token.start, depth: 0, text: '' };
          break;
        case 'atxHeadingSequence':
          if (heading && heading.depth === 0) heading.depth = context.sliceSerialize(token).length;
          break;
        case 'setextHeadingLineSequence':
          if (heading) heading.depth = context.sliceSerialize(token).startsWith('=') ? 1 : 2;
          break;
        case 'link':
        case 'image':
        case 'definition':
          open.push({ kind: type, start: token.start });
          if (type === 'image') imageDepth++;
          break;
        case 'resourceDestinationString':
        case 'definitionDestinationString':
          if (open.length) open[open.length - 1]!.url = decodeString(context.sliceSerialize(token));
          break;
        case 'data':
        case 'characterEscapeValue':
        case 'codeTextData':
        case 'autolinkProtocol':
        case 'autolinkEmail':
          if (heading && imageDepth === 0) heading.text += context.sliceSerialize(token);
          break;
        case 'characterReference':
          if (heading && imageDepth === 0) heading.text += decodeString(context.sliceSerialize(token));
          break;
        case 'lineEnding':
          if (heading && imageDepth === 0 && heading.text !== '') heading.text += '\n';
          break;
      }
    } else {
      switch (type) {
        case 'atxHeading':
        case 'setextHeading':
          if (heading) {
            const text = heading.text.trim();
            headings.push({ text, depth: heading.depth, slug: slugger.slug(text), at: at(heading.start) });
          }
          heading = undefined;
          break;
        case 'link':
        case 'image':
        case 'definition': {
          const l = open.pop();
          if (type === 'image') imageDepth--;
          if (l && l.url !== undefined) links.push({ url: l.url, at: at(l.start), kind: l.kind });
          break;
        }
      }
    }
  }
  return { headings, links };
}
