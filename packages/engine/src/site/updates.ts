/**
 * What changed on the site, by date: new posts, mission versions coming into
 * force, and chapters and principles added or changed (from git history).
 * One list feeds the updates page, the changes feed and the 新着 marks, so
 * they cannot disagree about what is new. Pure: the caller passes the
 * published posts, the versions in force and each page's commits.
 */
import { formatJapaneseDate, type IsoDate } from '../rules/dates.ts';
import { isOpenForComments } from '../rules/proposals.ts';

type UpdateKind = 'post' | 'mission' | 'chapter' | 'principle';
/** published: a new post; revised: a mission version; proposed: a mission or principle proposal open for comments; added / changed: a chapter or principle. */
type UpdateChange = 'published' | 'revised' | 'proposed' | 'added' | 'changed';

export interface Update {
  kind: UpdateKind;
  change: UpdateChange;
  /** Stable id: the fragment on the updates page and the feed item's guid. */
  id: string;
  date: IsoDate;
  /** The page's own title (post, chapter, principle or mission page). */
  title: string;
  /** URL of the page that changed. */
  href: string;
  summary: string;
  /** The page this update belongs to, e.g. `handbook/why-reform` (the 新着 marks key on it). */
  page: string;
  /** The commit of this change (chapters, principles), to read the text before and after. */
  commit?: string | undefined;
  /** The commit just before this change (undefined: the page was added). */
  previousCommit?: string | undefined;
  /** A made-up example post. */
  sample?: boolean;
  /** The mission version that came into force. */
  version?: number;
  /** Position of a principle or chapter among its kind (same-day changes follow it). */
  order?: number;
  /** Last day of comments on a proposal. */
  commentsUntil?: IsoDate;
  /** Source file of a chapter or principle. */
  file?: string | undefined;
}

interface UpdatePost {
  slug: string;
  title: string;
  date: IsoDate;
  summary: string;
  sample: boolean;
}

interface UpdateVersion {
  version: number;
  effective: IsoDate;
  changes: string;
}

export interface UpdatePage {
  kind: 'chapter' | 'principle';
  /** Chapter slug or principle id. */
  id: string;
  title: string;
  summary: string;
  /** Position among its kind (principle order, chapter order). */
  order: number;
  /** The page's source file (project-relative), to read it at each commit. */
  file?: string;
  /** Commits that touched the page's file, newest first (git log order). */
  commits: ReadonlyArray<{ commit: string; date: IsoDate }>;
}

/** A mission proposal (改訂案) and the commits of its file. */
interface UpdateProposal {
  version: number;
  commentsUntil: IsoDate;
  changes: string;
  commits: ReadonlyArray<{ commit: string; date: IsoDate }>;
}

/** A principle's proposed wording (改訂案) and the commits of the principle's file. */
interface UpdatePrincipleProposal {
  id: string;
  /** The principle's title in force. */
  title: string;
  order: number;
  commentsUntil: IsoDate;
  reason: string;
  commits: ReadonlyArray<{ commit: string; date: IsoDate }>;
}

export interface UpdateRoutes {
  post: (slug: string) => string;
  mission: string;
  chapter: (slug: string) => string;
  principle: (id: string) => string;
}

const KIND_ORDER: Record<UpdateKind, number> = { mission: 0, principle: 1, chapter: 2, post: 3 };

/**
 * Newest first; on one day the mission, then principles and chapters in
 * their own order, then posts (stable sort: as given, i.e. newest first).
 */
function compareUpdates(a: Update, b: Update): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.order ?? 0) - (b.order ?? 0);
}

/**
 * One update per page per day: several commits on one day are one change
 * (the newest commit of the day is the state after it, the commit before the
 * day's oldest one the state before). The page's first commit is `added`.
 */
export function pageUpdates(page: UpdatePage, routes: UpdateRoutes, today?: IsoDate): Update[] {
  const byDay: Array<{ date: IsoDate; newest: string; before: string | undefined }> = [];
  page.commits.forEach((entry, index) => {
    const before = page.commits[index + 1]?.commit;
    const last = byDay.at(-1);
    if (last && last.date === entry.date) last.before = before;
    else byDay.push({ date: entry.date, newest: entry.commit, before });
  });
  const href = page.kind === 'chapter' ? routes.chapter(page.id) : routes.principle(page.id);
  const prefix = page.kind === 'chapter' ? 'handbook' : 'principles';
  return byDay
    .filter((day) => today === undefined || day.date <= today)
    .map((day) => ({
      kind: page.kind,
      change: day.before === undefined ? 'added' : 'changed',
      id: `${page.kind}-${page.id}-${day.date}`,
      date: day.date,
      title: page.title,
      href,
      summary: page.summary,
      page: `${prefix}/${page.id}`,
      commit: day.newest,
      previousCommit: day.before,
      order: page.order,
      file: page.file,
    }));
}

export interface UpdateSources {
  posts: readonly UpdatePost[];
  /** The mission page's title. */
  missionTitle: string;
  /** Mission versions in force. */
  versions: readonly UpdateVersion[];
  pages: readonly UpdatePage[];
  /** Mission proposals not withdrawn: listed (as of their latest commit) while comments are open. */
  proposals?: readonly UpdateProposal[];
  /** Principles with a proposal not withdrawn: listed (as of the file's latest commit) while comments are open. */
  principleProposals?: readonly UpdatePrincipleProposal[];
  routes: UpdateRoutes;
  /** Git commit days after this day (a clock ahead, a commit for tomorrow) are left out. */
  today?: IsoDate;
}

