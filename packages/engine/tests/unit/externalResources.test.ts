/**
 * The off-site corpus: type by type, every construct of HTML, SVG and CSS
 * that can make a browser fetch, send or navigate by itself, each of which
 * must be refused, and the harmless ones that must pass. Each case is read
 * by the single pass (outputScan.ts) and judged by externalResources.ts,
 * exactly as the build does.
 */
import { gzipSync } from 'node:zlib';
import { isOffSite } from '../../src/site/urls.ts';
import { describe, expect, it } from 'vitest';
import { cssReferences } from '../../src/build/css.ts';
import {
  documentBase,
  formatExternalResources,
  judgeReferences,
} from '../../src/build/externalResources.ts';
import { scanFile, scanText } from '../../src/build/outputScan.ts';
import { srcsetUrls } from '../../src/build/urlAttributes.ts';
import { ALLOWED, EVIL, REFUSED, SITE, type Kind } from '../support/offSiteCorpus.ts';

const PAGE = `${SITE}/mayor/posts/a/`;

function findings(kind: Kind, text: string) {
  const scan = scanText(kind, text);
  return judgeReferences('posts/a/index.html', scan.references, documentBase(scan.references, PAGE), SITE);
}
const describeAll = (kind: Kind, text: string) => findings(kind, text).map((item) => `${item.use} ${item.via} ${item.url}`);
describe('off-site corpus: refused', () => {
  it.each(REFUSED)('%s', (_name, kind, source, expected) => {
    expect(describeAll(kind, source).some((line) => line.startsWith(expected)), describeAll(kind, source).join('\n') || '(nothing found)').toBe(true);
  });
});

describe('off-site corpus: allowed', () => {
  it.each(ALLOWED)('%s', (_name, kind, source) => {
    expect(describeAll(kind, source)).toEqual([]);
  });
});

describe('isOffSite', () => {
  it('treats relative, root-relative and same-origin absolute URLs as on-site', () => {
    expect(isOffSite('/_astro/a.css', PAGE, SITE)).toBe(false);
    expect(isOffSite('../b.png', PAGE, SITE)).toBe(false);
    expect(isOffSite(`${SITE}/mayor/x.png`, PAGE, SITE)).toBe(false);
    expect(isOffSite('data:image/png;base64,AAAA', PAGE, SITE)).toBe(false);
  });
  it('flags other hosts, ports, schemes, file: and protocol-relative URLs', () => {
    expect(isOffSite('//fonts.googleapis.com/css', PAGE, SITE)).toBe(true);
    expect(isOffSite('https://intra.example.lg.jp:8443/a.js', PAGE, SITE)).toBe(true);
    expect(isOffSite('http://intra.example.lg.jp/a.js', PAGE, SITE)).toBe(true);
    expect(isOffSite('file:///etc/passwd', PAGE, SITE)).toBe(true);
    expect(isOffSite('  HTTPS://CDN.EXAMPLE.COM/a.js ', PAGE, SITE)).toBe(true);
  });
});

