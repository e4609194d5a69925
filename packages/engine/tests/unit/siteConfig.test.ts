import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/rules/siteConfig.ts';

const FILE = 'content/site.yaml';
const minimal = {
  organization: '裾野市役所',
  title: '裾野市役所 ミッション・綱領・庁内ブログ',
  description: '職員向けのサイトです。',
  defaultAuthor: 'mayor',
};

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected parseSiteConfig to throw');
}

describe('parseSiteConfig', () => {
  it('fills in documented defaults', () => {
    const config = parseSiteConfig(minimal, FILE);
    expect(config.siteUrl).toBe('http://localhost:4321');
    expect(config.basePath).toBe('/');
    expect(config.timeZone).toBe('Asia/Tokyo');
    expect(config.postsPerPage).toBe(20);
    expect(config.feedbackFormUrl).toBeUndefined();
    expect(config.editUrl).toBeUndefined();
  });

  it('normalises the base path', () => {
    expect(parseSiteConfig({ ...minimal, basePath: 'mayor' }, FILE).basePath).toBe('/mayor/');
  });

  it('lets SITE_URL and BASE_PATH override the file', () => {
    const config = parseSiteConfig({ ...minimal, siteUrl: 'http://a.example', basePath: '/' }, FILE, {
      siteUrl: 'http://intra.example.lg.jp',
      basePath: '/mayor',
    });
    expect(config.siteUrl).toBe('http://intra.example.lg.jp');
    expect(config.basePath).toBe('/mayor/');
  });

  it('ignores empty or missing overrides', () => {
    const config = parseSiteConfig({ ...minimal, basePath: '/blog/' }, FILE, { siteUrl: '', basePath: undefined });
    expect(config.basePath).toBe('/blog/');
    expect(config.siteUrl).toBe('http://localhost:4321');
  });

  it('names the file and the missing field, in Japanese and English', () => {
    const { organization: _omitted, ...rest } = minimal;
    const message = messageOf(() => parseSiteConfig(rest, FILE));
    expect(message).toContain('サイト設定に誤りがあります');
    expect(message).toContain('The site configuration is invalid');
    expect(message).toContain(`${FILE} › organization`);
    expect(message).toContain('必須の項目です');
    expect(message).toContain('this field is required');
  });

  it('explains a bad URL and a bad page size in both languages', () => {
    const message = messageOf(() =>
      parseSiteConfig({ ...minimal, siteUrl: 'intranet', postsPerPage: 0 }, FILE),
    );
    expect(message).toContain(`${FILE} › siteUrl`);
    expect(message).toContain('URL（https://…）を書いてください');
    expect(message).toContain('expected a URL');
    expect(message).toContain(`${FILE} › postsPerPage`);
    expect(message).toContain('0 より大きくしてください');
    expect(message).toContain('must be greater than 0');
  });

  it('rejects an invalid SITE_URL override, naming siteUrl', () => {
    const message = messageOf(() => parseSiteConfig(minimal, FILE, { siteUrl: 'not a url' }));
    expect(message).toContain(`${FILE} › siteUrl`);
  });

  it('rejects a feedback form that is not a URL', () => {
    const message = messageOf(() => parseSiteConfig({ ...minimal, feedbackFormUrl: 'forms/{title}' }, FILE));
    expect(message).toContain(`${FILE} › feedbackFormUrl`);
  });

  it.each([
    ['feedbackFormUrl', 'javascript:alert(1)//{title}'],
    ['feedbackFormUrl', 'data:text/html,<script>alert(1)</script>'],
    ['editUrl', 'mailto:koho@example.jp?subject={path}'],
    ['editUrl', 'file:///etc/passwd'],
    ['siteUrl', 'ftp://intra.example/'],
  ])('accepts only http(s) (and mailto: for feedback) in %s: %s', (field, value) => {
    const message = messageOf(() => parseSiteConfig({ ...minimal, [field]: value }, FILE));
    expect(message).toContain(`${FILE} › ${field}`);
    expect(message).toMatch(/使えるのは http:、https:/u);
    expect(message).toContain('expected a URL (https://…) starting with http:, https:');
  });

  it('accepts a mailto: feedback address and the documented placeholders', () => {
    const config = parseSiteConfig(
      { ...minimal, feedbackFormUrl: 'mailto:koho@example.jp?subject={title}&body={url}', editUrl: 'https://git.example/edit/main/{path}' },
      FILE,
    );
    expect(config.feedbackFormUrl).toBe('mailto:koho@example.jp?subject={title}&body={url}');
  });

  it.each([
    ['feedbackFormUrl', 'https://forms.example/?t={constructor}', '{constructor}', '{title}, {url}'],
    ['editUrl', 'https://git.example/{title}', '{title}', '{path}'],
    ['siteUrl', 'https://intra.example/{path}', '{path}', 'none'],
  ])('names an unknown placeholder in %s', (field, value, placeholder, allowed) => {
    const message = messageOf(() => parseSiteConfig({ ...minimal, [field]: value }, FILE));
    expect(message).toContain(`${FILE} › ${field}`);
    expect(message).toContain(`使えない置き換え記号 ${placeholder}`);
    expect(message).toContain(`unknown placeholder ${placeholder}; allowed: ${allowed}`);
  });

  it('reports an empty file as missing fields rather than crashing', () => {
    const message = messageOf(() => parseSiteConfig(null, FILE));
    expect(message).toContain(`${FILE} › title`);
    expect(message).toContain(`${FILE} › defaultAuthor`);
  });
});

describe('the organisation’s words', () => {
  it('default to neutral words when site.yaml leaves them out', () => {
    const config = parseSiteConfig(minimal, FILE);
    expect(config.leaderTitle).toBe('首長');
    expect(config.principlesName).toBe('行動指針');
    expect(config.blogName).toBe('ブログ');
    expect(config.missionNoteLabel).toBe('補足');
  });

  it('are taken from site.yaml, trimmed, and may not be blank', () => {
    const config = parseSiteConfig({ ...minimal, leaderTitle: ' 町長 ', principlesName: 'クレド' }, FILE);
    expect(config.leaderTitle).toBe('町長');
    expect(config.principlesName).toBe('クレド');
    expect(messageOf(() => parseSiteConfig({ ...minimal, leaderTitle: '' }, FILE))).toContain('content/site.yaml › leaderTitle');
  });
});
