/**
 * 新着: record this page view as part of the reader's visit and take the
 * mark off the item this page is (newSince.ts), in the reader's own browser
 * only. Loaded by the search loader on every page, after it: without it a
 * reader who only ever opened posts from a feed or a mail would count as
 * never having visited, and an item opened that way would stay 新着.
 */
import { markRead, newSinceKey, pageKey, parseVisitState, recordVisit, serializeVisitState } from './newSince.ts';

const key = newSinceKey(import.meta.env.BASE_URL);
try {
  const state = recordVisit(parseVisitState(localStorage.getItem(key)), Date.now());
  const page = pageKey(location.pathname, import.meta.env.BASE_URL);
  localStorage.setItem(key, serializeVisitState(page ? markRead(state, page) : state));
} catch {
  // Storage switched off: no visits, no marks.
}
