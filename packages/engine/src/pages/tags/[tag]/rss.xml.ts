/** RSS feed of the published posts with one tag: /tags/<tag>/rss.xml. */
import type { APIContext, GetStaticPaths } from 'astro';
import { feedResponse } from '../../../model/feeds.ts';
import { feedWords } from '../../../model/feedWords.ts';
import { getSiteContent } from '../../../model/siteContent.ts';
import { routes } from '../../../model/routes.ts';
import { ja } from '../../../model/ui.ts';
import { postItems } from '../../../site/feeds.ts';
import { postsWithTag } from '../../../site/posts.ts';

export const getStaticPaths = (async () => {
  const { tags } = await getSiteContent();
  return tags.map((tag) => ({ params: { tag: tag.slug }, props: { name: tag.name, slug: tag.slug } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext) {
  const { posts, config } = await getSiteContent();
  const { name, slug } = context.props as { name: string; slug: string };
  return feedResponse(
    {
      title: ja.feeds.tagTitle(config.title, name),
      description: ja.feeds.tagDescription(name),
      link: routes.tag(name),
      items: postItems(postsWithTag(posts, slug), routes.post, feedWords),
    },
    context.site ?? config.siteUrl,
  );
}