/** Every update of the site, newest first. */
export function collectUpdates(sources: UpdateSources): Update[] {
  const { routes } = sources;
  const posts = sources.posts.map(
    (post): Update => ({
      kind: 'post',
      change: 'published',
      id: `post-${post.slug}`,
      date: post.date,
      title: post.title,
      href: routes.post(post.slug),
      summary: post.summary,
      page: `posts/${post.slug}`,
      sample: post.sample,
    }),
  );
  const versions = sources.versions.map(
    (version): Update => ({
      kind: 'mission',
      change: 'revised',
      id: `mission-v${version.version}`,
      date: version.effective,
      title: sources.missionTitle,
      version: version.version,
      href: routes.mission,
      summary: version.changes,
      page: 'mission',
    }),
  );
  // Listed from the day it was filed while comments are taken (the content rules' definition of open).
  const open = (date: IsoDate | undefined, until: IsoDate): date is IsoDate =>
    date !== undefined && (sources.today === undefined || (isOpenForComments(until, sources.today) && date <= sources.today));
  const principleProposals = (sources.principleProposals ?? []).flatMap((proposal): Update[] => {
    const date = proposal.commits[0]?.date;
    if (!open(date, proposal.commentsUntil)) return [];
    return [
      {
        kind: 'principle',
        change: 'proposed',
        id: `principle-proposal-${proposal.id}-${date}`,
        date,
        title: proposal.title,
        commentsUntil: proposal.commentsUntil,
        href: `${routes.principle(proposal.id)}#principle-proposal-heading`,
        summary: proposal.reason,
        page: `principles/${proposal.id}`,
        order: proposal.order,
        commit: proposal.commits[0]?.commit,
      },
    ];
  });
  // The commit that filed (or last edited) a proposal is that proposal, not a change of the wording in force,
  // also once its period is over (until it is adopted or withdrawn, which is the next change).
  const proposalCommits = new Set((sources.principleProposals ?? []).map((proposal) => `principles/${proposal.id} ${proposal.commits[0]?.commit}`));
  const pages = sources.pages
    .flatMap((page) => pageUpdates(page, routes, sources.today))
    .filter((update) => !proposalCommits.has(`${update.page} ${update.commit}`));
  const proposals = (sources.proposals ?? []).flatMap((proposal): Update[] => {
    const date = proposal.commits[0]?.date;
    if (!open(date, proposal.commentsUntil)) return [];
    return [
      {
        kind: 'mission',
        change: 'proposed',
        id: `mission-proposal-v${proposal.version}-${date}`,
        date,
        title: sources.missionTitle,
        version: proposal.version,
        commentsUntil: proposal.commentsUntil,
        href: `${routes.mission}#proposal-v${proposal.version}`,
        summary: proposal.changes,
        page: 'mission',
      },
    ];
  });
  return [...posts, ...versions, ...proposals, ...principleProposals, ...pages].sort(compareUpdates);
}

/** Changes to the mission and handbook (no posts): what the changes feed lists. */
export function documentUpdates(updates: readonly Update[]): Update[] {
  return updates.filter((update) => update.kind !== 'post');
}

/** The dictionary's headlines (src/site/i18n/ja.ts `updates.headline`, filled with the organisation's words). */
export interface UpdateHeadlines {
  post: (title: string) => string;
  mission: (version: number) => string;
  missionProposal: (version: number, until: IsoDate) => string;
  principleAdded: (title: string) => string;
  principleChanged: (title: string) => string;
  principleProposal: (title: string, until: string) => string;
  chapterAdded: (title: string) => string;
  chapterChanged: (title: string) => string;
}

/** One line saying what happened, e.g. 「ハンドブック「…」を変更しました」. */
export function updateHeadline(update: Update, words: UpdateHeadlines): string {
  switch (update.kind) {
    case 'post':
      return words.post(update.title);
    case 'mission':
      return update.change === 'proposed' && update.commentsUntil
        ? words.missionProposal(update.version ?? 0, formatJapaneseDate(update.commentsUntil))
        : words.mission(update.version ?? 0);
    case 'principle':
      if (update.change === 'proposed' && update.commentsUntil) return words.principleProposal(update.title, formatJapaneseDate(update.commentsUntil));
      return update.change === 'added' ? words.principleAdded(update.title) : words.principleChanged(update.title);
    case 'chapter':
      return update.change === 'added' ? words.chapterAdded(update.title) : words.chapterChanged(update.title);
  }
}

/** The day each page last changed (or was published), keyed by page (`handbook/x`, `posts/y`). */
export function latestChanges(updates: readonly Update[]): Map<string, IsoDate> {
  const latest = new Map<string, IsoDate>();
  for (const update of updates) if (!latest.has(update.page)) latest.set(update.page, update.date);
  return latest;
}

/** How many updates the updates page lists: the newest posts and the newest changes (the changes feed lists the same changes). */
export const UPDATES_PAGE_LIMITS = { posts: 100, documents: 50 } as const;

/** The updates the page shows: the newest posts and document changes, still newest first. */
export function updatesForPage(updates: readonly Update[], limits: { posts: number; documents: number } = UPDATES_PAGE_LIMITS): Update[] {
  let posts = 0;
  let documents = 0;
  return updates.filter((update) => (update.kind === 'post' ? posts++ < limits.posts : documents++ < limits.documents));
}
