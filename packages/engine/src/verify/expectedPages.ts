/**
 * What a site's build must hold, derived from its content model alone: every
 * page of every page type with the level-1 heading it must show, and the
 * organisation's words where they belong. Pure (no I/O), so the route list
 * is unit-tested on any model.
 */
import { ja as template } from '../site/i18n/ja.ts';
import { localize, type Filled, type SiteWords } from '../site/i18n/words.ts';
import { paginate } from '../site/pagination.ts';
import { groupByYear, sortNewestFirst, summariseTags } from '../site/posts.ts';
import { createRoutes } from '../site/routes.ts';
import type { SiteModel } from './siteModel.ts';

type PageType =
  | 'home'
  | 'posts'
  | 'posts-page'
  | 'year'
  | 'post'
  | 'tags'
  | 'tag'
  | 'mission'
  | 'principles'
  | 'principle'
  | 'handbook'
  | 'chapter'
  | 'print'
  | 'onboarding'
  | 'glossary'
  | 'search'
  | 'accessibility'
  | '404';

export interface ExpectedPage {
  type: PageType;
  /** Path on the server, base path included, e.g. /mayor/posts/2025/. */
  path: string;
  /** The text of the page's one h1. */
  h1: string;
}

/** The model fields the route list reads (a SiteModel, or a test's literal). */
export type RouteModel = Pick<SiteModel, 'posts' | 'principles' | 'chapters' | 'missionTitle' | 'glossary'> & {
  config: Pick<SiteModel['config'], 'organization' | 'title' | 'basePath' | 'postsPerPage' | 'leaderTitle' | 'principlesName' | 'blogName' | 'missionNoteLabel'>;
};

function siteWords(model: RouteModel): SiteWords {
  return {
    organization: model.config.organization,
    leader: model.config.leaderTitle,
    principles: model.config.principlesName,
    principleCount: model.principles.length,
    blog: model.config.blogName,
    missionNote: model.config.missionNoteLabel,
  };
}

/** The UI dictionary in this site's words, as its pages print it. */
export function siteDictionary(model: RouteModel): Filled<typeof template> {
  return localize(template, siteWords(model));
}

/** Every page the build must hold, in a stable order (page types in reading order). */
export function expectedPages(model: RouteModel): ExpectedPage[] {
  const ja = siteDictionary(model);
  const routes = createRoutes(model.config.basePath);
  const posts = sortNewestFirst(model.posts.filter((post) => post.published).map((post) => ({ ...post, pinned: false, principles: [] })));
  const pages: ExpectedPage[] = [{ type: 'home', path: routes.home, h1: model.config.title }];
  for (const page of paginate(posts, model.config.postsPerPage)) {
    pages.push(
      page.number === 1
        ? { type: 'posts', path: routes.posts(), h1: ja.posts.listTitle }
        : { type: 'posts-page', path: routes.posts(page.number), h1: ja.posts.pageTitle(page.number) },
    );
  }
  for (const { year } of groupByYear(posts)) {
    pages.push({ type: 'year', path: routes.postsOfYear(year), h1: ja.publishing.yearTitle(year) });
  }
  for (const post of posts) pages.push({ type: 'post', path: routes.post(post.slug), h1: post.title });
  pages.push({ type: 'tags', path: routes.tags, h1: ja.tags.title });
  for (const tag of summariseTags(posts)) pages.push({ type: 'tag', path: routes.tag(tag.name), h1: ja.tags.tagTitle(tag.name) });
  pages.push({ type: 'mission', path: routes.mission, h1: model.missionTitle });
  pages.push({ type: 'principles', path: routes.principles, h1: ja.principles.title });
  for (const principle of model.principles) {
    pages.push({ type: 'principle', path: routes.principle(principle.id), h1: principle.title });
  }
  pages.push({ type: 'handbook', path: routes.handbook, h1: ja.handbook.title });
  for (const chapter of model.chapters) pages.push({ type: 'chapter', path: routes.chapter(chapter.slug), h1: chapter.title });
  pages.push({ type: 'print', path: routes.handbookPrint, h1: ja.onboarding.print.coverTitle });
  pages.push({ type: 'onboarding', path: routes.onboarding, h1: ja.onboarding.title });
  if (model.glossary) pages.push({ type: 'glossary', path: routes.glossary, h1: ja.onboarding.glossary.title });
  pages.push({ type: 'search', path: routes.search, h1: ja.search.pageTitle });
  pages.push({ type: 'accessibility', path: routes.accessibility, h1: ja.accessibility.title });
  pages.push({ type: '404', path: routes.asset('/404.html'), h1: ja.notFound.title });
  return pages;
}

export interface AbsentPage {
  path: string;
  /** Why it must not exist, Japanese and English. */
  ja: string;
  en: string;
}

/** Pages the build must NOT hold: the glossary of a site without one, the page of each unpublished post. */
export function absentPages(model: RouteModel): AbsentPage[] {
  const routes = createRoutes(model.config.basePath);
  return [
    ...(model.glossary ? [] : [{ path: routes.glossary, ja: '用語集（glossary.yaml）がないのに用語集のページがあります', en: 'a glossary page, though the site has no glossary.yaml' }]),
    ...model.posts
      .filter((post) => !post.published)
      .map((post) => ({
        path: routes.post(post.slug),
        ja: `公開されていない記事 ${post.file} のページがあります`,
        en: `the page of the unpublished post ${post.file}`,
      })),
  ];
}

/** One page of each type (the first), for the checks too slow for every page (axe). */
export function onePerType(pages: readonly ExpectedPage[]): ExpectedPage[] {
  const seen = new Set<PageType>();
  return pages.filter((page) => !seen.has(page.type) && seen.add(page.type));
}

/** Where an unpublished post would show if it leaked: its page, under the base path. */
export function postPath(model: RouteModel, slug: string): string {
  return createRoutes(model.config.basePath).post(slug);
}
