import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../src/site/externalLinks.ts';
import { isPlaceholderSiteUrl } from '../../src/site/urls.ts';
import { isEditorView } from '../../src/model/editorView.ts';

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

describe('intranet hosts from site.yaml', () => {
  const hosts = ['forms.example.lg.jp', '*.internal.example.lg.jp', 'git.example.lg.jp:8443'];
  it('are not external', () => {
    expect(isExternalHref('https://forms.example.lg.jp/susono/feedback?x=1', SITE, hosts)).toBe(false);
    expect(isExternalHref('https://wiki.internal.example.lg.jp/page', SITE, hosts)).toBe(false);
    expect(isExternalHref('https://git.example.lg.jp:8443/repo', SITE, hosts)).toBe(false);
  });
  it('match exactly: a look-alike, another port or another site stays external', () => {
    expect(isExternalHref('https://forms.example.lg.jp.evil.example/', SITE, hosts)).toBe(true);
    expect(isExternalHref('https://git.example.lg.jp/repo', SITE, hosts)).toBe(true);
    expect(isExternalHref('https://www.city.susono.shizuoka.jp/', SITE, hosts)).toBe(true);
  });
});

describe('isPlaceholderSiteUrl', () => {
  it('is true only for loopback addresses', () => {
    expect(isPlaceholderSiteUrl('http://localhost:4321')).toBe(true);
    expect(isPlaceholderSiteUrl('http://127.0.0.1:8080/mayor/')).toBe(true);
    expect(isPlaceholderSiteUrl(SITE)).toBe(false);
  });
});

describe('isEditorView', () => {
  it('only in dev or with EDITOR_VIEW=1', () => {
    expect(isEditorView({})).toBe(false);
    expect(isEditorView({ EDITOR_VIEW: '0' })).toBe(false);
    expect(isEditorView({ EDITOR_VIEW: '1' })).toBe(true);
    expect(isEditorView({ MISSION_SITE_ASTRO_COMMAND: 'dev' })).toBe(true);
  });
});
