import { describe, expect, it } from 'vitest';
import { addPhraseBreaks, phraseBoundaries } from '../../src/site/phraseBreaks.ts';

const strip = (html: string) => html.replaceAll('<wbr>', '').replace(/ ?phrases/gu, '').replace(' class=""', '');

describe('addPhraseBreaks', () => {
  it('breaks the mission statement only between phrases', () => {
    const out = addPhraseBreaks('<p class="mission__statement">日本一市民目線の市役所として最高の行政サービスを提供する</p>');
    expect(out).toContain('class="mission__statement phrases"');
    expect(out).not.toMatch(/市<wbr>役所|サー<wbr>ビス/u);
    expect(out).toContain('市民目線の<wbr>市役所として<wbr>最高の');
  });

  it('keeps the text identical apart from <wbr> (copy, screen readers, search see the same words)', () => {
    const html = '<!doctype html><html lang="ja"><body><h1>改革&amp;挑戦 &lt;試行&gt; の<a href="/x/">経営会議</a>で部署の壁を越える</h1><script>const h1 = "<h1>見出し</h1>";</script><p>本文は変えません。</p></body></html>';
    const out = addPhraseBreaks(html);
    expect(out).toMatch(/<wbr>/u);
    expect(strip(out)).toBe(html);
    expect(out).toContain('const h1 = "<h1>見出し</h1>"');
    expect(out).toContain('<p>本文は変えません。</p>');
  });

  it('leaves Latin-only headings and spaces alone', () => {
    expect(addPhraseBreaks('<h2>Release notes 2026</h2>')).toBe('<h2>Release notes 2026</h2>');
    expect(phraseBoundaries('DX 会議')).toEqual([]);
  });

  it('handles a link inside a heading once, with boundaries across the inline element', () => {
    const out = addPhraseBreaks('<h3><a href="/p/">デジタル目安箱</a>に寄せられる市民の声</h3>');
    expect(out.match(/class="[^"]*phrases/gu)).toHaveLength(1);
    expect(out).not.toMatch(/寄<wbr>せられる/u);
  });

  it('breaks at a phrase boundary that falls on an inline element edge', () => {
    const out = addPhraseBreaks('<h2><a href="/p/">市民目線の</a>市役所として</h2>');
    expect(out).toBe('<h2 class="phrases"><a href="/p/">市民目線の</a><wbr>市役所として</h2>');
  });

  it('changes nothing but the inserted <wbr> and class: references, quotes and comments stay as written', () => {
    const html = `<nav><a href='/a/' title="&quot;x&quot;">市民目線の市役所&#x3068;して最高の<!-- c -->行政サービス</a></nav>`;
    const out = addPhraseBreaks(html);
    expect(out).toMatch(/<wbr>/u);
    expect(out).toContain(`<a class="phrases" href='/a/' title="&quot;x&quot;">`);
    expect(out.replaceAll('<wbr>', '').replace(' class="phrases"', '')).toBe(html);
  });

  it('matches descendant rules and skips what is marked or is not text', () => {
    expect(addPhraseBreaks('<div><a href="/">市民目線の市役所として</a></div>')).not.toMatch(/<wbr>/u);
    expect(addPhraseBreaks('<nav><ul><li><a href="/">市民目線の市役所として</a></li></ul></nav>')).toMatch(/の<wbr>市役所/u);
    expect(addPhraseBreaks('<div data-phrases-skip><h2>市民目線の市役所として</h2></div>')).not.toMatch(/<wbr>|class=/u);
    const svg = addPhraseBreaks('<h2><svg><title>市民目線の市役所として</title></svg>最高の行政サービス</h2>');
    expect(svg).toContain('<title>市民目線の市役所として</title>');
  });
});
