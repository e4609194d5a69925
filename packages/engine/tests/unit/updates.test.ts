import { describe, expect, it } from 'vitest';
import { parseGitHistory } from '../../src/files/gitHistory.ts';
import { postItems, updateItems, type FeedWords } from '../../src/site/feeds.ts';
import { createRoutes } from '../../src/site/routes.ts';
import { collectUpdates, documentUpdates, pageUpdates, updateHeadline, updatesForPage, type UpdateHeadlines } from '../../src/site/updates.ts';

const routes = createRoutes('/mayor/');
const headlines: UpdateHeadlines = {
  post: (t) => `記事「${t}」を公開`,
  mission: (v) => `第${v}版を適用`,
  missionProposal: (v, until) => `第${v}版の改訂案（${until}まで）`,
  principleAdded: (t) => `原則「${t}」を追加`,
  principleChanged: (t) => `原則「${t}」を変更`,
  principleProposal: (t, until) => `原則「${t}」の改訂案（${until}まで）`,
  chapterAdded: (t) => `章「${t}」を追加`,
  chapterChanged: (t) => `章「${t}」を変更`,
};
const words: FeedWords = {
  sampleFeedTitle: (t) => `【サンプル】${t}`,
  sampleFeedSummary: (s) => `（サンプル）${s}`,
  updateTitle: (update) => updateHeadline(update, headlines),
};

describe('git history of content files', () => {
  const at = (iso: string) => String(Date.parse(iso) / 1000);

  it('lists every commit of every file, newest first, from one git log', () => {
    const log = [`\0aaaaaaa1 ${at('2025-06-03T12:00:00+09:00')}`, 'M\tcontent/handbook/a.mdx', 'A\tcontent/handbook/b 章.mdx', '', `\0bbbbbbb2 ${at('2025-06-01T09:00:00+09:00')}`, 'A\tcontent/handbook/a.mdx', ''].join('\n');
    const changes = parseGitHistory(log, 'Asia/Tokyo');
    expect(changes.get('content/handbook/a.mdx')).toEqual([
      { commit: 'aaaaaaa1', date: '2025-06-03', path: 'content/handbook/a.mdx' },
      { commit: 'bbbbbbb2', date: '2025-06-01', path: 'content/handbook/a.mdx' },
    ]);
    expect(changes.get('content/handbook/b 章.mdx')).toEqual([{ commit: 'aaaaaaa1', date: '2025-06-03', path: 'content/handbook/b 章.mdx' }]);
  });

  it("dates a commit by the site's day: 00:30 in Japan is that Japanese day, whatever the committer's clock said", () => {
    const log = `\0ccccccc3 ${at('2025-06-02T15:30:00Z')}\nM\tcontent/handbook/a.mdx\n`;
    const change = { commit: 'ccccccc3', path: 'content/handbook/a.mdx' };
    expect(parseGitHistory(log, 'Asia/Tokyo').get('content/handbook/a.mdx')).toEqual([{ ...change, date: '2025-06-03' }]);
    expect(parseGitHistory(log, 'UTC').get('content/handbook/a.mdx')).toEqual([{ ...change, date: '2025-06-02' }]);
  });
});

describe('updates of a chapter or principle', () => {
  const page = {
    kind: 'chapter' as const,
    id: 'intro',
    title: 'はじめに',
    summary: '章の説明',
    order: 1,
    commits: [
      { commit: 'c4', date: '2025-06-10' },
      { commit: 'c3', date: '2025-06-03' },
      { commit: 'c2', date: '2025-06-03' },
      { commit: 'c1', date: '2025-05-01' },
    ],
  };

  it('is one change per day: the state after the newest commit of the day against the state before the oldest', () => {
    const updates = pageUpdates(page, routes);
    expect(updates.map((u) => [u.date, u.change, u.commit, u.previousCommit])).toEqual([
      ['2025-06-10', 'changed', 'c4', 'c3'],
      ['2025-06-03', 'changed', 'c3', 'c1'],
      ['2025-05-01', 'added', 'c1', undefined],
    ]);
    expect(updates[0]).toMatchObject({ id: 'chapter-intro-2025-06-10', href: '/mayor/handbook/intro/', page: 'handbook/intro' });
  });

  it('leaves out commit days after today (a clock ahead)', () => {
    expect(pageUpdates(page, routes, '2025-06-09').map((u) => u.date)).toEqual(['2025-06-03', '2025-05-01']);
  });

  it('a principle links to its own page', () => {
    const [update] = pageUpdates({ ...page, kind: 'principle', id: 'cost' }, routes);
    expect(update).toMatchObject({ href: '/mayor/principles/cost/', page: 'principles/cost', id: 'principle-cost-2025-06-10' });
  });
});

describe('the list of updates', () => {
  const updates = collectUpdates({
    posts: [{ slug: 'new-post', title: '新しい記事', date: '2025-06-03', summary: '概要', sample: false }],
    missionTitle: 'ミッション',
    versions: [
      { version: 1, effective: '2024-04-01', changes: '制定' },
      { version: 2, effective: '2025-06-03', changes: '言い回しを変更' },
    ],
    pages: [
      { kind: 'principle', id: 'cost', title: 'コスト', summary: 'リード', order: 2, commits: [{ commit: 'p1', date: '2025-06-03' }] },
      { kind: 'principle', id: 'start', title: 'はじめに', summary: 'リード', order: 1, commits: [{ commit: 'p2', date: '2025-06-03' }] },
    ],
    routes,
  });

  it('is newest first; on one day the mission, then principles in their order, chapters and posts', () => {
    expect(updates.map((u) => u.id)).toEqual(['mission-v2', 'principle-start-2025-06-03', 'principle-cost-2025-06-03', 'post-new-post', 'mission-v1']);
  });

  it('the changes feed leaves posts out (they have their own feeds)', () => {
    expect(documentUpdates(updates).map((u) => u.kind)).toEqual(['mission', 'principle', 'principle', 'mission']);
  });

  it('each change is its own feed item, linked to its entry on the updates page', () => {
    const items = updateItems(documentUpdates(updates), routes.updates, words);
    expect(items[0]).toEqual({ title: '第2版を適用', link: '/mayor/updates/#mission-v2', date: '2025-06-03', description: '言い回しを変更' });
    expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
  });
});

