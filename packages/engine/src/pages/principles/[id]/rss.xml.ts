/** RSS feed of the published posts citing one principle: /principles/<id>/rss.xml. */
import type { APIContext, GetStaticPaths } from 'astro';
import { feedKey } from '../../../model/cacheKeys.ts';
import { feedResponse } from '../../../model/feeds.ts';
import { feedWords } from '../../../model/feedWords.ts';
import { getSiteContent } from '../../../model/siteContent.ts';
import { routes } from '../../../model/routes.ts';
import { ja } from '../../../model/ui.ts';
import { postItems, type Feed } from '../../../site/feeds.ts';
import { postsCitingPrinciple } from '../../../site/posts.ts';

export const getStaticPaths = (async () => {
  const { posts, principles, config } = await getSiteContent();
  return principles.map((principle) => {
    const feed: Feed = {
      title: ja.feeds.principleTitle(config.title, principle.title),
      description: ja.feeds.principleDescription(principle.title),
      link: routes.principle(principle.id),
      items: postItems(postsCitingPrinciple(posts, principle.id), routes.post, feedWords),
    };
    return { params: { id: principle.id }, props: { feed }, cacheKey: feedKey(feed, config) };
  });
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { config } = await getSiteContent();
  return feedResponse((context.props as { feed: Feed }).feed, context.site ?? config.siteUrl);
}
