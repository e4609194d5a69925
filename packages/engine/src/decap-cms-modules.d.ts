/** Decap packages the editor uses that ship no types: the parts src/client/cmsRichText.ts and src/site/editorScreenWords.ts read. */
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
  export function markdownToSlate(markdown: string, options: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): unknown;
  export function slateToMarkdown(slate: unknown, options: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): string;
  /** What the preview pane shows of a body (before DOMPurify); read by tests/unit/cmsRichText.test.ts. */
  export function markdownToHtml(markdown: string, options: { getAsset: (path: string) => unknown; resolveWidget: (name: string) => unknown }): string;
}
declare module 'decap-cms-widget-markdown/dist/esm/MarkdownControl/index.js' {
  export default class MarkdownControl {
    constructor(props: { getEditorComponents: () => unknown; isEditorComponent: boolean; field: unknown });
  }
}
declare module 'decap-cms-editor-component-image' {
  const image: { id: string; pattern: RegExp; fromBlock: (match: RegExpMatchArray) => unknown; toBlock: (data: never) => string };
  export default image;
}
/** Decap's Japanese phrases (the package ships no types), read by src/site/editorScreenWords.ts. */
declare module 'decap-cms-locales/dist/esm/ja/index.js' {
  const ja: Record<string, unknown>;
  export default ja;
}
