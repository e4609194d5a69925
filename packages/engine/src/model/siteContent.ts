/**
 * The whole site's content as one model, loaded and checked once per build.
 *
 * Pages read from here rather than calling getCollection themselves, so the
 * publishing rules (drafts, future dates), ordering and cross-file checks
 * live in one place, and site-wide work (related posts, tag counts) runs
 * once instead of once per page.
 */
import { memoizeModel } from './memo.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentValidationError } from '../rules/issues.ts';
import { isValidIsoDate, todayIn, type IsoDate } from '../rules/dates.ts';
import { checkContentIntegrity } from '../rules/crossFile.ts';
import { missingFileIssue } from '../rules/contentLayout.ts';
import { loadSiteConfig } from '../files/loadSiteConfig.ts';
import { isPublished } from '../rules/publication.ts';
import { sortNewestFirst, summariseTags, type TagSummary } from '../site/posts.ts';
import { readingMinutes } from '../site/readingTime.ts';
import { relatedPostsIndex } from '../site/related.ts';
import type { AuthorData, MissionVersionData, PrincipleData } from '../rules/schemas.ts';
import type { SiteConfig } from '../rules/siteConfig.ts';

export interface Post {
  slug: string;
  title: string;
  date: IsoDate;
  updated?: IsoDate | undefined;
  summary: string;
  tags: string[];
  principles: string[];
  author: AuthorData;
  draft: boolean;
  pinned: boolean;
  /** Extra words the site search finds the post by (frontmatter `searchTerms`). */
  searchTerms: string[];
  /** A made-up example post (frontmatter `sample: true`), marked サンプル wherever it appears. */
  sample: boolean;
  /** True for a post only visible in `astro dev` (draft or future-dated). */
  unpublished: boolean;
  readingMinutes: number;
  /** Path in the repository, for edit links and messages. */
  file: string;
  entry: CollectionEntry<'posts'>;
}

export interface Principle {
  id: string;
  order: number;
  title: string;
  lead: string;
  questions: string[];
  /** A proposed new wording open for comments (改訂案), unless withdrawn. */
  proposal?: PrincipleData['proposal'];
  readingMinutes: number;
  file: string;
  entry: CollectionEntry<'principles'>;
}

export interface Chapter {
  slug: string;
  order: number;
  title: string;
  description: string;
  /** Extra words the site search finds the chapter by (frontmatter `searchTerms`). */
  searchTerms: string[];
  readingMinutes: number;
  file: string;
  entry: CollectionEntry<'handbook'>;
}

/** A version in force (or filed ahead of its day): never a proposal. */
export interface MissionVersion extends Omit<MissionVersionData, 'effective' | 'proposal'> {
  effective: IsoDate;
  file: string;
}

/** A mission version open for comments (改訂案), shown beside the version in force, never as it. */
export interface MissionProposal extends Omit<MissionVersionData, 'effective' | 'proposal'> {
  proposal: NonNullable<MissionVersionData['proposal']>;
  file: string;
}

export interface SiteContent {
  config: SiteConfig;
  /** The day the build considers "today" (BUILD_DATE overrides it for tests). */
  today: IsoDate;
  /** Published posts, newest first (in dev: drafts and future posts too). */
  posts: Post[];
  principles: Principle[];
  /** Everyone in authors.yaml, in file order (the browser editor's choices). */
  authors: AuthorData[];
  chapters: Chapter[];
  mission: {
    entry: CollectionEntry<'mission'>;
    file: string;
    current: MissionVersion;
    versions: MissionVersion[];
    /** Proposals open or awaiting a decision (withdrawn ones left out), oldest first. */
    proposals: MissionProposal[];
  };
  tags: TagSummary[];
  related: Map<string, Post[]>;
}

export const getSiteContent: () => Promise<SiteContent> = memoizeModel(loadSiteContent);

