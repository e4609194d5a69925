/** Names of photos uploaded in the browser editor (src/site/cmsMediaName.ts). */
import { describe, expect, it } from 'vitest';
import { postNameFromHash, safeMediaName } from '../../src/site/cmsMediaName.ts';

// 00:30:05.042 in Japan = 15:30:05.042 UTC the day before.
const now = new Date('2026-12-31T15:30:05.042Z');
const SAFE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z]+$/u;

describe('safeMediaName', () => {
  it('accepts Japanese and spaced names, and gives a safe name that keeps the ASCII part', () => {
    expect(safeMediaName('説明会.jpg', 'keiei-kaigi', now, 'Asia/Tokyo')).toBe('keiei-kaigi-photo-003005042.jpg');
    expect(safeMediaName('会議の様子 (1).JPG', 'keiei-kaigi', now, 'Asia/Tokyo')).toBe('keiei-kaigi-1-003005042.jpg');
    expect(safeMediaName('IMG 2041 (1).jpeg', 'keiei-kaigi', now, 'Asia/Tokyo')).toBe('keiei-kaigi-img-2041-1-003005042.jpg');
    for (const name of ['説明会.jpg', '会議の様子 (1).jpg', 'ＩＭＧ＿２０４１.PNG', '.jpg', 'a b c']) {
      expect(safeMediaName(name, undefined, now, 'Asia/Tokyo'), name).toMatch(SAFE);
    }
  });

  it('never gives two posts, or two uploads, the same name', () => {
    const a = safeMediaName('IMG_2041.JPG', 'keiei-kaigi', now, 'Asia/Tokyo');
    const b = safeMediaName('IMG_2041.JPG', 'gyomu-tanaoroshi', now, 'Asia/Tokyo');
    const c = safeMediaName('IMG_2041.JPG', 'keiei-kaigi', new Date(now.getTime() + 1), 'Asia/Tokyo');
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it("names a photo of a post not saved yet by Japan's date, not UTC's", () => {
    expect(safeMediaName('説明会.jpg', undefined, now, 'Asia/Tokyo')).toBe('2027-01-01-photo-003005042.jpg');
  });

  it('reads the post being edited from the address', () => {
    expect(postNameFromHash('#/collections/posts/entries/2025/keiei-kaigi')).toBe('keiei-kaigi');
    expect(postNameFromHash('#/collections/posts/new')).toBeUndefined();
  });
});
