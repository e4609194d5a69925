/**
 * Which post bodies the content loader renders itself (and keeps in the
 * content store) instead of compiling them as MDX modules on every build:
 * only those the two renderers read the same way. A wrong "plain" verdict
 * would show a component's source, or a code block, as text.
 */
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, rendersAsPlainMarkdown } from '../../src/rules/mdxSource.ts';

const plain = [
  '## 見出し\n\n本文です。**強調**と*斜体*、[リンク](/posts/other/)。\n',
  '- 箇条書き\n  - 入れ子（2 字下げ）\n\n1. 番号\n2. 付き\n\n> 引用\n',
  '| 表 | 見出し |\n| --- | --- |\n| 1 | 2 |\n',
  '',
];

const notPlain: Array<[string, string]> = [
  ['a component', '本文\n\n<Callout type="注意">気をつけます。</Callout>\n'],
  ['a lowercase tag', '改行<br />します\n'],
  ['a brace the MDX pre-parse rewrites', '{月曜}に会議\n'],
  ['a literal < the MDX pre-parse rewrites', '10人<20人\n'],
  ['inline code', '`npm run dev` を実行\n'],
  ['a fenced block (backticks)', '```\ncode\n```\n'],
  ['a fenced block (tildes)', '~~~\ncode\n~~~\n'],
  ['a bare URL', '詳しくは https://example.jp/。\n'],
  ['a mail address link', '[連絡](mailto:a@example.jp)\n'],
  ['an image', '![説明](./photo.jpg)\n'],
  ['indented code (Markdown only)', '段落\n\n    indented\n'],
  ['a tab-indented line', '\tindented\n'],
  ['an import line', "import X from './x.js'\n\n本文\n"],
  ['a backslash escape', '\\*強調しない\\*\n'],
];

describe('rendersAsPlainMarkdown', () => {
  it.each(plain)('renders plain Markdown in the loader: %j', (body) => {
    expect(rendersAsPlainMarkdown(body)).toBe(true);
  });

  it.each(notPlain)('keeps the MDX compiler for %s', (_what, body) => {
    expect(rendersAsPlainMarkdown(body)).toBe(false);
  });

  it('keeps the MDX path (and its refusal) for nesting too deep to compile', () => {
    expect(rendersAsPlainMarkdown('>'.repeat(MAX_NESTING + 5) + ' 深い\n')).toBe(false);
  });
});
