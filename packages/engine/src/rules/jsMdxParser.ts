/**
 * The body checks' parser in the browser: micromark with the MDX extensions
 * (mdast-util-from-markdown with the parts micromark-extension-mdxjs
 * combines, set up apart: see `structure` below), plain JavaScript,
 * set up as satteri reads a body by default (GFM with footnotes, YAML/TOML
 * frontmatter), so that ./bodyRules.ts gives the editor the build's verdict.
 * Its error messages are put in satteri's words where they differ (a stray
 * closing tag names the tag). Where the two parsers still disagree is
 * measured by tests/unit/bodyParserParity.test.ts and written in docs/cms.md.
 */
import { Parser, type Options as AcornOptions } from 'acorn';
import acornJsx from 'acorn-jsx';
import { fromMarkdown, type Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxExpression } from 'micromark-extension-mdx-expression';
import { mdxJsx } from 'micromark-extension-mdx-jsx';
import { mdxMd } from 'micromark-extension-mdx-md';
import { mdxjsEsm } from 'micromark-extension-mdxjs-esm';
import type { BodyParser, MdastNode, ParseFailure } from './bodyRules.ts';

const FRONTMATTER = ['yaml', 'toml'] as const;
const markdown = {
  extensions: [gfm(), frontmatter([...FRONTMATTER])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONTMATTER])] as FromMarkdownExtension[],
};
const mdastExtensions = [mdxFromMarkdown(), ...markdown.mdastExtensions];

/**
 * satteri does not read import/export as JavaScript: a block of lines from
 * `import`/`export` to a blank line is ESM, and the rules refuse it as such.
 * This "parser" accepts every such block, so the JavaScript parser sees the
 * same blocks (and goes on to what follows, as satteri does).
 */
const anyModule = {
  parse: () => ({ type: 'Program', body: [], start: 0, end: 0, sourceType: 'module', comments: [] }),
  parseExpressionAt: () => {
    throw new Error('not used for expressions');
  },
} as unknown as typeof Parser;
const acorn = Parser.extend(acornJsx());
const acornOptions: AcornOptions = { ecmaVersion: 2024, sourceType: 'module' };

/**
 * Two readings, as satteri reads: the structure (tags, braces, ESM blocks;
 * expressions only matched as braces), whose first mistake is the one
 * satteri reports; and every `{…}` read as JavaScript too (satteri reads them
 * with oxc), whose mistake comes after the structure's. A sound body passes
 * the second reading and is read once; only a body with a mistake is also
 * read the first way, to name the mistake satteri would name.
 */
const structure = {
  extensions: [mdxjsEsm({ acorn: anyModule }), mdxExpression(), mdxJsx(), mdxMd(), ...markdown.extensions],
  mdastExtensions,
};
const expressions = {
  extensions: [mdxjsEsm({ acorn: anyModule }), mdxExpression({ acorn, acornOptions }), mdxJsx({ acorn, acornOptions }), mdxMd(), ...markdown.extensions],
  mdastExtensions,
};

interface VFileMessageLike {
  reason?: string;
  line?: number;
  place?: { offset?: number; line?: number } | { start: { offset?: number; line?: number } };
}

function offsetOf(place: VFileMessageLike['place']): number | undefined {
  if (!place) return undefined;
  return 'start' in place ? place.start.offset : place.offset;
}

/** The failure in satteri's words (a stray closing tag is named). */
function failureOf(error: unknown, source: string): ParseFailure {
  const message = error as VFileMessageLike;
  let reason = message.reason ?? String(error);
  // "Unexpected closing slash `/` in tag": satteri names the tag, and so does the message.
  if (/^Unexpected closing slash/u.test(reason)) {
    const at = offsetOf(message.place);
    const name = at === undefined ? '' : (/^\/\s*([^\s>/]*)/u.exec(source.slice(at))?.[1] ?? '');
    reason = `Unexpected closing tag \`</${name}>\`, expected an open tag first`;
  }
  return { line: message.line ?? 1, reason };
}

/** An unclosed block-level tag (inside a paragraph, the message adds "before the end of `paragraph`"). */
const UNCLOSED = /^Expected a closing tag for `<[^>\s]+>` \((\d+):(\d+)-(\d+):(\d+)\)$/u;

/** Offset of a 1-based line and column. */
function offsetAt(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) offset = source.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * Unclosed block-level tags inside one another (<Callout>, then <Figure>
 * on a line of its own): micromark names the innermost, satteri the
 * outermost (inside one paragraph both name the innermost). Closing the named one where it opens (`<b>` → `<b/>`) and
 * reading again finds the next one out, until the outermost.
 */
function outermostUnclosed(source: string, first: ParseFailure): ParseFailure {
  let failure = first;
  let text = source;
  for (let round = 0; round < 20; round += 1) {
    const at = UNCLOSED.exec(failure.reason);
    if (!at) break;
    const end = offsetAt(text, Number(at[3]), Number(at[4]));
    if (text[end - 1] !== '>') break;
    text = `${text.slice(0, end - 1)}/${text.slice(end - 1)}`;
    try {
      fromMarkdown(text, structure);
      break;
    } catch (error) {
      const next = failureOf(error, text);
      const outer = UNCLOSED.exec(next.reason);
      // Only a tag that opens before this one is further out.
      if (!outer || Number(outer[1]) > Number(at[1]) || (Number(outer[1]) === Number(at[1]) && Number(outer[2]) >= Number(at[2]))) break;
      failure = next;
    }
  }
  return failure;
}

export const jsMdxParser: BodyParser = {
  name: 'micromark',
  parse(source, format) {
    if (format === 'md') return { tree: fromMarkdown(source, markdown) as unknown as MdastNode };
    let expressionFailure: ParseFailure;
    try {
      // A sound body (most saves) is read once.
      return { tree: fromMarkdown(source, expressions) as unknown as MdastNode };
    } catch (error) {
      expressionFailure = failureOf(error, source);
    }
    // A mistake: the structure's, if it has one, comes first (as in satteri).
    try {
      fromMarkdown(source, structure);
    } catch (error) {
      return { failure: outermostUnclosed(source, failureOf(error, source)) };
    }
    return { failure: expressionFailure };
  },
};
