/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`),
 * in ONE place so that no route can forget an input.
 *
 * How Astro decides (node_modules/astro/dist/core/build/generate.js and
 * incremental.js, Astro 7.3): a path returned by getStaticPaths is copied
 * from the previous build instead of rendered when (1) it returns the same
 * `cacheKey`, (2) the transitive hash of the route's code is unchanged
 * (content data modules are excluded from that hash, so content never
 * reaches it), (3) every content entry it `render()`ed has the same compiled
 * module hash, and (4) config and lockfile hashes match. Pages without a
 * `cacheKey` (index.astro, tags/index.astro, search, rss…) are always
 * rendered. So a key must cover every piece of DATA a page shows that is not
 * its own rendered body: titles of neighbours, cards of listed posts, the
 * site configuration, git dates read with node:fs, the glossary…
 *
 * Each key is a hash of the plain data the page renders (below, one function
 * per route kind). When a page starts showing something new, add it here;
 * tests/incremental/equality.test.ts fails when a key misses an input that
 * its edit series touches (the incremental dist/ then differs from a clean one).
 *
 * These rules are Astro 7.3's, for an experimental flag: under any other
 * Astro minor src/build/integrations/incrementalBuildGuard.ts turns the flag
 * off (every page rendered) and says so in the build log (docs/maintenance.md).
 */
import { createHash } from 'node:crypto';
import { collectReferences, type AUTHOR_COMPONENTS } from '../rules/bodyReferences.ts';
import { groupByYear, postsCitingPrinciple, postsWithTag } from '../site/posts.ts';
import type { Page } from '../site/pagination.ts';
import { getGlossary, type Glossary } from './glossary.ts';
import { getOnboarding, type OnboardingPath } from './onboarding.ts';
import { lastCommitDate } from './pageHistory.ts';
import { getSiteContent, type Post, type SiteContent } from './siteContent.ts';
import { memoizeModel } from './memo.ts';
import type { Feed } from '../site/feeds.ts';
import { isOpenForComments } from '../rules/proposals.ts';

/** Bump to invalidate every key at once (e.g. when key inputs change shape). */
const KEY_VERSION = 1;

/** The digest of the engine's styles, put in by the integration (index.ts); absent in unit tests. */
const ENGINE_STYLES: string | null = (import.meta.env?.MISSION_HANDBOOK_STYLES as string | undefined) ?? null;

/** sha256 of a value's JSON with object keys sorted, so field order never matters. */
export function hashOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...item.entries()];
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return item;
  });
  return createHash('sha256').update(json ?? 'undefined').digest('base64url');
}

/**
 * A file of the editor's bundle (/admin/decap/…) is a copy from
 * node_modules/decap-cms: it changes only with that package's version, and
 * Astro already drops the whole cache when the lockfile changes. Without a
 * key its ~100 files were written again on every build.
 */
export function cmsBundleFileKey(file: string): string {
  return hashOf({ KEY_VERSION, cmsBundleFile: file });
}

/**
 * A file of the editor's own script (/admin/editor/…, src/files/editorScript.ts):
 * every file name carries the hash of its content.
 */
export function editorScriptFileKey(file: string): string {
  return hashOf({ KEY_VERSION, editorScriptFile: file });
}

/**
 * A feed of one tag or principle (/tags/…/rss.xml, /principles/…/rss.xml)
 * is exactly its Feed (title, link, items) and the site's configuration
 * (origin, base): the key is that data, so publishing one post re-renders
 * only the feeds that list it.
 */
export function feedKey(feed: Feed, config: SiteContent['config']): string {
  return hashOf({ KEY_VERSION, feed, config });
}

/**
 * What a post, principle or chapter shows wherever it appears (card,
 * neighbour link, related, embed, sidebar): every field of the model except
 * the Astro entry itself, whose body reaches a key through its digest.
 * Fields other branches add to the models come in automatically.
 */
function facts<T extends { entry: unknown }>(item: T): Omit<T, 'entry'> {
  const { entry: _entry, ...rest } = item;
  return rest;
}

/** What an MDX body pulls from other files into its page: the fields of bodyInputs() below. */
type BodyInput = 'principleTitles' | 'terms' | 'embeds' | 'gitDate' | 'onboarding';

/**
 * ADDING AN MDX COMPONENT (src/components/mdx/index.ts, AUTHOR_COMPONENTS):
 * name here what it shows from OTHER files (a post, principle, term, author…),
 * adding that data to bodyInputs() below when no field covers it yet, or a
 * page using it is copied from the last build with stale text. `satisfies`
 * makes the compiler flag a component missing here;
 * tests/unit/cacheKeys.test.ts fails when a component that reads the content
 * model is listed as showing nothing, and when a listed input does not change
 * the key of a page that uses the component.
 */
export const COMPONENT_INPUTS = {
  Callout: [],
  Figure: [],
  PrincipleLink: ['principleTitles'],
  PostEmbed: ['embeds'],
  Term: ['terms'],
} as const satisfies Record<(typeof AUTHOR_COMPONENTS)[number], readonly BodyInput[]>;

export interface PageKeys {
  post(index: number): string;
  postList(page: Page<Post>): string;
  year(year: number): string;
  tag(slug: string): string;
  principle(id: string): string;
  chapter(slug: string): string;
}

export const getPageKeys: () => Promise<PageKeys> = memoizeModel(loadPageKeys);

async function loadPageKeys(): Promise<PageKeys> {
  const [content, glossary, onboarding] = await Promise.all([getSiteContent(), getGlossary(), getOnboarding()]);
  return pageKeys(content, glossary, onboarding);
}

/** Exported for unit tests; routes use getPageKeys(). */
export function pageKeys(content: SiteContent, glossary: Glossary, onboarding: OnboardingPath): PageKeys {
  const { posts, principles, chapters, config } = content;
  const bySlug = new Map(posts.map((post) => [post.slug, post]));

  // Shown on EVERY page (BaseLayout, DocumentHead, SiteHeader/Footer,
  // FeedbackLink, PageInfo's edit link). Keep post data out of here: the
  // search dialog on every page deliberately lists no posts, or publishing
  // one post would re-render the whole site.
  // The number of principles is in every page's chrome (the counted collective word in the search help): it is shared too.
  // The engine's styles too: one stylesheet serves every page, and a style edit renames it (src/files/codeVersion.ts stylesDigest).
  const shared = { version: KEY_VERSION, styles: ENGINE_STYLES, config, principleCount: principles.length, hasGlossary: glossary.enabled };
  // YearNav on list pages: every year with its count.
  const years = groupByYear(posts).map(({ year, posts: items }) => [year, items.length]);
  // Principle badges, PrincipleLink, principle prev/next and search filters.
  const principleTitles = principles.map((principle) => ({ id: principle.id, order: principle.order, title: principle.title }));

  /** What a rendered MDX body pulls from elsewhere, plus the page's own file facts. */
  function bodyInputs(pageRef: string, file: string, body: string | undefined): Record<BodyInput, unknown> {
    const components = collectReferences(body ?? '').components;
    const ids = (name: string, attribute: string) => [
      ...new Set(components.filter((c) => c.name === name).map((c) => c.attributes[attribute] ?? '')),
    ];
    const step = onboarding.steps.findIndex((candidate) => candidate.key === pageRef);
    return {
      principleTitles,
      terms: ids('Term', 'id').map((id) => glossary.byId.get(id) ?? id),
      embeds: ids('PostEmbed', 'slug').map((slug) => {
        const post = bySlug.get(slug);
        return post ? facts(post) : slug;
      }),
      // 最終更新日 comes from git, read with node:fs: invisible to Astro.
      gitDate: lastCommitDate(file) ?? null,
      onboarding: step < 0 ? null : { step: onboarding.steps[step], next: onboarding.steps[step + 1], total: onboarding.steps.length },
    };
  }

  return {
    post(index) {
      const post = posts[index]!;
      return hashOf({
        shared,
        kind: 'post',
        self: facts(post),
        digest: post.entry.digest,
        newer: posts[index - 1] && facts(posts[index - 1]!),
        older: posts[index + 1] && facts(posts[index + 1]!),
        related: (content.related.get(post.slug) ?? []).map(facts),
        body: bodyInputs(`posts/${post.slug}`, post.file, post.entry.body),
      });
    },
    postList(page) {
      return hashOf({ shared, kind: 'postList', number: page.number, total: page.total, count: posts.length, items: page.items.map(facts), years });
    },
    year(year) {
      const group = groupByYear(posts).find((candidate) => candidate.year === year);
      return hashOf({ shared, kind: 'year', year, items: (group?.posts ?? []).map(facts), years });
    },
    tag(slug) {
      const tag = content.tags.find((candidate) => candidate.slug === slug);
      return hashOf({ shared, kind: 'tag', tag, items: postsWithTag(posts, slug).map(facts) });
    },
    principle(id) {
      const principle = principles.find((candidate) => candidate.id === id)!;
      return hashOf({
        shared,
        kind: 'principle',
        self: facts(principle),
        digest: principle.entry.digest,
        citing: postsCitingPrinciple(posts, id).map(facts),
        // A proposal's period reads open or closed depending on the day.
        proposalOpen: principle.proposal ? isOpenForComments(principle.proposal.commentsUntil, content.today) : null,
        body: bodyInputs(`principles/${id}`, principle.file, principle.entry.body),
      });
    },
    chapter(slug) {
      const chapter = chapters.find((candidate) => candidate.slug === slug)!;
      return hashOf({
        shared,
        kind: 'chapter',
        self: facts(chapter),
        digest: chapter.entry.digest,
        // The handbook sidebar and prev/next list every chapter.
        chapters: chapters.map(facts),
        body: bodyInputs(`handbook/${slug}`, chapter.file, chapter.entry.body),
      });
    },
  };
}
