/**
 * A page's source (MDX or Markdown with frontmatter) as its reader sees the
 * words, line for line: what the changes list (/updates/) diffs, so that a
 * reader sees 「財政力指数」 and a heading's words, not `<Term id=…>` or `###`.
 *
 * Line-based on purpose: an old version may not parse as today's MDX, and
 * the diff compares lines first (textDiff.ts changedPassages), so each
 * source line maps to at most one readable line; lines that carry no words
 * (a closing tag, an import, a table rule) are dropped.
 */
import { parse } from 'yaml';
import { splitFrontmatter } from '../rules/frontmatter.ts';

/** Words a component stands for (a principle's title for <PrincipleLink id=…/>), or undefined. */
export type DescribeComponent = (name: string, attributes: Readonly<Record<string, string>>) => string | undefined;

export interface ReadableLabels {
  title: string;
  description: string;
}

const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)\s*\})/gu;
const TAG = /<(\/?)([A-Za-z][\w.]*)((?:\s+[^<>]*?)?)\s*(\/?)>/gu;

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(ATTRIBUTE)) {
    attributes[match[1]!] = match.slice(2).find((value) => value !== undefined) ?? '';
  }
  return attributes;
}

/** What an author component shows in words when nothing more specific is known. */
function defaultWords(attributes: Readonly<Record<string, string>>): string {
  return attributes.title ?? attributes.caption ?? attributes.alt ?? '';
}

function readableLine(line: string, describe: DescribeComponent): string {
  let text = line;
  if (/^\s*(?:import|export)\s/u.test(text)) return '';
  if (/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/u.test(text)) return '';
  text = text
    .replace(/^\s*#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u, '$1')
    .replace(/^(\s*)>\s?/u, '$1')
    .replace(/^(\s*)[-*+]\s+/u, '$1・');
  if (/^\s*\|.*\|\s*$/u.test(text)) {
    text = text
      .trim()
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim())
      .join(' ／ ');
  }
  text = text.replace(TAG, (_tag, closing: string, name: string, rest: string) => {
    if (closing || !/^[A-Z]/u.test(name)) return '';
    const attributes = attributesOf(rest);
    return describe(name, attributes) ?? defaultWords(attributes);
  });
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|~~|`)(.+?)\1/gu, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/gu, '$1');
}

/** The frontmatter's title and description, labelled; the other fields are not read as text. */
function frontmatterLines(yaml: string | undefined, labels: ReadableLabels): string[] {
  if (yaml === undefined) return [];
  let data: unknown;
  try {
    data = parse(yaml);
  } catch {
    return [];
  }
  if (!data || typeof data !== 'object') return [];
  const { title, description } = data as Record<string, unknown>;
  const lines: string[] = [];
  if (typeof title === 'string') lines.push(`${labels.title}：${title}`);
  if (typeof description === 'string') lines.push(`${labels.description}：${description}`);
  return lines.length > 0 ? [...lines, ''] : [];
}

export function readableSource(source: string, labels: ReadableLabels, describe: DescribeComponent = () => undefined): string {
  const { yaml, body } = splitFrontmatter(source.replace(/\r\n?/gu, '\n'));
  const lines = frontmatterLines(yaml, labels);
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) {
      lines.push(line);
      continue;
    }
    const readable = readableLine(line, describe);
    // A line that had words but shows none (a closing tag, an import) is left out.
    if (readable.trim() !== '' || line.trim() === '') lines.push(readable.trimEnd());
  }
  return lines.join('\n').replace(/\n{3,}/gu, '\n\n');
}
