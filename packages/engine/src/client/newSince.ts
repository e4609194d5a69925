/**
 * 新着 since the reader's previous visit, kept in the reader's own browser
 * (localStorage): no server, nothing leaves the machine. Pure functions
 * here; the page script (src/components/NewSinceScript.astro) only reads and
 * writes storage and shows the marks.
 *
 * A visit is a run of page views with no gap longer than VISIT_GAP_MS, so
 * going from the home page to a post and back keeps the marks of this
 * visit. An item (a post, a changed chapter or principle) is new when its
 * day comes after the day, in the site's time zone, of the previous visit,
 * and the reader has not opened it since. The very first visit marks nothing.
 */
import { todayIn, type IsoDate } from '../rules/dates.ts';

export const VISIT_GAP_MS = 30 * 60 * 1000;
/** At most this many opened pages are remembered (a visit rarely opens more). */
const READ_LIMIT = 200;

export interface VisitState {
  /** When the previous visit ended (ms since epoch); null on the first visit. */
  previous: number | null;
  /** The latest page view. */
  last: number;
  /** Pages opened in this visit (e.g. `posts/foo`): no longer new. */
  read: string[];
}

/** One key per site, so two sites under different base paths on one host do not mix. */
export function newSinceKey(base: string): string {
  return `new-since:${base}`;
}

/** The stored state; anything unreadable counts as a first visit. */
export function parseVisitState(raw: string | null | undefined): VisitState | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as Partial<VisitState> | null;
    if (!value || typeof value !== 'object' || typeof value.last !== 'number' || !Number.isFinite(value.last)) return undefined;
    const previous = typeof value.previous === 'number' && Number.isFinite(value.previous) ? value.previous : null;
    const read = Array.isArray(value.read) ? value.read.filter((item): item is string => typeof item === 'string') : [];
    return { previous, last: value.last, read };
  } catch {
    return undefined;
  }
}

export function serializeVisitState(state: VisitState): string {
  return JSON.stringify(state);
}

/** A page view at `now`: the first ever, one within the current visit, or the start of a new visit. */
export function recordVisit(state: VisitState | undefined, now: number, gap: number = VISIT_GAP_MS): VisitState {
  if (!state) return { previous: null, last: now, read: [] };
  // A clock set back (or a stored time from the future) starts a new visit from now.
  if (now - state.last > gap || now < state.last) return { previous: Math.min(state.last, now), last: now, read: [] };
  return { ...state, last: now };
}

/** The reader opened a page: its mark goes. */
export function markRead(state: VisitState, key: string): VisitState {
  if (state.read.includes(key)) return state;
  return { ...state, read: [...state.read, key].slice(-READ_LIMIT) };
}

/**
 * The item a page is (`posts/foo`, `handbook/bar`, `principles/baz`), from
 * its URL path under the site's base: any page of the site records the
 * visit, and opening an item however the reader got there (a feed, a mail,
 * a link in a post) takes its mark away.
 */
export function pageKey(pathname: string, base: string): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return undefined;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(root.length));
  } catch {
    return undefined;
  }
  const key = rest.replace(/(?:\/index\.html|\/)$/u, '');
  return /^(?:posts|handbook|principles)\/[^/]+$/u.test(key) ? key : undefined;
}

/** 「すべて既読にする」: nothing published up to today is new any more. */
export function markAllRead(now: number): VisitState {
  return { previous: now, last: now, read: [] };
}

/** Is an item of this day, for this page, new to the reader? */
export function isNew(item: { date: IsoDate; key: string }, state: VisitState | undefined, timeZone: string): boolean {
  if (!state || state.previous === null) return false;
  if (state.read.includes(item.key)) return false;
  return item.date > todayIn(timeZone, new Date(state.previous));
}
