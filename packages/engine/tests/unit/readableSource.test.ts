import { describe, expect, it } from 'vitest';
import { readableSource } from '../../src/site/readableSource.ts';
import { changedPassages } from '../../src/site/textDiff.ts';

const labels = { title: 'タイトル', description: '説明' };
const principles: Record<string, string> = { cost: 'コスト意識' };
const describe_ = (name: string, attributes: Readonly<Record<string, string>>) => (name === 'PrincipleLink' ? principles[attributes.id ?? ''] : undefined);

describe('readableSource: the words a reader sees, line for line', () => {
  it('keeps the words of headings, lists, links, tables and components, not their syntax', () => {
    const source = [
      '---',
      'title: 経営会議',
      'description: "部長級の会議"',
      'order: 3',
      '---',
      "import Foo from './foo';",
      '',
      '## 何をするか',
      '',
      '<Term id="zaiseiryoku-shisu">財政力指数</Term>が高い。<PrincipleLink id="cost" />を見てください。',
      '',
      '- 窓口の[案内](/handbook/)',
      '1. **大切**な手順',
      '',
      '| 会議 | 目的 |',
      '| --- | :---: |',
      '| 経営会議 | 施策の確認 |',
      '',
      '<Callout type="注意" title="締め切り">',
      '本文の\\{かっこ\\}',
      '</Callout>',
      '![会議の様子](./photo.jpg)',
    ].join('\n');
    expect(readableSource(source, labels, describe_).split('\n')).toEqual([
      'タイトル：経営会議',
      '説明：部長級の会議',
      '',
      '何をするか',
      '',
      '財政力指数が高い。コスト意識を見てください。',
      '',
      '・窓口の案内',
      '1. 大切な手順',
      '',
      '会議 ／ 目的',
      '経営会議 ／ 施策の確認',
      '',
      '締め切り',
      '本文の{かっこ}',
      '会議の様子',
    ]);
  });

  it('leaves code blocks as written and tolerates a broken frontmatter', () => {
    const source = '---\ntitle: [unclosed\n---\n```\n## not a heading <Term>\n```\n';
    expect(readableSource(source, labels)).toBe('## not a heading <Term>\n');
  });

  it('turns a change of markup only into no change, and a heading edit into its words', () => {
    const before = '## 目的\n\n<Term id="a">基金</Term>を取り崩す。\n';
    const after = '### 目的\n\n基金を取り崩す。\n';
    expect(changedPassages(readableSource(before, labels), readableSource(after, labels))).toEqual([]);
    const passages = changedPassages(readableSource('## 開催の頻度\n', labels), readableSource('## 何をするか\n', labels));
    expect(passages.flat().map((part) => part.text).join('')).not.toMatch(/#/u);
  });
});
