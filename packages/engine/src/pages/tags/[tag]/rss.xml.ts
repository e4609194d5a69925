/** RSS feed of the published posts with one tag: /tags/<tag>/rss.xml. */
import type { APIContext, GetStaticPaths } from 'astro';
import { feedKey } from '../../../model/cacheKeys.ts';
import { feedResponse } from '../../../model/feeds.ts';
import { feedWords } from '../../../model/feedWords.ts';
import { getSiteContent } from '../../../model/siteContent.ts';
import { routes } from '../../../model/routes.ts';
import { ja } from '../../../model/ui.ts';
import { postItems, type Feed } from '../../../site/feeds.ts';
import { postsWithTag } from '../../../site/posts.ts';

export const getStaticPaths = (async () => {
  const { tags, posts, config } = await getSiteContent();
  return tags.map((tag) => {
    const feed: Feed = {
      title: ja.feeds.tagTitle(config.title, tag.name),
      description: ja.feeds.tagDescription(tag.name),
      link: routes.tag(tag.name),
      items: postItems(postsWithTag(posts, tag.slug), routes.post, feedWords),
    };
    return { params: { tag: tag.slug }, props: { feed }, cacheKey: feedKey(feed, config) };
  });
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { config } = await getSiteContent();
  return feedResponse((context.props as { feed: Feed }).feed, context.site ?? config.siteUrl);
}
