import { describe, expect, it } from 'vitest';
import { postSlugFromPath, postSlugProblem, tagSlug } from '../../src/rules/slug.ts';

describe('postSlugFromPath', () => {
  it('uses the file name whatever folder holds it', () => {
    expect(postSlugFromPath('2025/gyomu-tanaoroshi.mdx')).toBe('gyomu-tanaoroshi');
    expect(postSlugFromPath('content/posts/2024/06/hello.md')).toBe('hello');
    expect(postSlugFromPath('content\\posts\\2025\\windows-path.mdx')).toBe('windows-path');
  });
});

describe('postSlugProblem', () => {
  it('accepts lowercase ASCII words joined by hyphens', () => {
    expect(postSlugProblem('gyomu-tanaoroshi')).toBeNull();
    expect(postSlugProblem('2025-kunji')).toBeNull();
  });

  it.each(['Gyomu', '業務棚卸し', 'with space', 'under_score', '-leading', 'trailing-', 'double--hyphen', ''])(
    'rejects %j with a bilingual message',
    (slug) => {
      const problem = postSlugProblem(slug);
      expect(problem?.ja).toContain('半角の英小文字');
      expect(problem?.en).toContain('lowercase ASCII');
    },
  );

  it('rejects digits-only names, which collide with year archives', () => {
    expect(postSlugProblem('2025')?.en).toContain('year archive');
  });

  it('rejects names reserved for list pages', () => {
    expect(postSlugProblem('page')?.ja).toContain('予約');
    expect(postSlugProblem('archive')?.en).toContain('reserved');
  });
});

describe('tagSlug', () => {
  it('turns full-width letters and digits into half-width lowercase (NFKC)', () => {
    expect(tagSlug('ＡＢＣ')).toBe('abc');
    expect(tagSlug('ＤＸ２０２５')).toBe('dx2025');
  });

  it('keeps Japanese as it is', () => {
    expect(tagSlug('働き方改革')).toBe('働き方改革');
    expect(tagSlug('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('turns spaces (including full-width ones) and URL-breaking characters into single hyphens', () => {
    expect(tagSlug('Open Data')).toBe('open-data');
    expect(tagSlug('市民　参加')).toBe('市民-参加');
    expect(tagSlug('a/b?c#d%e')).toBe('a-b-c-d-e');
    expect(tagSlug('  trim me  ')).toBe('trim-me');
  });

  it('gives the same slug for spellings editors consider the same tag', () => {
    expect(tagSlug('ＤＸ')).toBe(tagSlug('dx'));
  });
});
