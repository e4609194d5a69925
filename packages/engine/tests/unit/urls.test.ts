import { describe, expect, it } from 'vitest';
import { encodePath, fillUrlTemplate, joinBase, shareableAddress } from '../../src/site/urls.ts';
import { normaliseBase } from '../../src/rules/siteConfig.ts';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/mayor', '/mayor/'],
    ['mayor/', '/mayor/'],
    ['/mayor/', '/mayor/'],
    ['//intra/mayor//', '/intra/mayor/'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('works at the root', () => {
    expect(joinBase('/', '/posts/')).toBe('/posts/');
    expect(joinBase('/', '/')).toBe('/');
  });

  it('gives the same URL whether the base has a trailing slash or not', () => {
    expect(joinBase('/mayor', '/posts/')).toBe('/mayor/posts/');
    expect(joinBase('/mayor/', '/posts/')).toBe('/mayor/posts/');
    expect(joinBase('/mayor/', 'posts/')).toBe('/mayor/posts/');
    expect(joinBase('/mayor', '/')).toBe('/mayor/');
  });
});

describe('encodePath', () => {
  it('percent-encodes Japanese segments and keeps the slashes', () => {
    expect(encodePath('/tags/働き方/')).toBe('/tags/%E5%83%8D%E3%81%8D%E6%96%B9/');
  });

  it('does not encode twice', () => {
    const once = encodePath('/tags/働き方/');
    expect(encodePath(once)).toBe(once);
  });

  it('leaves ASCII paths alone', () => {
    expect(encodePath('/posts/gyomu-tanaoroshi/')).toBe('/posts/gyomu-tanaoroshi/');
  });

  it('survives a stray percent sign', () => {
    expect(encodePath('/a/100%/')).toBe('/a/100%25/');
  });
});

describe('fillUrlTemplate', () => {
  it('percent-encodes each value', () => {
    expect(
      fillUrlTemplate('https://forms.example/?subject={title}&page={url}', {
        title: '業務の棚卸し & 改善',
        url: 'http://intra/posts/a/?x=1',
      }),
    ).toBe(
      'https://forms.example/?subject=%E6%A5%AD%E5%8B%99%E3%81%AE%E6%A3%9A%E5%8D%B8%E3%81%97%20%26%20%E6%94%B9%E5%96%84' +
        '&page=http%3A%2F%2Fintra%2Fposts%2Fa%2F%3Fx%3D1',
    );
  });

  it('leaves unknown placeholders untouched', () => {
    expect(fillUrlTemplate('https://x/{path}?q={other}', { path: 'a' })).toBe('https://x/a?q={other}');
    expect(fillUrlTemplate('https://x/?q={constructor}&t={toString}', {})).toBe('https://x/?q={constructor}&t={toString}');
  });

  it('replaces a placeholder used twice', () => {
    expect(fillUrlTemplate('{a}-{a}', { a: 'x y' })).toBe('x%20y-x%20y');
  });
});

describe('shareableAddress', () => {
  it('gives the full address on a real intranet host, only the path while siteUrl is the localhost placeholder', () => {
    expect(shareableAddress(new URL('https://intra.example.lg.jp/mayor/posts/a/'))).toBe('https://intra.example.lg.jp/mayor/posts/a/');
    expect(shareableAddress(new URL('http://localhost:4321/mayor/posts/a/'))).toBe('/mayor/posts/a/');
    expect(shareableAddress(new URL('http://127.0.0.1:4321/posts/a/'))).toBe('/posts/a/');
    // Another site's address is never cut down, whatever siteUrl is.
    expect(shareableAddress(new URL('https://forms.example.lg.jp/x'), 'http://localhost:4321/')).toBe('https://forms.example.lg.jp/x');
  });
});
