import { describe, expect, it } from 'vitest';
import { formatJapaneseDate, formatWareki } from '../../src/lib/dates.ts';

describe('formatWareki', () => {
  it('writes the era year, with 元年 for the first year, across many calls', () => {
    expect(formatWareki('2019-05-01')).toBe('令和元年');
    expect(formatWareki('2019-04-30')).toBe('平成31年');
    expect(formatWareki('2025-06-02')).toBe('令和7年');
    expect(formatJapaneseDate('2025-06-02')).toBe('2025年6月2日（令和7年）');
  });
});
