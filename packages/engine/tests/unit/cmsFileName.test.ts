/** A new post's file name from the browser editor (src/site/cmsFileName.ts). */
import { describe, expect, it } from 'vitest';
import { suggestFileName } from '../../src/site/cmsFileName.ts';

// 00:30 in Japan is 15:30 UTC of the day before.
const halfPastMidnightJst = new Date('2026-12-31T15:30:00Z');

describe('suggestFileName', () => {
  it("uses the title's ASCII words, lower case, half-width", () => {
    expect(suggestFileName('ＤＸ推進の第一歩 Web Meeting', halfPastMidnightJst, 'Asia/Tokyo')).toBe('dx-web-meeting');
  });

  it("falls back to the time of writing in the site's time zone, never -post", () => {
    expect(suggestFileName('新年のあいさつ', halfPastMidnightJst, 'Asia/Tokyo')).toBe('0030');
    expect(suggestFileName('新年のあいさつ', halfPastMidnightJst, 'UTC')).toBe('1530');
    // Digits only would read as a year: 2027 alone is not a name.
    expect(suggestFileName('2027年の目標', halfPastMidnightJst, 'Asia/Tokyo')).toBe('0030');
  });

  it('keeps names short', () => {
    expect(suggestFileName('one two three four five six seven', halfPastMidnightJst, 'Asia/Tokyo')).toBe('one-two-three-four-five');
  });
});
