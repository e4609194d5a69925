import { describe, expect, it } from 'vitest';
import { buildToc, type Heading } from '../../src/site/toc.ts';

const h = (depth: number, slug: string): Heading => ({ depth, slug, text: slug });

describe('buildToc', () => {
  it('nests h3 under the preceding h2', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1')]);
    expect(toc).toEqual([
      {
        ...h(2, 'a'),
        children: [
          { ...h(3, 'a1'), children: [] },
          { ...h(3, 'a2'), children: [] },
        ],
      },
      { ...h(2, 'b'), children: [{ ...h(3, 'b1'), children: [] }] },
    ]);
  });

  it('leaves out the page title (h1) and headings deeper than h3', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(4, 'deep'), h(3, 'a1')]);
    expect(toc.map((item) => item.slug)).toEqual(['a']);
    expect(toc[0]?.children.map((item) => item.slug)).toEqual(['a1']);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([h(3, 'early'), h(2, 'a')]).map((item) => item.slug)).toEqual(['early', 'a']);
  });

  it('can include deeper levels when asked', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'a1'), h(4, 'a1x')], 2, 4);
    expect(toc[0]?.children[0]?.children.map((item) => item.slug)).toEqual(['a1x']);
  });

  it('is empty for a page without headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
