/**
 * Whether the body's rich-text mode can carry a text unchanged. Decap's
 * rich-text editor (Slate) holds a parsed body and writes it back whole on
 * the first keystroke: tables are re-aligned, footnotes and reference links
 * become inline links, `---` rules vanish, a Callout written without blank
 * lines is re-spaced. A body is offered in rich text only when Decap's own
 * serializers (the Markdown widget's, same version as the bundle the page
 * runs: tests/unit/cmsRichText.test.ts) read and write it back byte for
 * byte, with the same blocks registered; otherwise it opens in the source
 * mode (src/client/cmsSourceMode.ts), which edits the text itself.
 * No list of constructs: the test is the round trip.
 */
import { Map as ImmutableMap } from 'immutable';
import { markdownToSlate, slateToMarkdown } from 'decap-cms-widget-markdown/dist/esm/serializers/index.js';
import MarkdownControl from 'decap-cms-widget-markdown/dist/esm/MarkdownControl/index.js';
import decapImage from 'decap-cms-editor-component-image';

/** A block as Decap's parser sees it (src/site/cmsBlocks.ts CmsBlock, Decap's built-in image). */
export interface ShortcodeBlock {
  id: string;
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => unknown;
  toBlock: (data: never) => string;
}

/**
 * Remark settings for the rich-text mode (registered with Decap's
 * registerRemarkPlugin): lists are written with `-` as the site's texts are,
 * not Decap's `*`, so an edit in rich text leaves the other lists alone.
 */
export const REMARK_SETTINGS = { settings: { bullet: '-' } } as const;

/**
 * The blocks Decap's editor knows besides ours: its image component and its
 * code block (decap-cms-app registers both; our configuration lists only ours
 * as buttons, but the parser uses every registered one).
 */
const builtIn: ShortcodeBlock[] = [decapImage];

let registered: readonly ShortcodeBlock[] | undefined;

/** Decap's serializers read the blocks from a module-level registry its control sets when constructed. */
function register(blocks: readonly ShortcodeBlock[]) {
  if (registered === blocks) return;
  const all = ImmutableMap([...builtIn, ...blocks].map((block) => [block.id, { type: 'shortcode', ...block }]));
  new MarkdownControl({ getEditorComponents: () => all, isEditorComponent: true, field: ImmutableMap() });
  registered = blocks;
}

/** The body as the rich-text mode would write it back without any edit. */
export function richTextRewrite(body: string, blocks: readonly ShortcodeBlock[]): string {
  register(blocks);
  const options = { voidCodeBlock: true, remarkPlugins: [REMARK_SETTINGS] };
  return slateToMarkdown(markdownToSlate(body, options), options);
}

/**
 * undefined when the rich-text mode keeps the body as written (trailing
 * blank lines aside, which the file format keeps anyway); otherwise the
 * first line (1-based) it would change.
 */
export function firstRewrittenLine(body: string, blocks: readonly ShortcodeBlock[]): number | undefined {
  let rewritten: string;
  try {
    rewritten = richTextRewrite(body, blocks);
  } catch {
    return 1;
  }
  const original = body.replace(/\s+$/u, '');
  if (rewritten.replace(/\s+$/u, '') === original) return undefined;
  const a = original.split('\n');
  const b = rewritten.split('\n');
  const index = a.findIndex((line, i) => line !== b[i]);
  return (index < 0 ? a.length : index) + 1;
}
