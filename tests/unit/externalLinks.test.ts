import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../src/site/externalLinks.ts';

const SITE = 'https://intra.example.lg.jp';

describe('isExternalHref', () => {
  it('is true for links to other sites', () => {
    expect(isExternalHref('https://www.city.susono.shizuoka.jp/', SITE)).toBe(true);
    expect(isExternalHref('//example.com/', SITE)).toBe(true);
  });
  it('is false for links inside the site and non-web links', () => {
    expect(isExternalHref('/mayor/posts/', SITE)).toBe(false);
    expect(isExternalHref('../principles/cost/', SITE)).toBe(false);
    expect(isExternalHref(`${SITE}/mayor/`, SITE)).toBe(false);
    expect(isExternalHref('#section', SITE)).toBe(false);
    expect(isExternalHref('mailto:kouhou@example.lg.jp', SITE)).toBe(false);
    expect(isExternalHref(undefined, SITE)).toBe(false);
  });
});
