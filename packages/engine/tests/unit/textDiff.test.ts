import { describe, expect, it } from 'vitest';
import { changedPassages, charDiff, hasChanges, type DiffPart } from '../../src/site/textDiff.ts';

/** Either side of the text, rebuilt from the diff: what a reader sees struck out or inserted. */
function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((part) => part.kind !== skip)
    .map((part) => part.text)
    .join('');
}

describe('charDiff', () => {
  it('marks changed Japanese characters, not whole sentences', () => {
    const parts = charDiff('日本一市民目線の市役所として最高の行政サービスを提供する', '日本一市民目線の市役所として市民と共に最高の行政サービスを提供する');
    expect(parts).toEqual([
      { kind: 'same', text: '日本一市民目線の市役所として' },
      { kind: 'added', text: '市民と共に' },
      { kind: 'same', text: '最高の行政サービスを提供する' },
    ]);
  });

  it('shows a replacement as one deletion followed by one addition', () => {
    const parts = charDiff('市役所を目指す', '市役所をつくる');
    expect(parts).toEqual([
      { kind: 'same', text: '市役所を' },
      { kind: 'removed', text: '目指す' },
      { kind: 'added', text: 'つくる' },
    ]);
  });

  it('folds a lone shared character into the surrounding change instead of splitting it', () => {
    // 「の」 is common to both rewrites; on its own it would chop the change in two.
    const parts = charDiff('最高の行政', '最良の支援行政');
    expect(parts.filter((part) => part.kind === 'same').map((part) => part.text)).not.toContain('の');
    expect(sideOf(parts, 'before')).toBe('最高の行政');
  });

  it('always reconstructs both versions exactly', () => {
    const pairs: Array<[string, string]> = [
      ['', 'あたらしい'],
      ['ふるい', ''],
      ['市民目線とは、将来世代の市民も含め、価値の最大化を目指すもの', '市民目線とは、将来世代を含むすべての市民にとっての価値の最大化を目指すもの'],
      ['ABC 日本', 'ABD 日本語'],
    ];
    for (const [before, after] of pairs) {
      const parts = charDiff(before, after);
      expect(sideOf(parts, 'before')).toBe(before);
      expect(sideOf(parts, 'after')).toBe(after);
    }
  });

  it('reports no change for identical texts', () => {
    const parts = charDiff('同じ文', '同じ文');
    expect(hasChanges(parts)).toBe(false);
    expect(parts).toEqual([{ kind: 'same', text: '同じ文' }]);
  });
});

describe('changed passages of a chapter', () => {
  it('shows only the changed lines, each diffed character by character', () => {
    const before = '---\ntitle: はじめに\n---\n\n第一段落です。\n\n第二段落は変わりません。\n\n第三段落の古い文です。\n';
    const after = '---\ntitle: はじめに\n---\n\n第一段落です。\n\n第二段落は変わりません。\n\n第三段落の新しい文です。\n\n追加した段落。\n';
    const passages = changedPassages(before, after);
    expect(passages).toHaveLength(1);
    expect(sideOf(passages[0]!, 'before')).toBe('第三段落の古い文です。');
    expect(sideOf(passages[0]!, 'after')).toBe('第三段落の新しい文です。\n\n追加した段落。');
    expect(passages[0]!.some((part) => part.kind === 'removed' && part.text.includes('古'))).toBe(true);
    expect(passages.flat().map((part) => part.text).join('')).not.toContain('第二段落');
  });

  it('finds nothing when only line endings differ', () => {
    expect(changedPassages('a\r\nb\r\n', 'a\nb\n')).toEqual([]);
  });
});
