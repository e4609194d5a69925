/**
 * The body field's source mode: Decap's Markdown widget, wrapped. When the
 * entry opens, its body is tried through the rich-text mode's round trip
 * (src/client/cmsRichText.ts); a body that would come back changed is shown
 * as its source text (Decap's own raw mode, the only mode offered) under a
 * note saying why, so saving never rewrites what was not edited. Every
 * other field works as usual. A body that round-trips, and a new entry,
 * get the usual rich-text editor. The choice is made once per opened entry,
 * so the mode never switches under the editor's hands while typing.
 */
type H = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
interface ImmutableField {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableField;
}
interface ModeList {
  filter(keep: (mode: string) => boolean): unknown;
}
export interface DecapWidget {
  control: unknown;
  preview?: unknown;
  schema?: unknown;
  globalStyles?: unknown;
}
interface Control {
  focus?: (path?: unknown) => void;
  isValid?: () => unknown;
  getValidateValue?: () => unknown;
}
type CreateClass = (spec: Record<string, unknown>) => unknown;

const SOURCE_NOTE_CLASS = 'cms-source-note';
/**
 * The note stands out from the field's hint: a notice box (the admin page has
 * no stylesheet of its own; its policy allows inline styles for Decap).
 * Dark text on pale amber: contrast above 14:1.
 */
const NOTE_STYLE = { margin: '8px 0', padding: '8px 12px', borderLeft: '4px solid #b35900', background: '#fff6e5', color: '#1f2328', lineHeight: 1.7 };

/**
 * The control to register as `markdown` in place of Decap's.
 * `rewrittenLine(body)`: undefined when rich text keeps the body, else the first line it would change.
 */
export function markdownWithSourceMode(
  h: H,
  createClass: CreateClass,
  markdown: DecapWidget,
  rewrittenLine: (body: string) => number | undefined,
  note: (line: number) => string,
): unknown {
  return createClass({
    displayName: 'MarkdownWithSourceMode',
    getInitialState(this: { props: { value?: unknown; isEditorComponent?: boolean } }) {
      const { value, isEditorComponent } = this.props;
      // Inside a block's own fields Decap already uses its raw mode.
      const line = !isEditorComponent && typeof value === 'string' && value.trim() !== '' ? rewrittenLine(value) : undefined;
      return { line };
    },
    focus(this: { inner?: Control }, path?: unknown) {
      this.inner?.focus?.(path);
    },
    isValid(this: { inner?: Control }) {
      return this.inner?.isValid ? this.inner.isValid() : true;
    },
    getValidateValue(this: { inner?: Control }) {
      return this.inner?.getValidateValue?.();
    },
    render(this: { props: { field: ImmutableField }; state: { line?: number }; inner?: Control }) {
      const keep = (instance: Control | null) => {
        this.inner = instance ?? undefined;
      };
      const { line } = this.state;
      if (line === undefined) return h(markdown.control, { ...this.props, ref: keep });
      const modes = this.props.field.get('modes') as ModeList | undefined;
      const field = modes ? this.props.field.set('modes', modes.filter((mode) => mode === 'raw')) : this.props.field;
      return h(
        'div',
        { 'data-source-mode': '' },
        h('p', { className: SOURCE_NOTE_CLASS, role: 'note', style: NOTE_STYLE }, note(line)),
        h(markdown.control, { ...this.props, field, ref: keep }),
      );
    },
  });
}