describe('post feed items', () => {
  const post = { slug: 'a', title: 'タイトル', date: '2025-06-01', summary: '全文の概要', tags: ['DX'], sample: false, unpublished: false };

  it('never hold a draft or future post, even when handed one (the dev preview model)', () => {
    const items = postItems([post, { ...post, slug: 'draft', unpublished: true }], routes.post, words);
    expect(items.map((item) => item.link)).toEqual(['/mayor/posts/a/']);
  });

  it('mark sample posts in title and summary', () => {
    const [item] = postItems([{ ...post, sample: true }], routes.post, words);
    expect(item).toMatchObject({ title: '【サンプル】タイトル', description: '（サンプル）全文の概要', categories: ['DX'] });
  });
});

describe('feed URLs', () => {
  it('are stable, base-path aware and follow the page they belong to', () => {
    expect(routes.principleFeed('cost')).toBe('/mayor/principles/cost/rss.xml');
    expect(routes.tagFeed('働き方')).toBe('/mayor/tags/%E5%83%8D%E3%81%8D%E6%96%B9/rss.xml');
    expect(routes.tagFeed('ＤＸ')).toBe('/mayor/tags/dx/rss.xml');
    expect(routes.updatesFeed).toBe('/mayor/updates/rss.xml');
    expect(createRoutes('/').updates).toBe('/updates/');
  });
});

describe('the updates page', () => {
  it('lists the newest posts and the newest changes, and every change the feed lists', () => {
    const posts = Array.from({ length: 5 }, (_, i) => ({ slug: `p${i}`, title: `記事${i}`, date: `2025-06-1${i}`, summary: '', sample: false }));
    const updates = collectUpdates({
      posts,
      missionTitle: 'ミッション',
      versions: [1, 2, 3].map((version) => ({ version, effective: `2025-0${version}-01`, changes: '' })),
      pages: [],
      routes,
    });
    const shown = updatesForPage(updates, { posts: 2, documents: 2 });
    expect(shown.map((u) => u.id)).toEqual(['post-p4', 'post-p3', 'mission-v3', 'mission-v2']);
    const feed = updateItems(documentUpdates(updates), routes.updates, words, 2);
    for (const item of feed) expect(shown.map((u) => `${routes.updates}#${u.id}`)).toContain(item.link);
  });
});

describe('a mission proposal among the updates', () => {
  const sources = (today: string) => ({
    posts: [],
    missionTitle: 'ミッション',
    versions: [{ version: 1, effective: '2024-04-01', changes: '制定' }],
    pages: [],
    proposals: [{ version: 2, commentsUntil: '2025-07-31', changes: '言い回しの案', commits: [{ commit: 'x', date: '2025-07-01' }] }],
    routes,
    today,
  });

  it('is listed while comments are open, linked to the proposal on the mission page', () => {
    const [update] = collectUpdates(sources('2025-07-31'));
    expect(update).toMatchObject({ id: 'mission-proposal-v2-2025-07-01', change: 'proposed', href: '/mayor/mission/#proposal-v2', summary: '言い回しの案' });
    expect(updateHeadline(update!, headlines)).toBe('第2版の改訂案（2025年7月31日（令和7年）まで）');
  });

  it('is gone once the period is over (the decision is what comes next)', () => {
    expect(collectUpdates(sources('2025-08-01')).map((u) => u.id)).toEqual(['mission-v1']);
  });
});

describe("a principle's proposal among the updates", () => {
  const commits = [
    { commit: 'filed', date: '2025-07-01' },
    { commit: 'reworded', date: '2025-05-10' },
    { commit: 'first', date: '2024-04-01' },
  ];
  const sources = (today: string) => ({
    posts: [],
    missionTitle: 'ミッション',
    versions: [],
    pages: [{ kind: 'principle' as const, id: 'cost', title: 'コスト意識', summary: 'リード', order: 1, commits }],
    principleProposals: [{ id: 'cost', title: 'コスト意識', order: 1, commentsUntil: '2025-07-31', reason: '言葉を改めたい', commits }],
    routes,
    today,
  });

  it('is a proposal open for comments, linked to it on the principle page, not a change of the wording in force', () => {
    const updates = collectUpdates(sources('2025-07-15'));
    expect(updates.map((u) => `${u.id} ${u.change}`)).toEqual([
      'principle-proposal-cost-2025-07-01 proposed',
      'principle-cost-2025-05-10 changed',
      'principle-cost-2024-04-01 added',
    ]);
    expect(updates[0]).toMatchObject({ href: '/mayor/principles/cost/#principle-proposal-heading', summary: '言葉を改めたい', page: 'principles/cost' });
    expect(updateHeadline(updates[0]!, headlines)).toBe('原則「コスト意識」の改訂案（2025年7月31日（令和7年）まで）');
  });

  it('after the period it is no longer listed, and its filing is still not a change of the wording', () => {
    expect(collectUpdates(sources('2025-08-01')).map((u) => u.id)).toEqual(['principle-cost-2025-05-10', 'principle-cost-2024-04-01']);
  });
});
