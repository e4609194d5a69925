/** The part of Decap's Markdown widget src/client/cmsRichText.ts uses (the package ships no types). */
declare module 'decap-cms-widget-markdown/dist/esm/serializers/index.js' {
  export function markdownToSlate(markdown: string, options: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): unknown;
  export function slateToMarkdown(slate: unknown, options: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): string;
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
