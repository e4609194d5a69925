import { describe, expect, it } from 'vitest';
import {
  cssUrls,
  findExternalInCss,
  findExternalInHtml,
  formatExternalResources,
  isOffSite,
  srcsetUrls,
} from '../../src/build/externalResources.ts';

const SITE = 'https://intra.example.lg.jp';
const PAGE = `${SITE}/mayor/posts/a/`;
const scan = (html: string) => findExternalInHtml(html, 'posts/a/index.html', PAGE, SITE).map((item) => `${item.via} ${item.url}`);

describe('isOffSite', () => {
  it('treats relative, root-relative and same-origin absolute URLs as on-site', () => {
    expect(isOffSite('/_astro/a.css', PAGE, SITE)).toBe(false);
    expect(isOffSite('../b.png', PAGE, SITE)).toBe(false);
    expect(isOffSite(`${SITE}/mayor/x.png`, PAGE, SITE)).toBe(false);
    expect(isOffSite('data:image/png;base64,AAAA', PAGE, SITE)).toBe(false);
  });
  it('flags other hosts, other ports, other schemes and protocol-relative URLs', () => {
    expect(isOffSite('https://cdn.example.com/a.js', PAGE, SITE)).toBe(true);
    expect(isOffSite('//fonts.googleapis.com/css', PAGE, SITE)).toBe(true);
    expect(isOffSite('https://intra.example.lg.jp:8443/a.js', PAGE, SITE)).toBe(true);
    expect(isOffSite('http://intra.example.lg.jp/a.js', PAGE, SITE)).toBe(true);
    expect(isOffSite('  HTTPS://CDN.EXAMPLE.COM/a.js ', PAGE, SITE)).toBe(true);
  });
});

describe('findExternalInHtml', () => {
  it('finds every kind of element that loads something off-site', () => {
    const html = `<!doctype html><html><head>
      <script src="https://cdn.example.com/lib.js"></script>
      <link rel="stylesheet" href="//fonts.example.com/font.css">
      <link rel="preload" as="font" href="https://fonts.example.com/a.woff2">
      <link rel="modulepreload" href="https://cdn.example.com/m.js">
      <link rel="icon" href="https://cdn.example.com/favicon.ico">
      <link rel="manifest" href="https://cdn.example.com/site.webmanifest">
      <link rel="dns-prefetch" href="https://analytics.example.com">
      <style>body { background: url("https://img.example.com/bg.png"); }</style>
      </head><body>
      <img src="https://img.example.com/a.png" alt="">
      <img src="/ok.png" srcset="/ok-2x.png 2x, https://img.example.com/b-2x.png 3x" alt="">
      <picture><source srcset="https://img.example.com/c.webp" type="image/webp"><img src="/c.png" alt=""></picture>
      <video src="https://media.example.com/v.mp4" poster="https://media.example.com/p.jpg"><track src="https://media.example.com/t.vtt"></video>
      <audio src='https://media.example.com/a.mp3'></audio>
      <iframe src="https://www.youtube.com/embed/x"></iframe>
      <object data="https://media.example.com/doc.pdf"></object>
      <embed src="https://media.example.com/e.swf">
      <div style="background-image:url(https://img.example.com/d.png)"></div>
      <svg><image href="https://img.example.com/e.svg"/></svg>
      </body></html>`;
    expect(scan(html)).toEqual([
      '<script src> https://cdn.example.com/lib.js',
      '<link rel=stylesheet> //fonts.example.com/font.css',
      '<link rel=preload> https://fonts.example.com/a.woff2',
      '<link rel=modulepreload> https://cdn.example.com/m.js',
      '<link rel=icon> https://cdn.example.com/favicon.ico',
      '<link rel=manifest> https://cdn.example.com/site.webmanifest',
      '<link rel=dns-prefetch> https://analytics.example.com',
      '<style> url() https://img.example.com/bg.png',
      '<img src> https://img.example.com/a.png',
      '<img srcset> https://img.example.com/b-2x.png',
      '<source srcset> https://img.example.com/c.webp',
      '<video src> https://media.example.com/v.mp4',
      '<video poster> https://media.example.com/p.jpg',
      '<track src> https://media.example.com/t.vtt',
      '<audio src> https://media.example.com/a.mp3',
      '<iframe src> https://www.youtube.com/embed/x',
      '<object data> https://media.example.com/doc.pdf',
      '<embed src> https://media.example.com/e.swf',
      '<div style> url() https://img.example.com/d.png',
      '<image href> https://img.example.com/e.svg',
    ]);
  });

  it('allows ordinary links, canonical/alternate links and on-site resources', () => {
    const html = `<html><head>
      <link rel="canonical" href="https://other.example.com/">
      <link rel="alternate" type="application/rss+xml" href="https://other.example.com/feed.xml">
      <link rel="stylesheet" href="/mayor/_astro/a.css">
      <script src="${SITE}/mayor/_astro/b.js"></script>
      </head><body>
      <a href="https://www.city.susono.shizuoka.jp/">市のサイト</a>
      <img src="../img/a.png" alt="">
      <p>https://cdn.example.com/in-text.js is only text</p>
      <script>const url = "https://cdn.example.com/not-a-load.js";</script>
      </body></html>`;
    expect(scan(html)).toEqual([]);
  });

  it('resolves references against <base href> and flags an off-site base', () => {
    expect(scan('<base href="https://cdn.example.com/"><img src="a.png" alt="">')).toEqual([
      '<base href> https://cdn.example.com/',
      '<img src> a.png',
    ]);
  });
});

describe('CSS', () => {
  it('finds url(), @import and @font-face sources', () => {
    const css = `@import "https://fonts.example.com/a.css";
      @import url(//fonts.example.com/b.css);
      @font-face { font-family: X; src: url("https://fonts.example.com/x.woff2") format("woff2"), url(/fonts/x.woff) format("woff"); }
      .a { background: url('/ok.png'); }`;
    expect(cssUrls(css)).toEqual([
      'https://fonts.example.com/a.css',
      '//fonts.example.com/b.css',
      'https://fonts.example.com/x.woff2',
      '/fonts/x.woff',
      '/ok.png',
    ]);
    expect(findExternalInCss(css, '_astro/a.css', `${SITE}/mayor/_astro/a.css`, SITE).map((item) => item.url)).toEqual([
      'https://fonts.example.com/a.css',
      '//fonts.example.com/b.css',
      'https://fonts.example.com/x.woff2',
    ]);
  });
});

describe('srcsetUrls', () => {
  it('drops width and density descriptors', () => {
    expect(srcsetUrls('a.png 1x,b.png 2x, /c.png 640w')).toEqual(['a.png', 'b.png', '/c.png']);
  });
});

describe('formatExternalResources', () => {
  it('names the page and the URL in Japanese and English', () => {
    const message = formatExternalResources([{ file: 'posts/a/index.html', via: '<img src>', url: 'https://img.example.com/a.png' }]);
    expect(message).toContain('posts/a/index.html');
    expect(message).toContain('[日本語] <img src> が外部のURLを読み込みます: https://img.example.com/a.png');
    expect(message).toContain('[English] <img src> loads an off-site URL: https://img.example.com/a.png');
  });
});
