import { describe, expect, it } from 'vitest';
import { containsAll, foldText, normalizeQuery, termOf } from '../../src/client/search/normalizeQuery.ts';
import { extraIndexTerms } from '../../src/client/search/indexTerms.ts';

/** The kanji stem of an inflected word (見直す → 見直), or the word itself. */
const stem = (word: string) => termOf(word).search;

describe('normalizeQuery', () => {
  it('searches an inflected word by its kanji stem, so 見直す also finds 見直し', () => {
    expect(normalizeQuery('見直す').search).toBe('見直');
    expect(normalizeQuery('見直し').search).toBe('見直');
    expect(normalizeQuery('改善する').search).toBe('改善');
    expect(normalizeQuery('市民が').search).toBe('市民');
  });

  it('keeps single-kanji words whole for Pagefind (a one-kanji prefix matches too much) and compounds intact', () => {
    expect(stem('始める')).toBe('始める');
    expect(stem('三層分離')).toBe('三層分離');
    expect(stem('コスト意識')).toBe('コスト意識');
  });

  it('cuts a phrase typed without spaces after its particles and okurigana', () => {
    const query = normalizeQuery('部署を越える');
    expect(query.search).toBe('部署 越える');
    expect(query.required).toEqual(['部署', '越']);
    expect(containsAll('部署の壁を越えて', query.required)).toBe(true);
    expect(normalizeQuery('小さく始めて').search).toBe('小さく 始めて');
    expect(normalizeQuery('市民の声').required).toEqual(['市民', '声']);
  });

  it('folds full-width and half-width forms to what the index holds', () => {
    expect(normalizeQuery('ＤＸ会議').search).toBe('dx会議');
    expect(normalizeQuery('ｺｽﾄ').search).toBe('コスト');
  });

  it('splits words on spaces (full-width too) and punctuation, and drops duplicates', () => {
    const query = normalizeQuery('  目安箱　職員、目安箱 ');
    expect(query.words).toEqual(['目安箱', '職員']);
    expect(query.search).toBe('目安箱 職員');
    expect(normalizeQuery('「市民目線」').words).toEqual(['市民目線']);
  });

  it('requires every word in full, so fragment matches (しみん → ん, 新幹線 → 新) are dropped', () => {
    const query = normalizeQuery('しみん');
    expect(query.hiraganaWords).toEqual(['しみん']);
    expect(query.required).toEqual(['しみん']);
    expect(containsAll('職員の皆さん、こんにちは', query.required)).toBe(false);
    expect(containsAll('新しい道具', normalizeQuery('新幹線').required)).toBe(false);
    expect(containsAll('新幹線で東京へ', normalizeQuery('新幹線').required)).toBe(true);
  });

  it('accepts a page containing the stem in any inflection', () => {
    const { required } = normalizeQuery('見直す');
    expect(containsAll('三層分離の見直しを検討', required)).toBe(true);
    expect(containsAll('働き方を見直して', required)).toBe(true);
  });

  it('returns nothing to search for blank input', () => {
    expect(normalizeQuery(' 　、').search).toBe('');
  });
});

describe('foldText', () => {
  it('compares case-insensitively', () => {
    expect(foldText('Git')).toBe('git');
  });
});

describe('extraIndexTerms', () => {
  it('folds, trims and deduplicates the extra words of a page', () => {
    expect(extraIndexTerms(['残業', ' 残業 ', 'ＤＸ', ''])).toEqual(['残業', 'dx']);
  });
});
