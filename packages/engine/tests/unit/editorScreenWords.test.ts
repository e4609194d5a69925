/**
 * The words the browser editor can show (src/site/editorScreenWords.ts),
 * which the sites' guides are checked against: buttons made from Decap's
 * phrases with the form's labels filled in, the configuration's labels in
 * the organisation's words, and no word the screen never shows.
 */
import { describe, expect, it } from 'vitest';
import { editorScreenWords } from '../../src/site/editorScreenWords.ts';
import { ja } from '../../src/site/i18n/ja.ts';
import { localize } from '../../src/site/i18n/words.ts';

const words = editorScreenWords(
  localize(ja, { organization: '〇〇町役場', leader: '町長', principles: '行動指針', principleCount: 3, blog: '町長ブログ', missionNote: '注' }),
);

describe('what the editor shows', () => {
  it.each([
    ['the new-entry button, from Decap\'s ＋ %{collectionLabel}', '＋ 記事'],
    ['the list field\'s add button, from %{item}を追加', 'タグを追加'],
    ['the status menu, from ステータス: %{status}', 'ステータス'],
    ['the review states', 'レビュー中'],
    ['the save state', '保存済'],
    ['the collection in the organisation\'s words', '町長ブログの記事'],
    ['a block', '行動指針へのリンク'],
    ['a field label', 'ファイル名（URL）'],
    ['the first sentence of the refusal', 'この内容ではサイトに載せられないため、保存しませんでした。'],
  ])('%s: 「%s」', (_what, word) => {
    expect(words.has(word)).toBe(true);
  });

  it('not a button the screen does not have, nor the default organisation\'s words', () => {
    for (const word of ['保存して提出', '記事を作成', '庁内ブログの記事', '綱領へのリンク']) expect(words.has(word), word).toBe(false);
  });
});
