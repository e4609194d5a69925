import { describe, expect, it } from 'vitest';
import { joinJapaneseLines } from '../../src/rules/japaneseText.ts';

describe('joinJapaneseLines', () => {
  it('drops the space YAML folding puts between Japanese lines', () => {
    expect(joinJapaneseLines('行政専用のネットワークにつながる系統、 インターネットにつながる系統')).toBe(
      '行政専用のネットワークにつながる系統、インターネットにつながる系統',
    );
    expect(joinJapaneseLines('三つに分けて\n運用する')).toBe('三つに分けて運用する');
  });

  it('keeps spaces between Latin words', () => {
    expect(joinJapaneseLines('Customer Success と呼びます')).toBe('Customer Successと呼びます');
  });
});
