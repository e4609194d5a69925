import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../src/site/routes.ts';

describe('createRoutes at the root', () => {
  const routes = createRoutes('/');

  it('builds every page URL with a trailing slash', () => {
    expect(routes.home).toBe('/');
    expect(routes.posts()).toBe('/posts/');
    expect(routes.post('gyomu-tanaoroshi')).toBe('/posts/gyomu-tanaoroshi/');
    expect(routes.tags).toBe('/tags/');
    expect(routes.mission).toBe('/mission/');
    expect(routes.principles).toBe('/principles/');
    expect(routes.principle('kouken')).toBe('/principles/kouken/');
    expect(routes.handbook).toBe('/handbook/');
    expect(routes.chapter('intro')).toBe('/handbook/intro/');
    expect(routes.asset('/favicon.svg')).toBe('/favicon.svg');
  });

  it('keeps page 1 of the post list at /posts/ and numbers the rest', () => {
    expect(routes.posts(1)).toBe('/posts/');
    expect(routes.posts(2)).toBe('/posts/page/2/');
  });

  it('slugs and percent-encodes tag names', () => {
    expect(routes.tag('ＤＸ')).toBe('/tags/dx/');
    expect(routes.tag('働き方')).toBe('/tags/%E5%83%8D%E3%81%8D%E6%96%B9/');
  });
});

describe('createRoutes under a sub-path', () => {
  it.each(['/mayor', '/mayor/', 'mayor'])('prefixes every URL with the base %j', (base) => {
    const routes = createRoutes(base);
    expect(routes.home).toBe('/mayor/');
    expect(routes.posts(3)).toBe('/mayor/posts/page/3/');
    expect(routes.post('a')).toBe('/mayor/posts/a/');
    expect(routes.tag('dx')).toBe('/mayor/tags/dx/');
    expect(routes.asset('/pagefind/pagefind.js')).toBe('/mayor/pagefind/pagefind.js');
  });
});
