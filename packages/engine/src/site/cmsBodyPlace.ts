/**
 * Where a line of a body is, in the words of the page a 広報 member sees:
 * 「3段落目（5行目）」, 「見出し「会議の進め方」（7行目）」, 「「大切なこと」の囲みの中の
 * 1段落目（12行目）」 rather than a line number alone. The body is read as
 * plain Markdown (that reading never fails, even where the MDX reading
 * stopped at the mistake): blocks are counted at the top level, and inside a
 * component block (<Callout …> … </Callout>) from its opening tag.
 */
import type { BodyParser, MdastNode } from '../rules/bodyRules.ts';
import { ja } from './i18n/ja.ts';

const words = ja.editor.bodyPlace;
const OPENING = /^<([A-Z][\w.]*)((?:\s[^>]*?)?)(\/?)>\s*$/u;
const CLOSING = /^<\/([A-Z][\w.]*)\s*>\s*$/u;

function textOf(node: MdastNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["“']([^"”']*)["”']`, 'u').exec(attributes)?.[1];
}

/** The block words for a top-level node, or undefined for a node with no name a reader knows. */
function blockWords(node: MdastNode, paragraphs: number): string | undefined {
  switch (node.type) {
    case 'paragraph':
      return words.paragraph(paragraphs);
    case 'heading': {
      const text = textOf(node).trim();
      return words.heading(text.length > 20 ? `${text.slice(0, 20)}…` : text);
    }
    case 'list':
      return words.list;
    case 'blockquote':
      return words.quote;
    case 'code':
      return words.code;
    case 'table':
      return words.table;
    default:
      return undefined;
  }
}

/** The last body read: every problem of one save is placed on one reading. */
let last: { body: string; parser: BodyParser; parsed: ReturnType<BodyParser['parse']> } | undefined;

/** 「3段落目（5行目）」, or 「5行目」 where the line is in no block with a name. `line` is 1-based in `body`. */
export function bodyPlace(body: string, line: number, parser: BodyParser): string {
  if (last?.body !== body || last.parser !== parser) last = { body, parser, parsed: parser.parse(body, 'md') };
  const { parsed } = last;
  const lineWords = words.line(line);
  if (!('tree' in parsed)) return lineWords;
  let paragraphs = 0;
  let inside: { label: string; paragraphs: number } | undefined;
  for (const node of parsed.tree.children ?? []) {
    const start = node.position?.start.line ?? 0;
    const end = node.position?.end.line ?? 0;
    if (start > line) break;
    const html = node.type === 'html' && typeof node.value === 'string' ? node.value.trim() : undefined;
    if (html !== undefined) {
      const opening = OPENING.exec(html);
      if (opening && opening[3] === '' && end < line) {
        const attributes = opening[2] ?? '';
        inside = { label: attribute(attributes, 'title') ?? attribute(attributes, 'type') ?? opening[1]!, paragraphs: 0 };
        continue;
      }
      if (CLOSING.test(html) && end < line) {
        inside = undefined;
        continue;
      }
    }
    if (node.type === 'paragraph') {
      if (inside) inside.paragraphs += 1;
      else paragraphs += 1;
    }
    if (line > end) continue;
    const block = blockWords(node, inside ? inside.paragraphs : paragraphs);
    if (!block) return inside ? `${words.inside(inside.label)}${lineWords}` : lineWords;
    return `${inside ? words.inside(inside.label) : ''}${block}（${lineWords}）`;
  }
  return lineWords;
}
