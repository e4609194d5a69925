/**
 * Where a problem is, in the words of the body a 広報 member sees in the
 * editor (src/site/cmsBodyPlace.ts): the block, counted as the page shows
 * it, and the line of the body field.
 */
import { describe, expect, it } from 'vitest';
import { bodyPlace } from '../../src/site/cmsBodyPlace.ts';
import { jsMdxParser } from '../../src/rules/jsMdxParser.ts';

const BODY = [
  '一段落目です。', // 1
  '',
  '## 会議の進め方について長い見出しを書いてみました', // 3
  '',
  '- 資料を先に配る', // 5
  '- 結論から話す',
  '',
  '> 引用です。', // 8
  '',
  '| 窓口 | 件数 |', // 10
  '|---|---|',
  '| 市民課 | 1 |',
  '',
  '```', // 14
  'コード',
  '```',
  '',
  '<Callout type="注意" title="大切なこと">', // 18
  '',
  '囲みの一段落目。', // 20
  '',
  '囲みの二段落目。', // 22
  '',
  '</Callout>', // 24
  '',
  '二段落目です。', // 26
].join('\n');

describe('bodyPlace', () => {
  it('names the block a line is in, counting paragraphs as the page shows them', () => {
    const place = (line: number) => bodyPlace(BODY, line, jsMdxParser);
    expect(place(1)).toBe('1段落目（1行目）');
    expect(place(3)).toBe('見出し「会議の進め方について長い見出しを書いてみ…」（3行目）');
    expect(place(6)).toBe('箇条書き（6行目）');
    expect(place(8)).toBe('引用（8行目）');
    expect(place(11)).toBe('表（11行目）');
    expect(place(15)).toBe('コードの囲み（15行目）');
    expect(place(22)).toBe('「大切なこと」の囲みの中の2段落目（22行目）');
    // After the block closes, counting goes on outside it.
    expect(place(26)).toBe('2段落目（26行目）');
  });

  it('says the line alone where no block has a name a reader knows (a tag, a blank line)', () => {
    expect(bodyPlace(BODY, 18, jsMdxParser)).toBe('18行目');
    expect(bodyPlace(BODY, 2, jsMdxParser)).toBe('2行目');
    expect(bodyPlace(BODY, 99, jsMdxParser)).toBe('99行目');
  });
});