describe('files in dist/', () => {
  const options = { scriptFolders: ['_astro/', 'pagefind/'] };
  const scan = (file: string, text: string | Buffer) => {
    const result = scanFile(file, Buffer.isBuffer(text) ? text : Buffer.from(text), options);
    return judgeReferences(file, result.references, `${SITE}/mayor/${file}`, SITE).map((item) => `${item.use} ${item.via} ${item.url}`);
  };

  it('reads .htm and .xhtml and .webmanifest files', () => {
    expect(scan('a.htm', `<img src="${EVIL}/a.png">`)).toEqual([`load <img src> ${EVIL}/a.png`]);
    expect(scan('a.xhtml', `<html xmlns="http://www.w3.org/1999/xhtml"><img src="${EVIL}/a.png"/></html>`)).toEqual([`load <img src> ${EVIL}/a.png`]);
    expect(scan('site.webmanifest', `{"icons":[{"src":"${EVIL}/i.png"}]}`)).toEqual([`load JSON icons[0].src ${EVIL}/i.png`]);
  });

  it('reads compressed copies as what they decompress to', () => {
    expect(scan('a.html.gz', gzipSync(`<img src="${EVIL}/a.png">`))).toEqual([`load <img src> ${EVIL}/a.png`]);
  });

  it('refuses an unknown file type, naming it', () => {
    expect(scan('notes.php', '<?php ?>')).toEqual(['unreadable notes.php .php']);
    expect(scan('LICENSE', 'text')).toEqual(['unreadable LICENSE (no extension)']);
  });

  it('refuses a page that is not UTF-8 (a browser could decode it differently)', () => {
    expect(scan('a.html', Buffer.from('\uFEFF<img>', 'utf16le'))).toEqual(['unreadable a.html not valid UTF-8']);
  });

  it('refuses documents a browser could decode other than as UTF-8', () => {
    expect(scan('a.svg', `<?xml version="1.0" encoding="ISO-2022-JP"?><svg/>`)).toEqual(['unreadable a.svg declares ISO-2022-JP; only UTF-8 is read the same by every browser']);
    expect(scan('a.css', `@charset "shift_jis"; a{}`)).toHaveLength(1);
    expect(scan('a.html', `<meta charset="euc-jp"><p>x`)).toHaveLength(1);
    expect(scan('b.html', `<p>\u001b$B<img src=x>`)).toEqual(['unreadable b.html declares ESC (ISO-2022); only UTF-8 is read the same by every browser']);
    expect(scan('c.html', `<meta charset="utf-8"><p>x`)).toEqual([]);
    expect(scan('b.svg', `<?xml version="1.0" encoding="UTF-8"?><svg/>`)).toEqual([]);
  });

  it('allows scripts only where the engine writes them', () => {
    expect(scan('_astro/a.js', `fetch("${EVIL}")`)).toEqual([]);
    expect(scan('pagefind/pagefind.js', 'x')).toEqual([]);
    expect(scan('uploads/a.js', 'x')).toEqual(['code script file uploads/a.js']);
  });

  it('does not read images, fonts and the search index', () => {
    for (const file of ['a.png', 'a.woff2', 'pagefind/x.pf_fragment', 'robots.txt']) expect(scan(file, EVIL)).toEqual([]);
  });
});

describe('CSS and srcset helpers', () => {
  it('names the property or at-rule', () => {
    expect(cssReferences(`@import "a.css"; @font-face{src:url(x.woff2)} a{background:url('/ok.png')}`)).toEqual([
      { url: 'a.css', via: '@import' },
      { url: 'x.woff2', via: 'src' },
      { url: '/ok.png', via: 'background' },
    ]);
  });
  it('splits srcset as the HTML spec does (descriptors dropped, data: URLs kept whole)', () => {
    expect(srcsetUrls('a.png 1x,b.png 2x, /c.png 640w')).toEqual(['a.png', 'b.png', '/c.png']);
    // Without a space after it, a comma is part of the URL, as browsers read it.
    expect(srcsetUrls('a.png, b.png,c.png')).toEqual(['a.png', 'b.png,c.png']);
    expect(srcsetUrls('data:image/svg+xml,%3Csvg%3E,x 1x, https://e.example/b.png 2x')).toEqual([
      'data:image/svg+xml,%3Csvg%3E,x',
      'https://e.example/b.png',
    ]);
    expect(srcsetUrls(' a.png 100w (weird, thing), b.png')).toEqual(['a.png', 'b.png']);
  });
});

describe('formatExternalResources', () => {
  it('names the file, the element and the URL in Japanese and English', () => {
    const message = formatExternalResources([{ file: 'posts/a/index.html', via: '<img src>', url: `${EVIL}/a.png`, use: 'load' }]);
    expect(message).toContain('posts/a/index.html');
    expect(message).toContain(`[日本語] <img src> が外部のURLを読み込みます: ${EVIL}/a.png`);
    expect(message).toContain(`[English] <img src> loads an off-site URL: ${EVIL}/a.png`);
  });
  it('says what a send, a refresh and a script do', () => {
    const message = formatExternalResources([
      { file: 'a.html', via: '<form action>', url: EVIL, use: 'send' },
      { file: 'a.html', via: '<meta http-equiv=refresh>', url: EVIL, use: 'refresh' },
      { file: 'a.html', via: '<script>', url: 'fetch()', use: 'code' },
    ]);
    expect(message).toContain('外部のURLへデータを送ります');
    expect(message).toContain('moves the reader to an off-site URL by itself');
    expect(message).toContain('runs a script');
  });
});
