import { describe, expect, it } from 'vitest';
import { tocPages } from '../../src/cli/pdfOutline.ts';

describe('table-of-contents page numbers from the PDF outline', () => {
  const entries = [
    { title: 'ハンドブック', page: 1 },
    { title: 'ミッション', page: 3 },
    { title: '背景', page: 3 },
    { title: '本質的な課題の特定', page: 5 },
    { title: '背景', page: 6 },
    { title: 'コスト意識の徹底', page: 9 },
    { title: '背景', page: 10 },
  ];
  it('takes each title in order, after the previous match, ignoring spaces', () => {
    expect(tocPages(['ミッション', '本質的な課題の特定', 'コスト 意識の徹底'], entries)).toEqual([3, 5, 9]);
    // A repeated heading is found after the previous entry, not at its first occurrence.
    expect(tocPages(['本質的な課題の特定', '背景', 'コスト意識の徹底', '背景'], entries)).toEqual([5, 6, 9, 10]);
  });
  it('leaves an entry without a match unnumbered and goes on', () => {
    expect(tocPages(['ミッション', 'ない章', 'コスト意識の徹底'], entries)).toEqual([3, undefined, 9]);
  });
  it('finds a heading whose outline title Chromium wrote twice over (after a forced page break), and nothing else', () => {
    const doubled = [
      { title: 'ミッション・綱領ハンドブック', page: 1 },
      { title: '目次', page: 2 },
      { title: 'ミッションミッション', page: 3 },
      { title: 'ミッミッションション', page: 4 },
      { title: 'ミッション・ミッション', page: 5 },
    ];
    expect(tocPages(['ミッション', 'ミッション', 'ミッション'], doubled)).toEqual([3, 4, undefined]);
  });
});
