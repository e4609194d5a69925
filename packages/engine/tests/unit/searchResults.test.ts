import { describe, expect, it } from 'vitest';
import { excerptHtml, excerptText } from '../../src/client/search/excerpt.ts';
import { hasWholeWord, rankOrder } from '../../src/client/search/ranking.ts';
import { normalizeQuery } from '../../src/client/search/normalizeQuery.ts';

const Z = '\u200b';
// As Pagefind returns it: segments split by zero-width spaces, blocks without 。 ended by ". ".
const content = [
  `超過${Z}勤務${Z}の${Z}縮減. `,
  `この${Z}記事${Z}は${Z}サンプル${Z}です。 `,
  `超過${Z}勤務${Z}を${Z}どう${Z}考える${Z}か. `,
  `副${Z}市長${Z}として${Z}超過${Z}勤務${Z}の${Z}話${Z}を${Z}します。${Z}健康${Z}が${Z}大切${Z}です。 `,
  `超過勤務を減らす話をまとめました。 残業.`,
].join('');

describe('search excerpts', () => {
  const input = { content, title: '超過勤務の縮減', hiddenTail: '超過勤務を減らす話をまとめました。 残業', fallback: '要約です。' };

  it('are whole sentences of prose, not the title, a heading or the hidden terms', () => {
    expect(excerptText(input, ['超過勤務'])).toBe('副市長として超過勤務の話をします。健康が大切です。');
    expect(excerptText(input, ['残業'])).toBe('要約です。');
  });

  it('never join two blocks with Pagefind\'s ". ", whether the next block starts in Japanese or in Latin letters', () => {
    const list = { content: 'PC端末の話. 挙がっている例. 三層分離の見直し. PC端末の更改. コミュニケーションツールの導入. Ver. 2 の話です。' };
    expect(excerptText(list, ['pc端末の更改'])).toBe('PC端末の更改');
    expect(excerptText(list, ['三層分離'])).toBe('三層分離の見直し');
    expect(excerptText(list, ['ver'])).toBe('Ver. 2 の話です。');
  });

  it('mark the words and escape the text', () => {
    expect(excerptHtml({ content: '<b>超過勤務</b>の話。' }, ['超過勤務'])).toBe('&lt;b&gt;<mark>超過勤務</mark>&lt;/b&gt;の話。');
  });
});

describe('ranking', () => {
  it('tells a whole word from part of a longer one', () => {
    expect(hasWholeWord('市長として', '市長')).toBe(true);
    expect(hasWholeWord('副市長として', '市長')).toBe(false);
    expect(hasWholeWord('コストダウン', 'コスト')).toBe(false);
    expect(hasWholeWord('コスト意識', 'コスト')).toBe(true);
  });

  it('puts pages with the exact word above pages with only a longer word', () => {
    const items = [
      { title: '超過勤務の縮減', content: '副市長として話します。' },
      { title: '経営会議', content: '市長が話します。' },
    ];
    expect(rankOrder(items, normalizeQuery('市長').requiredGroups)).toEqual([1, 0]);
  });

  it('treats everyday synonyms as the same word', () => {
    const query = normalizeQuery('パソコン');
    expect(query.alternatives).toContain('pc');
    expect(rankOrder([{ title: 'ほか', content: '' }, { title: '新しいPCの導入', content: '' }], query.requiredGroups)).toEqual([1, 0]);
  });
});