function resolveToday(config: SiteConfig): IsoDate {
  const override = process.env.BUILD_DATE;
  if (override === undefined || override === '') return todayIn(config.timeZone);
  if (!isValidIsoDate(override)) throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${override}"`);
  return override;
}

async function loadSiteContent(): Promise<SiteContent> {
  const config = loadSiteConfig();
  const today = resolveToday(config);
  const [postEntries, principleEntries, chapterEntries, missionEntries, versionEntries, authorEntries] = await Promise.all([
    getCollection('posts'),
    getCollection('principles'),
    getCollection('handbook'),
    getCollection('mission'),
    getCollection('missionVersions'),
    getCollection('authors'),
  ]);

  const authors = new Map(authorEntries.map((entry) => [entry.id, entry.data]));
  const issues = checkContentIntegrity({
    posts: postEntries.map((entry) => ({
      slug: entry.id,
      file: entry.filePath ?? entry.id,
      principles: entry.data.principles,
      author: entry.data.author,
      tags: entry.data.tags,
    })),
    principleIds: principleEntries.map((entry) => entry.id),
    authorIds: [...authors.keys()],
  });
  if (issues.length > 0) throw new ContentValidationError(issues);

  // Only `astro dev` shows drafts and future posts, so editors can preview them
  // (see src/build/integrations/draftPreview.ts for why DEV alone is not trusted).
  const showUnpublished = import.meta.env.DEV && process.env.MISSION_SITE_ASTRO_COMMAND === 'dev';
  const posts = sortNewestFirst(
    postEntries
      .map((entry): Post => {
        const published = isPublished(entry.data, today);
        return {
          slug: entry.id,
          ...entry.data,
          author: authors.get(entry.data.author)!,
          unpublished: !published,
          readingMinutes: readingMinutes(entry.body ?? ''),
          file: entry.filePath ?? entry.id,
          entry,
        };
      })
      .filter((post) => showUnpublished || !post.unpublished),
  );

  const principles = principleEntries
    .map((entry): Principle => ({
      id: entry.id,
      ...entry.data,
      proposal: entry.data.proposal?.withdrawn ? undefined : entry.data.proposal,
      readingMinutes: readingMinutes(entry.body ?? ''),
      file: entry.filePath ?? entry.id,
      entry,
    }))
    .sort((a, b) => a.order - b.order);

  const chapters = chapterEntries
    .map((entry): Chapter => ({
      slug: entry.id,
      ...entry.data,
      readingMinutes: readingMinutes(entry.body ?? ''),
      file: entry.filePath ?? entry.id,
      entry,
    }))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, 'ja'));

  const missionEntry = missionEntries[0];
  if (!missionEntry) throw missingFile('mission/index.mdx');
  // Versions in force, oldest first; a revision may be filed ahead of its date.
  // Proposals (改訂案) are never in force, whatever their number.
  const versions = versionEntries
    .flatMap(({ data: { proposal, effective, ...data }, ...entry }): MissionVersion[] =>
      proposal === undefined && effective !== undefined && effective <= today ? [{ ...data, effective, file: entry.filePath ?? entry.id }] : [],
    )
    .sort((a, b) => a.version - b.version);
  const proposals = versionEntries
    .flatMap(({ data: { proposal, effective: _effective, ...data }, ...entry }): MissionProposal[] =>
      proposal !== undefined && !proposal.withdrawn ? [{ ...data, proposal, file: entry.filePath ?? entry.id }] : [],
    )
    .sort((a, b) => a.version - b.version);
  const current = versions.at(-1);
  if (!current) throw missingFile('mission/versions/v1.md');

  return {
    config,
    today,
    posts,
    principles,
    authors: [...authors.values()],
    chapters,
    mission: { entry: missionEntry, file: missionEntry.filePath ?? 'mission', current, versions, proposals },
    tags: summariseTags(posts),
    related: relatedPostsIndex(posts),
  };
}

function missingFile(relative: string): ContentValidationError {
  return new ContentValidationError([missingFileIssue(`content/${relative}`)]);
}
