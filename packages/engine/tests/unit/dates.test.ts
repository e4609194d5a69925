import { describe, expect, it } from 'vitest';
import {
  formatJapaneseDate,
  formatSeireki,
  formatWareki,
  isValidIsoDate,
  todayIn,
  yearOf,
} from '../../src/rules/dates.ts';

describe('isValidIsoDate', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    expect(isValidIsoDate('2025-06-02')).toBe(true);
    expect(isValidIsoDate('2025-12-31')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isValidIsoDate('2025-02-30')).toBe(false);
    expect(isValidIsoDate('2025-04-31')).toBe(false);
    expect(isValidIsoDate('2025-13-01')).toBe(false);
    expect(isValidIsoDate('2025-00-10')).toBe(false);
    expect(isValidIsoDate('2025-06-00')).toBe(false);
  });

  it('knows leap years', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2025-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
  });

  it('rejects other spellings of a date', () => {
    expect(isValidIsoDate('2025-6-2')).toBe(false);
    expect(isValidIsoDate('2025/06/02')).toBe(false);
    expect(isValidIsoDate('2025-06-02T00:00:00Z')).toBe(false);
    expect(isValidIsoDate(' 2025-06-02')).toBe(false);
    expect(isValidIsoDate('')).toBe(false);
  });
});

describe('todayIn', () => {
  it('uses the calendar day of the given time zone, not UTC', () => {
    const now = new Date('2025-06-01T15:30:00Z'); // 00:30 on 2 June in Tokyo
    expect(todayIn('Asia/Tokyo', now)).toBe('2025-06-02');
    expect(todayIn('UTC', now)).toBe('2025-06-01');
  });

  it('stays on the same day just before midnight in Tokyo', () => {
    expect(todayIn('Asia/Tokyo', new Date('2025-06-01T14:59:59Z'))).toBe('2025-06-01');
  });
});

describe('formatSeireki', () => {
  it('writes the Western year without zero padding', () => {
    expect(formatSeireki('2025-06-02')).toBe('2025年6月2日');
    expect(formatSeireki('2025-12-31')).toBe('2025年12月31日');
  });

  it('throws on impossible days instead of rolling them over', () => {
    expect(() => formatSeireki('2025-02-30')).toThrow(RangeError);
  });
});

describe('formatWareki', () => {
  it('switches from 平成 to 令和 on 2019-05-01 and writes the first year as 元年', () => {
    expect(formatWareki('2019-04-30')).toBe('平成31年');
    expect(formatWareki('2019-05-01')).toBe('令和元年');
    expect(formatWareki('2019-12-31')).toBe('令和元年');
    expect(formatWareki('2020-01-01')).toBe('令和2年');
  });

  it('switches from 昭和 to 平成 on 1989-01-08', () => {
    expect(formatWareki('1989-01-07')).toBe('昭和64年');
    expect(formatWareki('1989-01-08')).toBe('平成元年');
  });

  it('does not turn 10年 or 11年 into 元年', () => {
    expect(formatWareki('2028-01-01')).toBe('令和10年');
    expect(formatWareki('2029-01-01')).toBe('令和11年');
    expect(formatWareki('1998-06-01')).toBe('平成10年');
  });
});

describe('formatJapaneseDate', () => {
  it('gives the Western date followed by the era year', () => {
    expect(formatJapaneseDate('2025-06-02')).toBe('2025年6月2日（令和7年）');
    expect(formatJapaneseDate('2019-05-01')).toBe('2019年5月1日（令和元年）');
  });
});

describe('yearOf', () => {
  it('reads the year from the text', () => {
    expect(yearOf('2025-06-02')).toBe(2025);
  });

});
