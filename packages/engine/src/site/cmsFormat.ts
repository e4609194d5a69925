/**
 * How the browser editor reads and writes a content file (a Decap CMS custom
 * format, registered in src/client/cmsEditor.ts). Decap's own frontmatter
 * format rewrites the whole YAML in its style and drops comments, so a
 * one-word edit showed as a rewrite in review. Here the file's text is kept
 * and only what the form changed is replaced:
 *   - open + save with no change returns the file byte for byte;
 *   - a changed field replaces that field's lines only; comments, order and
 *     quoting of everything else stay; a field emptied in the form is removed
 *     (optional fields such as author then take the site's default);
 *   - the body is kept as written unless it was edited, and then its
 *     unchanged lines stay as written;
 *   - helper fields of the form (FORM_ONLY_FIELDS) are never written.
 * Dates stay text (YAML 1.2 core schema), as src/rules reads them.
 */
import { isMap, isPair, isScalar, parseDocument, stringify, type Pair } from 'yaml';
import { splitFrontmatter } from '../rules/frontmatter.ts';

/** The original text of the file, carried in the entry's data between fromFile and toFile. */
const SOURCE_KEY = '__source';
/** A new post's year folder, set before saving (Decap's path template cannot read fields.date). */
export const YEAR_FOLDER_KEY = 'yearfolder';
/** Fields the form uses that are not part of any file (the new post's short file name and folder). */
const FORM_ONLY_FIELDS = ['fileName', YEAR_FOLDER_KEY] as const;

type Data = Record<string, unknown>;

/**
 * A component tag: a PascalCase name (the site's components, AUTHOR_COMPONENTS
 * in src/rules/bodyRules.ts, checked by tests — or a misspelt one, which the
 * pre-save check then refuses naming the components there are, rather than
 * the page showing the tag as text). Capitals only (<NHK>, <PDF>) are text.
 */
const COMPONENT_NAME = '[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9.]*(?=[\\s/>]|$)';
const COMPONENT = new RegExp(`^\\/?${COMPONENT_NAME}`, 'u');
const COMPONENT_TAG = new RegExp(`<\\/?${COMPONENT_NAME}`, 'u');

/**
 * Text a 広報 member typed that merely looks like code, written so that it
 * shows as typed: `<br>`, `<script>` and other tag-like `<` become `\<`,
 * braces `\{ \}` (the build refuses letters inside bare braces), a line
 * starting `import` / `export` starts with a character reference. `a<b`
 * and full-width ｛ ｝ are already shown as typed by the build (src/rules/mdxSource.ts). Code (fences, `code`) and
 * component tags (capitalised names) are left alone. Applied only to a body the editor changed.
 */
