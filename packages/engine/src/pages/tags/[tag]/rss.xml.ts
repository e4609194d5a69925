/** RSS feed of the published posts with one tag: /tags/<tag>/rss.xml. */
import type { GetStaticPaths } from 'astro';
import { feedFromProps, feedPath } from '../../../model/feeds.ts';
import { feedWords } from '../../../model/feedWords.ts';
import { getSiteContent } from '../../../model/siteContent.ts';
import { routes } from '../../../model/routes.ts';
import { ja } from '../../../model/ui.ts';
import { postItems } from '../../../site/feeds.ts';
import { postsWithTag } from '../../../site/posts.ts';

export const getStaticPaths = (async () => {
  const { tags, posts, config } = await getSiteContent();
  return tags.map((tag) =>
    feedPath({ tag: tag.slug }, {
      title: ja.feeds.tagTitle(config.title, tag.name),
      description: ja.feeds.tagDescription(tag.name),
      link: routes.tag(tag.name),
      items: postItems(postsWithTag(posts, tag.slug), routes.post, feedWords),
    }, config),
  );
}) satisfies GetStaticPaths;

export const GET = feedFromProps;
