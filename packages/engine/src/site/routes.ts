/** Every internal URL of the site, built in one place and base-path aware. */
import { joinBase } from './urls.ts';
import { tagSlug } from '../rules/slug.ts';

export function createRoutes(base: string) {
  const to = (path: string) => joinBase(base, path);
  return {
    home: to('/'),
    posts: (page = 1) => to(page <= 1 ? '/posts/' : `/posts/page/${page}/`),
    post: (slug: string) => to(`/posts/${slug}/`),
    postsOfYear: (year: number) => to(`/posts/${year}/`),
    feed: to('/rss.xml'),
    tags: to('/tags/'),
    tag: (name: string) => to(`/tags/${encodeURIComponent(tagSlug(name))}/`),
    /** Feed of the posts with one tag (stable: the tag page's URL + rss.xml). */
    tagFeed: (name: string) => to(`/tags/${encodeURIComponent(tagSlug(name))}/rss.xml`),
    /** Feed of the posts citing one principle. */
    principleFeed: (id: string) => to(`/principles/${id}/rss.xml`),
    /** What changed: new posts, mission versions, changed chapters and principles. */
    updates: to('/updates/'),
    /** Feed of changes to the mission, principles and handbook. */
    updatesFeed: to('/updates/rss.xml'),
    mission: to('/mission/'),
    principles: to('/principles/'),
    principle: (id: string) => to(`/principles/${id}/`),
    handbook: to('/handbook/'),
    chapter: (slug: string) => to(`/handbook/${slug}/`),
    search: to('/search/'),
    accessibility: to('/accessibility/'),
    emblem: (file: string) => to(`/emblem/${file}`),
    asset: (path: string) => to(path),
    onboarding: to('/onboarding/'),
    glossary: to('/glossary/'),
    glossaryTerm: (id: string) => to(`/glossary/#${glossaryAnchor(id)}`),
    handbookPrint: to('/handbook/print/'),
  };
}

/** Fragment id of a glossary entry on /glossary/. */
export function glossaryAnchor(id: string): string {
  return `term-${id}`;
}
