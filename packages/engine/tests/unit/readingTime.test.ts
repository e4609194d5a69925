import { describe, expect, it } from 'vitest';
import {
  JAPANESE_CHARS_PER_MINUTE,
  countReadableChars,
  plainTextOf,
  readingMinutes,
} from '../../src/site/readingTime.ts';

const ja = (count: number): string => 'あ'.repeat(count);

describe('readingMinutes', () => {
  it('reads Japanese at about 500 characters a minute, rounding up', () => {
    expect(JAPANESE_CHARS_PER_MINUTE).toBe(500);
    expect(readingMinutes(ja(500))).toBe(1);
    expect(readingMinutes(ja(501))).toBe(2);
    expect(readingMinutes(ja(1500))).toBe(3);
  });

  it('never says 0 minutes', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(ja(10))).toBe(1);
  });

  it('accepts another reading speed', () => {
    expect(readingMinutes(ja(1000), 250)).toBe(4);
  });
});

describe('countReadableChars', () => {
  it('counts Japanese characters and ignores white space', () => {
    expect(countReadableChars('市役所の\n\n仕事 です')).toBe(8);
  });

  it('counts characters outside the BMP once', () => {
    expect(countReadableChars('𠮷野家')).toBe(3);
  });

  it('does not count markup, frontmatter, imports, code, tags, images or URLs', () => {
    const markdown = [
      '---',
      'title: 長いタイトルが入っています',
      '---',
      "import Note from '../components/Note.astro';",
      '## 見出し',
      '**本文**と[リンク](https://intra.example.lg.jp/very/long/path)。',
      '![写真の説明](/images/photo.jpg)',
      '<Note kind="info">注意</Note>',
      '```js',
      'const notCounted = 1;',
      '```',
      '- 項目',
      'https://intra.example.lg.jp/bare-url',
    ].join('\n');
    // 見出し(3) 本文と(3) リンク(3) 。(1) 注意(2) 項目(2)
    expect(countReadableChars(markdown)).toBe(14);
  });

  it('keeps the text of links', () => {
    expect(plainTextOf('[市長室](/mayor/)').trim()).toBe('市長室');
  });
});
