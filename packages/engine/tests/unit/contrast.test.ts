import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  isLargeJapaneseText,
  parseCssColor,
  parseHexColor,
  relativeLuminance,
  requiredTextRatio,
} from '../support/contrast.ts';

describe('WCAG contrast ratio', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
  });

  it('matches known reference values (WebAIM checker)', () => {
    // #767676 on white is the classic "just passes 4.5:1" grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('uses the sRGB transfer function with the 0.03928 threshold', () => {
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
    expect(relativeLuminance({ r: 10, g: 10, b: 10 })).toBeCloseTo(10 / 255 / 12.92, 10);
    expect(relativeLuminance({ r: 255, g: 0, b: 0 })).toBeCloseTo(0.2126, 10);
  });
});

describe('colour parsing', () => {
  it('reads #rgb and #rrggbb and rejects anything else', () => {
    expect(parseHexColor('#0b5c46')).toEqual({ r: 11, g: 92, b: 70 });
    expect(parseHexColor('#FA0')).toEqual({ r: 255, g: 170, b: 0 });
    expect(() => parseHexColor('green')).toThrow(/not a #rgb/u);
  });

  it('reads computed-style colours with and without alpha', () => {
    expect(parseCssColor('rgb(11, 92, 70)')).toEqual({ r: 11, g: 92, b: 70, alpha: 1 });
    expect(parseCssColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, alpha: 0 });
    expect(parseCssColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, alpha: 0.5 });
    expect(() => parseCssColor('hsl(0 0% 0%)')).toThrow(/unsupported/u);
  });
});

describe('Japanese large text: 22pt, or 18pt bold', () => {
  it('counts 22pt (29.33px) regular and 18pt (24px) bold as large', () => {
    expect(isLargeJapaneseText(29.34, 400)).toBe(true);
    expect(isLargeJapaneseText(29.3, 400)).toBe(false);
    expect(isLargeJapaneseText(24, 700)).toBe(true);
    expect(isLargeJapaneseText(24, 400)).toBe(false);
  });

  it('is stricter than WCAG\'s 18pt / 14pt bold: 24px regular and 18.67px bold are not large in Japanese', () => {
    // WCAG would call 24px (18pt) regular and 18.67px (14pt) bold "large"; Japanese guidance does not.
    expect(requiredTextRatio(24, 400)).toBe(4.5);
    expect(requiredTextRatio(18.67, 700)).toBe(4.5);
    expect(requiredTextRatio(32, 400)).toBe(3);
  });
});
