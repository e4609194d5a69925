import { describe, expect, it } from 'vitest';
import { checkLink, findBrokenLinks, formatBrokenLinks, linksOf, pageUrlPath } from '../../src/build/linkCheck.ts';
import { scanText } from '../../src/build/outputScan.ts';

const files = new Set([
  'index.html',
  'posts/a/index.html',
  'tags/業務改善/index.html',
  '_astro/p.webp',
  'rss.xml',
  '404.html',
]);
const options = (base = '/') => ({ base, siteUrl: 'http://intra.example', exists: (file: string) => files.has(file) });

describe('checkLink', () => {
  it('resolves root-relative, relative and same-site absolute links', () => {
    expect(checkLink('/posts/a/', '/', options())).toBeNull();
    expect(checkLink('../a/', '/posts/b/', options())).toBeNull();
    expect(checkLink('http://intra.example/rss.xml', '/', options())).toBeNull();
    expect(checkLink('/posts/a/#heading', '/', options())).toBeNull();
  });

  it('decodes percent-encoded Japanese paths', () => {
    expect(checkLink('/tags/%E6%A5%AD%E5%8B%99%E6%94%B9%E5%96%84/', '/', options())).toBeNull();
  });

  it('reports a missing page', () => {
    expect(checkLink('/posts/missing/', '/', options())?.en).toContain('no page or file');
  });

  it('respects the base path', () => {
    expect(checkLink('/mayor/posts/a/', '/mayor/', options('/mayor/'))).toBeNull();
    expect(checkLink('/posts/a/', '/mayor/', options('/mayor/'))?.en).toContain('outside the site');
  });

  it('never fails on external links, mail or in-page anchors', () => {
    for (const link of ['https://example.com/x', '//cdn.example.com/a.js', 'mailto:a@b', '#top', 'tel:0559']) {
      expect(checkLink(link, '/', options()), link).toBeNull();
    }
  });

  it('skips paths written after the check (Pagefind)', () => {
    expect(checkLink('/pagefind/pagefind.js', '/', { ...options(), ignore: ['pagefind/'] })).toBeNull();
  });
});

describe('findBrokenLinks', () => {
  it('reads href, src and srcset and names the page and the link', () => {
    const html = `<a href="/posts/a/">ok</a><img src="/_astro/p.webp" srcset="/_astro/p.webp 1x, /_astro/q.webp 2x" alt="">
      <link rel="stylesheet" href="/_astro/missing.css"><a href="https://example.com/">out</a>`;
    expect(linksOf(scanText('html', html))).toContain('/_astro/q.webp');
    const broken = findBrokenLinks([{ file: 'posts/b/index.html', html }], options());
    // In document order, from the same single pass the off-site check reads.
    expect(broken.map((item) => [item.page, item.link])).toEqual([
      ['/posts/b/', '/_astro/q.webp'],
      ['/posts/b/', '/_astro/missing.css'],
    ]);
    const report = formatBrokenLinks(broken);
    expect(report).toContain('リンク切れが 2 件');
    expect(report).toContain('ページ page: /posts/b/ › リンク link: /_astro/missing.css');
  });

  it('maps output files to their URLs', () => {
    expect(pageUrlPath('tags/業務改善/index.html', '/mayor/')).toBe(
      '/mayor/tags/%E6%A5%AD%E5%8B%99%E6%94%B9%E5%96%84/',
    );
    expect(pageUrlPath('index.html', '/')).toBe('/');
  });
});

describe('the shared attribute table', () => {
  it('checks every URL the off-site check reads: SVG references, backgrounds, pings, refresh', () => {
    const html = `<svg><use href="/_astro/icons.svg#a"/></svg><table background="/_astro/bg.png"></table>
      <a href="/posts/a/" ping="/count/">a</a><meta http-equiv="refresh" content="0; url=/old/">`;
    const broken = findBrokenLinks([{ file: 'index.html', html }], options());
    expect(broken.map((item) => item.link)).toEqual(['/_astro/icons.svg#a', '/_astro/bg.png', '/count/', '/old/']);
  });
});

describe('#fragments', () => {
  const pages = [
    { file: 'index.html', html: '<main id="main"><a href="#main">skip</a><a href="#nowhere">x</a></main>' },
    {
      file: 'posts/a/index.html',
      html: `<h2 id="経営会議">経営会議</h2><a href="#%E7%B5%8C%E5%96%B6%E4%BC%9A%E8%AD%B0">toc</a><a href="/posts/a/#gone">old</a><a href="/#main">home</a>`,
    },
  ];

  it('must name an anchor on the target page (Japanese ids included)', () => {
    const broken = findBrokenLinks(pages, options());
    expect(broken.map((item) => [item.page, item.link])).toEqual([
      ['/', '#nowhere'],
      ['/posts/a/', '/posts/a/#gone'],
    ]);
    expect(broken[0]?.ja).toContain('「#nowhere」がありません');
  });

  it('lets #/… routes through only on a page that declares a hash router (the editor)', () => {
    const app = [
      { file: 'admin/index.html', html: '<html data-hash-router><body><div id="root"></div></body></html>' },
      { file: 'plain/index.html', html: '<html><body><h1 id="t">t</h1></body></html>' },
      {
        file: 'index.html',
        html: '<a href="/admin/#/collections/posts/entries/2025/a">edit</a><a href="/plain/#/x">bad</a><a href="/admin/#gone">bad</a>',
      },
    ];
    const exists = (file: string) => app.some((page) => page.file === file);
    expect(findBrokenLinks(app, { ...options(), exists }).map((item) => item.link)).toEqual(['/plain/#/x', '/admin/#gone']);
  });
});
