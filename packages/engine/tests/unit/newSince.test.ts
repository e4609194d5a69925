import { describe, expect, it } from 'vitest';
import { isNew, markAllRead, markRead, newSinceKey, pageKey, parseVisitState, recordVisit, serializeVisitState, VISIT_GAP_MS } from '../../src/client/newSince.ts';

const TZ = 'Asia/Tokyo';
const at = (iso: string) => Date.parse(iso);

describe('新着 since the previous visit', () => {
  it('the first visit marks nothing', () => {
    const state = recordVisit(undefined, at('2025-06-10T09:00:00+09:00'));
    expect(isNew({ date: '2025-06-10', key: 'posts/a' }, state, TZ)).toBe(false);
  });

  it('a returning reader sees exactly the items dated after the day of the previous visit', () => {
    const first = recordVisit(undefined, at('2025-06-03T17:00:00+09:00'));
    const second = recordVisit(first, at('2025-06-10T09:00:00+09:00'));
    expect(second.previous).toBe(at('2025-06-03T17:00:00+09:00'));
    expect(isNew({ date: '2025-06-04', key: 'posts/a' }, second, TZ)).toBe(true);
    expect(isNew({ date: '2025-06-10', key: 'posts/b' }, second, TZ)).toBe(true);
    expect(isNew({ date: '2025-06-03', key: 'posts/c' }, second, TZ)).toBe(false);
    expect(isNew({ date: '2025-05-01', key: 'posts/d' }, second, TZ)).toBe(false);
  });

  it('counts days in Japan: a visit at 00:30 JST (the previous day in UTC) covers that Japanese day', () => {
    const first = recordVisit(undefined, at('2025-06-03T15:30:00Z')); // 2025-06-04 00:30 JST
    const second = recordVisit(first, at('2025-06-05T09:00:00+09:00'));
    expect(isNew({ date: '2025-06-04', key: 'posts/a' }, second, TZ)).toBe(false);
    expect(isNew({ date: '2025-06-05', key: 'posts/b' }, second, TZ)).toBe(true);
  });

  it('page views within one visit keep its marks; a long gap starts a new visit', () => {
    const first = recordVisit(undefined, at('2025-06-03T09:00:00+09:00'));
    const visit = recordVisit(first, at('2025-06-10T09:00:00+09:00'));
    const sameVisit = recordVisit(visit, visit.last + VISIT_GAP_MS - 1);
    expect(sameVisit.previous).toBe(visit.previous);
    const nextVisit = recordVisit(sameVisit, sameVisit.last + VISIT_GAP_MS + 1);
    expect(nextVisit.previous).toBe(sameVisit.last);
    expect(isNew({ date: '2025-06-10', key: 'posts/b' }, nextVisit, TZ)).toBe(false);
  });

  it('opening an item removes its mark, and mark-all-as-read removes every mark', () => {
    const visit = recordVisit(recordVisit(undefined, at('2025-06-03T09:00:00+09:00')), at('2025-06-10T09:00:00+09:00'));
    const read = markRead(visit, 'posts/a');
    expect(isNew({ date: '2025-06-09', key: 'posts/a' }, read, TZ)).toBe(false);
    expect(isNew({ date: '2025-06-09', key: 'posts/b' }, read, TZ)).toBe(true);
    const all = markAllRead(at('2025-06-10T09:05:00+09:00'));
    expect(isNew({ date: '2025-06-10', key: 'posts/b' }, all, TZ)).toBe(false);
  });

  it('survives storage round trips and refuses garbage as a first visit', () => {
    const state = markRead(recordVisit(recordVisit(undefined, 1000), 1000 + VISIT_GAP_MS * 2), 'handbook/x');
    expect(parseVisitState(serializeVisitState(state))).toEqual(state);
    for (const raw of [null, '', 'not json', '[]', 'null', '{"last":"x"}']) expect(parseVisitState(raw)).toBeUndefined();
  });

  it('a clock set back starts a new visit rather than marking the future', () => {
    const state = recordVisit(undefined, at('2025-06-10T09:00:00+09:00'));
    const back = recordVisit(state, at('2025-06-01T09:00:00+09:00'));
    expect(back.previous).toBe(at('2025-06-01T09:00:00+09:00'));
  });

  it('keeps one state per site on a shared host', () => {
    expect(newSinceKey('/mayor/')).not.toBe(newSinceKey('/'));
  });
});

describe('pageKey: the item a page is, so opening it anyhow takes its mark away', () => {
  it('names posts, chapters and principles under the site base, encoded or not', () => {
    expect(pageKey('/posts/keiei-kaigi/', '/')).toBe('posts/keiei-kaigi');
    expect(pageKey('/mayor/handbook/why-reform/', '/mayor/')).toBe('handbook/why-reform');
    expect(pageKey('/mayor/principles/cost/index.html', '/mayor')).toBe('principles/cost');
    expect(pageKey('/posts/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/', '/')).toBe('posts/お知らせ');
  });

  it('names nothing for lists, other sites under the host, or a broken address', () => {
    for (const [path, base] of [['/posts/', '/'], ['/', '/'], ['/posts/page/2/', '/'], ['/other/posts/a/', '/mayor/'], ['/posts/%E3%81/', '/']] as const) {
      expect(pageKey(path, base), path).toBeUndefined();
    }
  });
});
