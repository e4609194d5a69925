/**
 * The body checks (./bodyRules.ts) on the tree of the very parser the build
 * compiles with: satteri, Astro 7's MDX processor. What the loaders,
 * `npm run check:content`, the MDX components and the message catalogue
 * call. The browser editor runs the same rules on a JavaScript parser
 * (./jsMdxParser.ts) instead: satteri's browser build needs shared memory.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { ContentIssue } from './issues.ts';
import { checkBodyWith, collectReferencesWith, type BodyFormat, type BodyParser, type BodyReferences, type MdastNode, type ReferenceContext } from './bodyRules.ts';

export {
  AUTHOR_COMPONENTS,
  CALLOUT_TYPES,
  calloutTypeProblem,
  bodyFormat,
  unknownTermMessage,
  unpublishedEmbedIssue,
  type BodyFormat,
  type BodyReferences,
  type ReferenceContext,
} from './bodyRules.ts';
export { unknownPrincipleMessage } from './principleMessages.ts';

/** satteri's message starts "line:column: " (or "line:column-line:column: "). */
const SATTERI_POSITION = /^(\d+):\d+(?:-\d+:\d+)?:\s*/u;

export const satteriParser: BodyParser = {
  name: 'satteri',
  parse(source, format) {
    try {
      const tree = format === 'mdx' ? mdxToMdast(source) : markdownToMdast(source);
      return { tree: tree as unknown as MdastNode };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { failure: { line: Number(SATTERI_POSITION.exec(message)?.[1] ?? 1), reason: message.replace(SATTERI_POSITION, '') } };
    }
  },
};

/** Images and components of a body, found by the MDX parser (code blocks are code, not markup). */
export function collectReferences(body: string, format: BodyFormat = 'mdx'): BodyReferences {
  return collectReferencesWith(satteriParser, body, format);
}

export function checkBodyReferences(body: string, context: ReferenceContext): ContentIssue[] {
  return checkBodyWith(satteriParser, body, context);
}