export function literalText(body: string): string {
  let fence: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const marker = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      const esm = /^(\s*)(import|export)\b/u.exec(line);
      const start = esm ? `${esm[1]}&#${esm[2]!.codePointAt(0)};${line.slice(esm[1]!.length + 1)}` : line;
      // A component's own line keeps its attributes as written (cmsBlocks encodes their braces).
      const component = COMPONENT_TAG.test(start);
      // Outside `code` spans, a < that opens anything but the site's components is text; so are braces.
      return start
        .split(/(`+[^`]*`+)/u)
        .map((part, index) => {
          if (index % 2 === 1) return part;
          const tags = part.replace(/(?<!\\)<(?=[A-Za-z/!?])/gu, (lt, offset: number) =>
            COMPONENT.test(part.slice(offset + 1)) || /^<https?:/u.test(part.slice(offset)) ? lt : '\\<',
          );
          return component ? tags : tags.replace(/(?<!\\)[{}]/gu, '\\$&');
        })
        .join('');
    })
    .join('\n');
}

/**
 * An edited body: a line the file already had stays as written (the build
 * accepted it; in the source mode it may be raw MDX such as a table or a
 * tag), every other line goes through literalText.
 */
function keptOrLiteral(body: string, originalBody: string | undefined): string {
  const kept = new Set(originalBody?.split('\n') ?? []);
  const literal = literalText(body).split('\n');
  return body
    .split('\n')
    .map((line, index) => (kept.has(line) ? line : (literal[index] ?? line)))
    .join('\n');
}

const yaml = (text: string) => parseDocument(text, { version: '1.2', schema: 'core', keepSourceTokens: true });

/** A value the file would rather not hold: the schema's default takes over. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function fromFile(text: string): Data {
  const { yaml: head, body } = splitFrontmatter(text);
  const parsed = head === undefined ? {} : (yaml(head).toJS() as unknown);
  const data = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Data) : {};
  return { ...data, body: body.replace(/^\r?\n/u, ''), [SOURCE_KEY]: text };
}

/** `key: value` as YAML lines, in the style of a new file (block lists). */
function pairText(key: string, value: unknown): string {
  return stringify({ [key]: value }, { version: '1.2', lineWidth: 0 }).replace(/\n$/u, '');
}

/**
 * The file for the form's data. `order`: the form's field order, used for
 * fields the file did not have yet.
 */
export function toFile(data: Data, order: readonly string[] = []): string {
  const source = typeof data[SOURCE_KEY] === 'string' ? data[SOURCE_KEY] : undefined;
  const { body = '', ...fields } = data;
  delete fields[SOURCE_KEY];
  for (const name of FORM_ONLY_FIELDS) delete fields[name];
  const original = source === undefined ? undefined : splitFrontmatter(source);
  const head = original?.yaml ?? '';
  const doc = yaml(head);
  const before = (doc.toJS() as Data | null) ?? {};
  const originalBody = original ? original.body.replace(/^\r?\n/u, '') : undefined;

  const changed = Object.keys({ ...before, ...fields }).filter((key) => {
    const now = fields[key];
    if (!(key in before)) return !isEmpty(now) && now !== false;
    return !same(before[key], now) && !(isEmpty(now) && isEmpty(before[key]));
  });
  const bodyChanged = originalBody === undefined || String(body) !== originalBody;
  if (source !== undefined && changed.length === 0 && !bodyChanged) return source;

  // Replace, remove or add only the changed fields' lines, from the end of the text backwards.
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const appended: string[] = [];
  const pairs = isMap(doc.contents) ? (doc.contents.items as Pair[]) : [];
  const ordered = [...changed].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  });
  for (const key of ordered) {
    const pair = pairs.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
    const value = fields[key];
    const keyRange = pair && isScalar(pair.key) ? pair.key.range : undefined;
    const valueRange = (pair?.value as { range?: [number, number, number] } | null)?.range;
    if (!pair || !keyRange) {
      appended.push(pairText(key, value));
      continue;
    }
    const start = keyRange[0];
    // End of the value itself (before a trailing comment and the line break).
    let end = valueRange ? valueRange[1] : keyRange[2];
    while (end > start && /\s/u.test(head[end - 1] ?? '')) end -= 1;
    if (isEmpty(value)) {
      const lineEnd = head.indexOf('\n', end - 1);
      edits.push({ start, end: lineEnd < 0 ? head.length : lineEnd + 1, text: '' });
    } else {
      edits.push({ start, end, text: pairText(key, value).replace(/\n$/u, '') });
    }
  }
  let newHead = head;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    newHead = newHead.slice(0, edit.start) + edit.text + newHead.slice(edit.end);
  }
  newHead = newHead.replace(/\n*$/u, '');
  if (appended.length > 0) newHead = [newHead, ...appended].filter(Boolean).join('\n');

  // An edited body ends as the file did (a blank line at the end stays); a new file ends with one line break.
  const kept = originalBody === undefined ? '' : (/\n\s*$/u.exec(originalBody)?.[0] ?? '');
  const ending = kept || '\n';
  const newBody = bodyChanged ? `${keptOrLiteral(String(body).replace(/^\s*\n|\s+$/gu, ''), originalBody)}${ending}` : (original?.body ?? '');
  const separator = bodyChanged ? '\n' : '';
  return `---\n${newHead}\n---\n${separator}${newBody}`;
}
